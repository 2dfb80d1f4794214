/** Registers <client-account-mapper> (and what it hosts) under the default tag name. */
import { ClientAccountMapper } from '../elements/client-account-mapper/client-account-mapper.js';
import { registerElement } from '../registry.js';

registerElement('client-account-mapper', ClientAccountMapper);

export { ClientAccountMapper };
