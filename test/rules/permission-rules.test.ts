import { expect } from '@open-wc/testing';
import {
  ALL_PERMISSIONS, NO_PERMISSIONS, PERMISSIONS, columnState, combinedState, isConsistent, rowState,
  setPermission, toggleColumn, toggleRow,
} from '../../src/rules/permission-rules.js';
import type { PermissionSet } from '../../src/schemas/entities.js';

const set = (on: string): PermissionSet => ({
  tabVisibility: on.includes('T'), view: on.includes('V'), create: on.includes('C'), edit: on.includes('E'), delete: on.includes('D'),
});
const letters = (s: PermissionSet) => PERMISSIONS.filter((p) => s[p]).map((p) => ({ tabVisibility: 'T', view: 'V', create: 'C', edit: 'E', delete: 'D' })[p]).join('');

describe('permission implications', () => {
  for (const p of ['create', 'edit', 'delete'] as const) {
    it(`${p} turns on View and Tab Visibility`, () => {
      const next = setPermission(NO_PERMISSIONS, p, true);
      expect(next[p]).to.equal(true);
      expect(next.view).to.equal(true);
      expect(next.tabVisibility).to.equal(true);
      expect(isConsistent(next)).to.equal(true);
    });
  }

  it('View turns on Tab Visibility only', () => {
    expect(letters(setPermission(NO_PERMISSIONS, 'view', true))).to.equal('TV');
  });

  it('Tab Visibility alone turns on nothing else', () => {
    expect(letters(setPermission(NO_PERMISSIONS, 'tabVisibility', true))).to.equal('T');
  });

  it('clearing View clears Create, Edit and Delete, keeps Tab Visibility', () => {
    expect(letters(setPermission(ALL_PERMISSIONS, 'view', false))).to.equal('T');
  });

  it('clearing Tab Visibility clears all', () => {
    expect(letters(setPermission(set('TVCE'), 'tabVisibility', false))).to.equal('');
  });

  it('clearing Create, Edit or Delete clears only that one', () => {
    expect(letters(setPermission(ALL_PERMISSIONS, 'edit', false))).to.equal('TVCD');
  });

  it('does not change the set it is given', () => {
    const s = set('T');
    setPermission(s, 'create', true);
    expect(letters(s)).to.equal('T');
  });

  it('tells consistent sets from inconsistent ones', () => {
    expect(isConsistent(set('TVC'))).to.equal(true);
    expect(isConsistent(set('C'))).to.equal(false);
    expect(isConsistent(set('V'))).to.equal(false);
    expect(isConsistent(set(''))).to.equal(true);
  });
});

describe('whole-row and whole-column toggles', () => {
  it('reports on, off and mixed', () => {
    expect(combinedState([true, true])).to.equal('on');
    expect(combinedState([false, false])).to.equal('off');
    expect(combinedState([true, false])).to.equal('mixed');
    expect(rowState(set('TV'))).to.equal('mixed');
    expect(columnState([set('TV'), set('T')], 'tabVisibility')).to.equal('on');
    expect(columnState([set('TV'), set('T')], 'view')).to.equal('mixed');
  });

  it('row toggle turns everything on unless all are on, then off', () => {
    expect(letters(toggleRow(set('TV')))).to.equal('TVCED');
    expect(letters(toggleRow(set('')))).to.equal('TVCED');
    expect(letters(toggleRow(ALL_PERMISSIONS))).to.equal('');
  });

  it('column toggle turns a permission on for every profile, with what it implies', () => {
    const next = toggleColumn({ a: set(''), b: set('TV'), c: set('TVCED') }, 'create');
    expect(letters(next.a)).to.equal('TVC');
    expect(letters(next.b)).to.equal('TVC');
    expect(letters(next.c)).to.equal('TVCED');
  });

  it('column toggle turns it off for everyone when all have it, clearing what depends on it', () => {
    const next = toggleColumn({ a: set('TVC'), b: set('TVCED') }, 'view');
    expect(letters(next.a)).to.equal('T');
    expect(letters(next.b)).to.equal('T');
  });
});
