// The hand-rolled month clocks against date-fns, which defines them: whole months
// (differenceInMonths) and the exact months built on addMonths, in several time zones (both
// work in UTC, whatever the machine's zone), over random instants including month ends, leap days and DST changes.
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { utc } from '@date-fns/utc';
import { addMonths, differenceInMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dayOrNull, elapsedSince, exactMonthsBetween, isoString, monthsBetween } from '../../src/facts/clock.js';
import { DAY_MS, daysFromCivil, floorDiv } from '../../src/model/civil-days.js';

const MEAN_MONTH_MS = 30.436875 * 24 * 60 * 60 * 1000;
const reference = (then: Date, now: Date) => {
  const whole = differenceInMonths(now, then, { in: utc });
  const rest = now.getTime() - addMonths(then, whole, { in: utc }).getTime();
  return { whole, exact: rest <= 0 ? whole : whole + Math.min(rest / MEAN_MONTH_MS, 0.999) };
};

const instant = fc.date({ min: new Date('2019-12-25T00:00:00Z'), max: new Date('2027-03-05T00:00:00Z'), noInvalidDate: true });
// Month ends, leap days and DST switch days attract the edge cases; pure random instants seldom land there.
const edgy = fc
  .record({ y: fc.integer({ min: 2020, max: 2026 }), m: fc.integer({ min: 0, max: 11 }), d: fc.constantFrom(1, 27, 28, 29, 30, 31), h: fc.integer({ min: 0, max: 23 }), ms: fc.nat(3_599_999) })
  .map(({ y, m, d, h, ms }) => new Date(Date.UTC(y, m, d, h) + ms));
const date = fc.oneof(instant, edgy);

describe('month clocks', () => {
  // Near dates (month ends, leap days) and the whole range of years a date input can have.
  const anyDate = fc.oneof(date, fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }));

  it('equal date-fns in this time zone, before 1970 and in the future too; elapsedSince answers all three at once', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (then, now) => {
        const r = reference(then, now);
        expect(monthsBetween(then, now)).toBe(r.whole);
        expect(exactMonthsBetween(then, now)).toBe(r.exact);
        expect(elapsedSince(then, now)).toEqual({ iso: then.toISOString(), day: then.toISOString().slice(0, 10), months: r.whole, exactMonths: r.exact });
      }),
      { numRuns: 30_000 },
    );
  });

  it('format dates exactly as toISOString, over every year and before 1970 too', () => {
    const any = fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true });
    const wide = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.oneof(any, wide, date), (d) => {
        expect(isoString(d)).toBe(d.toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('count days as Date does over its whole range, in int32 arithmetic (floorDiv of negative numbers too)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -271_820, max: 275_759 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = new Date(0);
        date.setUTCFullYear(y, m - 1, d);
        expect(daysFromCivil(y, m, d), `${y}-${m}-${d}`).toBe(date.getTime() / DAY_MS);
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), fc.integer({ min: 1, max: 200_000 }), (a, b) => {
        expect(floorDiv(a, b)).toBe(Math.floor(a / b));
      }),
      { numRuns: 20_000 },
    );
  });

  it('give the UTC day of a date, the signed six-digit year beyond 9999 included', () => {
    expect(dayOrNull(new Date('2026-03-07T23:59:59.999-01:00'))).toBe('2026-03-08');
    expect(dayOrNull(new Date(8.64e15))).toBe('+275760-09-13');
    expect(dayOrNull(new Date(-8.64e15))).toBe('-271821-04-20');
    expect(dayOrNull(undefined)).toBeNull();
  });

  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati'])('equal date-fns in %s', (tz) => {
    // A child process, so the time zone is fixed before any date is touched.
    const script = `
      import fc from 'fast-check';
      import { utc } from '@date-fns/utc';
import { addMonths, differenceInMonths } from 'date-fns';
      import { exactMonthsBetween, monthsBetween } from './src/facts/clock.ts';
      const M = ${MEAN_MONTH_MS};
      const edgy = fc.record({ y: fc.integer({ min: 2020, max: 2026 }), m: fc.integer({ min: 0, max: 11 }), d: fc.constantFrom(1, 27, 28, 29, 30, 31), h: fc.integer({ min: 0, max: 23 }), ms: fc.nat(3599999) }).map(({ y, m, d, h, ms }) => new Date(Date.UTC(y, m, d, h) + ms));
      const date = fc.oneof(fc.date({ min: new Date('2019-12-25T00:00:00Z'), max: new Date('2027-03-05T00:00:00Z'), noInvalidDate: true }), edgy);
      fc.assert(fc.property(date, date, (then, now) => {
        const whole = differenceInMonths(now, then, { in: utc });
        const rest = now.getTime() - addMonths(then, whole, { in: utc }).getTime();
        const exact = rest <= 0 ? whole : whole + Math.min(rest / M, 0.999);
        if (monthsBetween(then, now) !== whole || exactMonthsBetween(then, now) !== exact) throw new Error(then.toISOString() + ' ' + now.toISOString());
      }), { numRuns: 10000 });
      console.log('ok');`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    expect(out.trim()).toBe('ok');
  });
});
