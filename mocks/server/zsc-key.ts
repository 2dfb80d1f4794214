/**
 * The "Zoho Service Communication (ZSC) Key" page on either side. Regenerating the key of the
 * integrated portal's owner (Projects side) breaks the CRM integration that uses it: its state
 * becomes 'key-invalid' until `updateKey` (mocks/server/setup.ts) is given the owner's new key.
 */
import type { ZscKeyInfo, ZscSide } from '../../src/schemas/entities.js';
import type { FakeDb, FakeZscKey } from '../db.js';
import { createRandom } from '../random.js';
import { FakeHttpError, type OpHandlers } from './types.js';

function requireSideAdmin(db: FakeDb, side: ZscSide): void {
  const admin = side === 'crm' ? db.status.isAdmin : db.importContext.isPortalAdmin;
  if (!admin) {
    throw new FakeHttpError('admin-required',
      'Only administrators can see or change the ZSC key. Ask your administrator.');
  }
}

function owner(db: FakeDb) {
  const found = db.otherOwners.find((o) => o.email.toLowerCase() === db.projectsKeyOwner.email.toLowerCase());
  if (!found) throw new FakeHttpError('user-not-found', 'The signed-in Projects user no longer exists.');
  return found;
}

function keyOf(db: FakeDb, side: ZscSide): FakeZscKey {
  if (side === 'crm') return db.crmZscKey;
  const o = owner(db);
  return { email: o.email, zscKey: o.zscKey, generatedAt: db.projectsKeyOwner.generatedAt };
}

/**
 * The CRM integration runs on the key of its portal's owner: the Projects owner's when the portal
 * is theirs (side "projects"), the administrator's own when it is one of their portals (side "crm").
 */
function integrationUsesKeyOf(db: FakeDb, side: ZscSide): boolean {
  const email = (side === 'crm' ? db.adminEmail : db.projectsKeyOwner.email).toLowerCase();
  return !!db.status.portal && (db.status.state === 'active' || db.status.state === 'key-invalid')
    && db.integrationKey?.email.toLowerCase() === email;
}

function info(db: FakeDb, side: ZscSide): ZscKeyInfo {
  const key = keyOf(db, side);
  const usedBy = integrationUsesKeyOf(db, side)
    ? [`The Zoho CRM integration of the portal “${db.status.portal!.name}”`]
    : [];
  return { side, email: key.email, hasKey: !!key.zscKey, generatedAt: key.generatedAt, usedBy };
}

/** A new 32-character key, different from the old one (seeded, so runs repeat). */
function newKey(db: FakeDb, old: string | null): string {
  const rnd = createRandom(++db.nextId * 7919);
  let key = '';
  do {
    key = Array.from({ length: 32 }, () => rnd.int(0, 15).toString(16)).join('');
  } while (key === old);
  return key;
}

function setKey(db: FakeDb, side: ZscSide, zscKey: string): void {
  const generatedAt = new Date().toISOString();
  const breaks = integrationUsesKeyOf(db, side);
  if (side === 'crm') {
    db.crmZscKey = { ...db.crmZscKey, zscKey, generatedAt };
  } else {
    owner(db).zscKey = zscKey;
    db.projectsKeyOwner = { ...db.projectsKeyOwner, generatedAt };
  }
  // The integration still holds the old key: it stops working until the key is updated.
  if (breaks && db.status.state === 'active') db.status = { ...db.status, state: 'key-invalid' };
}

export const zscKeyHandlers = {
  getZscKey(db, { side }) {
    requireSideAdmin(db, side);
    return info(db, side);
  },

  revealZscKey(db, { side }) {
    requireSideAdmin(db, side);
    const key = keyOf(db, side).zscKey;
    if (!key) throw new FakeHttpError('no-key', 'There is no ZSC key yet: use “Generate Now”.');
    return { zscKey: key };
  },

  generateZscKey(db, { side }) {
    requireSideAdmin(db, side);
    const old = keyOf(db, side).zscKey;
    if (old) throw new FakeHttpError('key-exists', 'A ZSC key exists already: use “Regenerate” to replace it.');
    setKey(db, side, newKey(db, null));
    return info(db, side);
  },

  regenerateZscKey(db, { side }) {
    requireSideAdmin(db, side);
    const old = keyOf(db, side).zscKey;
    if (!old) throw new FakeHttpError('no-key', 'There is no ZSC key yet: use “Generate Now”.');
    setKey(db, side, newKey(db, old));
    return info(db, side);
  },
} satisfies Partial<OpHandlers>;
