import { Engine } from 'json-rules-engine';
import type { FactGetter } from './compile-condition.js';
import type { CompiledRule } from '../config/configure-rules.js';
import type { OperatorFn } from './operators.js';

/**
 * json-rules-engine, the reference semantics: one engine per rule (each rule has its own
 * `options` fact), facts served from the same getter the fast path uses. For differential
 * tests and the bench; far slower than the compiled path.
 */
export const referenceEngine = (rules: readonly CompiledRule[], operators: ReadonlyMap<string, OperatorFn> = new Map()) => {
  const engines = rules.map((r) => {
    const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
    for (const [name, fn] of operators) engine.addOperator(name, fn);
    for (const [name, cond] of Object.entries(r.pack.conditions ?? {})) engine.setCondition(name, cond as any);
    engine.addRule({ conditions: r.rule.conditions as any, event: { type: r.id } });
    return { rule: r, engine };
  });
  return async (factNames: readonly string[], get: FactGetter): Promise<CompiledRule[]> => {
    const fired: CompiledRule[] = [];
    for (const { rule, engine } of engines) {
      const facts: Record<string, unknown> = { options: rule.options };
      for (const name of factNames) facts[name] = get(name);
      const { events } = await engine.run(facts);
      if (events.length > 0) fired.push(rule);
    }
    return fired;
  };
};
