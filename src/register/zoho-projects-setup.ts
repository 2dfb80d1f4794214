/**
 * Registers <zoho-projects-setup>. The three elements it hosts load when a step first shows one,
 * each from its own entry: on the settings page of an active integration, only when the user opens
 * one of its steps.
 */
import { ZohoProjectsSetup } from '../elements/zoho-projects-setup/zoho-projects-setup.js';
import { registerElement, setLoader } from '../registry.js';

setLoader('field-mapper', () => import('./field-mapper.js'));
setLoader('profile-perms', () => import('./profile-perms.js'));
setLoader('client-account-mapper', () => import('./client-account-mapper.js'));
registerElement('zoho-projects-setup', ZohoProjectsSetup);

export { ZohoProjectsSetup };
