import type { EscalationStep, SendingHistory, Violation } from '../../model/index.js';
import { excludedRecipients, triggersOf, type SanctionStep } from '../../sanctions/index.js';
import { recentBreaches, warningConcerns, warningInForce } from './history-record.js';
import { firstUndesiredText, pauseText, repeatedUndesiredText, terminationText, warningText, type NoTermination } from './ladder-text.js';


export type { SanctionStep };

export interface EscalationInput {
  readonly violations: readonly Violation[];
  readonly history: SendingHistory;
  readonly now: Date;
  /** Earlier breaches within this many days make an undesired breach a repeat (default 90). */
  readonly repeatPeriodDays: number;
  /** A formal warning counts towards termination for this many days (default 730). */
  readonly warningValidityDays: number;
}

export interface Escalation {
  readonly step: EscalationStep;
  readonly steps: readonly SanctionStep[];
}

type Warning = NonNullable<SendingHistory['warnings']>[number];

/**
 * The warning that makes a prohibited breach grounds for termination (S6: "bei dokumentierten
 * wiederholten Verstößen und nach Abmahnung"): the latest one before `now` that is still in force
 * and concerns a breach of the same kind (same rule or clause) as one that is in the send itself.
 * A recipient-level breach excludes its recipient: nothing went out, so it never terminates.
 * Otherwise, why not (for the reason text).
 */
const terminatingWarning = (
  inSend: readonly Violation[],
  history: SendingHistory,
  now: Date,
  validityDays: number,
): { warning: Warning } | { warning: null; why: NoTermination } => {
  const earlier = (history.warnings ?? []).filter((w) => w.at <= now).sort((a, b) => b.at.getTime() - a.at.getTime());
  if (earlier.length === 0) return { warning: null, why: { kind: 'no-warning' } };
  if (inSend.length === 0) return { warning: null, why: { kind: 'only-excluded', warnedAt: earlier[0]!.at } };
  const inForce = earlier.filter((w) => warningInForce(w, now, validityDays));
  if (inForce.length === 0) return { warning: null, why: { kind: 'expired', warnedAt: earlier[0]!.at, validityDays } };
  const same = inForce.find((w) => inSend.some((v) => warningConcerns(w, v)));
  return same ? { warning: same } : { warning: null, why: { kind: 'other-kind', warnedAt: inForce[0]!.at } };
};

/**
 * S6: a first undesired breach gets a notice; one repeated within the period a rate limit; a
 * prohibited breach pauses the campaign (when the send itself breaks the rule; a recipient-level
 * one only excludes those recipients) and earns a formal warning; a prohibited breach in the send
 * itself, with a warning in force on record for a breach of the same kind, makes the contract
 * eligible for termination. Advisory findings never climb the ladder. One send counts as one
 * occurrence, however many rules it breaks.
 */
export const escalate = ({ violations, history, now, repeatPeriodDays, warningValidityDays }: EscalationInput): Escalation => {
  const prohibited = violations.filter((v) => v.severity === 'prohibited');
  const undesired = violations.filter((v) => v.severity === 'undesired');
  const before = recentBreaches(history, now, repeatPeriodDays);

  if (prohibited.length > 0) {
    const inSend = prohibited.filter((v) => v.scope !== 'recipient');
    const excluded = excludedRecipients(prohibited);
    const inSendTriggers = triggersOf(inSend);
    const pause: SanctionStep[] = inSend.length > 0 ? [{ kind: 'pause-campaign', triggeredBy: inSendTriggers, reasons: pauseText(inSendTriggers) }] : [];
    const t = triggersOf(prohibited);
    const found = terminatingWarning(inSend, history, now, warningValidityDays);
    if (found.warning) {
      return {
        step: 'prohibited-after-warning',
        steps: [...pause, { kind: 'termination-eligible', triggeredBy: inSendTriggers, reasons: terminationText(inSendTriggers, found.warning.at, before, excluded) }],
      };
    }
    return { step: 'prohibited', steps: [...pause, { kind: 'warning', triggeredBy: t, reasons: warningText(t, excluded, found.why) }] };
  }
  if (undesired.length > 0) {
    const t = triggersOf(undesired);
    return before.length > 0
      ? { step: 'repeated-undesired', steps: [{ kind: 'rate-limit', triggeredBy: t, reasons: repeatedUndesiredText(t, repeatPeriodDays, before) }] }
      : { step: 'first-undesired', steps: [{ kind: 'notice', triggeredBy: t, reasons: firstUndesiredText(t, repeatPeriodDays) }] };
  }
  return { step: 'none', steps: [] };
};
