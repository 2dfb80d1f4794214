/** CRM-side integration rules: trial, one portal per CRM account, key update, deactivate. */
import type { IntegrationStatus, Portal, SetupStep } from '../../src/schemas/entities.js';
import { newId, type FakeDb } from '../db.js';
import { FakeHttpError, credentialsMismatch, requireAdmin, type OpHandlers } from './types.js';

export function completeStep(db: FakeDb, step: SetupStep): void {
  if (!db.status.completedSteps.includes(step)) {
    db.status = { ...db.status, completedSteps: [...db.status.completedSteps, step] };
  }
}

const status = (db: FakeDb): IntegrationStatus => structuredClone(db.status);

function requireUsable(db: FakeDb): void {
  requireAdmin(db);
  const { edition, trial } = db.status;
  if (edition === 'free' && trial?.state === 'expired') {
    throw new FakeHttpError('trial-expired', 'Your trial has ended. Upgrade to a paid edition to use the integration.');
  }
  if (edition === 'free' && trial?.state !== 'active') {
    throw new FakeHttpError('trial-not-started', 'Start the free trial first.');
  }
}

function requireConfiguring(db: FakeDb): void {
  if (db.status.state !== 'configuring') {
    throw new FakeHttpError('not-configuring', 'The integration is not being configured. Reload to see its state.');
  }
}

export const setupHandlers = {
  getStatus: (db) => status(db),

  startTrial(db) {
    requireAdmin(db);
    if (db.status.edition !== 'free') throw new FakeHttpError('not-free-edition', 'Only the Free Edition has a trial.');
    if (db.status.trial?.state === 'expired') throw new FakeHttpError('trial-expired', 'The trial has already ended.');
    if (db.status.trial?.state !== 'active') {
      const ends = new Date(Date.UTC(2026, 10, 21 + 15)).toISOString().slice(0, 10);
      db.status = { ...db.status, trial: { state: 'active', daysLeft: 15, endsAt: ends } };
    }
    return status(db);
  },

  startSetup(db) {
    requireUsable(db);
    if (db.status.state === 'not-enabled') db.status = { ...db.status, state: 'configuring' };
    return status(db);
  },

  listOwnPortals(db) {
    requireAdmin(db);
    return { portals: structuredClone(db.ownPortals) };
  },

  lookupOtherPortals(db, { email, zscKey }) {
    requireAdmin(db);
    const owner = db.otherOwners.find((o) => o.email.toLowerCase() === email.toLowerCase() && o.zscKey === zscKey.toLowerCase());
    if (!owner) throw credentialsMismatch();
    return { portals: structuredClone(owner.portals) };
  },

  createPortal(db, { name }) {
    requireUsable(db);
    if (db.takenPortalNames.some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw new FakeHttpError('portal-name-taken', 'This portal name is already taken. Choose another.', {
        name: 'This portal name is already taken. Choose another.',
      });
    }
    const portal: Portal = { id: newId(db, 'portal'), name, ownerEmail: db.adminEmail };
    db.ownPortals.push(portal);
    db.takenPortalNames.push(name);
    return { portal: structuredClone(portal), portals: structuredClone(db.ownPortals) };
  },

  associatePortal(db, { portalId, source, credentials }) {
    requireUsable(db);
    requireConfiguring(db);
    if (db.status.portal) {
      throw new FakeHttpError('portal-already-associated', 'A portal is already associated. Only one portal can be configured.');
    }
    let portal: Portal | undefined;
    let key: { email: string; zscKey: string };
    if (source === 'other') {
      const owner = credentials && db.otherOwners.find(
        (o) => o.email.toLowerCase() === credentials.email.toLowerCase() && o.zscKey === credentials.zscKey.toLowerCase(),
      );
      if (!owner) throw credentialsMismatch();
      portal = owner.portals.find((p) => p.id === portalId);
      key = { email: owner.email, zscKey: owner.zscKey };
    } else {
      portal = db.ownPortals.find((p) => p.id === portalId);
      key = { email: db.adminEmail, zscKey: 'own' };
    }
    if (!portal) throw new FakeHttpError('portal-not-found', 'Choose one of the listed portals.', { portalId: 'Choose one of the listed portals.' });
    db.integrationKey = key;
    db.status = { ...db.status, portal: { ...portal, source } };
    completeStep(db, 'portal');
    return status(db);
  },

  updateKey(db, { email, zscKey }) {
    requireAdmin(db);
    const portal = db.status.portal;
    if (!portal || (db.status.state !== 'active' && db.status.state !== 'key-invalid')) {
      throw new FakeHttpError('not-active', 'The integration is not active.');
    }
    // The portal owner's current key: another user's (demo credentials), or for the administrator's
    // own portals their own ZSC key, the one the ZSC key page (<zsc-key-panel side="crm">) shows.
    const ownerEmail = portal.ownerEmail.toLowerCase();
    const current = ownerEmail === db.adminEmail.toLowerCase()
      ? db.crmZscKey.zscKey
      : db.otherOwners.find((o) => o.email.toLowerCase() === ownerEmail)?.zscKey;
    if (email.toLowerCase() !== ownerEmail || !current || current !== zscKey.toLowerCase()) {
      throw new FakeHttpError('credentials-mismatch', "The email address and ZSC key do not match the portal owner's current key.", {
        zscKey: "The email address and ZSC key do not match the portal owner's current key.",
      });
    }
    db.integrationKey = { email: portal.ownerEmail, zscKey: current };
    db.status = { ...db.status, state: 'active' };
    return status(db);
  },

  deactivate(db) {
    requireAdmin(db);
    if (db.status.state === 'not-enabled') throw new FakeHttpError('not-active', 'The integration is not active.');
    db.status = { ...db.status, state: 'not-enabled', portal: null, completedSteps: [], clientMapping: 'pending' };
    db.integrationKey = null;
    // Portals and projects are disassociated: clients lose their CRM accounts.
    db.clients = db.clients.map((c) => ({ ...c, accountId: null }));
    return status(db);
  },
} satisfies Partial<OpHandlers>;
