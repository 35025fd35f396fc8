import type { SendingHistory } from '../model/index.js';

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

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
