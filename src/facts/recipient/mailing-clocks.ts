import type { FactDefinition } from '../types.js';
import { calendarElapsed, isoOrNull } from '../clock.js';
import { calendarZone, DEFAULT_TIME_ZONE } from '../calendar-zone.js';

export interface CampaignClockFacts {
  /** Whole months since the last mailing to the list (history.lastCampaignAt); null when unknown (U6). */
  readonly monthsSinceLastCampaign: number | null;
  /** The same with the month begun as a fraction, for "longer than N months". */
  readonly monthsSinceLastCampaignExact: number | null;
  readonly lastCampaignAt: string | null;
  /** The calendar day of `lastCampaignAt` in the policy's time zone, for messages. */
  readonly lastCampaignDay: string | null;
}

export interface RecipientClockFacts {
  /** Whole months since this recipient was last mailed (recipient.lastSentAt); null when unknown (U6). */
  readonly monthsSinceLastSent: number | null;
  readonly monthsSinceLastSentExact: number | null;
  readonly lastSentAt: string | null;
  readonly lastSentDay: string | null;
  /**
   * Months (with the month begun as a fraction) since the recipient confirmed the opt-in
   * (`consent.confirmedAt` of a confirmed consent); null when unknown. A consent confirmed after a
   * quiet spell is fresh: U6 lapses only a consent older than its period (U6).
   */
  readonly monthsSinceConfirmedExact: number | null;
}

export const campaignClock: FactDefinition<CampaignClockFacts> = {
  name: 'campaignClock',
  scope: 'history',
  description: 'Months since the last mailing to the list, from history.lastCampaignAt (U6).',
  compute: ({ history, now, zone }) => {
    const at = history.lastCampaignAt;
    const e = at === undefined ? undefined : calendarElapsed(at, now, zone ?? calendarZone(DEFAULT_TIME_ZONE));
    return {
      monthsSinceLastCampaign: e === undefined ? null : e.months,
      monthsSinceLastCampaignExact: e === undefined ? null : e.exactMonths,
      lastCampaignAt: isoOrNull(at),
      lastCampaignDay: e === undefined ? null : e.day,
    };
  },
};

export const recipientClock: FactDefinition<RecipientClockFacts> = {
  name: 'recipientClock',
  scope: 'recipient',
  description: 'Months since this recipient was last mailed (recipient.lastSentAt) and since it confirmed its opt-in (U6).',
  compute: ({ recipient, now, zone }) => {
    const r = recipient!;
    const z = zone ?? calendarZone(DEFAULT_TIME_ZONE);
    const at = r.lastSentAt;
    const confirmedAt = r.consent?.status === 'confirmed' ? r.consent.confirmedAt : undefined;
    // Plain data, no getters: an object literal with accessors costs V8 about a microsecond.
    const e = at === undefined ? undefined : calendarElapsed(at, now, z);
    return {
      monthsSinceLastSent: e === undefined ? null : e.months,
      monthsSinceLastSentExact: e === undefined ? null : e.exactMonths,
      lastSentAt: e === undefined ? null : e.iso,
      lastSentDay: e === undefined ? null : e.day,
      monthsSinceConfirmedExact: confirmedAt === undefined ? null : calendarElapsed(confirmedAt, now, z).exactMonths,
    };
  },
};
