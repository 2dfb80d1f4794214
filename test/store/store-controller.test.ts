import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StoreController } from '../../src/store/store-controller.js';
import { IntegrationStore } from '../../src/store/integration-store.js';
import { storeHostProperties } from '../../src/elements/shared/host-properties.js';
import type { PartialBackend } from '../../src/adapters/backend.js';
import { HttpBackend } from '../../src/adapters/http-backend.js';
import { API, fakeServer, until } from '../helpers.js';
import { setupStore } from '../../src/store/area-stores.js';
import { StoreBase } from '../../src/store/store-base.js';

// Test-only elements: a provider (as <zoho-projects-setup> is) and a consumer (as the others are).
class TestProvider extends LitElement {
  static override properties = { ...storeHostProperties };
  declare store: IntegrationStore | undefined;
  declare backend: PartialBackend | undefined;
  declare apiBase: string | undefined;
  readonly data = new StoreController(this, (s) => s.setup, { provide: true, create: setupStore });
  override render() {
    return html`<slot></slot>`;
  }
}
class TestConsumer extends LitElement {
  static override properties = { ...storeHostProperties };
  declare store: IntegrationStore | undefined;
  declare backend: PartialBackend | undefined;
  declare apiBase: string | undefined;
  renders = 0;
  readonly data = new StoreController(this, (s) => s.setup, { create: setupStore, onStore: (store) => void store.setup.load() });
  override render() {
    this.renders++;
    return html`<p>${this.data.value?.status?.state ?? 'none'}</p>`;
  }
}
customElements.define('test-store-provider', TestProvider);
customElements.define('test-store-consumer', TestConsumer);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('StoreController', () => {
  it('gives an element inside a provider the provider’s store', async () => {
    await fakeServer('active');
    const el = await fixture<TestProvider>(html`<test-store-provider api-base=${API}><test-store-consumer></test-store-consumer></test-store-provider>`);
    const child = el.querySelector('test-store-consumer') as TestConsumer;
    // Its own store from api-base: only the areas of the setup page (area-stores.ts).
    expect(el.data.store instanceof StoreBase).to.equal(true);
    expect(typeof el.data.store!.setup.load).to.equal('function');
    expect(child.data.store === el.data.store).to.equal(true);
    expect(child.data.isShared).to.equal(true);
    await until(() => text(child) === 'active', 3000, 'status loaded');
  });

  it('makes a store of its own from api-base when used alone', async () => {
    await fakeServer('fresh');
    const el = await fixture<TestConsumer>(html`<test-store-consumer api-base=${API}></test-store-consumer>`);
    expect(el.data.store instanceof StoreBase).to.equal(true);
    expect(el.data.isShared).to.equal(false);
    await until(() => text(el) === 'not-enabled', 3000, 'status loaded');
  });

  it('uses a backend object, and prefers an explicit store property', async () => {
    await fakeServer('fresh');
    const backend = new HttpBackend({ baseUrl: API });
    const el = await fixture<TestConsumer>(html`<test-store-consumer .backend=${backend}></test-store-consumer>`);
    expect(el.data.store?.backend).to.equal(backend);
    const explicit = new IntegrationStore(backend);
    el.store = explicit;
    await el.updateComplete;
    expect(el.data.store).to.equal(explicit);
  });

  it('shows nothing connected until a backend arrives', async () => {
    await fakeServer('key-invalid');
    const el = await fixture<TestConsumer>(html`<test-store-consumer></test-store-consumer>`);
    expect(el.data.store).to.equal(undefined);
    expect(text(el)).to.equal('none');
    el.apiBase = API;
    await until(() => text(el) === 'key-invalid', 3000, 'status after api-base set');
  });

  it('re-renders only when its slice changes', async () => {
    await fakeServer('active');
    const el = await fixture<TestConsumer>(html`<test-store-consumer api-base=${API}></test-store-consumer>`);
    await until(() => text(el) === 'active');
    const before = el.renders;
    await el.data.store!.permissions.load(); // another slice
    await el.updateComplete;
    expect(el.renders).to.equal(before);
  });
});
