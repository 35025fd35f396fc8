import type { Intervention, Locale, Sanction, SanctionKind, SendingHistory, Violation } from '../model/index.js';
import { escalationSteps, sanctionRank } from '../model/index.js';
import type { SanctionDecision, SanctionPolicy } from '../engine/index.js';
import { sanctionClause, sanctionLabel } from './labels.js';
import { escalate, type SanctionStep } from './ladder.js';
import { ruleSanctionText } from './ladder-text.js';
import { triggersOf, type Trigger } from './triggers.js';

export const DEFAULT_REPEAT_PERIOD_DAYS = 90;
/**
 * How long a formal warning counts towards termination (S6). The policy names no period and no
 * statute fixes one; German courts let an Abmahnung lose its warning effect after a while, judged
 * case by case, and practice commonly assumes two to three years. Two years, the lower end: a
 * warning older than that no longer makes a breach "wiederholt" (docs/sanctions.md).
 */
export const DEFAULT_WARNING_VALIDITY_DAYS = 730;

export interface SanctionInput {
  readonly violations: readonly Violation[];
  readonly history: SendingHistory;
  readonly now: Date;
  readonly locale: Locale;
  /** Earlier breaches within this many days make an undesired breach a repeat (S6). */
  readonly repeatPeriodDays?: number;
  /** A formal warning counts towards termination for this many days (default 730, two years). */
  readonly warningValidityDays?: number;
}

export type { SanctionDecision };

/** Each rule's own suggested action (S1–S4: rate limit, rotate IP, pause …), one step per action. */
const ruleSteps = (violations: readonly Violation[]): SanctionStep[] => {
  const byKind = new Map<SanctionKind, Violation[]>();
  for (const v of violations) {
    // Advisory means "worth a look, no sanction by itself" (CLAUSES.md): its action is not taken.
    if (v.sanction === 'none' || v.severity === 'advisory') continue;
    // Appended in place: a copy per violation made check() quadratic (issue 15).
    const list = byKind.get(v.sanction);
    if (list) list.push(v);
    else byKind.set(v.sanction, [v]);
  }
  return [...byKind].map(([kind, vs]) => ({ kind, triggeredBy: triggersOf(vs), reasons: ruleSanctionText(triggersOf(vs)) }));
};

const mergeTriggers = (a: readonly Trigger[], b: readonly Trigger[]): Trigger[] => {
  const seen = new Set(a.map((t) => t.ruleId));
  return [...a, ...b.filter((t) => !seen.has(t.ruleId))];
};

const toIntervention = (step: SanctionStep, locale: Locale): Intervention => {
  const clause = sanctionClause[step.kind];
  // German text names the action in German only; the English keeps the action's id beside its name.
  const head = (l: Locale) => (l === 'de' ? `${sanctionLabel.de[step.kind]} (${clause}): ` : `${sanctionLabel[l][step.kind]} (${step.kind}, ${clause}): `);
  const reasons = { de: head('de') + step.reasons.de, en: head('en') + step.reasons.en };
  return { kind: step.kind, clause, reason: reasons[locale], reasons, triggeredBy: step.triggeredBy.map((t) => ({ ...t })) };
};

/**
 * The suggested sanction of a send: the escalation ladder of S6 from the documented history,
 * plus each rule's own operational action. `kind` is the strongest action (order in
 * model/enums.ts), `actions` lists all, strongest first; one intervention per action (S7).
 */
export const decideSanction = (input: SanctionInput): SanctionDecision => {
  const repeatPeriodDays = input.repeatPeriodDays ?? DEFAULT_REPEAT_PERIOD_DAYS;
  const ladder = escalate({ ...input, repeatPeriodDays, warningValidityDays: input.warningValidityDays ?? DEFAULT_WARNING_VALIDITY_DAYS });
  const merged = new Map<SanctionKind, SanctionStep>();
  for (const step of [...ladder.steps, ...ruleSteps(input.violations)]) {
    const had = merged.get(step.kind);
    merged.set(
      step.kind,
      had
        ? { kind: step.kind, triggeredBy: mergeTriggers(had.triggeredBy, step.triggeredBy), reasons: { de: `${had.reasons.de} ${step.reasons.de}`, en: `${had.reasons.en} ${step.reasons.en}` } }
        : step,
    );
  }
  const steps = [...merged.values()].sort((a, b) => sanctionRank(b.kind) - sanctionRank(a.kind));
  const interventions = steps.map((s) => toIntervention(s, input.locale));
  return {
    sanction: {
      kind: steps[0]?.kind ?? 'none',
      actions: steps.map((s) => s.kind),
      reasons: interventions.map((i) => i.reason),
      escalation: ladder.step,
    },
    interventions,
  };
};

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
