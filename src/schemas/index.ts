export * from './entities.js';
export * from './inputs.js';
export * from './contract.js';
