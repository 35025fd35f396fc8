// Compiled rules as one json-rules-engine Engine: the reference semantics the compiled path is
// held to (reference-engine.ts, the differential tests) and what mailpolicy/json-rules-engine
// hands to users. Conditions go in as written, with two exceptions that keep one engine exact:
//
// - A rule's options differ per rule, but json-rules-engine's facts are per run. A condition
//   that reads the `options` fact (as its fact or its value) gets `params: { rule: <id> }`, and
//   the `options` fact answers with that rule's resolved options.
// - Named conditions are engine-wide in json-rules-engine, pack-wide in a pack. One that reads
//   `options` is registered once per rule that uses it ("name@rule/id"); one whose name another
//   pack in use defines differently is registered as "pack:name". Every other keeps its name.
//
// With `guard`, each rule's conditions are wrapped as `{ all: [guard, conditions] }`, the guard
// first (a higher priority, so json-rules-engine stops there): `{ fact: guard, params: { rule },
// operator: 'equal', value: true }`. It lets one engine hold rules of every scope and purpose
// and still run only those that apply to a send (a recipient rule without a recipient reads
// undefined facts, on which json-rules-engine's decorators throw).
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { CompiledRule } from '../config/configure-rules.js';
import type { Condition } from '../pack/rule-schema.js';
import type { OperatorFn } from './operators.js';
import { isFactRef } from './condition-parts.js';

/** The fact conditions read rule options from (`{ "fact": "options", "path": "$.months" }`). */
export const OPTIONS_FACT = 'options';

/** What a mailpolicy rule's event carries: enough to build its violation or route it. */
export interface RuleEventParams {
  readonly ruleId: string;
  readonly pack: string;
  readonly clause: string;
  readonly scope: CompiledRule['scope'];
  readonly severity: CompiledRule['severity'];
  readonly sanction: CompiledRule['sanction'];
}

const own = (o: object | undefined, k: string): boolean => o !== undefined && Object.prototype.hasOwnProperty.call(o, k);

const withRule = (params: Record<string, unknown> | undefined, rule: string) => ({ ...params, rule });

/** Whether a condition reads the options fact, directly or through named conditions. */
const readsOptions = (c: Condition, named: Readonly<Record<string, Condition>>, through: ReadonlySet<string> = new Set()): boolean => {
  if ('all' in c) return c.all.some((x) => readsOptions(x, named, through));
  if ('any' in c) return c.any.some((x) => readsOptions(x, named, through));
  if ('not' in c) return readsOptions(c.not, named, through);
  if ('condition' in c) {
    if (through.has(c.condition) || !own(named, c.condition)) return false;
    return readsOptions(named[c.condition]!, named, new Set([...through, c.condition]));
  }
  return c.fact === OPTIONS_FACT || (isFactRef(c.value) && c.value.fact === OPTIONS_FACT);
};

/**
 * Adds compiled rules (and the named conditions and custom operators they use) to `engine`.
 * Rule `i` gets priority-free defaults and event `{ type: id, params: RuleEventParams }`.
 * The engine must be built with `allowUndefinedFacts: true` (facts a rule cannot read at its
 * scope are undefined, as in the compiled path).
 */
export const addRules = (
  engine: Engine,
  rules: readonly CompiledRule[],
  operators: ReadonlyMap<string, OperatorFn> = new Map(),
  { guard }: { readonly guard?: string } = {},
): Engine => {
  for (const [name, fn] of operators) engine.addOperator(name, fn);
  // Names a named condition of more than one definition would clash on.
  const definitions = new Map<string, Set<Condition>>();
  for (const pack of new Set(rules.map((r) => r.pack))) {
    for (const [name, c] of Object.entries(pack.conditions ?? {})) {
      const set = definitions.get(name) ?? new Set();
      set.add(c as Condition);
      definitions.set(name, set);
    }
  }
  const registered = new Set<string>();
  const options = new Map<string, Readonly<Record<string, unknown>>>();
  for (const r of rules) {
    const named = (r.pack.conditions ?? {}) as Readonly<Record<string, Condition>>;
    const rewrite = (c: Condition): Condition => {
      if ('all' in c) return { ...c, all: c.all.map(rewrite) };
      if ('any' in c) return { ...c, any: c.any.map(rewrite) };
      if ('not' in c) return { ...c, not: rewrite(c.not) };
      if ('condition' in c) {
        if (!own(named, c.condition)) return c;
        const target = named[c.condition]!;
        const key = readsOptions(target, named)
          ? `${c.condition}@${r.id}`
          : (definitions.get(c.condition)?.size ?? 1) > 1
            ? `${r.pack.name}:${c.condition}`
            : c.condition;
        if (!registered.has(key)) {
          registered.add(key);
          engine.setCondition(key, rewrite(target) as TopLevelCondition);
        }
        return { ...c, condition: key };
      }
      const leaf = c.fact === OPTIONS_FACT ? { ...c, params: withRule(c.params, r.id) } : c;
      return isFactRef(c.value) && c.value.fact === OPTIONS_FACT
        ? { ...leaf, value: { ...(c.value as object), params: withRule((c.value as { params?: Record<string, unknown> }).params, r.id) } }
        : leaf;
    };
    options.set(r.id, r.options);
    const params: RuleEventParams = { ruleId: r.id, pack: r.pack.name, clause: r.clause, scope: r.scope, severity: r.severity, sanction: r.sanction };
    const conditions = rewrite(r.rule.conditions);
    const guarded = guard === undefined ? conditions : { all: [{ fact: guard, params: { rule: r.id }, operator: 'equal', value: true, priority: (conditions.priority ?? 1) + 1 }, conditions] };
    const rule: RuleProperties = { name: r.id, conditions: guarded as TopLevelCondition, event: { type: r.id, params: { ...params } } };
    engine.addRule(rule);
  }
  engine.addFact(OPTIONS_FACT, (params: Record<string, unknown>) => options.get(String(params?.rule)), { cache: false });
  return engine;
};

/** A json-rules-engine Engine holding `rules`, set up as the compiled path reads them. */
export const rulesEngine = (rules: readonly CompiledRule[], operators?: ReadonlyMap<string, OperatorFn>, options?: { readonly guard?: string }): Engine =>
  addRules(new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false }), rules, operators, options);

/** The rules whose events a run fired, in the order of `rules` (json-rules-engine's own order is by completion). */
export const firedIn = <R extends { readonly id: string }>(rules: readonly R[], events: readonly { readonly type: string }[]): R[] => {
  const fired = new Set(events.map((e) => e.type));
  return rules.filter((r) => fired.has(r.id));
};
