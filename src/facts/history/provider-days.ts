// The mailbox providers' own view of a sender, from the per-provider daily figures of the
// history: Gmail's bulk-sender status (close to 5,000 a day to personal accounts, once reached
// kept for good) and the daily spam rate with Gmail's seven-day recovery rule.
import type { SendingHistory } from '../../model/index.js';

/** Gmail: "close to 5,000 messages or more to personal Gmail accounts within a 24-hour period". */
export const GMAIL_BULK_DAILY = 5000;
/** Gmail and Yahoo: keep the spam rate below 0.3 %. */
export const SPAM_RATE_LIMIT_PERCENT = 0.3;
/** Gmail: after a breach, below 0.3 % for 7 consecutive days before mitigation is possible again. */
export const RECOVERY_DAYS = 7;

export interface BulkStatusFacts {
  /** Treated as a bulk sender: declared, reached the Gmail threshold on some day, or assumed (no data). */
  readonly bulk: boolean;
  readonly basis: 'declared' | 'volume' | 'assumed';
  /** The most sent to Gmail on one day in the history; null without Gmail figures. */
  readonly maxDailyGmail: number | null;
}

export const bulkStatus = (history: SendingHistory): BulkStatusFacts => {
  let max: number | null = null;
  for (const d of history.providerDays ?? []) if (d.provider === 'gmail' || d.provider === 'googlemail') max = Math.max(max ?? 0, d.sent);
  if (history.bulkSender !== undefined) return { bulk: history.bulkSender, basis: 'declared', maxDailyGmail: max };
  if (max !== null) return { bulk: max >= GMAIL_BULK_DAILY, basis: 'volume', maxDailyGmail: max };
  return { bulk: true, basis: 'assumed', maxDailyGmail: null };
};

export interface SpamRateFacts {
  /** The provider whose latest day has the highest rate; null without figures. */
  readonly provider: string | null;
  readonly day: string | null;
  /** That day's spam rate in percent (the dashboard's figure, else complaints / sent). */
  readonly percent: number | null;
  /** The last day at or over 0.3 % among the latest seven of its provider, or null. */
  readonly lastBreachDay: string | null;
  readonly breachProvider: string | null;
  /** Days below 0.3 % since that breach (at most 6: at 7 the sender has recovered). */
  readonly daysBelowSinceBreach: number | null;
}

const percentOfDay = (d: NonNullable<SendingHistory['providerDays']>[number]): number | null =>
  d.spamRatePercent ?? (d.complaints !== undefined && d.sent > 0 ? Math.round((d.complaints / d.sent) * 100 * 10_000) / 10_000 : null);

export const spamRates = (history: SendingHistory): SpamRateFacts => {
  const byProvider = new Map<string, { day: string; percent: number }[]>();
  for (const d of history.providerDays ?? []) {
    const p = percentOfDay(d);
    if (p === null) continue;
    const list = byProvider.get(d.provider) ?? [];
    list.push({ day: d.day, percent: p });
    byProvider.set(d.provider, list);
  }
  let worst: { provider: string; day: string; percent: number } | null = null;
  let breach: { provider: string; day: string; below: number } | null = null;
  for (const [provider, days] of byProvider) {
    days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    const latest = days[days.length - 1]!;
    if (worst === null || latest.percent > worst.percent) worst = { provider, ...latest };
    const recent = days.slice(-RECOVERY_DAYS);
    for (let i = recent.length - 1; i >= 0; i--) {
      if (recent[i]!.percent >= SPAM_RATE_LIMIT_PERCENT) {
        const below = recent.length - 1 - i;
        if (breach === null || recent[i]!.day > breach.day) breach = { provider, day: recent[i]!.day, below };
        break;
      }
    }
  }
  return {
    provider: worst?.provider ?? null,
    day: worst?.day ?? null,
    percent: worst?.percent ?? null,
    lastBreachDay: breach?.day ?? null,
    breachProvider: breach?.provider ?? null,
    daysBelowSinceBreach: breach?.below ?? null,
  };
};
