// Legal periods in German calendar days (issue 22 item 8): § 188 (2) BGB ends a period of months
// with the day that has the event's number, so "länger als sechs Monate" is first reached the
// day after; the day is the one in the policy's time zone (default Europe/Berlin), not in UTC.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarZone, localDay } from '../../src/facts/calendar-zone.js';
import { calendarElapsed } from '../../src/facts/clock.js';
import { createPolicy, InputError } from '../../src/index.js';

const DAY_MS = 86_400_000;
const berlin = calendarZone('Europe/Berlin');

/** The zone's offset at an instant, asked of Intl directly (the reference). */
const intlOffset = (zone: string, ms: number): number => {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).filter((x) => x.type !== 'literal').map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
};

describe('calendarZone', () => {
  it('gives the offset Intl gives, around the DST changes too, in several zones', () => {
    for (const name of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      const z = calendarZone(name);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
          expect([name, ms, z.offsetMs(ms)]).toEqual([name, ms, intlOffset(name, ms)]);
        }),
        { numRuns: 300, seed: 20261128 },
      );
      // The minutes around Berlin's changes of 2026: 29 March 01:00 UTC, 25 October 01:00 UTC.
      for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
        for (let m = -3; m <= 3; m++) expect(z.offsetMs(change + m * 60_000)).toBe(intlOffset(name, change + m * 60_000));
      }
    }
  });
  it('takes Berlin days: 00:30 CEST on 29 May is 29 May, though UTC still says 28 May', () => {
    expect(localDay(berlin, Date.parse('2026-05-29T00:30:00+02:00'))).toBe(Date.UTC(2026, 4, 29) / DAY_MS);
  });
});

describe('calendarElapsed (§ 188 (2) BGB, in Berlin days)', () => {
  const months = (then: string, now: string) => calendarElapsed(new Date(then), new Date(now), berlin).exactMonths;
  it('exactly six months on the day with the event\'s number, whatever the hour; longer the day after', () => {
    expect(months('2026-05-28', '2026-11-28T09:00:00Z')).toBe(6);
    expect(months('2026-05-28T00:00:00+02:00', '2026-11-28T23:59:00+01:00')).toBe(6);
    expect(months('2026-05-28', '2026-11-29T00:00:00+01:00')).toBeGreaterThan(6);
  });
  it('month ends and leap days (§ 188 (3)): 31 Aug + 6 months ends on 28 Feb, or 29 in a leap year', () => {
    expect(months('2026-08-31T12:00:00+02:00', '2027-02-28T12:00:00+01:00')).toBe(6);
    expect(months('2026-08-31T12:00:00+02:00', '2027-03-01T12:00:00+01:00')).toBeGreaterThan(6);
    expect(months('2027-08-31T12:00:00+02:00', '2028-02-29T12:00:00+01:00')).toBe(6);
    expect(months('2027-08-31T12:00:00+02:00', '2028-03-01T12:00:00+01:00')).toBeGreaterThan(6);
    expect(months('2028-02-29T12:00:00+01:00', '2028-08-29T12:00:00+02:00')).toBe(6);
  });
  it('names the Berlin day of the event', () => {
    expect(calendarElapsed(new Date('2026-05-29T00:30:00+02:00'), new Date('2026-11-29T08:00:00+01:00'), berlin).day).toBe('2026-05-29');
  });
});

describe('U4 at the six-month boundary (issue 22 item 8)', () => {
  const recipient = (lastOpenAt: string) => ({ address: 'anna@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2025-01-10' }, lastOpenAt });
  const message = { from: '"Shop GmbH" <news@shop.de>', subject: 'News', purpose: 'newsletter' as const, html: '<a href="https://shop.de/u">Abmelden</a> <a href="https://shop.de/impressum">Impressum</a>' };
  const fires = async (lastOpenAt: string, now: string, timeZone?: string) => {
    const r = await createPolicy({ now, account: { senderDomains: ['shop.de'] }, locale: 'de', ...(timeZone ? { timeZone } : {}) }).check({ message, recipients: [recipient(lastOpenAt) as never] });
    return r.violations.find((v) => v.ruleId === 'mes/inactive-recipient');
  };
  it('an open on 28 May checked on 28 November at 09:00 UTC has not lain "länger als sechs Monate" back', async () => {
    expect(await fires('2026-05-28', '2026-11-28T09:00:00Z')).toBeUndefined();
    expect(await fires('2026-05-28', '2026-11-29T09:00:00Z')).toBeDefined();
  });
  it('an open at 00:30 Berlin time on 29 May, checked on 29 November: not yet; on 30 November it fires and names 29 May', async () => {
    expect(await fires('2026-05-29T00:30:00+02:00', '2026-11-29T08:00:00+01:00')).toBeUndefined();
    const v = await fires('2026-05-29T00:30:00+02:00', '2026-11-30T08:00:00+01:00');
    expect(v?.messages.de).toContain('2026-05-29');
  });
  it('the time zone is an option: in UTC the same open is a 28 May event', async () => {
    const v = await fires('2026-05-29T00:30:00+02:00', '2026-11-29T08:00:00+01:00', 'UTC');
    expect(v?.messages.de).toContain('2026-05-28');
  });
  it('rejects a time zone Intl does not know, naming the option', () => {
    try {
      createPolicy({ timeZone: 'Europe/Nowhere' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['options.timeZone']);
    }
  });
});
