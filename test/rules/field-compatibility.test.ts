import { expect } from '@open-wc/testing';
import {
  COMPATIBLE_SOURCES, checkMapping, compatibleCrmFields, isCompatible, mappedCount,
} from '../../src/rules/field-compatibility.js';
import { FieldType, type CrmField, type ProjectsField } from '../../src/schemas/entities.js';

const pf = (id: string, type: ProjectsField['type'], required = false): ProjectsField =>
  ({ id, label: id.toUpperCase(), type, required, custom: false });
const cf = (id: string, type: CrmField['type']): CrmField => ({ id, label: id, type });

describe('field compatibility table', () => {
  it('has a row for every field type, and every type accepts itself', () => {
    for (const type of FieldType.options) {
      expect(COMPATIBLE_SOURCES[type], type).to.be.an('array');
      expect(isCompatible(type, type), type).to.equal(true);
    }
  });

  const cases: [ProjectsField['type'], ProjectsField['type'], boolean][] = [
    ['text', 'picklist', true], ['text', 'lookup', true], ['text', 'email', true], ['text', 'textarea', false],
    ['text', 'integer', false], ['text', 'date', false], ['textarea', 'text', true], ['textarea', 'textarea', true],
    ['integer', 'decimal', false], ['integer', 'currency', false], ['decimal', 'integer', true], ['decimal', 'currency', true],
    ['currency', 'integer', true], ['currency', 'decimal', true], ['currency', 'text', false],
    ['date', 'datetime', true], ['datetime', 'date', true], ['date', 'text', false],
    ['picklist', 'text', true], ['picklist', 'multiselect', false], ['multiselect', 'picklist', true],
    ['user', 'user', true], ['user', 'lookup', false], ['lookup', 'user', false], ['lookup', 'text', false],
    ['boolean', 'picklist', false], ['boolean', 'text', false], ['email', 'text', false], ['phone', 'text', false],
    ['url', 'text', false], ['url', 'url', true],
  ];
  for (const [target, source, ok] of cases) {
    it(`a Projects ${target} field ${ok ? 'accepts' : 'refuses'} a CRM ${source} field`, () => {
      expect(isCompatible(target, source)).to.equal(ok);
    });
  }

  it('offers only compatible CRM fields, in their order', () => {
    const crm = [cf('Name', 'text'), cf('Amount', 'currency'), cf('Close', 'date'), cf('Count', 'integer'), cf('Rate', 'decimal')];
    expect(compatibleCrmFields(pf('budget', 'currency'), crm).map((f) => f.id)).to.deep.equal(['Amount', 'Count', 'Rate']);
    expect(compatibleCrmFields(pf('start', 'date'), crm).map((f) => f.id)).to.deep.equal(['Close']);
    expect(compatibleCrmFields(pf('flag', 'boolean'), crm)).to.deep.equal([]);
  });
});

describe('checkMapping', () => {
  const fields = [pf('name', 'text', true), pf('budget', 'currency'), pf('value', 'currency'), pf('start', 'date')];
  const crm = {
    deals: [cf('Deal_Name', 'text'), cf('Amount', 'currency'), cf('Closing', 'date')],
    accounts: [cf('Account_Name', 'text'), cf('Revenue', 'currency')],
  };

  it('passes a complete, compatible mapping', () => {
    const check = checkMapping(fields, crm, {
      name: { deals: 'Deal_Name', accounts: 'Account_Name' }, budget: { deals: 'Amount', accounts: null },
    });
    expect(check.blocking).to.deep.equal([]);
    expect(check.problems.size).to.equal(0);
  });

  it('blocks a required field that is empty in either module', () => {
    const check = checkMapping(fields, crm, { name: { deals: 'Deal_Name', accounts: null } });
    expect(check.blocking).to.have.length(1);
    expect(check.blocking[0]).to.include({ projectsFieldId: 'name', module: 'accounts' });
    expect(check.problems.get('name')?.accounts?.kind).to.equal('required');
    expect(check.problems.get('name')?.deals).to.equal(undefined);
  });

  it('flags a CRM field feeding two Projects fields of one module on both rows, without blocking', () => {
    const check = checkMapping(fields, crm, {
      name: { deals: 'Deal_Name', accounts: 'Account_Name' },
      budget: { deals: 'Amount', accounts: 'Revenue' },
      value: { deals: 'Amount', accounts: null },
    });
    expect(check.problems.get('budget')?.deals).to.deep.equal({ kind: 'duplicate', crmFieldId: 'Amount', otherProjectsFieldIds: ['value'] });
    expect(check.problems.get('value')?.deals).to.deep.equal({ kind: 'duplicate', crmFieldId: 'Amount', otherProjectsFieldIds: ['budget'] });
    expect(check.problems.get('budget')?.accounts).to.equal(undefined);
    expect(check.duplicateRows).to.equal(2);
    expect(check.blocking).to.deep.equal([]);
  });

  it('does not call the same field id in two modules a duplicate', () => {
    const check = checkMapping([pf('name', 'text')], { deals: [cf('X', 'text')], accounts: [cf('X', 'text')] }, {
      name: { deals: 'X', accounts: 'X' },
    });
    expect(check.problems.size).to.equal(0);
  });

  it('blocks incompatible and unknown CRM fields', () => {
    const check = checkMapping(fields, crm, {
      name: { deals: 'Deal_Name', accounts: 'Account_Name' },
      start: { deals: 'Amount', accounts: 'Gone' },
    });
    expect(check.problems.get('start')).to.deep.equal({
      deals: { kind: 'incompatible', crmFieldId: 'Amount' }, accounts: { kind: 'unknown', crmFieldId: 'Gone' },
    });
    expect(check.blocking.map((b) => b.module)).to.deep.equal(['deals', 'accounts']);
  });

  it('counts Projects fields fed by at least one module', () => {
    expect(mappedCount({ a: { deals: 'x', accounts: null }, b: { deals: null, accounts: null }, c: { deals: null, accounts: 'y' } })).to.equal(2);
  });
});
