/** Registers <field-mapper> (and what it hosts) under the default tag name. */
import { FieldMapper } from '../elements/field-mapper/field-mapper.js';
import { registerElement } from '../registry.js';

registerElement('field-mapper', FieldMapper);

export { FieldMapper };
