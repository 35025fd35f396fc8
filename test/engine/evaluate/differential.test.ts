// The compiled fast path against json-rules-engine (the reference semantics): on random rule
// packs and random recipients both must fire exactly the same rules, in the same order, at
// every scope; and each violation's evidence and explanation must be what the explain-based
// builder (the slow, obviously complete one) gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../../src/index.js';
import { builtinFacts, messageFacts, type FactContext, type FactScope } from '../../../src/facts/index.js';
import { evidenceOf, factGetter, liveReader, referenceEngine, type CompiledRule } from '../../../src/engine/index.js';
import type { Policy, Violation } from '../../../src/index.js';
import { parseRecipient, parseSendInput } from '../../../src/model/index.js';
import { addressKey } from '../../../src/policy/seen-addresses.js';
import { ACCOUNT, NOW, historyInputs, messageInputs, randomPack, recipientArb } from '../../helpers/arbitraries.js';

const RUNS = Number(process.env.DIFF_RUNS ?? 1000);
// One fixed seed keeps `npm test` deterministic; FC_SEED=<n> explores (and replays) others.
const SEED = Number(process.env.FC_SEED ?? 20_261_204);

const readable: Record<FactScope, readonly FactScope[]> = {
  message: ['message'],
  history: ['message', 'history'],
  recipient: ['message', 'recipient', 'history'],
};

// The reference computes every fact straight from its definition: no memoising getter, no
// laziness, nothing the fast path shares.
const contexts = messageInputs.map((m) =>
  historyInputs.map((h): FactContext => {
    const { message, history } = parseSendInput(m, h);
    return { message, messageFacts: messageFacts(message, ACCOUNT), history, now: NOW, account: ACCOUNT };
  }),
);

const reference = (rules: readonly CompiledRule[], scope: FactScope, purpose: string) => {
  const run = referenceEngine(rules.filter((r) => r.scope === scope && (r.purposes === null || r.purposes.has(purpose as never))));
  const defs = builtinFacts.filter((d) => readable[scope].includes(d.scope));
  return async (ctx: FactContext): Promise<string[]> => {
    const values = new Map(defs.map((d) => [d.name, d.compute(ctx)]));
    const fired = await run(defs.map((d) => d.name), (name) => values.get(name));
    return fired.map((r) => r.id);
  };
};

const factDefs = new Map(builtinFacts.map((d) => [d.name, d]));

/** A fired rule's evidence and explanation are what the explain-based builder gives. */
const expectEvidence = (policy: Policy, violations: readonly Violation[], ctx: FactContext, show: string) => {
  const get = factGetter(factDefs, ctx);
  for (const v of violations) {
    const rule = policy.rules.find((r) => r.id === v.ruleId)!;
    const eager = evidenceOf(rule, get);
    expect(v.evidence, show).toEqual(eager.evidence);
    expect(Object.keys(v.evidence), show).toEqual(Object.keys(eager.evidence));
    expect(policy.explain(v).conditions, show).toEqual(rule.explain(liveReader(get)));
  }
};

describe('compiled rules against json-rules-engine', () => {
  it(`fire the same rules on ${RUNS} random packs and recipients (seed ${SEED}; rerun with FC_SEED=${SEED})`, async () => {
    const tally = { fired: 0, quiet: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.gen(),
        fc.array(recipientArb, { minLength: 1, maxLength: 3 }),
        fc.nat(messageInputs.length - 1),
        fc.nat(historyInputs.length - 1),
        async (g, recipients, mi, hi) => {
          const { pack, settings } = randomPack(g);
          const show = JSON.stringify({ conditions: pack.conditions, rules: pack.rules.map((r) => ({ id: r.id, scope: r.scope, conditions: r.conditions })), settings });
          const policy = createPolicy({ packs: [pack], rules: settings, now: NOW, account: ACCOUNT, locale: 'en' });
          const campaign = policy.prepare({ message: messageInputs[mi]!, history: historyInputs[hi]! });
          const base = contexts[mi]![hi]!;
          const purpose = base.messageFacts.purpose.value;

          const expectedShared = [
            ...(await reference(policy.rules, 'message', purpose)(base)),
            ...(await reference(policy.rules, 'history', purpose)(base)),
          ];
          expect(campaign.violations.map((v) => v.ruleId), show).toEqual(expectedShared);
          expectEvidence(policy, campaign.violations, base, show);

          const perRecipient = reference(policy.rules, 'recipient', purpose);
          const seen = new Set<string>();
          for (const [i, r] of recipients.entries()) {
            const parsed = parseRecipient(r);
            const verdict = campaign.checkRecipient(r, i);
            if (!parsed.ok) {
              expect(verdict.verdict).toBe('invalid');
              continue;
            }
            // A later record of an address already checked is excluded before any rule runs; the
            // random pack files no core findings of its own, so the library's id stands.
            const key = addressKey(parsed.value.address);
            if (seen.has(key)) {
              expect(verdict.violations.map((v) => v.ruleId)).toEqual(['mailpolicy/duplicate-recipient']);
              continue;
            }
            seen.add(key);
            const expected = await perRecipient({ ...base, recipient: parsed.value });
            expect(verdict.violations.map((v) => v.ruleId), `${show}\nrecipient ${JSON.stringify(r)}`).toEqual(expected);
            expectEvidence(policy, verdict.violations, { ...base, recipient: parsed.value }, show);
            tally[expected.length > 0 ? 'fired' : 'quiet']++;
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    // The generated packs must be neither always silent nor always firing to prove anything.
    const total = tally.fired + tally.quiet;
    expect(tally.fired / total).toBeGreaterThan(0.1);
    expect(tally.quiet / total).toBeGreaterThan(0.1);
  }, 240_000);
});
