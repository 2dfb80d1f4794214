import { expect } from '@open-wc/testing';
import {
  DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE, availableSeats, batchSizeOf, buildSearchIndex, checkSeats, choiceFor,
  defaultSelection, filterIndex, isImportableAccount, isImportableUser, newUsersNeeded, normalizeForSearch, percentDone, planBatches, selectAll, setForSelected,
  summarize, toggle, userImportItems, type UserChoice,
} from '../../src/rules/import-plan.js';
import { seatsRefusal } from '../../src/elements/crm-user-import/seats-text.js';

describe('import-plan rules', () => {
  describe('planBatches', () => {
    it('splits items in order into batches of the given size', () => {
      const items = Array.from({ length: 11 }, (_, i) => i);
      expect(planBatches(items, 5)).to.deep.equal([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10]]);
      expect(planBatches([], 5)).to.deep.equal([]);
    });

    it('plans the same batches for the same items (a resent batch is the identical write)', () => {
      const items = Array.from({ length: 450 }, (_, i) => ({ id: `u${i}` }));
      expect(JSON.stringify(planBatches(items))).to.equal(JSON.stringify(planBatches([...items])));
      expect(planBatches(items).map((b) => b.length)).to.deep.equal([200, 200, 50]);
    });

    it('uses a sane batch size whatever the host configured', () => {
      expect(batchSizeOf(undefined)).to.equal(DEFAULT_BATCH_SIZE);
      expect(batchSizeOf(0)).to.equal(DEFAULT_BATCH_SIZE);
      expect(batchSizeOf(-3)).to.equal(DEFAULT_BATCH_SIZE);
      expect(batchSizeOf('abc')).to.equal(DEFAULT_BATCH_SIZE);
      expect(batchSizeOf(7.9)).to.equal(7);
      expect(batchSizeOf(1e9)).to.equal(MAX_BATCH_SIZE);
    });
  });

  describe('seats', () => {
    it('counts available seats, never below zero', () => {
      expect(availableSeats({ total: 50, used: 8 })).to.equal(42);
      expect(availableSeats({ total: 5, used: 9 })).to.equal(0);
    });

    it('accepts an import that fits and refuses one that does not, with the reason', () => {
      expect(checkSeats({ total: 10, used: 8 }, 2)).to.deep.equal({ ok: true, needed: 2, available: 2 });
      const refused = checkSeats({ total: 10, used: 9 }, 3);
      expect(refused.ok).to.equal(false);
      expect(refused).to.deep.include({ needed: 3, available: 1 });
      expect(seatsRefusal(refused.needed, refused.available)).to.contain('needs 3 seats').and.contain('1 seat available');
    });

    it('needs seats only for users not yet in the portal', () => {
      const inPortal = new Set(['a']);
      expect(newUsersNeeded(['a', 'b', 'c'], (id) => inPortal.has(id))).to.equal(2);
    });
  });

  describe('search', () => {
    it('ignores case and accents', () => {
      expect(normalizeForSearch('Chloé SØREN Müller')).to.equal('chloe søren muller');
      expect(normalizeForSearch('ana.alvarez@ACME.example')).to.equal('ana.alvarez@acme.example');
    });

    it('matches every word of the query against name or email, in list order', () => {
      const users = [
        { name: 'Zoë Zhang', email: 'zoe.zhang@acme.example' },
        { name: 'Ana Álvarez', email: 'ana.alvarez@acme.example' },
        { name: 'Zoë Álvarez', email: 'zoe.alvarez@acme.example' },
      ];
      const index = buildSearchIndex(users, (u) => [u.name, u.email]);
      expect(filterIndex(index, '')).to.equal(null);
      expect(filterIndex(index, '   ')).to.equal(null);
      expect(filterIndex(index, 'zoe')).to.deep.equal([0, 2]);
      expect(filterIndex(index, 'ALVAREZ')).to.deep.equal([1, 2]);
      expect(filterIndex(index, 'zoë álv')).to.deep.equal([2]);
      expect(filterIndex(index, 'ana.alvarez@')).to.deep.equal([1]);
      expect(filterIndex(index, 'nobody')).to.deep.equal([]);
    });
  });

  describe('selection and choices', () => {
    it('starts with every importable record selected: not users already in the portal, not accounts already clients', () => {
      const users = [{ id: 'a', inPortal: true }, { id: 'b', inPortal: false }, { id: 'c', inPortal: false }];
      expect([...defaultSelection(users, isImportableUser)]).to.deep.equal(['b', 'c']);
      const accounts = [{ id: 'x', alreadyClient: false }, { id: 'y', alreadyClient: true }];
      expect([...defaultSelection(accounts, isImportableAccount)]).to.deep.equal(['x']);
      expect([...defaultSelection([], isImportableUser)]).to.deep.equal([]);
    });

    it('selects all shown records, keeping the others as they were, and toggles one', () => {
      const all = selectAll(new Set(['x']), ['a', 'b']);
      expect([...all]).to.have.members(['x', 'a', 'b']);
      expect([...toggle(all, 'a', false)]).to.have.members(['x', 'b']);
      expect([...toggle(new Set(), 'a', true)]).to.deep.equal(['a']);
    });

    it('sets a role or a project for all selected users only, keeping what was not set', () => {
      const start = new Map<string, UserChoice>([['a', { roleId: 'manager', projectId: 'p1' }]]);
      const withRole = setForSelected(start, ['a', 'b'], { roleId: 'contractor' }, 'employee');
      expect(withRole.get('a')).to.deep.equal({ roleId: 'contractor', projectId: 'p1' });
      expect(withRole.get('b')).to.deep.equal({ roleId: 'contractor', projectId: null });
      expect(withRole.has('c')).to.equal(false);
      const noProject = setForSelected(withRole, ['a'], { projectId: null }, 'employee');
      expect(noProject.get('a')).to.deep.equal({ roleId: 'contractor', projectId: null });
      expect(start.get('a')!.roleId).to.equal('manager');
      expect(choiceFor(noProject, 'c', 'employee')).to.deep.equal({ roleId: 'employee', projectId: null });
    });

    it('builds the import items of the selected users in list order, with the default role', () => {
      const users = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
      const choices = new Map<string, UserChoice>([['c', { roleId: 'manager', projectId: 'p2' }]]);
      expect(userImportItems(users, new Set(['c', 'a']), choices, 'employee')).to.deep.equal([
        { crmUserId: 'a', roleId: 'employee', projectId: null },
        { crmUserId: 'c', roleId: 'manager', projectId: 'p2' },
      ]);
    });
  });

  describe('progress and results', () => {
    it('gives whole percents', () => {
      expect(percentDone(0, 25)).to.equal(0);
      expect(percentDone(10, 25)).to.equal(40);
      expect(percentDone(9999, 10000)).to.equal(99);
      expect(percentDone(25, 25)).to.equal(100);
      expect(percentDone(0, 0)).to.equal(100);
    });

    it('summarizes outcomes over every record of the import', () => {
      const results = new Map([
        ['a', { outcome: 'imported' as const }],
        ['b', { outcome: 'existing' as const }],
        ['c', { outcome: 'failed' as const }],
      ]);
      expect(summarize(['a', 'b', 'c', 'd'], results)).to.deep.equal({ imported: 1, existing: 1, failed: 1, notImported: 1 });
    });
  });
});
