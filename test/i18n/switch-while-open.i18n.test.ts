/**
 * The language changes while an element shows texts it worked out earlier (a form's notes and
 * messages, a suggestion's reason): they follow at once, with nothing the user typed lost.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register/projects-related-list.js';
import '../../src/register/client-account-mapper.js';
import type { ProjectsRelatedList } from '../../src/elements/projects-related-list/projects-related-list.js';
import type { ClientAccountMapper } from '../../src/elements/client-account-mapper/client-account-mapper.js';
import { API, fakeServer, until } from '../helpers.js';
import { dataStrings, englishLeft, useLocale } from '../i18n.js';
import { root } from '../dom.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const form = (el: Element) => root(el).querySelector('[part="project-form"] form');
const control = (el: Element, fieldId: string, prefix = 'pf-new') => root(el).getElementById(`${prefix}-${fieldId}`) as HTMLInputElement;
const submit = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="project-form"] button[type="submit"]')!;
const hints = (el: Element) => [...root(el).querySelectorAll('.hint')].map((n) => norm(n.textContent));
const fieldErrors = (el: Element) => [...root(el).querySelectorAll('.field-error')].map((n) => norm(n.textContent));
const labels = (el: Element) => [...root(el).querySelectorAll('[part="project-form"] label')].map((n) => norm(n.textContent));

async function type(el: ProjectsRelatedList, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Switches the page's language and waits for `el` to render in it. */
async function switchTo(el: Element & { updateComplete: Promise<boolean> }, locale: 'de' | 'ja') {
  await useLocale(locale);
  await el.updateComplete;
  await until(() => el.getAttribute('lang') === locale, 2000, `rendered in ${locale}`);
}

describe('switching the language while an element is open', () => {
  afterEach(() => useLocale('en'));

  it('"New Project": the prefill notes and the validation messages follow, the typed values stay', async () => {
    await useLocale('en');
    const { server } = await fakeServer('record-pages');
    const el = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module="deals" record-id="deal-1"></projects-related-list>`);
    await until(() => root(el).querySelector('[part="new-project"]'), 5000, 'list loaded');
    root(el).querySelector<HTMLButtonElement>('[part="new-project"]')!.click();
    await until(() => form(el), 5000, 'New Project form');
    await type(el, control(el, 'budget'), '12,5 euros');
    submit(el).click();
    await until(() => fieldErrors(el).length >= 2, 3000, 'field messages');
    const englishHints = hints(el);
    const englishErrors = fieldErrors(el);
    expect(englishHints.join(' ')).to.match(/\bFrom\b|\bempty\b|\bNot mapped\b/);

    await switchTo(el, 'de');
    expect(hints(el)).to.have.length(englishHints.length);
    expect(hints(el)).to.not.deep.equal(englishHints);
    expect(fieldErrors(el)).to.have.length(englishErrors.length);
    expect(fieldErrors(el)).to.not.deep.equal(englishErrors);
    expect(englishLeft(el, 'de', dataStrings(server))).to.deep.equal([]);
    expect(control(el, 'budget').value).to.equal('12,5 euros');

    await switchTo(el, 'ja');
    expect(englishLeft(el, 'ja', dataStrings(server))).to.deep.equal([]);
    expect(control(el, 'budget').value).to.equal('12,5 euros');
  });

  it('"Edit": the widget\'s own field labels and the date message follow', async () => {
    await useLocale('en');
    const { server } = await fakeServer('active');
    const el = await fixture<ProjectsRelatedList>(html`<projects-related-list api-base=${API} module="deals" record-id="deal-1"></projects-related-list>`);
    await until(() => root(el).querySelectorAll('tbody tr').length === 2, 5000, 'list loaded');
    const project = root(el).querySelectorAll('tbody tr')[1]!.getAttribute('data-project-id')!;
    root(el).querySelector<HTMLButtonElement>(`#prl-edit-${project}`)!.click();
    await until(() => form(el), 3000, 'edit form');
    await type(el, control(el, 'end_date', 'pf-edit'), '2020-01-01');
    submit(el).click();
    await until(() => fieldErrors(el).length === 1, 3000, 'end date message');
    expect(labels(el).join(' ')).to.contain('Project Name');

    await switchTo(el, 'de');
    expect(labels(el).join(' ')).to.contain('Projektname');
    expect(englishLeft(el, 'de', dataStrings(server))).to.deep.equal([]);
    expect(control(el, 'end_date', 'pf-edit').value).to.equal('2020-01-01');
  });

  it('custom client mapping: the reasons of the shown suggestions follow', async () => {
    await useLocale('en');
    const { server } = await fakeServer('active');
    const el = await fixture<ClientAccountMapper>(html`<client-account-mapper api-base=${API}></client-account-mapper>`);
    await until(() => root(el).querySelectorAll('[part="client-table"] button').length >= 12, 5000, 'clients');
    [...root(el).querySelectorAll<HTMLButtonElement>('[part="client-table"] button')]
      .find((b) => norm(b.textContent) === 'Crème Brûlée Studio')!.click();
    await until(() => root(el).querySelector('[part="suggestions"] .suggestion-reason'), 5000, 'suggestions');
    const reason = () => norm(root(el).querySelector('[part="suggestions"] .suggestion-reason')!.textContent);
    expect(reason()).to.contain('Same name');

    await switchTo(el, 'de');
    expect(reason()).to.equal('Gleicher Name, abgesehen von den Akzenten und der Rechtsform „Ltd“.');
    expect(englishLeft(el, 'de', dataStrings(server, ['Ltd', 'Inc', 'initech']))).to.deep.equal([]);
  });
});
