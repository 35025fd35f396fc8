import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DateInputSchema } from '../../src/model/index.js';
import { isoInstantMs } from '../../src/model/iso-date.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

// Near-ISO strings: every field also a little out of its range, so the calendar's edges
// (month 13, day 0 and 32, February 29, hour 24, minute 60, offset hour 24) are hit often.
const isoArb = fc
  .record({
    y: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1990, max: 2040 }), fc.constantFrom(1900, 2000, 2100, 2200, 2400, 0, 4, 100, 200, 400)),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(28, 29, 30, 31)),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.integer({ min: 0, max: 61 }),
    frac: fc.option(fc.oneof(fc.stringMatching(/^[0-9]{0,12}$/), fc.stringMatching(/^0{1,10}[0-9]{0,3}$/))),
    zone: fc.oneof(fc.constantFrom('Z', 'z', '', '+0100', '+01'), fc.record({ sign: fc.constantFrom('+', '-'), h: fc.integer({ min: 0, max: 24 }), m: fc.integer({ min: 0, max: 60 }) })),
    dateOnly: fc.boolean(),
  })
  .map(({ y, mo, d, h, mi, s, frac, zone, dateOnly }) => {
    const date = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
    if (dateOnly) return date;
    const z = typeof zone === 'string' ? zone : `${zone.sign}${pad(zone.h, 2)}:${pad(zone.m, 2)}`;
    return `${date}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${frac === null ? '' : `.${frac}`}${z}`;
  });

// One character replaced, inserted or removed: separators, letters, signs and non-ASCII digits.
const ALPHABET = ['0', '1', '2', '5', '9', '-', ':', 'T', 't', 'Z', '+', '.', ' ', '\n', '/', '٣', 'x'];
const mutatedArb = fc
  .tuple(isoArb, fc.nat(), fc.constantFrom('replace', 'insert', 'remove'), fc.constantFrom(...ALPHABET))
  .map(([s, at, how, c]) => {
    const i = at % (s.length + 1);
    if (how === 'insert') return s.slice(0, i) + c + s.slice(i);
    if (how === 'remove') return s.slice(0, i) + s.slice(i + 1);
    return s.slice(0, i) + c + s.slice(i + 1);
  });

// A fraction of ten or more digits cut to its first three: the milliseconds it names. (V8's own
// parser reads those after any leading zeros; see src/model/iso-date.ts.)
const withShortFraction = (s: string) => s.replace(/\.(\d{3})\d{7,}/, '.$1');

const DATE_TIME = z.iso.datetime({ offset: true })._zod.def.pattern!;
const DATE = z.iso.date()._zod.def.pattern!;
const zodAccepts = (s: string) => DATE_TIME.test(s) || DATE.test(s);

describe('isoInstantMs', () => {
  it("accepts exactly the strings zod's datetime-with-offset and date patterns accept, with the instant new Date() gives", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(isoArb, mutatedArb), (s) => {
        const ms = isoInstantMs(s);
        expect(!Number.isNaN(ms), JSON.stringify(s)).toBe(zodAccepts(s));
        if (zodAccepts(s)) {
          accepted++;
          expect(ms, s).toBe(new Date(withShortFraction(s)).getTime());
          if (s === withShortFraction(s)) expect(ms, s).toBe(new Date(s).getTime());
        }
      }),
      { numRuns: 20_000 },
    );
    // Both sides of the boundary are exercised, not only rejections.
    expect(accepted).toBeGreaterThan(2_000);
  });

  it('reads the calendar edges as zod does', () => {
    for (const [s, ok] of [
      ['2024-02-29', true],
      ['2023-02-29', false],
      ['2000-02-29T00:00:00Z', true],
      ['1900-02-29T00:00:00Z', false],
      ['0000-02-29', true],
      ['2200-02-29', false],
      ['2400-02-29T12:00:00+05:30', true],
      ['2026-04-31', false],
      ['2026-12-31T23:59:59.9999999-23:59', true],
      ['2026-12-31T24:00:00Z', false],
      ['2026-12-31T23:59:59.Z', false],
      ['2026-12-31T23:59:59+24:00', false],
      ['2026-12-31T23:59:59', false],
      ['2026-12-31t23:59:59Z', false],
      ['2026-12-31T23:59:59Z\n', false],
      ['+02026-12-31', false],
    ] as const) {
      expect(!Number.isNaN(isoInstantMs(s)), s).toBe(ok);
      expect(zodAccepts(s), s).toBe(ok);
    }
  });

  it('reads a fraction of ten or more digits as its first three, leading zeros included', () => {
    expect(isoInstantMs('1990-01-28T00:00:00.0100000000Z') % 1000).toBe(10);
    expect(isoInstantMs('1990-01-28T00:00:00.010000000Z') % 1000).toBe(10);
    expect(isoInstantMs('1990-01-28T00:00:00.0000000001+00:00') % 1000).toBe(0);
    expect(isoInstantMs('1990-01-28T00:00:00.12345678901Z') % 1000).toBe(123);
  });

  it('keeps the schema: Date objects pass, strings become Dates, bad input names the same errors', () => {
    const d = new Date('2026-01-02T03:04:05Z');
    // A copy (issue 15): the caller's Date can move later, the parsed one must not.
    expect(DateInputSchema.parse(d)).not.toBe(d);
    expect(DateInputSchema.parse(d)).toEqual(d);
    expect(DateInputSchema.parse('2026-01-02T04:04:05.123456+01:00').toISOString()).toBe('2026-01-02T03:04:05.123Z');
    expect(DateInputSchema.parse('0050-03-01').getTime()).toBe(new Date('0050-03-01').getTime());
    for (const bad of ['yesterday', '2026-02-30', '2026-01-02T03:04:05', 42, null, new Date('x')]) {
      const r = DateInputSchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => i.message)).toEqual(['expected a Date or an ISO-8601 date string']);
    }
  });
});
