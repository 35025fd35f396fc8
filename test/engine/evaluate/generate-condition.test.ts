// The generated rule matchers (src/engine/evaluate/generate-condition.ts) against the compiled closures
// (compile.ts), which the differential test holds equal to json-rules-engine. Here every leaf
// is one the generator writes out (built-in operators, no decorators), values come from the
// facts' own sample values so equal, boundary and missing values are common, and the facts are
// the built-in ones computed on random messages, histories and recipients.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinFacts, messageFacts, type FactDefinition } from '../../../src/facts/index.js';
import { compileCondition, factGetter, generateCondition, generateEvidence, resolveOperator, type Condition, type ConditionTrace, type LeafCondition } from '../../../src/engine/index.js';
import { simplePathKeys } from '../../../src/engine/evaluate/compile-path.js';
import { parseRecipient, parseSendInput } from '../../../src/model/index.js';
import { ACCOUNT, NOW, catalog, historyInputs, messageInputs, recipientArb, type Slot } from '../../helpers/arbitraries.js';
import { outcome } from '../../helpers/outcome.js';

const EDGE = [0, 1, 2, 6, 0.5, -1, '', 'none', 'confirmed', 'newsletter', true, false, null, undefined, '6', 'x'];
const SCALAR = ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'contains', 'doesNotContain'];
const OPTIONS = { n: 6, list: ['none', 'confirmed', 1], word: 'none' };
const defs = new Map<string, FactDefinition>(builtinFacts.map((d) => [d.name, d]));

// Paths the generator writes out (plain keys); JSONPath expressions stay with the closures.
const slot = fc.constantFrom(...catalog.filter((s) => !s.path || simplePathKeys(s.path) !== null));
const ref = (s: Slot) => (s.path ? { fact: s.fact, path: s.path } : { fact: s.fact });
const leaf: fc.Arbitrary<LeafCondition> = fc
  .tuple(slot, slot, fc.boolean(), fc.nat(9))
  .chain(([s, other, list, how]) => {
    const pool = [...s.values, ...EDGE];
    const at = (c: LeafCondition) => (s.path ? { ...c, path: s.path } : c);
    if (list) {
      return fc.tuple(fc.constantFrom('in', 'notIn'), fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 4 }), fc.boolean()).map(([operator, value, option]) =>
        at({ fact: s.fact, operator, value: option ? { fact: 'options', path: '$.list' } : value }),
      );
    }
    return fc.tuple(fc.constantFrom(...SCALAR), fc.constantFrom(...pool)).map(([operator, value]) =>
      at({ fact: s.fact, operator, value: how === 0 ? ref(other) : how === 1 ? { fact: 'options', path: '$.n' } : how === 2 ? { fact: 'options' } : value }),
    );
  });
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('c'), { maxLength: 3 }), priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }),
    fc.record({ any: fc.array(tie('c'), { maxLength: 3 }), priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }),
    fc.record({ not: tie('c') }),
    fc.constant({ condition: 'named' }),
  ),
})).c;
const NAMED: Condition = { all: [{ fact: 'recipient', path: '$.hardBounces', operator: 'greaterThan', value: 0 }] };

// The built-in facts of a random recipient, message and history.
const randomFacts = (r: unknown, mi: number, hi: number) => {
  const { message, history } = parseSendInput(messageInputs[mi]!, historyInputs[hi]!);
  const parsed = parseRecipient(r);
  const ctx = { message, messageFacts: messageFacts(message, ACCOUNT), history, now: NOW, account: ACCOUNT, ...(parsed.ok ? { recipient: parsed.value } : {}) };
  return factGetter(defs, ctx);
};

describe('generated rule matchers', () => {
  it('fire exactly when the compiled closures fire, on random conditions and facts', () => {
    const named = () => NAMED;
    fc.assert(
      fc.property(condition, recipientArb, fc.nat(messageInputs.length - 1), fc.nat(historyInputs.length - 1), (c, r, mi, hi) => {
        const matches = generateCondition(c, { named, options: OPTIONS, custom: new Map() });
        expect(matches).not.toBeNull();
        const closure = compileCondition(c, { operator: (name) => resolveOperator(name)!, named, options: OPTIONS });
        const get = randomFacts(r, mi, hi);
        expect(outcome(() => matches!(get)), JSON.stringify(c)).toBe(outcome(() => closure(get)));
      }),
      { numRuns: 3000 },
    );
  });

  it('collect the evidence a trace of the closures gives: the same keys, in the same order, with the same values', () => {
    const named = () => NAMED;
    let recorded = 0;
    fc.assert(
      fc.property(condition, recipientArb, fc.nat(messageInputs.length - 1), fc.nat(historyInputs.length - 1), (c, r, mi, hi) => {
        const collect = generateEvidence(c, { named, options: OPTIONS, custom: new Map() });
        expect(collect).not.toBeNull();
        const closure = compileCondition(c, { operator: (name) => resolveOperator(name)!, named, options: OPTIONS });
        const get = randomFacts(r, mi, hi);
        // What violationBuilder made of a trace before the collectors.
        const trace: ConditionTrace[] = [];
        const traced: Record<string, unknown> = {};
        const tracedOutcome = outcome(() => closure(get, trace));
        for (const t of trace) {
          traced[t.key] = t.actual;
          if (t.expectedFrom !== undefined && !t.expectedFrom.startsWith('options.')) traced[t.expectedFrom] = t.expected;
        }
        const collected: Record<string, unknown> = {};
        expect(outcome(() => collect!(get, collected)), JSON.stringify(c)).toBe(tracedOutcome);
        if (tracedOutcome.startsWith('throws')) return;
        recorded += trace.length;
        expect(Object.keys(collected), JSON.stringify(c)).toEqual(Object.keys(traced));
        for (const key of Object.keys(traced)) expect(Object.is(collected[key], traced[key]), `${key} in ${JSON.stringify(c)}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(recorded).toBeGreaterThan(1500); // the traces are not empty: a sanity bound, not a target
  });

  it('read paths as the closures do: own keys only, and a value that is not an object as it is', () => {
    const facts: Record<string, unknown> = { n: 5, s: 'text', z: null, u: undefined, list: [7, { a: 1 }], o: { a: { b: 1 }, n: null }, proto: Object.create({ a: 1 }) };
    const get = (name: string) => facts[name];
    const paths = [undefined, '$', '$.a', '$.a.b', '$.toString', '$.constructor.name', '$.n', '$.length', '$[0]', '$[1].a', '$.a.b.c'];
    const values = [undefined, null, 1, 5, 'text', 7, 2];
    for (const fact of Object.keys(facts)) {
      for (const path of paths) {
        for (const operator of ['equal', 'notEqual', 'greaterThan', 'lessThanInclusive', 'contains']) {
          for (const value of values) {
            const c: Condition = { fact, operator, value, ...(path === undefined ? {} : { path }) };
            const matches = generateCondition(c, { named: () => NAMED, options: {}, custom: new Map() })!;
            const closure = compileCondition(c, { operator: (name) => resolveOperator(name)!, named: () => NAMED, options: {} });
            expect(outcome(() => matches(get)), JSON.stringify(c)).toBe(outcome(() => closure(get)));
          }
        }
      }
    }
  });

  it('leave decorators, custom operators and JSONPath expressions to the closures', () => {
    const env = { named: () => NAMED, options: {}, custom: new Map([['equal', () => true]]) };
    expect(generateCondition({ all: [{ fact: 'consent', path: '$.status', operator: 'not:equal', value: 'none' }] }, { ...env, custom: new Map() })).toBeNull();
    expect(generateCondition({ all: [{ fact: 'consent', path: '$.status', operator: 'equal', value: 'none' }] }, env)).toBeNull();
    expect(generateCondition({ all: [{ fact: 'body', path: '$.anchors[?(@.href)]', operator: 'equal', value: 1 }] }, { ...env, custom: new Map() })).toBeNull();
  });
});
