// The compiled recipient parser against zod, which defines it: the same records accepted, and for
// those the same output (keys, key order, keys kept with undefined, Dates, fresh arrays).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileRecipientParser, compileSchema, RecipientSchema, REJECTED } from '../../src/model/index.js';
import { recipientRecords } from '../../bench/data.js';

const parse = compileRecipientParser()!;

/** Structural equality that also holds key order, undefined-valued keys and Date instants. */
const same = (a: unknown, b: unknown): boolean => {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
};

const expectLikeZod = (input: unknown) => {
  const mine = parse(input);
  const theirs = RecipientSchema.safeParse(input);
  expect(mine !== REJECTED, JSON.stringify(input)).toBe(theirs.success);
  if (theirs.success) expect(same(mine, theirs.data), JSON.stringify(input)).toBe(true);
};

// A field: left out, undefined, a value of its own kind, or anything at all.
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.anything() },
  );
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const isoDate = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }), off: fc.constantFrom('Z', '+01:00', '-23:59', '+24:00', '', '.5Z', '.123456-02:30') })
    .map(({ y, m, d, off }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}${off === '' ? '' : `T12:34:56${off}`}`),
  fc.date(),
  fc.string(),
);
const count = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.constantFrom(2 ** 53, -0, Number.NaN, Infinity));
const consent = fc.record(
  {
    status: field(fc.constantFrom('none', 'pending', 'confirmed', 'CONFIRMED')),
    method: field(fc.constantFrom('double-opt-in', 'single-opt-in', 'existing-customer', 'opt-in')),
    requestedAt: field(isoDate),
    confirmedAt: field(isoDate),
    topics: field(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 })),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const signup = fc.record(
  { at: field(isoDate), ip: field(fc.string()), honeypotFilled: field(fc.boolean()), botScore: field(fc.oneof(fc.double({ min: -0.5, max: 1.5 }), count)) },
  { requiredKeys: [] },
);
const recipient = fc.record(
  {
    address: field(fc.oneof(fc.emailAddress(), fc.constantFrom('', '\ud83d\ude00', '\ud83d'))),
    name: field(fc.string()),
    source: field(fc.constantFrom('signup-form', 'checkout', 'api', 'import', 'purchased', 'bought')),
    consent: field(consent),
    lastOpenAt: field(isoDate),
    lastClickAt: field(isoDate),
    lastSentAt: field(isoDate),
    doiRequestsSent: field(count),
    hardBounces: field(count),
    unsubscribedAt: field(isoDate),
    signup: field(signup),
    unknownKey: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('compileRecipientParser(): RecipientSchema compiled, dates by readDateInput', () => {
  it('accepts what zod accepts and gives the same output, over generated records', () => {
    fc.assert(fc.property(recipient, expectLikeZod), { numRuns: 5000 });
  });

  it('agrees with zod on inputs that are not records at all', () => {
    fc.assert(fc.property(fc.anything(), expectLikeZod), { numRuns: 1000 });
    for (const x of [null, undefined, [], [{ address: 'a@b.c' }], 'a@b.c', 42, new Date(), new Map()]) expectLikeZod(x);
  });

  it('reads inherited keys as zod does, and keeps a key given as undefined', () => {
    expectLikeZod(Object.assign(Object.create({ address: 'a@shop.example', hardBounces: 1 }), { name: 'A' }));
    expectLikeZod({ address: 'a@shop.example', name: undefined, consent: { status: 'confirmed', topics: undefined } });
    expectLikeZod({ address: 'a@shop.example', consent: { status: 'pending', confirmedAt: new Date(Number.NaN) } });
  });

  it('agrees with zod on the benchmark records', () => {
    for (const r of recipientRecords(3000, 5)) expectLikeZod(r);
  });

  it('returns fresh objects and arrays, never the input', () => {
    const input = { address: 'a@shop.example', consent: { status: 'confirmed', topics: ['news'] } };
    const out = parse(input) as typeof input;
    expect(out).not.toBe(input);
    expect(out.consent).not.toBe(input.consent);
    expect(out.consent.topics).not.toBe(input.consent.topics);
  });

  it('keeps zod\'s meaning of each node and check it compiles, in other schemas too', () => {
    const schema = z.object({
      s: z.string().min(2).max(3),
      n: z.number(),
      i: z.number().int().gt(0).lt(10),
      b: z.boolean().optional(),
      e: z.enum(['a', 'b']).optional(),
      // More values than are written out as comparisons: a Set.
      many: z.enum(Array.from({ length: 20 }, (_, i) => `v${i}`) as [string, ...string[]]).optional(),
      empty: z.enum([] as unknown as [string]).optional(),
      list: z.array(z.object({ x: z.number().optional() })).optional(),
    });
    const compiled = compileSchema(schema)!;
    const text = fc.array(fc.constantFrom('a', '\ud83d', '\ude00', '\ud83d\ude00'), { maxLength: 5 }).map((xs) => xs.join(''));
    const value = fc.record(
      {
        s: fc.oneof(text, fc.anything()),
        n: fc.oneof(fc.double(), fc.constantFrom(Infinity, -Infinity, Number.NaN), fc.anything()),
        i: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double({ min: 0, max: 11 }), fc.anything()),
        b: fc.oneof(fc.boolean(), fc.anything()),
        e: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.anything()),
        many: fc.oneof(fc.constantFrom('v0', 'v19', 'v20', 'v'), fc.anything()),
        empty: fc.oneof(fc.constantFrom('a', ''), fc.anything()),
        list: fc.oneof(fc.array(fc.record({ x: fc.oneof(fc.double(), fc.anything()) }, { requiredKeys: [] }), { maxLength: 3 }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(value, (v) => {
        const theirs = schema.safeParse(v);
        const mine = compiled(v);
        expect(mine !== REJECTED, JSON.stringify(v)).toBe(theirs.success);
        if (theirs.success) expect(same(mine, theirs.data)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('declines what it does not compile, so zod parses it', () => {
    expect(compileSchema(z.object({ a: z.string().email() }))).toBeNull();
    expect(compileSchema(z.object({ a: z.string() }).passthrough())).toBeNull();
    expect(compileSchema(z.object({ a: z.string().default('x') }))).toBeNull();
    expect(compileSchema(z.union([z.string(), z.number()]))).toBeNull();
    expect(compileSchema(z.object({ a: z.coerce.number() }))).toBeNull();
  });
});
