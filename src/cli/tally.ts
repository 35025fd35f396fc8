import type { Severity, Violation } from '../model/index.js';
import { tallied } from '../sanctions/index.js';

/**
 * The violations of a streamed check, counted instead of held: per rule the first violation and
 * how many there were, per severity a count. `representatives` hands the sanction one violation
 * per rule standing for all of them (sanctions' Tally), so a million recipients' violations
 * give the same sanction as check() over the same list, from a few objects.
 */
export class ViolationTally {
  readonly bySeverity: Record<Severity, number> = { prohibited: 0, undesired: 0, advisory: 0 };
  readonly rules = new Map<string, { clause: string; severity: Severity; count: number; first: Violation }>();

  add(v: Violation): void {
    this.bySeverity[v.severity]++;
    const r = this.rules.get(v.ruleId);
    if (r) r.count++;
    else this.rules.set(v.ruleId, { clause: v.clause, severity: v.severity, count: 1, first: v });
  }

  /** One violation per rule, in first-seen order; `excluded`: recipients a prohibited recipient-level breach excludes. */
  representatives(excluded: number): Violation[] {
    let excludedGiven = false;
    return [...this.rules.values()].map(({ first, count }) => {
      const carries = !excludedGiven && first.severity === 'prohibited' && first.scope === 'recipient';
      if (carries) excludedGiven = true;
      return tallied(first, { count, excluded: carries ? excluded : 0 });
    });
  }
}
