/** The single-file bundle: everything, with the default tags registered. */
import { define } from './define.js';

define();

export * from './index.js';
