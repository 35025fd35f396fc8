import type { FactDefinition } from '../types.js';
import { elapsedSince, later } from '../clock.js';

export interface ActivityFacts {
  /**
   * The last sign of activity (U4): the last open or click, or the opt-in confirmation when it is
   * later (a recipient who never acted, or one who re-confirmed after a quiet spell: a new
   * confirmation is activity, and it is what the rule's fix asks for).
   */
  readonly lastActiveAt: string | null;
  /** `lastActiveAt` as a UTC day (YYYY-MM-DD), for messages. */
  readonly lastActiveDay: string | null;
  readonly basis: 'open' | 'click' | 'confirmation' | null;
  /** Whole months since `lastActiveAt` (date-fns differenceInMonths); null when unknown. */
  readonly monthsSinceActive: number | null;
  /** The same with the month begun as a fraction: `> 6` means "longer than six months". */
  readonly monthsSinceActiveExact: number | null;
}

// Runs per recipient: plain data properties only. An object literal with getters costs V8 about
// a microsecond to build (closures, accessor definitions); formatting the date once costs less.
export const activity: FactDefinition<ActivityFacts> = {
  name: 'activity',
  scope: 'recipient',
  description:
    'Months since the last open, click or opt-in confirmation, whichever is latest; null when none is known (U4).',
  compute: ({ recipient, now }) => {
    const r = recipient!;
    const acted = later(r.lastOpenAt, r.lastClickAt);
    const confirmedAt = r.consent?.status === 'confirmed' ? r.consent.confirmedAt : undefined;
    const at = later(acted, confirmedAt);
    const basis = at === undefined ? null : at === acted ? (acted === r.lastClickAt ? 'click' : 'open') : 'confirmation';
    const e = at === undefined ? undefined : elapsedSince(at, now);
    return {
      lastActiveAt: e === undefined ? null : e.iso,
      lastActiveDay: e === undefined ? null : e.day,
      basis,
      monthsSinceActive: e === undefined ? null : e.months,
      monthsSinceActiveExact: e === undefined ? null : e.exactMonths,
    };
  },
};
