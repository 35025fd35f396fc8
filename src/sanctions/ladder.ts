import type { EscalationStep, SanctionKind, SendingHistory, Violation } from '../model/index.js';
import { latestWarning, recentBreaches } from './history-record.js';
import { firstUndesiredText, pauseText, repeatedUndesiredText, terminationText, warningText, type Localized } from './ladder-text.js';
import { excludedRecipients, triggersOf, type Trigger } from './triggers.js';


/** One action with what caused it. */
export interface SanctionStep {
  readonly kind: SanctionKind;
  readonly triggeredBy: readonly Trigger[];
  readonly reasons: Localized;
}

export interface EscalationInput {
  readonly violations: readonly Violation[];
  readonly history: SendingHistory;
  readonly now: Date;
  /** Earlier breaches within this many days make an undesired breach a repeat (default 90). */
  readonly repeatPeriodDays: number;
}

export interface Escalation {
  readonly step: EscalationStep;
  readonly steps: readonly SanctionStep[];
}

/**
 * S6: a first undesired breach gets a notice; one repeated within the period a rate limit; a
 * prohibited breach pauses the campaign (when the send itself breaks the rule; a recipient-level
 * one only excludes those recipients) and earns a formal warning; a prohibited breach with a
 * warning already on record makes the contract eligible for termination. Advisory findings
 * never climb the ladder. One send counts as one occurrence, however many rules it breaks.
 */
export const escalate = ({ violations, history, now, repeatPeriodDays }: EscalationInput): Escalation => {
  const prohibited = violations.filter((v) => v.severity === 'prohibited');
  const undesired = violations.filter((v) => v.severity === 'undesired');
  const before = recentBreaches(history, now, repeatPeriodDays);

  if (prohibited.length > 0) {
    const inSend = prohibited.filter((v) => v.scope !== 'recipient');
    const excluded = excludedRecipients(prohibited);
    const pause: SanctionStep[] = inSend.length > 0 ? [{ kind: 'pause-campaign', triggeredBy: triggersOf(inSend), reasons: pauseText(triggersOf(inSend)) }] : [];
    const t = triggersOf(prohibited);
    const warned = latestWarning(history, now);
    if (warned) {
      return {
        step: 'prohibited-after-warning',
        steps: [...pause, { kind: 'termination-eligible', triggeredBy: t, reasons: terminationText(t, warned.at, before, excluded) }],
      };
    }
    return { step: 'prohibited', steps: [...pause, { kind: 'warning', triggeredBy: t, reasons: warningText(t, excluded) }] };
  }
  if (undesired.length > 0) {
    const t = triggersOf(undesired);
    return before.length > 0
      ? { step: 'repeated-undesired', steps: [{ kind: 'rate-limit', triggeredBy: t, reasons: repeatedUndesiredText(t, repeatPeriodDays, before) }] }
      : { step: 'first-undesired', steps: [{ kind: 'notice', triggeredBy: t, reasons: firstUndesiredText(t, repeatPeriodDays) }] };
  }
  return { step: 'none', steps: [] };
};
