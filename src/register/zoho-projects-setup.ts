/** Registers <zoho-projects-setup> (and what it hosts) under the default tag name. */
import './field-mapper.js';
import './profile-perms.js';
import './client-account-mapper.js';
import { ZohoProjectsSetup } from '../elements/zoho-projects-setup/zoho-projects-setup.js';
import { registerElement } from '../registry.js';

registerElement('zoho-projects-setup', ZohoProjectsSetup);

export { ZohoProjectsSetup };
