import type { Violation } from '../model/index.js';

/** A rule that contributed to an action, with how many violations of it (one per recipient). */
export interface Trigger {
  readonly ruleId: string;
  readonly clause: string;
  readonly count: number;
}

/** One trigger per rule, in first-seen order. */
export const triggersOf = (violations: readonly Violation[]): Trigger[] => {
  const byRule = new Map<string, { ruleId: string; clause: string; count: number }>();
  for (const v of violations) {
    const t = byRule.get(v.ruleId);
    if (t) t.count += 1;
    else byRule.set(v.ruleId, { ruleId: v.ruleId, clause: v.clause, count: 1 });
  }
  return [...byRule.values()];
};

/** "mes/a (U2), mes/b (M3, 4×)": rule ids with their clauses, for reasons in any locale. */
export const listTriggers = (triggers: readonly Trigger[]): string =>
  triggers.map((t) => `${t.ruleId} (${t.clause}${t.count > 1 ? `, ${t.count}×` : ''})`).join(', ');
