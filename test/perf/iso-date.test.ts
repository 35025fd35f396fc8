import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DateInputSchema } from '../../src/model/index.js';
import { parseIsoInstant } from '../../src/model/iso-date.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const isoArb = fc
  .record({
    y: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1990, max: 2040 })),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    frac: fc.option(fc.stringMatching(/^[0-9]{1,9}$/)),
    zone: fc.oneof(fc.constant('Z'), fc.record({ sign: fc.constantFrom('+', '-'), h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })),
    dateOnly: fc.boolean(),
  })
  .map(({ y, mo, d, h, mi, s, frac, zone, dateOnly }) => {
    const date = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
    if (dateOnly) return date;
    const z = typeof zone === 'string' ? zone : `${zone.sign}${pad(zone.h, 2)}:${pad(zone.m, 2)}`;
    return `${date}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${frac === null ? '' : `.${frac}`}${z}`;
  });

const accepted = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

describe('parseIsoInstant', () => {
  it('gives the instant new Date() gives for every string the date schema accepts', () => {
    fc.assert(
      fc.property(isoArb, (s) => {
        if (!accepted.safeParse(s).success) return;
        expect(parseIsoInstant(s).getTime(), s).toBe(new Date(s).getTime());
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the schema: Date objects pass, strings become Dates, bad input names the same errors', () => {
    const d = new Date('2026-01-02T03:04:05Z');
    expect(DateInputSchema.parse(d)).toBe(d);
    expect(DateInputSchema.parse('2026-01-02T04:04:05.123456+01:00').toISOString()).toBe('2026-01-02T03:04:05.123Z');
    expect(DateInputSchema.parse('0050-03-01').getTime()).toBe(new Date('0050-03-01').getTime());
    for (const bad of ['yesterday', '2026-02-30', '2026-01-02T03:04:05', 42, null, new Date('x')]) {
      const r = DateInputSchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => i.message)).toEqual(['expected a Date or an ISO-8601 date string']);
    }
  });
});
