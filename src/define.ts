import type { DefaultTag } from './registry.js';
import { registerElement, tagName } from './registry.js';
import { ZohoProjectsSetup } from './elements/zoho-projects-setup/zoho-projects-setup.js';
import { FieldMapper } from './elements/field-mapper/field-mapper.js';
import { ProfilePerms } from './elements/profile-perms/profile-perms.js';
import { ClientAccountMapper } from './elements/client-account-mapper/client-account-mapper.js';
import { CrmUserImport } from './elements/crm-user-import/crm-user-import.js';
import { ProjectsRelatedList } from './elements/projects-related-list/projects-related-list.js';
import { ProjectsTab } from './elements/projects-tab/projects-tab.js';
import { ZscKeyPanel } from './elements/zsc-key-panel/zsc-key-panel.js';
import { CrmClientInfo } from './elements/crm-client-info/crm-client-info.js';

const ELEMENTS: Record<DefaultTag, CustomElementConstructor> = {
  'field-mapper': FieldMapper,
  'profile-perms': ProfilePerms,
  'client-account-mapper': ClientAccountMapper,
  'crm-user-import': CrmUserImport,
  'zoho-projects-setup': ZohoProjectsSetup,
  'projects-related-list': ProjectsRelatedList,
  'projects-tab': ProjectsTab,
  'zsc-key-panel': ZscKeyPanel,
  'crm-client-info': CrmClientInfo,
};

/**
 * Registers every element. Pass other names to avoid collisions, e.g.
 * `define({ 'crm-user-import': 'acme-crm-user-import' })`; unnamed ones keep the default.
 * Call it once per page and library copy, before the tags are used.
 */
export function define(tagNames: Partial<Record<DefaultTag, string>> = {}): void {
  for (const [tag, element] of Object.entries(ELEMENTS) as [DefaultTag, CustomElementConstructor][]) {
    registerElement(tag, element, tagNames[tag] ?? tag);
  }
  warnOfForeignSteps();
}

/** The elements `<zoho-projects-setup>` shows in its steps. */
const HOSTED: readonly DefaultTag[] = ['field-mapper', 'profile-perms', 'client-account-mapper'];

/** Whether the element registered for `tag`'s name is this copy's (or a subclass of it). */
function isThisCopys(tag: DefaultTag): boolean | undefined {
  const registered = customElements.get(tagName(tag));
  if (!registered) return undefined;
  return registered === ELEMENTS[tag] || registered.prototype instanceof ELEMENTS[tag];
}

/**
 * This copy's setup under a new name, while another copy holds a step's tag: that step would say
 * "Not connected" inside the setup (it cannot reach this copy's store). Not an error (the page
 * may not use those steps), but the host should know, with the names to give.
 */
function warnOfForeignSteps(): void {
  if (!isThisCopys('zoho-projects-setup')) return;
  const foreign = HOSTED.filter((tag) => isThisCopys(tag) === false);
  if (!foreign.length) return;
  const setup = tagName('zoho-projects-setup');
  console.warn(`zoho-projects-widgets: <${setup}> would host ${foreign.map((t) => `<${t}>`).join(', ')} of another copy of the library, `
    + 'which cannot reach this copy\'s store. Give them names of their own in the same define() call, e.g. '
    + `define({ 'zoho-projects-setup': '${setup}', ${foreign.map((t) => `'${t}': '${setup}-${t}'`).join(', ')} }).`);
}
