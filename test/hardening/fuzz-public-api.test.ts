// The fuzz suite as an attacker would run it (issue 15, item 6; it would have found items 3-5):
// every public function called with generated wrong-typed arguments, with deep and cyclic
// structures, and packs with every operator and every kind of value. Each call returns, or
// throws an InputError or a PackError; never a TypeError, a RangeError (stack overflow) or
// anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeMessage, createPolicy, definePack, explain, formatExplanation, formatReport, fromEml, fromNodemailer, InputError, PackError, renderNotice,
} from '../../src/index.js';
import { loadPack } from '../../src/node/index.js';
import { goodRule, packOf } from '../helpers/rules.js';
import { fuzz, HEAVY_TIMEOUT } from './support/fuzz.js';

const NOW = '2026-11-28T10:00:00Z';
const message = { from: '"Shop" <news@shop.example>', subject: 'Hallo', purpose: 'newsletter' as const, html: '<p>Hallo <a href="https://shop.example/u">Abmelden</a></p>' };

/** Ok when `f` returns or throws InputError / PackError; any other throw fails the property. */
const only = async (f: () => unknown): Promise<void> => {
  try {
    await f();
  } catch (e) {
    if (e instanceof InputError || e instanceof PackError) return;
    throw e;
  }
};

const cyclic = (): unknown => {
  const o: Record<string, unknown> = { value: 'x', all: [], not: null };
  o.value = o;
  (o.all as unknown[]).push(o);
  o.not = o;
  return o;
};

/** Deep nests of the shapes the library walks: objects under `value`, `all`, `not`, arrays. */
const deep = (depth: number, shape: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) {
    if (shape === 0) v = { value: v };
    else if (shape === 1) v = { all: [v] };
    else if (shape === 2) v = { not: v };
    else v = [v];
  }
  return v;
};

/** Wrong-typed values: everything fast-check makes, plus the ones that broke the library. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, '', ' ', 'abc', 5, null, undefined, [], {}, () => 1, Symbol('s'), 10n),
  fc.constant(null).map(() => new Proxy(new Date(NOW), {})),
  fc.constant(null).map(cyclic),
  fc.tuple(fc.integer({ min: 2_000, max: 20_000 }), fc.integer({ min: 0, max: 3 })).map(([d, s]) => deep(d, s)),
);

/** An object whose fields are sometimes right and sometimes hostile. */
const hostileRecord = (good: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(Object.fromEntries(Object.entries(good).map(([k, v]) => [k, fc.oneof({ weight: 2, arbitrary: fc.constant(v) }, { weight: 1, arbitrary: hostileValue })])));

describe('fuzz: every public function under wrong types, deep and cyclic input', () => {
  const policy = createPolicy({ now: NOW });

  it('throws only InputError or PackError', async () => {
    const report = await policy.check({ message, recipients: [{ address: 'a@gmx.de' }] });
    const calls: ((x: unknown, y: unknown) => unknown)[] = [
      (x) => createPolicy(x as never),
      (x) => createPolicy({ now: NOW, limits: x as never }),
      (x) => createPolicy({ now: NOW, account: { senderDomains: x as never } }),
      (x) => createPolicy({ now: x as never }),
      (x, y) => policy.check({ message: x as never, history: y as never }),
      (x) => policy.check({ message, recipients: x as never }),
      (x) => policy.check({ message, now: x as never }),
      async (x) => {
        for await (const _ of policy.checkRecipients(x as never, { message }));
      },
      async (x) => {
        for await (const _ of policy.checkRecipients([x] as never, { message }));
      },
      (x, y) => analyzeMessage(x as never, y as never),
      (x) => analyzeMessage(message, { limits: x as never }),
      (x) => analyzeMessage(message, { senderDomains: x as never }),
      (x, y) => fromEml(x as never, y as never),
      (x, y) => fromNodemailer(x as never, y as never),
      (x) => fromNodemailer({ from: 'a@shop.example', subject: 's', headers: x as never }),
      (x) => fromNodemailer({ from: 'a@shop.example', subject: 's', headers: { 'X-A': x as never } }),
      (x) => definePack(x as never),
      (x) => definePack(packOf([goodRule({ conditions: x as never })])),
      (x) => definePack(packOf([goodRule({ conditions: { all: [{ fact: 'unsubscribe', path: '$.inBody', operator: 'equal', value: x }] } as never })])),
      (x) => loadPack(x as never),
      (x) => explain(x as never),
      (x) => policy.explain(x as never),
      (x, y) => formatReport(x as never, y as never),
      (x) => formatReport(report, 'json', x as never),
      (x, y) => renderNotice(x as never, y as never),
      (x) => renderNotice(report, x as never),
    ];
    await fuzz(
      'publicApiWrongTypes',
      fc.asyncProperty(fc.nat(calls.length - 1), hostileValue, hostileValue, async (i, x, y) => {
        await only(() => calls[i]!(x, y));
      }),
    );
    // formatExplanation takes an explanation from explain(): its own output, not input.
    expect(formatExplanation(policy.explain(report.violations[0] ?? report.recipients[0]!.violations[0]!), 'de').length).toBeGreaterThan(0);
  }, HEAVY_TIMEOUT);

  it('takes messages, histories and recipient records with hostile fields', async () => {
    const goodRecipient = { address: 'a@gmx.de', source: 'signup-form', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: NOW }, lastOpenAt: NOW, hardBounces: 0 };
    const goodHistory = { lastCampaignAt: NOW, window: { days: 30, sent: 100, delivered: 99, complaints: 0 }, dailyVolumes: [1, 2] };
    await fuzz(
      'publicApiHostileFields',
      fc.asyncProperty(hostileRecord(message), hostileRecord(goodHistory), fc.array(hostileRecord(goodRecipient), { maxLength: 3 }), async (m, h, rs) => {
        await only(async () => {
          const r = await policy.check({ message: m as never, history: h as never, recipients: rs as never });
          expect(r.recipients).toHaveLength(rs.length);
        });
      }),
    );
  }, HEAVY_TIMEOUT);
});

// Every operator, alone and decorated, with every kind of value: at load time a PackError or a
// pack; at check time a report, never a throw.
const OPERATORS = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const DECORATORS = ['', 'not:', 'swap:', 'someFact:', 'everyFact:', 'someValue:', 'everyValue:', 'not:swap:', 'someValue:not:', 'swap:someValue:'];
const VALUES: unknown[] = [
  5, -1.5, 0, 'abc', '', '12', true, false, null, [], [1, 2], ['a', 'b'], [[1], [2]], [true, null], { a: 1 },
  { fact: 'htmlBytes' }, { fact: 'unsubscribe', path: '$.inBody' }, { fact: 'unsubscribe', path: '$.links' }, { fact: 'subject' }, { fact: 'options', path: '$.n' },
];
const FACTS: [string, string | undefined][] = [['unsubscribe', '$.inBody'], ['unsubscribe', '$.links'], ['htmlBytes', undefined], ['sender', '$.domain'], ['analysis', '$.exceeded']];

describe('fuzz: packs with every operator and every kind of value', () => {
  it('load as a pack or a PackError, and check without throwing', async () => {
    await fuzz(
      'everyOperatorValue',
      fc.asyncProperty(fc.constantFrom(...DECORATORS), fc.constantFrom(...OPERATORS), fc.constantFrom(...VALUES), fc.constantFrom(...FACTS), async (deco, op, value, [fact, path]) => {
        const rule = goodRule({
          id: 'test/op',
          options: { n: { type: 'number', default: 3, description: 'n', source: 'test' } },
          conditions: { all: [{ fact, ...(path ? { path } : {}), operator: `${deco}${op}`, value }] } as never,
          messages: { de: 'x', en: 'x' },
        });
        let policy;
        try {
          policy = createPolicy({ now: NOW, packs: [definePack(packOf([rule]))] });
        } catch (e) {
          if (e instanceof PackError) return;
          throw e;
        }
        const report = await policy.check({ message, recipients: [{ address: 'a@gmx.de' }] });
        for (const v of report.violations) expect(policy.explain(v).ruleId).toBe(v.ruleId);
      }),
    );
  }, HEAVY_TIMEOUT);
});
