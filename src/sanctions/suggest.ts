import type { Sanction, SanctionKind, SendingHistory, Violation } from '../model/index.js';
import { sanctionRank } from '../model/index.js';

export interface SanctionInput {
  readonly violations: readonly Violation[];
  readonly history: SendingHistory;
  readonly now: Date;
}

/** The suggested sanction for a send: every rule's own sanction, the strongest as `kind`. */
export const suggestSanction = ({ violations }: SanctionInput): Sanction => {
  const actions = new Set<SanctionKind>();
  const reasons: string[] = [];
  for (const v of violations) {
    if (v.sanction === 'none') continue;
    if (!actions.has(v.sanction)) reasons.push(`${v.sanction}: ${v.ruleId} (${v.clause})`);
    actions.add(v.sanction);
  }
  const sorted = [...actions].sort((a, b) => sanctionRank(b) - sanctionRank(a));
  return { kind: sorted[0] ?? 'none', actions: sorted, reasons };
};
