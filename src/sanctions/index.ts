export * from './decide.js';
export * from './labels.js';
export type { Trigger, Tally } from './triggers.js';
export { tallied } from './triggers.js';
export type { Escalation, SanctionStep } from './ladder.js';
export { escalate } from './ladder.js';
export * from './billing.js';
export * from './governing-version.js';
