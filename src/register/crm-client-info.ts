/** Registers <crm-client-info> under the default tag name. */
import { CrmClientInfo } from '../elements/crm-client-info/crm-client-info.js';
import { registerElement } from '../registry.js';

registerElement('crm-client-info', CrmClientInfo);

export { CrmClientInfo };
