import type { Violation } from '../model/index.js';

/** A rule that contributed to an action, with how many violations of it (one per recipient). */
export interface Trigger {
  readonly ruleId: string;
  readonly clause: string;
  readonly count: number;
}

// A stream that is not held (the CLI over a million recipients) hands the sanction one violation
// per rule standing for all of its violations: how many, and how many recipients the
// prohibited recipient-level ones exclude. Set with `tallied`; a plain violation stands for one.
const TALLY = Symbol.for('mailpolicy.tally');

export interface Tally {
  /** Violations this one stands for. */
  readonly count: number;
  /** Distinct recipients excluded by it and the other tallied violations (given on one of them). */
  readonly excluded: number;
}

/** A copy of `v` standing for `count` violations of its rule (see Tally). */
export const tallied = (v: Violation, tally: Tally): Violation => Object.defineProperty({ ...v }, TALLY, { value: tally, enumerable: false });

const tallyOf = (v: Violation): Tally | undefined => (v as unknown as Record<symbol, Tally | undefined>)[TALLY];

/** One trigger per rule, in first-seen order. */
export const triggersOf = (violations: readonly Violation[]): Trigger[] => {
  const byRule = new Map<string, { ruleId: string; clause: string; count: number }>();
  for (const v of violations) {
    const n = tallyOf(v)?.count ?? 1;
    const t = byRule.get(v.ruleId);
    if (t) t.count += n;
    else byRule.set(v.ruleId, { ruleId: v.ruleId, clause: v.clause, count: n });
  }
  return [...byRule.values()];
};

/** Distinct recipients that prohibited recipient-level violations exclude (tallies add theirs). */
export const excludedRecipients = (prohibited: readonly Violation[]): number => {
  const seen = new Set<string | undefined>();
  let tallies = 0;
  for (const v of prohibited) {
    if (v.scope !== 'recipient') continue;
    const t = tallyOf(v);
    if (t) tallies += t.excluded;
    else seen.add(v.recipient);
  }
  return seen.size + tallies;
};

/** "mes/a (U2), mes/b (M3, 4×)": rule ids with their clauses, for reasons in any locale. */
export const listTriggers = (triggers: readonly Trigger[]): string =>
  triggers.map((t) => `${t.ruleId} (${t.clause}${t.count > 1 ? `, ${t.count}×` : ''})`).join(', ');
