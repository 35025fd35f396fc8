// The seed pack's sanction policy: the provider's escalation ladder (S6) with each rule's own
// operational action, one intervention per action citing the clause that allows it (S1–S7).
import type { Intervention, Locale, SanctionKind, SendingHistory, Violation } from '../../model/index.js';
import { sanctionRank } from '../../model/index.js';
import type { SanctionDecision } from '../../engine/index.js';
import { ruleSteps, sanctionLabel, type SanctionStep, type Trigger } from '../../sanctions/index.js';
import { escalate } from './ladder.js';
import { sanctionClause } from './sanction-clause.js';

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

