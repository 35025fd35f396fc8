import { clauses, type Violation } from '../../src/index.js';

/** A violation as the engine would build it, for feeding the sanction logic directly. */
export const violation = (over: Partial<Violation> & Pick<Violation, 'ruleId' | 'clause' | 'severity'>): Violation => ({
  clauseHeading: clauses.get(over.clause)?.heading ?? over.clause,
  sanction: 'none',
  scope: 'message',
  message: `${over.ruleId} fired`,
  messages: { de: `${over.ruleId} verletzt`, en: `${over.ruleId} fired` },
  evidence: {},
  ...over,
});
