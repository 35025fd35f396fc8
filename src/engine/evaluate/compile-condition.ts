import type { Condition, LeafCondition } from '../pack/rule-schema.js';
import { byPriority, isFactRef } from './condition-parts.js';
import { compilePath, evidenceKey } from './compile-path.js';
import type { OperatorFn } from './operators.js';

/** Reads a fact by name (memoised by the caller). */
export type FactGetter = (name: string) => unknown;

export interface ConditionTrace {
  readonly fact: string;
  readonly path?: string;
  readonly key: string;
  readonly operator: string;
  readonly expected: unknown;
  /** Where `expected` came from when it is not a constant: `options.months`, `history.window.sent`. */
  readonly expectedFrom?: string;
  readonly actual: unknown;
  readonly result: boolean;
}

/** A compiled condition. `trace`, when given, receives every leaf evaluated, in order. */
export type CompiledCondition = (get: FactGetter, trace?: ConditionTrace[]) => boolean;

export interface CompileEnv {
  readonly operator: (name: string) => OperatorFn;
  /** Named conditions of the pack ({ "condition": name }). */
  readonly named: (name: string) => Condition;
  /** The rule's resolved options: a value `{ "fact": "options", "path": "$.x" }` is read from here once. */
  readonly options: Readonly<Record<string, unknown>>;
}

const compileLeaf = (c: LeafCondition, env: CompileEnv): CompiledCondition => {
  const op = env.operator(c.operator);
  const read = compilePath(c.path);
  const key = evidenceKey(c.fact, c.path);
  const { fact, operator } = c;
  const traced = (trace: ConditionTrace[], actual: unknown, expected: unknown, result: boolean, expectedFrom?: string) => {
    // Two literals, not a conditional spread: V8 builds a spread literal on its slow path.
    trace.push(
      expectedFrom === undefined
        ? { fact, path: c.path, key, operator, expected, actual, result }
        : { fact, path: c.path, key, operator, expected, expectedFrom, actual, result },
    );
    return result;
  };
  // Three shapes, so the per-recipient closure does no branching on the value's kind.
  if (isFactRef(c.value) && c.value.fact !== 'options') {
    const ref = c.value;
    const readRef = compilePath(ref.path);
    const from = evidenceKey(ref.fact, ref.path);
    return (get, trace) => {
      const actual = read(get(fact));
      const expected = readRef(get(ref.fact));
      const result = op(actual, expected);
      return trace === undefined ? result : traced(trace, actual, expected, result, from);
    };
  }
  const isOption = isFactRef(c.value);
  const expected = isOption ? compilePath((c.value as { path?: string }).path)(env.options) : c.value;
  const from = isOption ? evidenceKey('options', (c.value as { path?: string }).path) : undefined;
  return (get, trace) => {
    const actual = read(get(fact));
    const result = op(actual, expected);
    return trace === undefined ? result : traced(trace, actual, expected, result, from);
  };
};

export const compileCondition = (c: Condition, env: CompileEnv, seen: ReadonlySet<string> = new Set()): CompiledCondition => {
  if ('all' in c) {
    const parts = byPriority(c.all).map((x) => compileCondition(x, env, seen));
    return (get, trace) => {
      for (const p of parts) if (!p(get, trace)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = byPriority(c.any).map((x) => compileCondition(x, env, seen));
    // json-rules-engine answers an empty list with true for `any` as for `all`.
    if (parts.length === 0) return () => true;
    return (get, trace) => {
      for (const p of parts) if (p(get, trace)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, env, seen);
    return (get, trace) => !inner(get, trace);
  }
  if ('condition' in c) {
    if (seen.has(c.condition)) throw new Error(`condition reference cycle through "${c.condition}"`);
    return compileCondition(env.named(c.condition), env, new Set([...seen, c.condition]));
  }
  return compileLeaf(c, env);
};
