/** Field mapping and profile permissions, with optimistic versions (409 when changed elsewhere). */
import type { FakeDb } from '../db.js';
import { isCompatible } from '../../src/rules/field-compatibility.js';
import { completeStep } from './setup.js';
import { FakeHttpError, requireAdmin, type OpHandlers } from './types.js';

function requirePortal(db: FakeDb): void {
  requireAdmin(db);
  if (!db.status.portal) throw new FakeHttpError('no-portal', 'Associate a portal first.');
}

function requireVersion(current: number, sent: number): void {
  if (current !== sent) {
    throw new FakeHttpError('version-conflict', 'Someone else saved this in the meantime. Reload to see their changes.');
  }
}

export const configurationHandlers = {
  getFieldMapping(db) {
    requirePortal(db);
    return structuredClone({
      projectsFields: db.projectsFields, crmFields: db.crmFields, mapping: db.mapping, version: db.mappingVersion,
    });
  },

  saveFieldMapping(db, { mapping, version }) {
    requirePortal(db);
    requireVersion(db.mappingVersion, version);
    const fieldErrors: Record<string, string> = {};
    const dealIds = new Set(db.crmFields.deals.map((f) => f.id));
    const accountIds = new Set(db.crmFields.accounts.map((f) => f.id));
    const byField = new Map(mapping.map((m) => [m.projectsFieldId, m]));
    for (const entry of mapping) {
      const field = db.projectsFields.find((f) => f.id === entry.projectsFieldId);
      if (!field) fieldErrors[entry.projectsFieldId] = 'Unknown Projects field.';
      else if ((entry.deals && !dealIds.has(entry.deals)) || (entry.accounts && !accountIds.has(entry.accounts))) {
        fieldErrors[entry.projectsFieldId] = 'Unknown CRM field.';
      } else {
        // The same compatibility table as the element: an incompatible field is refused.
        const wrong = (['deals', 'accounts'] as const)
          .map((m) => db.crmFields[m].find((f) => f.id === entry[m]))
          .find((crm) => crm && !isCompatible(field.type, crm.type));
        if (wrong) fieldErrors[field.id] = `"${wrong.label}" (${wrong.type}) cannot feed "${field.label}" (${field.type}).`;
      }
    }
    for (const field of db.projectsFields.filter((f) => f.required)) {
      const m = byField.get(field.id);
      if (!m?.deals || !m.accounts) fieldErrors[field.id] = `"${field.label}" must be mapped for both Deals and Accounts.`;
    }
    if (Object.keys(fieldErrors).length) {
      throw new FakeHttpError('invalid-mapping', 'Some fields are not mapped correctly.', fieldErrors);
    }
    db.mapping = db.projectsFields.map((f) => byField.get(f.id) ?? { projectsFieldId: f.id, deals: null, accounts: null });
    db.mappingVersion++;
    completeStep(db, 'fields');
    return structuredClone({
      projectsFields: db.projectsFields, crmFields: db.crmFields, mapping: db.mapping, version: db.mappingVersion,
    });
  },

  getPermissions(db) {
    requirePortal(db);
    return structuredClone({ profiles: db.profiles, version: db.permissionsVersion });
  },

  savePermissions(db, { profiles, version }) {
    requirePortal(db);
    requireVersion(db.permissionsVersion, version);
    for (const p of profiles) {
      const profile = db.profiles.find((x) => x.profileId === p.profileId);
      if (!profile) throw new FakeHttpError('unknown-profile', 'Unknown profile.', { [p.profileId]: 'Unknown profile.' });
      const s = p.permissions;
      if ((s.create || s.edit || s.delete) && !s.view || s.view && !s.tabVisibility) {
        throw new FakeHttpError('inconsistent-permissions', `Permissions of "${profile.profileName}" are inconsistent.`, {
          [p.profileId]: 'Create, Edit and Delete need View; View needs Tab Visibility.',
        });
      }
      profile.permissions = { ...s };
    }
    // Users of profiles that can see projects are pushed into Zoho Projects as "Employee";
    // those already there keep their role.
    const visible = new Set(db.profiles.filter((p) => p.permissions.tabVisibility && p.permissions.view).map((p) => p.profileId));
    let pushedAsEmployee = 0;
    let alreadyExisting = 0;
    for (const user of db.crmUsers) {
      if (!visible.has(user.profileId)) continue;
      if (user.inProjects) alreadyExisting++;
      else {
        user.inProjects = true;
        pushedAsEmployee++;
      }
    }
    db.permissionsVersion++;
    completeStep(db, 'permissions');
    return structuredClone({ profiles: db.profiles, version: db.permissionsVersion, pushedAsEmployee, alreadyExisting });
  },
} satisfies Partial<OpHandlers>;
