/**
 * Tag names. Elements are registered by the tiny files in `src/register/` (default
 * names) or by `define()` (host-chosen names, for micro-frontends sharing one page).
 * Registration never throws when a name is taken: a second copy of the library on the
 * same page leaves the first one's elements in place.
 */
export type DefaultTag =
  | 'zoho-projects-setup' | 'field-mapper' | 'profile-perms' | 'client-account-mapper' | 'crm-user-import'
  | 'projects-related-list' | 'zsc-key-panel' | 'crm-client-info';

const names = new Map<DefaultTag, string>();

/** The tag name an element is registered under (elements that host others render these). */
export function tagName(tag: DefaultTag): string {
  return names.get(tag) ?? tag;
}

export function registerElement(tag: DefaultTag, element: CustomElementConstructor, name: string = tag): void {
  if (!names.has(tag)) names.set(tag, name);
  if (customElements.get(name)) return;
  // A constructor can be registered once; other names get a trivial subclass.
  const alreadyUsed = customElements.getName?.(element) != null;
  customElements.define(name, alreadyUsed ? class extends (element as typeof HTMLElement) {} : element);
}
