export * from './zp-error.js';
export * from './zp-project-created.js';
export * from './zp-project-updated.js';
export * from './zp-project-deleted.js';
export * from './zp-key-generated.js';
export * from './zp-key-regenerated.js';
