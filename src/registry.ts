/**
 * Tag names. Elements are registered by the tiny files in `src/register/` (default
 * names) or by `define()` (host-chosen names, for micro-frontends sharing one page).
 * Registration never throws when a name is taken: a second copy of the library on the
 * same page leaves the first one's elements in place.
 */
export type DefaultTag =
  | 'zoho-projects-setup' | 'field-mapper' | 'profile-perms' | 'client-account-mapper' | 'crm-user-import'
  | 'projects-related-list' | 'projects-tab' | 'zsc-key-panel' | 'crm-client-info';

const names = new Map<DefaultTag, string>();

/** The tag name an element is registered under (elements that host others render these). */
export function tagName(tag: DefaultTag): string {
  return names.get(tag) ?? tag;
}

export function registerElement(tag: DefaultTag, element: CustomElementConstructor, name: string = tag): void {
  const existing = customElements.get(name);
  if (existing && existing !== element && !(existing.prototype instanceof element)) {
    // Another copy of the library holds the name. It stays unclaimed here, so a later define()
    // with other names gives this copy's hosting elements (the setup) its own steps: another
    // copy's step would not find this copy's store (each copy has its own context key).
    return;
  }
  if (!names.has(tag)) names.set(tag, name);
  if (existing) return;
  // A constructor can be registered once; other names get a trivial subclass.
  const alreadyUsed = customElements.getName?.(element) != null;
  customElements.define(name, alreadyUsed ? class extends (element as typeof HTMLElement) {} : element);
}

const loaders = new Map<DefaultTag, () => Promise<unknown>>();
const loads = new Map<DefaultTag, Promise<void>>();

/**
 * How to load an element's file when an element that hosts it first needs it. `src/register/`
 * sets these, so that a page using only `<zoho-projects-setup>` loads a step's element when the
 * step shows (each from its own entry), not with the page.
 */
export function setLoader(tag: DefaultTag, load: () => Promise<unknown>): void {
  if (!loaders.has(tag)) loaders.set(tag, load);
}

/**
 * Makes sure the element for `tag` is registered: resolves once it is, rejects when its file could
 * not be loaded (called again, it tries again). Undefined when nothing on the page can load it.
 */
export function loadElement(tag: DefaultTag): Promise<void> | undefined {
  if (customElements.get(tagName(tag))) return Promise.resolve();
  const load = loaders.get(tag);
  if (!load) return undefined;
  let pending = loads.get(tag);
  if (!pending) {
    pending = load().then(() => undefined);
    loads.set(tag, pending);
    pending.catch(() => loads.delete(tag));
  }
  return pending;
}
