import { describe, expect, it } from 'vitest';
import { createPolicy, defineFact, defineOperator, definePack, PackError, type PolicyOptions } from '../../src/index.js';
import { createEngine } from '../../src/json-rules-engine/index.js';
import { goodRule, packOf } from '../helpers/rules.js';

const message = { from: '"Shop GmbH" <news@shop.example>', subject: 'Hallo', purpose: 'newsletter', html: '<a href="https://shop.example/u">Abmelden</a>' } as const;

const pack = definePack(packOf([
  goodRule({
    id: 'acme/vip-weekend',
    scope: 'recipient',
    conditions: { all: [
      { fact: 'isVip', operator: 'equal', value: true },
      { fact: 'weekday', operator: 'isOneOfDays', value: ['saturday', 'sunday'] },
    ] },
    messages: { de: 'VIP am {weekday}', en: 'VIP on {weekday}' },
  }),
  goodRule({
    id: 'acme/not-weekend',
    recommended: false,
    conditions: { all: [{ fact: 'weekday', operator: 'not:isOneOfDays', value: ['saturday', 'sunday'] }] },
    messages: { de: 'Werktag {weekday}', en: 'weekday {weekday}' },
  }),
], { name: 'acme' }));

const vips = new Set(['vip@example.org', 'vip@example.net']);
let weekdayRuns = 0;
const facts = {
  isVip: defineFact<boolean>((ctx) => vips.has(ctx.recipient!.address)),
  weekday: defineFact({ scope: 'message', description: 'UTC weekday of the send', compute: (ctx) => { weekdayRuns++; return ctx.now.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }).toLowerCase(); } }),
};
const operators = { isOneOfDays: defineOperator((day: unknown, days: unknown) => Array.isArray(days) && days.includes(day)) };

const issuesOf = (options: PolicyOptions): string[] => {
  try {
    createPolicy(options);
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).issues.map((i) => `${i.code} ${i.pointer}`);
  }
  throw new Error('expected a PackError');
};

describe('custom facts and operators', () => {
  it('evaluates rules over custom recipient and message facts with a custom operator', async () => {
    weekdayRuns = 0;
    const policy = createPolicy({ packs: [pack], facts, operators, now: '2026-11-28T10:00:00Z' });
    const report = await policy.check({ message, recipients: [{ address: 'vip@example.org' }, { address: 'joe@example.org' }, { address: 'vip@example.net' }] });
    expect(report.violations.map((v) => `${v.ruleId} ${v.recipient} ${v.messages.en}`)).toEqual([
      'acme/vip-weekend vip@example.org VIP on saturday',
      'acme/vip-weekend vip@example.net VIP on saturday',
    ]);
    // A message-scope fact is computed once per send, not once per recipient.
    expect(weekdayRuns).toBe(1);
  });

  it('applies operator decorators to custom operators', async () => {
    const policy = createPolicy({ packs: [{ pack, use: 'all' }], facts, operators, now: '2026-11-26T10:00:00Z' });
    const report = await policy.check({ message });
    expect(report.violations.map((v) => v.messages.en)).toEqual(['weekday thursday']);
  });

  it("gives a recipient fact the send's sender input, in policy.check and in createEngine", async () => {
    // Recipient contexts are written out key by key (src/policy/send-context.ts, for speed): a
    // key left out there would reach no recipient fact, and only a test like this one would tell.
    const seen: unknown[] = [];
    const senderPack = definePack(packOf([goodRule({
      id: 'acme/sender-ip',
      scope: 'recipient',
      conditions: { all: [{ fact: 'senderIp', operator: 'equal', value: '192.0.2.10' }] },
      messages: { de: 'IP {senderIp}', en: 'IP {senderIp}' },
    })], { name: 'acme' }));
    const senderFacts = { senderIp: defineFact<string | null>((ctx) => { seen.push(ctx.sender?.ip); return ctx.sender?.ip ?? null; }) };
    const options = { packs: [senderPack], facts: senderFacts, now: '2026-11-28T10:00:00Z' } as const;
    const sender = { domain: 'shop.example', ip: '192.0.2.10', ptr: { hostnames: [], forwardConfirmed: false }, mx: [], tls: false };
    const recipients = [{ address: 'a@example.org' }, { address: 'b@example.org' }];
    const report = await createPolicy(options).check({ message, recipients, sender });
    expect(report.violations.map((v) => `${v.recipient} ${v.messages.en}`)).toEqual(['a@example.org IP 192.0.2.10', 'b@example.org IP 192.0.2.10']);
    expect((await createEngine(options).run({ message, recipient: recipients[0], sender })).map((v) => v.messages.en)).toEqual(['IP 192.0.2.10']);
    // Without the input the fact sees none.
    seen.length = 0;
    expect((await createPolicy(options).check({ message, recipients })).violations).toEqual([]);
    expect(seen).toEqual([undefined, undefined]);
  });

  it('lists custom facts and operators in describe()', () => {
    const d = createPolicy({ packs: [pack], facts, operators }).describe();
    expect(d.facts.filter((f) => f.custom)).toEqual([
      { name: 'isVip', scope: 'recipient', description: 'custom fact isVip', custom: true },
      { name: 'weekday', scope: 'message', description: 'UTC weekday of the send', custom: true },
    ]);
    expect(d.operators).toEqual(['isOneOfDays']);
  });

  it('rejects custom facts and operators that redefine built-ins or are malformed, all at once', () => {
    expect(issuesOf({
      packs: [pack],
      facts: { ...facts, unsubscribe: () => true, 'has-dash': () => 1, noCompute: { scope: 'message' } as never, badScope: { scope: 'campaign', compute: () => 1 } as never },
      operators: { ...operators, equal: () => true, not: () => true, 'a:b': () => true, notAFunction: 42 as never },
    })).toEqual([
      'duplicate-fact /facts/unsubscribe',
      'invalid-fact /facts/has-dash',
      'invalid-fact /facts/noCompute',
      'invalid-fact /facts/badScope',
      'duplicate-operator /operators/equal',
      'duplicate-operator /operators/not',
      'invalid-operator /operators/a:b',
      'invalid-operator /operators/notAFunction',
    ]);
  });

  it('reports a named condition an extended pack already defines', () => {
    const base = definePack(packOf([], { name: 'base', conditions: { newsletter: { all: [{ fact: 'purpose', path: '$.value', operator: 'equal', value: 'newsletter' }] } } }));
    expect(() => definePack(packOf([], { name: 'kid', extends: base, conditions: { newsletter: { all: [] } } }))).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'duplicate-condition', pointer: '/conditions/newsletter' })] }),
    );
  });
});
