// A rule's conditions as one generated function, for the per-recipient hot path: the leaves,
// their paths and json-rules-engine's built-in operators written out inline, so a rule costs
// one call instead of a closure per leaf, per path and per operator (closures built from one
// source share V8's type feedback across every rule, and their property reads go megamorphic).
//
// Same meaning as compile.ts, which stays the path for explanations, for the evidence of rules
// without a generated collector (a trace) and for anything not generated here: decorators,
// custom operators (they may shadow a built-in name), JSONPath expressions beyond plain keys, or
// a runtime that forbids `new Function`. The differential
// test (test/perf/differential.test.ts) holds this path equal to json-rules-engine.
import { byPriority, isFactRef } from './condition-parts.js';
import { compilePath, evidenceKey, simplePathKeys } from './compile-path.js';
import type { Condition, LeafCondition } from '../pack/rule-schema.js';
import type { FactGetter } from './compile-condition.js';
import { isNumberLike, type OperatorFn } from './operators.js';
import { canGenerateCode } from '../../model/index.js';

export type RuleMatcher = (get: FactGetter) => boolean;

/**
 * The conditions run once more for a rule that fired, writing into `evidence` what a trace
 * records (compile.ts): every leaf evaluated, in order, its value under `fact.path`, and the
 * value of a fact it was compared against under that fact's key (option values excepted).
 */
export type EvidenceCollector = (get: FactGetter, evidence: Record<string, unknown>) => boolean;

export interface GenerateEnv {
  /** Named conditions of the pack ({ "condition": name }). */
  readonly named: (name: string) => Condition;
  readonly options: Readonly<Record<string, unknown>>;
  /** Custom operators: a name found here is not a built-in one. */
  readonly custom: ReadonlyMap<string, OperatorFn>;
}

/** Values the generated code refers to (`E[i]`): never written into its source text. */
class Refs {
  readonly values: unknown[] = [];
  of(value: unknown): string {
    this.values.push(value);
    return `E[${this.values.length - 1}]`;
  }
}

const NUMERIC = new Map([['lessThan', '<'], ['lessThanInclusive', '<='], ['greaterThan', '>'], ['greaterThanInclusive', '>=']]);

/** The built-in operator applied to the expressions `a` (fact value) and `b` (rule value); null when not built in. */
const operatorCode = (name: string, a: string, b: string, env: GenerateEnv): string | null => {
  if (env.custom.has(name)) return null;
  switch (name) {
    case 'equal':
      return `${a} === ${b}`;
    case 'notEqual':
      return `${a} !== ${b}`;
    case 'in':
      return `${b}.indexOf(${a}) > -1`;
    case 'notIn':
      return `${b}.indexOf(${a}) === -1`;
    case 'contains':
      return `(Array.isArray(${a}) && ${a}.indexOf(${b}) > -1)`;
    case 'doesNotContain':
      return `(Array.isArray(${a}) && ${a}.indexOf(${b}) === -1)`;
    default: {
      const op = NUMERIC.get(name);
      return op === undefined ? null : `(N(${a}) && ${a} ${op} ${b})`;
    }
  }
};

/**
 * Code reading `path` from the fact value in variable `v` as compilePath does: on an object, own
 * properties key by key (a missing one gives undefined); any other value as it is. Null for
 * paths that need JSONPath.
 */
const pathCode = (path: string | undefined, v: string): string | null => {
  if (!path) return v;
  const keys = simplePathKeys(path);
  if (keys === null) return null;
  if (keys.length === 0) return v;
  let read = v;
  for (const key of keys) {
    const k = JSON.stringify(key);
    read = `(${read} !== null && typeof ${read} === 'object' && H.call(${read}, ${k}) ? ${read}[${k}] : undefined)`;
  }
  return `(${v} !== null && typeof ${v} === 'object' ? ${read} : ${v})`;
};

/** What the generated code does besides deciding: nothing, or write each leaf into `ev` (EvidenceCollector). */
type Mode = 'match' | 'collect';

// Temporaries: the fact value, the value read, the compared fact's value and its read. Leaves
// never nest, so one set serves every leaf of a rule.
const leafCode = (c: LeafCondition, env: GenerateEnv, refs: Refs, mode: Mode): string | null => {
  const read = pathCode(c.path, 'v');
  if (read === null) return null;
  const record = (key: string, value: string) => (mode === 'collect' ? `ev[${JSON.stringify(key)}] = ${value}, ` : '');
  let expected: string;
  let setup = '';
  if (isFactRef(c.value) && c.value.fact !== 'options') {
    const readRef = pathCode(c.value.path, 'w');
    if (readRef === null) return null;
    setup = `w = get(${JSON.stringify(c.value.fact)}), b = ${readRef}, ${record(evidenceKey(c.value.fact, c.value.path), 'b')}`;
    expected = 'b';
  } else {
    const value = isFactRef(c.value) ? compilePath(c.value.path)(env.options) : c.value;
    expected = refs.of(value);
    // The evidence lists option values under `options.<name>` anyway; an option reference whose
    // key is not of that form (no path: the options object itself) is recorded as a trace records it.
    const from = isFactRef(c.value) ? evidenceKey('options', c.value.path) : undefined;
    if (from !== undefined && !from.startsWith('options.')) setup = record(from, expected);
  }
  const test = operatorCode(c.operator, 'a', expected, env);
  if (test === null) return null;
  // json-rules-engine reads the fact, then the compared fact, then applies the operator.
  return `(v = get(${JSON.stringify(c.fact)}), a = ${read}, ${record(evidenceKey(c.fact, c.path), 'a')}${setup}${test})`;
};

const conditionCode = (c: Condition, env: GenerateEnv, refs: Refs, seen: ReadonlySet<string>, mode: Mode): string | null => {
  if ('all' in c || 'any' in c) {
    const members = 'all' in c ? c.all : c.any;
    // json-rules-engine answers an empty list with true, for `any` as for `all`.
    if (members.length === 0) return 'true';
    const parts = byPriority(members).map((x) => conditionCode(x, env, refs, seen, mode));
    if (parts.some((p) => p === null)) return null;
    return `(${parts.join('all' in c ? ' && ' : ' || ')})`;
  }
  if ('not' in c) {
    const inner = conditionCode(c.not, env, refs, seen, mode);
    return inner && `!${inner}`;
  }
  if ('condition' in c) {
    if (seen.has(c.condition)) return null;
    return conditionCode(env.named(c.condition), env, refs, new Set([...seen, c.condition]), mode);
  }
  return leafCode(c, env, refs, mode);
};

const generate = (c: Condition, env: GenerateEnv, mode: Mode): unknown => {
  const refs = new Refs();
  const body = conditionCode(c, env, refs, new Set(), mode);
  if (body === null || !canGenerateCode()) return null;
  const signature = mode === 'match' ? 'matches(get)' : 'collect(get, ev)';
  try {
    const make = new Function('E', 'H', 'N', `return function ${signature} { let v, a, w, b; return ${body}; };`);
    return make(refs.values, Object.prototype.hasOwnProperty, isNumberLike);
  } catch {
    return null;
  }
};

/** The condition as one function, or null when it needs compile.ts (see above). */
export const generateCondition = (c: Condition, env: GenerateEnv): RuleMatcher | null => generate(c, env, 'match') as RuleMatcher | null;

/** The condition's evidence collector, or null when it needs compile.ts (a trace, see above). */
export const generateEvidence = (c: Condition, env: GenerateEnv): EvidenceCollector | null => generate(c, env, 'collect') as EvidenceCollector | null;
