import type { SanctionKind } from '../../model/index.js';

/** Which clause of the policy allows each action (CLAUSES.md S1–S6). */
export const sanctionClause: Readonly<Record<SanctionKind, string>> = {
  none: 'S6',
  notice: 'S5',
  'rate-limit': 'S1',
  'rotate-ip': 'S4',
  'pause-campaign': 'S2',
  'abort-campaign': 'S2',
  warning: 'S6',
  'suspend-account': 'S3',
  'termination-eligible': 'S6',
};
