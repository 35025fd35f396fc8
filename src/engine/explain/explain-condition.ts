// Explanations of a rule's conditions: every leaf with its fact, path, operator, expected and
// actual value and whether it passed, failed or was never evaluated (json-rules-engine stops an
// `all` at the first failure and an `any` at the first success, in priority order).
import type { Condition, LeafCondition } from '../pack/rule-schema.js';
import type { OperatorFn } from '../evaluate/operators.js';
import { byPriority, isFactRef } from '../evaluate/condition-parts.js';
import { compilePath, evidenceKey } from '../evaluate/compile-path.js';

export type ConditionStatus = 'passed' | 'failed' | 'not-evaluated';

export interface ExplainedFact {
  readonly kind: 'fact';
  readonly fact: string;
  readonly path?: string;
  /** The evidence key of the value read: `activity.monthsSinceActive`. */
  readonly key: string;
  readonly operator: string;
  /** The value compared against: a constant, a rule option's value or another fact's value. */
  readonly expected?: unknown;
  /** Where `expected` came from when it is not a constant: `options.months`, `history.window.sent`. */
  readonly expectedFrom?: string;
  /** The fact value read; absent when the condition was not evaluated. */
  readonly actual?: unknown;
  readonly status: ConditionStatus;
}

export interface ExplainedGroup {
  readonly kind: 'all' | 'any' | 'not';
  readonly name?: string;
  readonly status: ConditionStatus;
  readonly conditions: readonly ExplainedCondition[];
}

export interface ExplainedReference {
  readonly kind: 'condition';
  /** The pack's named condition this node refers to. */
  readonly condition: string;
  readonly status: ConditionStatus;
  readonly conditions: readonly ExplainedCondition[];
}

export type ExplainedCondition = ExplainedFact | ExplainedGroup | ExplainedReference;

/** Reads a fact value at a path; `found` false when the source does not have it (evidence replay). */
export type FactReader = (fact: string, path: string | undefined) => { found: boolean; value?: unknown };

export interface ExplainEnv {
  readonly operator: (name: string) => OperatorFn;
  readonly named: (name: string) => Condition;
  readonly options: Readonly<Record<string, unknown>>;
}

const status = (evaluate: boolean, result: boolean): ConditionStatus => (!evaluate ? 'not-evaluated' : result ? 'passed' : 'failed');

const explainLeaf = (c: LeafCondition, env: ExplainEnv, read: FactReader, evaluate: boolean): ExplainedFact => {
  const key = evidenceKey(c.fact, c.path);
  const base = { kind: 'fact' as const, fact: c.fact, ...(c.path === undefined ? {} : { path: c.path }), key, operator: c.operator };
  let expected: { value?: unknown; from?: string; found: boolean };
  if (isFactRef(c.value) && c.value.fact === 'options') {
    expected = { value: compilePath(c.value.path)(env.options), from: evidenceKey('options', c.value.path), found: true };
  } else if (isFactRef(c.value)) {
    const from = evidenceKey(c.value.fact, c.value.path);
    expected = evaluate ? { ...read(c.value.fact, c.value.path), from } : { from, found: false };
  } else expected = { value: c.value, found: true };
  const shownExpected = { ...(expected.found ? { expected: expected.value } : {}), ...(expected.from ? { expectedFrom: expected.from } : {}) };
  if (!evaluate) return { ...base, ...shownExpected, status: 'not-evaluated' };
  const actual = read(c.fact, c.path);
  const result = env.operator(c.operator)(actual.value, expected.value);
  return { ...base, ...shownExpected, ...(actual.found ? { actual: actual.value } : {}), status: status(true, result) };
};

/**
 * Explains a condition tree. `evaluate` false marks the whole subtree not evaluated (a sibling
 * decided its group first); the result of the node is its status 'passed'.
 */
export const explainCondition = (c: Condition, env: ExplainEnv, read: FactReader, evaluate = true): ExplainedCondition => {
  if ('all' in c || 'any' in c) {
    const kind = 'all' in c ? 'all' : 'any';
    const parts = byPriority('all' in c ? c.all : (c as { any: Condition[] }).any);
    let decided = false;
    const conditions = parts.map((p) => {
      const e = explainCondition(p, env, read, evaluate && !decided);
      if (e.status !== 'not-evaluated' && (kind === 'all' ? e.status === 'failed' : e.status === 'passed')) decided = true;
      return e;
    });
    // json-rules-engine answers an empty `any`, like an empty `all`, with true.
    const result = kind === 'all' ? !decided : decided || parts.length === 0;
    return { kind, ...(c.name === undefined ? {} : { name: c.name }), status: status(evaluate, result), conditions };
  }
  if ('not' in c) {
    const inner = explainCondition(c.not, env, read, evaluate);
    return { kind: 'not', ...(c.name === undefined ? {} : { name: c.name }), status: status(evaluate, inner.status === 'failed'), conditions: [inner] };
  }
  if ('condition' in c) {
    const inner = explainCondition(env.named(c.condition), env, read, evaluate);
    return { kind: 'condition', condition: c.condition, status: inner.status, conditions: [inner] };
  }
  return explainLeaf(c, env, read, evaluate);
};

/** Every evaluated fact leaf of an explanation, in evaluation order. */
export const evaluatedLeaves = function* (e: ExplainedCondition): Generator<ExplainedFact> {
  if (e.kind === 'fact') {
    if (e.status !== 'not-evaluated') yield e;
    return;
  }
  for (const c of e.conditions) yield* evaluatedLeaves(c);
};
