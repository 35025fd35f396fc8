export * from './verdict.js';
export * from './notice.js';
export * from './formatters/index.js';
