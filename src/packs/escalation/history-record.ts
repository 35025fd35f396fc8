import type { SendingHistory } from '../../model/index.js';

type Incident = NonNullable<SendingHistory['incidents']>[number];
type Warning = NonNullable<SendingHistory['warnings']>[number];

const DAY_MS = 86_400_000;

/**
 * Documented earlier undesired or prohibited breaches within `days` × 24 h before `now` (advisory
 * ones never count). Counted in elapsed time, not calendar days: the library has no time zone.
 */
export const recentBreaches = (history: SendingHistory, now: Date, days: number): Incident[] =>
  (history.incidents ?? []).filter((i) => {
    if (i.severity === 'advisory' || i.at > now) return false;
    return now.getTime() - i.at.getTime() <= days * DAY_MS;
  });

/** The latest formal warning (Abmahnung) on record before `now`; undefined when none. */
export const latestWarning = (history: SendingHistory, now: Date): Warning | undefined =>
  (history.warnings ?? []).filter((w) => w.at <= now).sort((a, b) => b.at.getTime() - a.at.getTime())[0];

/** Whether a warning concerns a breach of the same kind: it names the same rule or clause. */
export const warningConcerns = (w: Warning, v: { readonly ruleId: string; readonly clause: string }): boolean =>
  (w.ruleId !== undefined && w.ruleId === v.ruleId) || (w.clause !== undefined && w.clause === v.clause);

/** The warning still counts `validityDays` × 24 h after it was given (S6; docs/sanctions.md). */
export const warningInForce = (w: Warning, now: Date, validityDays: number): boolean =>
  now.getTime() - w.at.getTime() <= validityDays * DAY_MS;

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
