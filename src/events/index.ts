export * from './zp-error.js';
