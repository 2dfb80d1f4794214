/** Registers <zsc-key-panel> under the default tag name. */
import { ZscKeyPanel } from '../elements/zsc-key-panel/zsc-key-panel.js';
import { registerElement } from '../registry.js';

registerElement('zsc-key-panel', ZscKeyPanel);

export { ZscKeyPanel };
