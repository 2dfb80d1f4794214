import type { DefaultTag } from './registry.js';
import { registerElement } from './registry.js';
import { ZohoProjectsSetup } from './elements/zoho-projects-setup/zoho-projects-setup.js';
import { FieldMapper } from './elements/field-mapper/field-mapper.js';
import { ProfilePerms } from './elements/profile-perms/profile-perms.js';
import { ClientAccountMapper } from './elements/client-account-mapper/client-account-mapper.js';
import { CrmUserImport } from './elements/crm-user-import/crm-user-import.js';
import { ProjectsRelatedList } from './elements/projects-related-list/projects-related-list.js';
import { ZscKeyPanel } from './elements/zsc-key-panel/zsc-key-panel.js';
import { CrmClientInfo } from './elements/crm-client-info/crm-client-info.js';

const ELEMENTS: Record<DefaultTag, CustomElementConstructor> = {
  'field-mapper': FieldMapper,
  'profile-perms': ProfilePerms,
  'client-account-mapper': ClientAccountMapper,
  'crm-user-import': CrmUserImport,
  'zoho-projects-setup': ZohoProjectsSetup,
  'projects-related-list': ProjectsRelatedList,
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
}
