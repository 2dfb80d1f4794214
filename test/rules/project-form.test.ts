import { expect } from '@open-wc/testing';
import {
  checkDraft, editProjectDraft, fieldMessages, firstError, noteText, prefillProject, setDraftValue, withErrors,
} from '../../src/rules/project-form.js';
import type { ProjectFormSource } from '../../src/schemas/entities.js';

const source = (): ProjectFormSource => ({
  record: {
    module: 'deals', id: 'deal-1', name: 'Big Deal',
    values: { Deal_Name: 'Big Deal', Created_Time: '2026-03-14T09:30:00+01:00', Amount: 48500.5, Stage: 'Negotiation', Region: 'EMEA', Empty: null },
  },
  projectsFields: [
    { id: 'project_name', label: 'Project Name', type: 'text', required: true, custom: false },
    { id: 'start_date', label: 'Start Date', type: 'date', required: false, custom: false },
    { id: 'budget', label: 'Budget', type: 'currency', required: false, custom: false },
    { id: 'status', label: 'Status', type: 'picklist', required: false, custom: false },
    { id: 'region', label: 'Region', type: 'picklist', required: false, custom: true },
    { id: 'cost', label: 'Cost Center', type: 'text', required: true, custom: true },
    { id: 'ref', label: 'Reference', type: 'text', required: true, custom: true },
  ],
  crmFields: [
    { id: 'Deal_Name', label: 'Deal Name', type: 'text' },
    { id: 'Created_Time', label: 'Created Time', type: 'datetime' },
    { id: 'Amount', label: 'Amount', type: 'currency' },
    { id: 'Stage', label: 'Stage', type: 'picklist' },
    { id: 'Region', label: 'Region', type: 'picklist' },
    { id: 'Empty', label: 'Next Step', type: 'text' },
  ],
  mapping: [
    { projectsFieldId: 'project_name', crmFieldId: 'Deal_Name' },
    { projectsFieldId: 'start_date', crmFieldId: 'Created_Time' },
    { projectsFieldId: 'budget', crmFieldId: 'Amount' },
    { projectsFieldId: 'status', crmFieldId: 'Stage' },
    { projectsFieldId: 'region', crmFieldId: 'Region' },
    { projectsFieldId: 'cost', crmFieldId: null },
    { projectsFieldId: 'ref', crmFieldId: 'Empty' },
  ],
  options: { status: ['Active', 'Delayed'], region: ['EMEA'] },
});

describe('prefillProject', () => {
  it('fills each mapped field from the record, converted by type, with a note on how', () => {
    const d = prefillProject(source());
    expect(d.values).to.deep.include({ project_name: 'Big Deal', start_date: '2026-03-14', budget: '48500.5', status: '', region: 'EMEA' });
    expect(noteText(d.notes['project_name']!)).to.equal('From “Deal Name”.');
    expect(noteText(d.notes['start_date']!)).to.contain('the date only');
    expect(noteText(d.notes['status']!)).to.equal('“Stage” holds a value that is not one of the choices here: choose one.');
    expect(d.fields.find((f) => f.id === 'region')!.options).to.deep.equal(['EMEA']);
    expect(d.fields.find((f) => f.id === 'budget')!.source).to.deep.equal({ label: 'Amount', type: 'currency' });
  });

  it('asks for required fields that are unmapped or empty on the record', () => {
    const d = prefillProject(source());
    expect(d.asked).to.deep.equal(['cost', 'ref']);
    expect(noteText(d.notes['cost']!)).to.equal('Not mapped to a field of the deal: enter it.');
    expect(noteText(d.notes['ref']!)).to.equal('“Next Step” is empty on this deal.');
    expect(noteText({ ...d.notes['ref']!, module: 'accounts' })).to.equal('“Next Step” is empty on this account.');
  });
});

describe('checkDraft', () => {
  it('refuses the draft until the asked fields are filled, then gives the values to send', () => {
    let d = prefillProject(source());
    const first = checkDraft(d);
    expect(Object.keys(first.errors)).to.deep.equal(['cost', 'ref']);
    expect(firstError(withErrors(d, first.errors))).to.equal('cost');
    d = setDraftValue(setDraftValue(d, 'cost', 'CC-1'), 'ref', 'R-9');
    const second = checkDraft(d);
    expect(second.errors).to.deep.equal({});
    expect(second.values).to.deep.equal({
      project_name: 'Big Deal', start_date: '2026-03-14', budget: 48500.5, region: 'EMEA', cost: 'CC-1', ref: 'R-9',
    });
  });

  it('changing a field clears its message only', () => {
    const d = withErrors(prefillProject(source()), { cost: 'x', ref: 'y', unknown: 'z' });
    expect(d.errors).to.deep.equal({ cost: 'x', ref: 'y' });
    expect(setDraftValue(d, 'cost', 'A').errors).to.deep.equal({ ref: 'y' });
    expect(setDraftValue(d, 'nope', 'A')).to.equal(d);
  });
});

describe('fieldMessages', () => {
  it("words the widget's own check again when shown, and keeps a message whose problem is gone", () => {
    const d = withErrors(setDraftValue(prefillProject(source()), 'budget', '12 euros'),
      { cost: 'earlier words', budget: 'earlier words', ref: 'earlier words', project_name: 'earlier words' });
    const shown = fieldMessages(setDraftValue(d, 'ref', 'R-1'));
    expect(shown).to.deep.equal({
      cost: 'This field is required.', budget: 'Enter a number, like 1234.56 (digits and a dot).', project_name: 'earlier words',
    });
  });

  it("shows the server's words, or the widget's text for a code it words at the field", () => {
    const d = prefillProject(source());
    expect(fieldMessages(withErrors(d, { cost: 'Unknown cost center' }, { check: false, code: 'invalid-project' })))
      .to.deep.equal({ cost: 'Unknown cost center' });
    expect(fieldMessages(withErrors(d, { cost: 'x' }, { check: false, code: 'portal-name-taken' })))
      .to.deep.equal({ cost: 'This portal name is already taken. Choose another.' });
  });
});

describe('editProjectDraft', () => {
  it("holds the project's name, status and dates, with the portal's statuses as choices", () => {
    const d = editProjectDraft({ id: 'p', name: 'P', status: 'Active', owner: 'O', startDate: '2026-01-01', endDate: null, url: 'https://x.example' }, ['Active', 'Delayed']);
    expect(d.values).to.deep.equal({ project_name: 'P', status: 'Active', start_date: '2026-01-01', end_date: '' });
    expect(d.fields.find((f) => f.id === 'status')!.options).to.deep.equal(['Active', 'Delayed']);
    expect(checkDraft(setDraftValue(d, 'status', '')).errors).to.have.property('status');
  });
});
