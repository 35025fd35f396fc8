// German legal periods count calendar days (§§ 187, 188 BGB), and a calendar day is a day where
// the parties are: an open at 00:30 in Berlin on 29 May is a 29 May event, though it is 28 May in
// UTC. A CalendarZone gives the offset of a time zone at an instant, so the clocks can count in
// its calendar. Intl (browsers and Node alike) knows the zones; asking it per date costs
// microseconds, so offsets are sampled once per UTC midnight, in blocks of days, and only a day
// with a change of offset (twice a year in Berlin) is searched for the minute of the change.

import { DAY_MS, floorDiv } from '../model/civil-days.js';

export interface CalendarZone {
  /** The IANA name, e.g. 'Europe/Berlin'. */
  readonly name: string;
  /** Milliseconds to add to a UTC instant to get the zone's wall-clock time. */
  offsetMs(ms: number): number;
}

/** The zone legal periods are counted in unless the policy names another. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const MINUTE_MS = 60_000;
const BLOCK_DAYS = 512;

// Intl prints years 1–9999 plainly; instants outside take the offset at the nearest end.
const FIRST_MS = Date.UTC(1, 0, 2);
const LAST_MS = Date.UTC(9999, 11, 30);

const UTC_ZONE: CalendarZone = { name: 'UTC', offsetMs: () => 0 };

/** Whether Intl knows the zone name. */
export const isTimeZone = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

const zones = new Map<string, CalendarZone>();

/** The zone of an IANA name (throws a RangeError for a name Intl does not know; check with isTimeZone). */
export const calendarZone = (name: string): CalendarZone => {
  if (name === 'UTC' || name === 'Etc/UTC') return UTC_ZONE;
  const known = zones.get(name);
  if (known) return known;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  // Offset in whole minutes at an instant (zones since 1900 all use whole minutes), from the wall clock Intl prints.
  const ask = (instant: number): number => {
    const ms = Math.min(Math.max(instant, FIRST_MS), LAST_MS);
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
    // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
    const d = new Date(0);
    d.setUTCFullYear(p.year!, p.month! - 1, p.day!);
    const wall = d.getTime() + ((p.hour! * 60 + p.minute!) * 60 + p.second!) * 1000;
    const at = Math.floor(ms / 1000) * 1000;
    return Math.round((wall - at) / MINUTE_MS);
  };
  const blocks = new Map<number, Int32Array>();
  const changes = new Map<number, number>();
  const midnights = (block: number): Int32Array => {
    let a = blocks.get(block);
    if (!a) {
      a = new Int32Array(BLOCK_DAYS + 1);
      for (let i = 0; i <= BLOCK_DAYS; i++) a[i] = ask((block * BLOCK_DAYS + i) * DAY_MS);
      blocks.set(block, a);
    }
    return a;
  };
  /** The first minute of `day` (a UTC day number) at which the offset is `after`: a bisection over the day. */
  const changeIn = (day: number, after: number): number => {
    let t = changes.get(day);
    if (t === undefined) {
      let lo = 0; // minutes into the day: offset at lo is the old one, at hi the new one
      let hi = 1440;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (ask(day * DAY_MS + mid * MINUTE_MS) === after) hi = mid;
        else lo = mid;
      }
      t = day * DAY_MS + hi * MINUTE_MS;
      changes.set(day, t);
    }
    return t;
  };
  const zone: CalendarZone = {
    name,
    offsetMs(ms) {
      const day = Math.floor(ms / DAY_MS);
      const block = floorDiv(day, BLOCK_DAYS);
      const a = midnights(block);
      const i = day - block * BLOCK_DAYS;
      const before = a[i]!;
      const after = a[i + 1]!;
      if (before === after) return before * MINUTE_MS;
      return (ms < changeIn(day, after) ? before : after) * MINUTE_MS;
    },
  };
  zones.set(name, zone);
  return zone;
};

/** The zone's calendar day of an instant, as a day number (days since 1970-01-01). */
export const localDay = (zone: CalendarZone, ms: number): number => Math.floor((ms + zone.offsetMs(ms)) / DAY_MS);
