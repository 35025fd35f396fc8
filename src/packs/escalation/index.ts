export * from './decide-sanction.js';
export { sanctionClause } from './sanction-clause.js';
export type { Escalation } from './ladder.js';
export { escalate } from './ladder.js';
