export * from './verdict.js';
export * from './notice.js';
