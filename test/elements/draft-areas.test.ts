/**
 * What the two draft-document areas (field mapping, profile permissions) do alike, checked once
 * for each: one button saves the draft, and a refused read shows "not permitted" with no data.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/register/field-mapper.js';
import '../../src/register/profile-perms.js';
import { API, fakeServer, mountRefused, storeWithPortal, until } from '../helpers.js';
import { button, root, text, type TestStoreProvider } from '../dom.js';

interface DraftArea {
  tag: 'field-mapper' | 'profile-perms';
  /** The GET that loads the document. */
  path: string;
  /** The button that saves the draft, and the operation it sends. */
  save: string;
  operation: 'saveFieldMapping' | 'savePermissions';
  /** A control of the loaded document, and what shows once it was saved. */
  control: string;
  saved: (el: HTMLElement) => unknown;
  /** The setup step its save completes, and its part of the store. */
  step: 'fields' | 'permissions';
  slice: 'fieldMapping' | 'permissions';
}

const AREAS: readonly DraftArea[] = [
  {
    tag: 'field-mapper', path: '/crm/field-mapping', save: 'Done', operation: 'saveFieldMapping', control: 'select',
    saved: (el) => text(el).includes('Field mapping saved'), step: 'fields', slice: 'fieldMapping',
  },
  {
    tag: 'profile-perms', path: '/crm/profile-permissions', save: 'Save', operation: 'savePermissions', control: 'input',
    saved: (el) => root(el).querySelector('[part="result"]'), step: 'permissions', slice: 'permissions',
  },
];

for (const area of AREAS) {
  describe(`<${area.tag}>, a draft document`, () => {
    it(`a double click on "${area.save}" sends one request`, async () => {
      const { server } = await fakeServer('active');
      const el = await fixture<HTMLElement>(`<${area.tag} api-base="${API}"></${area.tag}>`);
      await until(() => root(el).querySelector(area.control), 3000, 'the document');
      const save = button(el, area.save)!;
      save.click();
      save.click();
      await until(() => area.saved(el), 3000, 'saved');
      expect(server.log.filter((e) => e.operation === area.operation)).to.have.length(1);
    });

    it(`inside a provider it uses the shared store, and "${area.save}" moves the setup flow on`, async () => {
      const { server } = await fakeServer('fresh');
      const store = await storeWithPortal();
      const tag = unsafeStatic(area.tag);
      const provider = await fixture<TestStoreProvider>(html`<test-shared-provider .store=${store}>${staticHtml`<${tag}></${tag}>`}</test-shared-provider>`);
      const el = provider.querySelector<HTMLElement>(area.tag)!;
      await until(() => root(el).querySelector(area.control), 3000, 'the document');
      expect(store.state[area.slice].doc).to.not.equal(null);
      button(el, area.save)!.click();
      await until(() => store.state.setup.status!.completedSteps.includes(area.step), 3000, 'the step done');
      expect(server.db.status.completedSteps).to.include(area.step);
      // Permissions keep what the save pushed (the "Employee" result).
      if (area.slice === 'permissions') expect(store.state.permissions.lastSave).to.not.equal(null);
    });

    it('shows "not permitted" and no data on 403', async () => {
      const el = await mountRefused(area.tag, area.path);
      expect(root(el).querySelector(area.control)).to.equal(null);
    });
  });
}
