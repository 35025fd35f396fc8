import type { Intervention, Locale, Sanction } from '../model/index.js';
import { escalationSteps, sanctionRank } from '../model/index.js';
import type { SanctionDecision, SanctionPolicy } from '../engine/index.js';
import { sanctionLabel } from './labels.js';
import { ruleSteps } from './rule-steps.js';

export type { SanctionDecision };

/**
 * The sanction policy of a pack that brings none: each firing rule's own suggested action
 * (advisory rules excepted), strongest first; one intervention per action, citing the clauses of
 * the rules behind it. No escalation ladder: that needs a policy's own terms (S6 of the seed).
 */
export const suggestedSanctions: SanctionPolicy = ({ violations, locale }) => {
  const steps = ruleSteps(violations).sort((a, b) => sanctionRank(b.kind) - sanctionRank(a.kind));
  const interventions = steps.map((step): Intervention => {
    const clause = [...new Set(step.triggeredBy.map((t) => t.clause))].join(', ');
    const head = (l: Locale) => (l === 'de' ? `${sanctionLabel.de[step.kind]} (${clause}): ` : `${sanctionLabel[l][step.kind]} (${step.kind}): `);
    const reasons = { de: head('de') + step.reasons.de, en: head('en') + step.reasons.en };
    return { kind: step.kind, clause, reason: reasons[locale], reasons, triggeredBy: step.triggeredBy.map((t) => ({ ...t })) };
  });
  return {
    sanction: { kind: steps[0]?.kind ?? 'none', actions: steps.map((s) => s.kind), reasons: interventions.map((i) => i.reason), escalation: 'none' },
    interventions,
  };
};

/**
 * One sanction out of the decisions of several packs: the strongest action leads, every action
 * and intervention is kept (the first pack's first), the highest escalation rung is reported.
 */
export const combineSanctions = (decisions: readonly SanctionDecision[]): SanctionDecision => {
  if (decisions.length === 1) return decisions[0]!;
  const actions = [...new Set(decisions.flatMap((d) => d.sanction.actions))].sort((a, b) => sanctionRank(b) - sanctionRank(a));
  const rung = (s: Sanction['escalation']) => escalationSteps.indexOf(s);
  return {
    sanction: {
      kind: actions[0] ?? 'none',
      actions,
      reasons: decisions.flatMap((d) => d.sanction.reasons),
      escalation: decisions.map((d) => d.sanction.escalation).reduce((a, b) => (rung(b) > rung(a) ? b : a), 'none' as Sanction['escalation']),
    },
    interventions: decisions.flatMap((d) => d.interventions),
  };
};
