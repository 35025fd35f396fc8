import type { FactDefinition } from '../types.js';
import { calendarElapsed, later } from '../clock.js';
import { calendarZone, DEFAULT_TIME_ZONE } from '../calendar-zone.js';

export interface ActivityFacts {
  /**
   * The last sign of activity (U4): the last open or click, or the opt-in confirmation when it is
   * later (a recipient who never acted, or one who re-confirmed after a quiet spell: a new
   * confirmation is activity, and it is what the rule's fix asks for).
   */
  readonly lastActiveAt: string | null;
  /** The calendar day of `lastActiveAt` in the policy's time zone (YYYY-MM-DD), for messages. */
  readonly lastActiveDay: string | null;
  readonly basis: 'open' | 'click' | 'confirmation' | null;
  /** Whole months since `lastActiveAt` (date-fns differenceInMonths); null when unknown. */
  readonly monthsSinceActive: number | null;
  /**
   * The same with the month begun as a fraction, counted in calendar days of the policy's time
   * zone (§ 188 (2) BGB): `> 6` means "longer than six months", first on the day after the day
   * six months on.
   */
  readonly monthsSinceActiveExact: number | null;
}

// Runs per recipient: plain data properties only. An object literal with getters costs V8 about
// a microsecond to build (closures, accessor definitions); formatting the date once costs less.
export const activity: FactDefinition<ActivityFacts> = {
  name: 'activity',
  scope: 'recipient',
  description:
    'Months since the last open, click or opt-in confirmation, whichever is latest; null when none is known (U4).',
  compute: ({ recipient, now, zone }) => {
    const r = recipient!;
    const acted = later(r.lastOpenAt, r.lastClickAt);
    const confirmedAt = r.consent?.status === 'confirmed' ? r.consent.confirmedAt : undefined;
    const at = later(acted, confirmedAt);
    const basis = at === undefined ? null : at === acted ? (acted === r.lastClickAt ? 'click' : 'open') : 'confirmation';
    const e = at === undefined ? undefined : calendarElapsed(at, now, zone ?? calendarZone(DEFAULT_TIME_ZONE));
    return {
      lastActiveAt: e === undefined ? null : e.iso,
      lastActiveDay: e === undefined ? null : e.day,
      basis,
      monthsSinceActive: e === undefined ? null : e.months,
      monthsSinceActiveExact: e === undefined ? null : e.exactMonths,
    };
  },
};
