/** Registers <crm-user-import> (and what it hosts) under the default tag name. */
import { CrmUserImport } from '../elements/crm-user-import/crm-user-import.js';
import { registerElement } from '../registry.js';

registerElement('crm-user-import', CrmUserImport);

export { CrmUserImport };
