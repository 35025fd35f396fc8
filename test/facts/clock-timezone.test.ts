import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { daysBetween, exactMonthsBetween, monthsBetween } from '../../src/facts/clock.js';

// The clocks must not depend on the machine's time zone (no hidden global state): the same
// instants give the same month and day counts under UTC, Berlin and Chatham (UTC+12:45/13:45).
const zones = ['UTC', 'Europe/Berlin', 'Pacific/Chatham', 'America/Los_Angeles'];
const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t));

const clocks = (then: Date, now: Date) => [monthsBetween(then, now), exactMonthsBetween(then, now), daysBetween(then, now)];

describe('clocks are time-zone independent', () => {
  it('gives the same counts in every zone', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const [then, now] = a <= b ? [a, b] : [b, a];
        process.env.TZ = 'UTC';
        const expected = clocks(then, now);
        for (const zone of zones.slice(1)) {
          process.env.TZ = zone;
          expect(clocks(then, now)).toEqual(expected);
        }
      }),
      { numRuns: 500, seed: 20261128 },
    );
  });

  it('counts a month boundary by the UTC calendar', () => {
    process.env.TZ = 'Europe/Berlin';
    // By UTC, 15 March 23:30 to 15 April 23:00 is half an hour short of a month; read in Berlin
    // time (16 March 00:30 to 16 April 01:00) it would be a whole month.
    expect(monthsBetween(new Date('2026-03-15T23:30:00Z'), new Date('2026-04-15T23:00:00Z'))).toBe(0);
    expect(daysBetween(new Date('2026-03-31T22:30:00Z'), new Date('2026-04-01T00:30:00Z'))).toBe(1);
  });
});
