export * from './decide.js';
export * from './labels.js';
export type { Trigger, Tally } from './triggers.js';
export { tallied, triggersOf, excludedRecipients, listTriggers } from './triggers.js';
export type { Localized, SanctionStep } from './rule-steps.js';
export { ruleSteps, ruleSanctionText } from './rule-steps.js';
export * from './billing.js';
export * from './governing-version.js';
