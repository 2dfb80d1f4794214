/** Registers <profile-perms> (and what it hosts) under the default tag name. */
import { ProfilePerms } from '../elements/profile-perms/profile-perms.js';
import { registerElement } from '../registry.js';

registerElement('profile-perms', ProfilePerms);

export { ProfilePerms };
