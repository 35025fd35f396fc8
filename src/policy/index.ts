export * from './create-policy.js';
export * from './campaign.js';
export type { PolicyOptions, CustomFact } from './options.js';
