/** The de locale module for @lit/localize: every area's translations in one map. */
import type { TemplateMap } from '@lit/localize';
import { templates as shared } from './shared.js';
import { templates as zohoProjectsSetup } from './zoho-projects-setup.js';
import { templates as fieldMapper } from './field-mapper.js';
import { templates as profilePerms } from './profile-perms.js';
import { templates as clientAccountMapper } from './client-account-mapper.js';
import { templates as crmUserImport } from './crm-user-import.js';
import { templates as projectsRelatedList } from './projects-related-list.js';
import { templates as projectsTab } from './projects-tab.js';
import { templates as zscKeyPanel } from './zsc-key-panel.js';
import { templates as crmClientInfo } from './crm-client-info.js';

export const templates: TemplateMap = Object.assign(
  {}, shared, zohoProjectsSetup, fieldMapper, profilePerms, clientAccountMapper, crmUserImport, projectsRelatedList, projectsTab, zscKeyPanel, crmClientInfo,
);
