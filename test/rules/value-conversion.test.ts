import { expect } from '@open-wc/testing';
import {
  checkProjectValues, convertCrmValue, emptyDraft, isEmptyDraft, numberText, parseDraft,
} from '../../src/rules/value-conversion.js';
import type { ProjectsField } from '../../src/schemas/entities.js';

const field = (id: string, type: ProjectsField['type'], required = false): ProjectsField =>
  ({ id, label: id, type, required, custom: false });

describe('convertCrmValue: a CRM value for a Projects field', () => {
  it('date-time → date: the record\'s own calendar day, no time-zone shift, and says the time was dropped', () => {
    expect(convertCrmValue('2026-03-14T23:30:00-05:00', 'datetime', 'date')).to.deep.equal({ value: '2026-03-14', loss: 'time-dropped' });
    expect(convertCrmValue('2026-03-14T00:15:00+14:00', 'datetime', 'date').value).to.equal('2026-03-14');
  });

  it('date → date-time starts the day; date-time → date-time keeps hours and minutes', () => {
    expect(convertCrmValue('2026-03-14', 'date', 'datetime')).to.deep.equal({ value: '2026-03-14T00:00', loss: null });
    expect(convertCrmValue('2026-03-14T09:30:59Z', 'datetime', 'datetime').value).to.equal('2026-03-14T09:30');
  });

  it('an impossible date is unreadable, not guessed', () => {
    expect(convertCrmValue('2026-02-30', 'date', 'date')).to.deep.equal({ value: '', loss: 'unreadable' });
    expect(convertCrmValue('next week', 'datetime', 'date').loss).to.equal('unreadable');
  });

  it('currency, decimal and integer → number text without grouping', () => {
    expect(convertCrmValue(48500.5, 'currency', 'currency')).to.deep.equal({ value: '48500.5', loss: null });
    expect(convertCrmValue(1234567, 'currency', 'decimal').value).to.equal('1234567');
    expect(convertCrmValue(42, 'integer', 'currency').value).to.equal('42');
    expect(convertCrmValue(7, 'integer', 'integer').value).to.equal('7');
    expect(numberText(Number.NaN)).to.equal('');
  });

  it('text-like targets take text: picklist, lookup, email, phone and url values as they are', () => {
    expect(convertCrmValue('Negotiation/Review', 'picklist', 'text').value).to.equal('Negotiation/Review');
    expect(convertCrmValue('Zylker Corp', 'lookup', 'textarea').value).to.equal('Zylker Corp');
    expect(convertCrmValue(' a@b.example ', 'email', 'email').value).to.equal('a@b.example');
    expect(convertCrmValue('Ana Álvarez', 'user', 'user').value).to.equal('Ana Álvarez');
  });

  it('picklists keep a value that is one of the choices (in the choice\'s spelling); others are left empty', () => {
    expect(convertCrmValue('emea', 'picklist', 'picklist', ['EMEA', 'APAC'])).to.deep.equal({ value: 'EMEA', loss: null });
    expect(convertCrmValue('Closed Won', 'picklist', 'picklist', ['Active'])).to.deep.equal({ value: '', loss: 'not-an-option' });
    expect(convertCrmValue('Anything', 'text', 'picklist', []).value).to.equal('Anything');
  });

  it('multi-selects keep the values that are choices and say when some were dropped', () => {
    expect(convertCrmValue(['Consulting', 'Training'], 'multiselect', 'multiselect', ['Consulting', 'Training']))
      .to.deep.equal({ value: ['Consulting', 'Training'], loss: null });
    expect(convertCrmValue(['Consulting', 'Gardening'], 'multiselect', 'multiselect', ['Consulting']))
      .to.deep.equal({ value: ['Consulting'], loss: 'not-an-option' });
    expect(convertCrmValue('Support', 'picklist', 'multiselect', ['Support']).value).to.deep.equal(['Support']);
  });

  it('booleans stay booleans; empty values give an empty control', () => {
    expect(convertCrmValue(true, 'boolean', 'boolean')).to.deep.equal({ value: true, loss: null });
    expect(convertCrmValue(null, 'currency', 'currency')).to.deep.equal({ value: '', loss: null });
    expect(convertCrmValue([], 'multiselect', 'multiselect')).to.deep.equal({ value: [], loss: null });
    expect(convertCrmValue(undefined, 'boolean', 'boolean')).to.deep.equal({ value: false, loss: null });
  });

  it('an incompatible pair (a mapping older than a type change) fills nothing', () => {
    expect(convertCrmValue(12.5, 'currency', 'date')).to.deep.equal({ value: '', loss: 'incompatible' });
    expect(convertCrmValue('x', 'text', 'integer').loss).to.equal('incompatible');
  });
});

describe('parseDraft: what a control holds → the value sent', () => {
  it('number fields take digits with a dot, and refuse anything else', () => {
    expect(parseDraft('currency', ' 48500.50 ')).to.deep.equal({ value: 48500.5 });
    expect(parseDraft('integer', '1 200')).to.deep.equal({ value: 1200 });
    expect(parseDraft('decimal', '12,5')).to.have.property('problem');
    expect(parseDraft('integer', 'ten')).to.have.property('problem');
  });

  it('empty is null; lists and ticks pass through; a typed list is split at commas', () => {
    expect(parseDraft('text', '   ')).to.deep.equal({ value: null });
    expect(parseDraft('multiselect', [])).to.deep.equal({ value: null });
    expect(parseDraft('multiselect', 'a, b ,,c')).to.deep.equal({ value: ['a', 'b', 'c'] });
    expect(parseDraft('boolean', true)).to.deep.equal({ value: true });
    expect(emptyDraft('boolean')).to.equal(false);
    expect(isEmptyDraft(' ')).to.equal(true);
    expect(isEmptyDraft(['x'])).to.equal(false);
  });
});

describe('checkProjectValues', () => {
  const fields = [
    field('project_name', 'text', true), field('start_date', 'date'), field('end_date', 'date'),
    field('budget', 'currency'), field('email', 'email'), field('site', 'url'), field('status', 'picklist'),
    field('tags', 'multiselect'), field('count', 'integer'),
  ];

  it('accepts a valid project', () => {
    expect(checkProjectValues(fields, {
      project_name: 'P', start_date: '2026-01-01', end_date: '2026-01-02', budget: 10.25, email: 'a@b.example',
      site: 'https://x.example', status: 'Active', tags: ['A'], count: 3,
    }, { status: ['Active'], tags: ['A'] })).to.deep.equal({});
  });

  it('names every problem at its field', () => {
    const errors = checkProjectValues(fields, {
      project_name: ' ', start_date: '2026-05-01', end_date: '2026-04-30', budget: 1.234, email: 'nope',
      site: 'javascript:alert(1)', status: 'Gone', tags: ['B'], count: 1.5,
    }, { status: ['Active'], tags: ['A'] });
    expect(Object.keys(errors).sort()).to.deep.equal(['budget', 'count', 'email', 'end_date', 'project_name', 'site', 'status', 'tags']);
    expect(errors['project_name']).to.equal('This field is required.');
    expect(errors['end_date']).to.contain('on or after start_date');
  });

  it('refuses text that is too long and a date that does not exist', () => {
    const errors = checkProjectValues(fields, { project_name: 'x'.repeat(256), start_date: '2026-02-29' });
    expect(errors['project_name']).to.contain('at most 255');
    expect(errors['start_date']).to.contain('Enter a date');
  });
});
