import type { SanctionKind, Violation } from '../model/index.js';
import { listTriggers, triggersOf, type Trigger } from './triggers.js';

/** A text in both locales. */
export interface Localized {
  readonly de: string;
  readonly en: string;
}

/** One action with what caused it. */
export interface SanctionStep {
  readonly kind: SanctionKind;
  readonly triggeredBy: readonly Trigger[];
  readonly reasons: Localized;
}

export const ruleSanctionText = (t: readonly Trigger[]): Localized => ({
  de: `Vorgeschlagen von ${listTriggers(t)}.`,
  en: `Suggested by ${listTriggers(t)}.`,
});

/** Each rule's own suggested action (rate limit, rotate IP, pause …), one step per action. */
export const ruleSteps = (violations: readonly Violation[]): SanctionStep[] => {
  const byKind = new Map<SanctionKind, Violation[]>();
  for (const v of violations) {
    // Advisory means "worth a look, no sanction by itself": its action is not taken.
    if (v.sanction === 'none' || v.severity === 'advisory') continue;
    // Appended in place: a copy per violation made check() quadratic (issue 15).
    const list = byKind.get(v.sanction);
    if (list) list.push(v);
    else byKind.set(v.sanction, [v]);
  }
  return [...byKind].map(([kind, vs]) => {
    const triggeredBy = triggersOf(vs);
    return { kind, triggeredBy, reasons: ruleSanctionText(triggeredBy) };
  });
};
