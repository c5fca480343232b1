export * from './cli/index.js';
export * from './engine/index.js';
