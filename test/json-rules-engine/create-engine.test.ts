// createEngine (mailpolicy/json-rules-engine) against policy.check: on the differential test's
// random packs, messages, histories and recipients, the json-rules-engine Engine must give the
// very violations policy.check reports for that message and recipient (order, evidence, text).
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { createEngine, CONTEXT_FACT } from '../../src/json-rules-engine/index.js';
import { bulkSender, createPolicy, definePack, InputError } from '../../src/index.js';
import { ACCOUNT, NOW, historyInputs, messageInputs, randomPack, recipientArb } from '../helpers/arbitraries.js';

const RUNS = Number(process.env.DIFF_RUNS ?? 300);
const SEED = Number(process.env.FC_SEED ?? 20_261_205);

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('createEngine', () => {
  it(`gives policy.check's violations on ${RUNS} random packs, messages and recipients (seed ${SEED})`, async () => {
    const tally = { cases: 0, violations: 0, withViolations: 0 };
    await fc.assert(
      fc.asyncProperty(fc.gen(), recipientArb, fc.nat(messageInputs.length - 1), fc.nat(historyInputs.length - 1), async (g, recipient, mi, hi) => {
        const { pack, settings } = randomPack(g);
        const options = { packs: [pack], rules: settings, now: NOW, account: ACCOUNT, locale: 'en' as const };
        const policy = createPolicy(options);
        const { run } = createEngine(options);
        const send = { message: messageInputs[mi]!, history: historyInputs[hi]! };
        const report = await policy.check({ ...send, recipients: [recipient] });
        const show = JSON.stringify({ rules: pack.rules.map((r) => ({ id: r.id, conditions: r.conditions })), settings, recipient });
        if (report.recipients[0]!.verdict === 'invalid') {
          await expect(run({ ...send, recipient })).rejects.toBeInstanceOf(InputError);
        } else {
          const got = await run({ ...send, recipient });
          expect(plain(got), show).toEqual(plain(report.violations));
          tally.cases++;
          tally.violations += got.length;
          if (got.length > 0) tally.withViolations++;
        }
        // Without a recipient: the message- and history-level violations only.
        expect(plain(await run(send)), show).toEqual(plain((await policy.check(send)).violations));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`createEngine = policy.check: ${tally.cases} cases with a valid recipient, ${tally.withViolations} with violations, ${tally.violations} violations`);
    expect(tally.withViolations / tally.cases).toBeGreaterThan(0.1);
  }, 240_000);

  it('gives the seed pack its violations and hands out a real json-rules-engine Engine', async () => {
    const { engine, run, facts } = createEngine({ now: NOW, account: ACCOUNT });
    expect(engine).toBeInstanceOf(Engine);
    const policy = createPolicy({ now: NOW, account: ACCOUNT });
    const recipient = { address: 'anna@example.org', source: 'purchased' as const, consent: { status: 'none' as const } };
    const send = { message: messageInputs[1]!, history: historyInputs[1]! };
    const report = await policy.check({ ...send, recipients: [recipient] });
    expect(report.violations.length).toBeGreaterThan(3);
    expect(plain(await run({ ...send, recipient }))).toEqual(plain(report.violations));
    // The engine also runs on its own: every fired rule is an event named after the rule.
    const { events } = await engine.run(facts({ ...send, recipient }));
    const ids = events.map((e) => e.type);
    for (const v of report.violations) if (v.ruleId.startsWith('mes/') && v.ruleId !== 'mes/analysis-limit') expect(ids).toContain(v.ruleId);
    expect(Object.keys(facts(send))).toEqual([CONTEXT_FACT]);
  });

  it('runs a pack that brings its own fact and operator, and per-rule options in named conditions', async () => {
    const pack = definePack({
      name: 'own',
      version: '1.0.0',
      announcedAt: '2026-01-01',
      clauses: [{ id: 'X1', heading: { en: 'Short subjects' } }],
      facts: { subjectLength: { scope: 'message', compute: (ctx: { message: { subject: string } }) => ctx.message.subject.length } },
      operators: { longerThan: (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && a > b },
      conditions: { longSubject: { all: [{ fact: 'subjectLength', operator: 'longerThan', value: { fact: 'options', path: '$.max' } }] } },
      rules: ['a', 'b'].map((x, i) => ({
        id: `own/long-subject-${x}`,
        clause: 'X1',
        scope: 'message' as const,
        severity: 'advisory' as const,
        description: { de: 'Betreff lang', en: 'long subject' },
        fix: { de: 'kürzen', en: 'shorten' },
        options: { max: { default: i === 0 ? 3 : 50, description: 'longest subject', source: 'test' } },
        messages: { de: 'Betreff {subjectLength} > {options.max}', en: 'subject {subjectLength} > {options.max}' },
        conditions: { condition: 'longSubject' },
        examples: { violating: [{ name: 'v' }], compliant: [{ name: 'c' }] },
      })),
    });
    const options = { packs: [pack], now: NOW, account: ACCOUNT, locale: 'en' as const };
    const got = await createEngine(options).run({ message: messageInputs[0]! });
    expect(got.map((v) => v.message)).toEqual(['subject 8 > 3']);
    expect(plain(got)).toEqual(plain((await createPolicy(options).check({ message: messageInputs[0]! })).violations));
  });

  it("reads the sender input as policy.check does (the bulkSender pack's DNS facts)", async () => {
    const options = { packs: [bulkSender], now: '2026-12-06T00:00:00Z', account: ACCOUNT, locale: 'en' as const };
    const message = { from: 'news@shop.example', subject: 'Angebot', purpose: 'newsletter' as const };
    const sender = { domain: 'shop.example', ip: '192.0.2.10', ptr: { hostnames: [], forwardConfirmed: false }, mx: [], tls: false };
    const report = await createPolicy(options).check({ message, sender });
    const ids = report.violations.map((v) => v.ruleId);
    for (const id of ['bulk/no-ptr', 'bulk/no-tls', 'bulk/from-domain-no-mx']) expect(ids).toContain(id);
    expect(plain(await createEngine(options).run({ message, sender }))).toEqual(plain(report.violations));
  });
});
