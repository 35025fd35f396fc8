import type { FactGetter } from './compile-condition.js';
import type { CompiledRule } from '../config/configure-rules.js';
import type { OperatorFn } from './operators.js';
import { firedIn, rulesEngine } from './json-rules-engine-rules.js';

/**
 * json-rules-engine, the reference semantics: one engine holding every rule, as
 * mailpolicy/json-rules-engine builds it (json-rules-engine-rules.ts), fact values computed up
 * front from the same getter the fast path uses. For differential tests and the bench; far
 * slower than the compiled path.
 */
export const referenceEngine = (rules: readonly CompiledRule[], operators: ReadonlyMap<string, OperatorFn> = new Map()) => {
  const engine = rulesEngine(rules, operators);
  return async (factNames: readonly string[], get: FactGetter): Promise<CompiledRule[]> => {
    const facts: Record<string, unknown> = {};
    // A fact value that is a function would be taken as a dynamic fact: wrap it.
    for (const name of factNames) {
      const value = get(name);
      facts[name] = typeof value === 'function' ? () => value : value;
    }
    const { events } = await engine.run(facts);
    return firedIn(rules, events);
  };
};
