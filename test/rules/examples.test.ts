import { describe, it } from 'vitest';
import { builtinPacks } from '../../src/index.js';
import { testRule } from '../../src/testing/index.js';

// Every rule's inline examples (SpamAssassin style), of every built-in pack: violating ones fire
// the rule (exactly as listed where they list violations), compliant ones do not. Each example
// is its own test, run alone through testRule, so a pack added to builtinPacks is covered too.
const rules = builtinPacks.flatMap((pack) => pack.rules.map((rule) => [rule.id, pack, rule] as const));

describe.each(rules)('%s', (_id, pack, rule) => {
  it.each(rule.examples.violating.map((e) => [e.name, e] as const))('violating: %s', (_name, example) =>
    testRule(rule, { violating: [example] }, { pack }),
  );
  it.each(rule.examples.compliant.map((e) => [e.name, e] as const))('compliant: %s', (_name, example) =>
    testRule(rule, { compliant: [example] }, { pack }),
  );
});
