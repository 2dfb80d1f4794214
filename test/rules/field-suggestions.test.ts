import { expect } from '@open-wc/testing';
import {
  SUGGESTION_THRESHOLD, labelSimilarity, labelTokens, normaliseLabel, suggestMappings,
} from '../../src/rules/field-suggestions.js';
import { ACCOUNT_FIELDS, DEAL_FIELDS, STANDARD_PROJECT_FIELDS } from '../../mocks/seed.js';
import type { CrmField, ProjectsField } from '../../src/schemas/entities.js';

const pf = (id: string, label: string, type: ProjectsField['type']): ProjectsField =>
  ({ id, label, type, required: false, custom: false });
const cf = (id: string, label: string, type: CrmField['type']): CrmField => ({ id, label, type });

describe('field suggestions', () => {
  it('normalises labels: case, accents, punctuation', () => {
    expect(normaliseLabel('  Go-live  Date ')).to.equal('go live date');
    expect(normaliseLabel('Café (Délices)')).to.equal('cafe delices');
  });

  it('drops module words and numbers, and unifies synonyms', () => {
    expect(labelTokens('Deal Owner')).to.deep.equal(['owner']);
    expect(labelTokens('Custom Region 12')).to.deep.equal(['region']);
    expect(labelTokens('Closing Date')).to.deep.equal(['end', 'date']);
    expect(labelSimilarity('End Date', 'Closing Date')).to.equal(1);
    expect(labelSimilarity('Start Date', 'Closing Date')).to.be.below(SUGGESTION_THRESHOLD);
  });

  it('suggests by label among type-compatible fields only', () => {
    const fields = [pf('owner', 'Owner', 'user'), pf('end', 'End Date', 'date'), pf('notes', 'Amount', 'date')];
    const crm = {
      deals: [cf('Owner', 'Deal Owner', 'user'), cf('Closing', 'Closing Date', 'date'), cf('Amount', 'Amount', 'currency')],
      accounts: [cf('AOwner', 'Account Owner', 'user')],
    };
    const s = suggestMappings(fields, crm, {});
    expect(s).to.deep.equal({ owner: { deals: 'Owner', accounts: 'AOwner' }, end: { deals: 'Closing' } });
  });

  it('never suggests a CRM field already chosen in that module, nor one field for two rows', () => {
    const fields = [pf('a', 'Region', 'picklist'), pf('b', 'Custom Region 2', 'picklist'), pf('c', 'Status', 'picklist')];
    const crm = { deals: [cf('Region', 'Region', 'picklist'), cf('Stage', 'Stage', 'picklist')], accounts: [] };
    expect(suggestMappings(fields, crm, {})).to.deep.equal({ a: { deals: 'Region' }, c: { deals: 'Stage' } });
    expect(suggestMappings(fields, crm, { c: { deals: 'Region', accounts: null } })).to.deep.equal({});
  });

  it('leaves mapped cells alone', () => {
    const fields = [pf('d', 'Description', 'textarea')];
    const crm = { deals: [cf('Description', 'Description', 'textarea')], accounts: [cf('Description', 'Description', 'textarea')] };
    expect(suggestMappings(fields, crm, { d: { deals: 'Description', accounts: null } })).to.deep.equal({ d: { accounts: 'Description' } });
  });

  it('suggests the expected matches for the default data', () => {
    const s = suggestMappings(STANDARD_PROJECT_FIELDS, { deals: DEAL_FIELDS, accounts: ACCOUNT_FIELDS }, {
      project_name: { deals: 'Deal_Name', accounts: 'Account_Name' },
    });
    expect(s['project_name']).to.equal(undefined);
    expect(s['owner']).to.deep.equal({ deals: 'Owner', accounts: 'Owner' });
    expect(s['description']).to.deep.equal({ deals: 'Description', accounts: 'Description' });
    expect(s['end_date']).to.deep.equal({ deals: 'Closing_Date' });
    expect(s['status']).to.deep.equal({ deals: 'Stage' });
    expect(s['budget']).to.deep.equal({ deals: 'Amount' });
    expect(s['start_date']).to.equal(undefined);
  });
});
