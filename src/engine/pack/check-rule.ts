// Load-time checks of one rule against its pack (clause, named conditions, options, message
// templates, forbidden keys) and, when given, against the facts and operators a policy knows.
import type { Scope } from '../../model/index.js';
import { closestField, describeValue } from '../../model/index.js';
import type { FactDefinition } from '../../facts/index.js';
import { hasForbiddenPart, isForbiddenKey, escapePointer } from './forbidden-keys.js';
import { builtinOperators, decoratorNames, operatorTypes, resolveOperator, type OperatorFn } from '../evaluate/operators.js';
import { pathProblem } from './check-path.js';
import type { PackIssue } from './pack-error.js';
import { evidenceKey } from '../evaluate/compile-path.js';
import type { Condition, LeafCondition, Rule } from './rule-schema.js';
import { optionValueProblem } from './rule-options.js';
import { placeholders } from '../evaluate/template.js';
import { isFactRef, type FactRef } from '../evaluate/condition-parts.js';
import { CAMPAIGN_STOPPING } from '../../model/index.js';

export type NamedConditions = Readonly<Record<string, Rule['conditions']>>;

/** What a policy knows besides the pack: every fact and custom operator by name. */
export interface CheckEnv {
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly operators: ReadonlyMap<string, OperatorFn>;
  /**
   * The facts and operators known so far, when a pack is defined: more may come with the policy
   * (createPolicy's facts and operators), so one missing here is not reported; paths into the
   * known ones are checked. Fact scopes are checked with the policy too, so that its unknown
   * facts and operators show in the same error.
   */
  readonly partial?: boolean;
}

const didYouMean = (name: string, known: Iterable<string>): string => {
  const near = closestField(name, [...known]);
  return near === null ? '' : ` (did you mean "${near}"?)`;
};

/** "unknown fact …" naming the closest known fact. */
export const unknownFact = (name: string, facts: ReadonlyMap<string, unknown>): string => `unknown fact "${name}"${didYouMean(name, facts.keys())}`;

/** "unknown operator …" naming the closest known operator (decorators kept). */
const unknownOperator = (name: string, custom: ReadonlyMap<string, OperatorFn>): string => {
  const colon = name.lastIndexOf(':');
  const bare = name.slice(colon + 1);
  const near = closestField(bare, [...builtinOperators.keys(), ...custom.keys()]);
  const decorator = name.slice(0, Math.max(colon, 0)).split(':').filter(Boolean);
  const badDecorator = decorator.find((d) => !decoratorNames.includes(d));
  if (badDecorator !== undefined) {
    const d = closestField(badDecorator, decoratorNames);
    return `unknown operator "${name}": "${badDecorator}" is no decorator${d ? ` (did you mean "${d}"?)` : ''}; decorators are ${decoratorNames.join(', ')}`;
  }
  return `unknown operator "${name}"${near && near !== bare ? ` (did you mean "${[...decorator, near].join(':')}"?)` : ''}`;
};

// Which fact scopes a rule of each scope may read: recipient rules see the message too, history
// rules see the message (for its purpose) but never a single recipient.
const readable: Record<Scope, ReadonlySet<string>> = {
  message: new Set(['message', 'options']),
  recipient: new Set(['message', 'recipient', 'history', 'options']),
  history: new Set(['message', 'history', 'options']),
};

// A reference the compiled path reads (condition-parts.ts) whose name validation can check.
const isNamedFactRef = (v: unknown): v is FactRef => isFactRef(v) && typeof v.fact === 'string';

/** Every leaf and named-condition reference of a condition tree, with its JSON pointer. */
export const leavesOf = function* (c: Condition, at: string): Generator<[LeafCondition | { condition: string }, string]> {
  if ('all' in c) for (const [i, x] of c.all.entries()) yield* leavesOf(x, `${at}/all/${i}`);
  else if ('any' in c) for (const [i, x] of c.any.entries()) yield* leavesOf(x, `${at}/any/${i}`);
  else if ('not' in c) yield* leavesOf(c.not, `${at}/not`);
  else yield [c, at];
};

/** Problems of the leaves of one condition tree (a rule's or a named condition). */
export const checkConditions = (
  conditions: Condition,
  at: string,
  named: NamedConditions | undefined,
  scope: Scope | null,
  env: CheckEnv | undefined,
): PackIssue[] => {
  const issues: PackIssue[] = [];
  const add = (code: string, pointer: string, message: string) => issues.push({ code, pointer, message });
  for (const [leaf, p] of leavesOf(conditions, at)) {
    if ('condition' in leaf) {
      if (isForbiddenKey(leaf.condition)) add('forbidden-key', `${p}/condition`, `"${leaf.condition}" cannot be a condition name`);
      else if (!named || !Object.prototype.hasOwnProperty.call(named, leaf.condition)) add('unresolved-condition', `${p}/condition`, `no condition named "${leaf.condition}" in the pack`);
      continue;
    }
    const fact = env?.facts.get(leaf.fact);
    if (hasForbiddenPart(leaf.fact)) add('forbidden-key', `${p}/fact`, `"${leaf.fact}" cannot be a fact name`);
    else if (env) {
      if (!fact) {
        if (!env.partial) add('unknown-fact', `${p}/fact`, unknownFact(leaf.fact, env.facts));
      } else if (!env.partial && scope && !readable[scope].has(fact.scope)) add('fact-out-of-scope', `${p}/fact`, `a ${scope} rule cannot read the ${fact.scope} fact "${leaf.fact}"`);
    }
    if (leaf.path !== undefined && hasForbiddenPart(leaf.path)) add('forbidden-key', `${p}/path`, `path "${leaf.path}" names a forbidden key`);
    else if (leaf.path !== undefined && (fact || !env)) {
      const problem = pathProblem(leaf.fact, leaf.path, fact?.schema);
      if (problem) add('unknown-path', `${p}/path`, problem);
    }
    if (env && !env.partial && !resolveOperator(leaf.operator, env.operators)) add('unknown-operator', `${p}/operator`, unknownOperator(leaf.operator, env.operators));
    const ref = isNamedFactRef(leaf.value) ? leaf.value : null;
    if (ref) {
      const refFact = env?.facts.get(ref.fact);
      if (hasForbiddenPart(ref.fact)) add('forbidden-key', `${p}/value/fact`, `"${ref.fact}" cannot be a fact name`);
      else if (env && !env.partial && ref.fact !== 'options' && !refFact) add('unknown-fact', `${p}/value/fact`, unknownFact(ref.fact, env.facts));
      if (ref.path !== undefined && hasForbiddenPart(ref.path)) add('forbidden-key', `${p}/value/path`, `path "${ref.path}" names a forbidden key`);
      else if (ref.path !== undefined && ref.fact !== 'options' && (refFact || !env)) {
        const problem = pathProblem(ref.fact, ref.path, refFact?.schema);
        if (problem) add('unknown-path', `${p}/value/path`, problem);
      }
    }
    // Each operator declares the rule value it takes (operatorTypes); a literal of another type
    // threw at check time (everyValue:equal with 5) or could never match. A fact reference is
    // read at check time, where a value of the wrong type makes the condition false.
    const types = ref ? undefined : operatorTypes(leaf.operator, env?.operators);
    if (types?.value && !types.value.test(leaf.value)) {
      const bare = leaf.operator.slice(leaf.operator.lastIndexOf(':') + 1);
      const plainIn = (bare === 'in' || bare === 'notIn') && types.value.name === 'an array';
      add(plainIn ? 'in-needs-array' : 'invalid-value', `${p}/value`, `operator "${leaf.operator}" needs ${plainIn ? 'an array value' : `a value that is ${types.value.name}`}, got ${describeValue(leaf.value)}`);
    }
  }
  return issues;
};

/** Named conditions that reach themselves through references (json-rules-engine would loop forever). */
export const conditionCycles = (named: NamedConditions | undefined): PackIssue[] => {
  if (!named) return [];
  const issues: PackIssue[] = [];
  const refsOf = (name: string): string[] =>
    [...leavesOf(named[name]!, '')].flatMap(([l]) => ('condition' in l && Object.prototype.hasOwnProperty.call(named, l.condition) ? [l.condition] : []));
  for (const start of Object.keys(named)) {
    const stack = [...refsOf(start)];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === start) {
        issues.push({ code: 'condition-cycle', pointer: `/conditions/${escapePointer(start)}`, message: `condition "${start}" refers back to itself` });
        break;
      }
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...refsOf(n));
    }
  }
  return issues;
};

/** The evidence keys a rule records: every fact value its conditions can read, option values, extra keys. */
export const evidenceKeysOf = (rule: Rule, named: NamedConditions | undefined): Set<string> => {
  const keys = new Set<string>(Object.keys(rule.options ?? {}).map((k) => `options.${k}`));
  const visit = (c: Condition, through: ReadonlySet<string>) => {
    for (const [leaf] of leavesOf(c, '')) {
      if ('condition' in leaf) {
        const target = named?.[leaf.condition];
        if (target && !through.has(leaf.condition)) visit(target, new Set([...through, leaf.condition]));
        continue;
      }
      keys.add(evidenceKey(leaf.fact, leaf.path));
      if (isNamedFactRef(leaf.value) && leaf.value.fact !== 'options') keys.add(evidenceKey(leaf.value.fact, leaf.value.path));
    }
  };
  visit(rule.conditions, new Set());
  for (const k of rule.evidence ?? []) keys.add(k);
  return keys;
};

/** Every problem of one rule; `at` is its JSON pointer. Without `env`, facts and operators go unchecked. */
/** "unknown clause id …", naming the closest declared id. */
export const unknownClause = (id: string, known: ReadonlySet<string>): string => {
  if (known.size === 0) return `unknown clause id "${id}": the pack declares no clauses (add them to its "clauses")`;
  const near = closestField(id, [...known]);
  return `unknown clause id "${id}"${near ? ` (did you mean "${near}"?)` : ''}: the pack declares ${[...known].slice(0, 12).join(', ')}${known.size > 12 ? ', …' : ''}`;
};

/**
 * Every problem of one rule; `at` is its JSON pointer. Without `env`, facts and operators go
 * unchecked; without `clauses` (the ids its pack declares), the clause.
 */
export const checkRule = (rule: Rule, at: string, named: NamedConditions | undefined, env?: CheckEnv, clauses?: ReadonlySet<string>): PackIssue[] => {
  const issues: PackIssue[] = [];
  const add = (code: string, pointer: string, message: string) => issues.push({ code, pointer, message });
  if (rule.id.split('/').some(isForbiddenKey)) add('forbidden-key', `${at}/id`, `rule id "${rule.id}" uses a forbidden name`);
  if (clauses !== undefined && !clauses.has(rule.clause)) add('unknown-clause', `${at}/clause`, unknownClause(rule.clause, clauses));
  for (const [name, option] of Object.entries(rule.options ?? {})) {
    if (isForbiddenKey(name)) { add('forbidden-key', `${at}/options/${escapePointer(name)}`, `"${name}" cannot be an option name`); continue; }
    const problem = optionValueProblem(option, option.default);
    if (problem) add('invalid-option', `${at}/options/${escapePointer(name)}/default`, `default of option "${name}": ${problem}`);
  }
  issues.push(...checkConditions(rule.conditions, `${at}/conditions`, named, rule.scope, env));
  for (const [leaf, p] of leavesOf(rule.conditions, `${at}/conditions`)) {
    if ('condition' in leaf || !isNamedFactRef(leaf.value) || leaf.value.fact !== 'options') continue;
    const name = (leaf.value.path ?? '').replace(/^\$\./, '');
    if (!Object.prototype.hasOwnProperty.call(rule.options ?? {}, name)) {
      const options = Object.keys(rule.options ?? {});
      add('unknown-option', `${p}/value/path`, `rule has no option "${name}"${didYouMean(name, options)}${options.length ? `; its options: ${options.join(', ')}` : ''}`);
    }
  }
  // One story per report (docs/sanctions.md): a recipient-level breach excludes its recipient,
  // the campaign goes on, so its rule cannot suggest stopping the campaign or the account.
  if (rule.scope === 'recipient' && rule.sanction !== undefined && CAMPAIGN_STOPPING.has(rule.sanction)) {
    add('recipient-stops-campaign', `${at}/sanction`, `a recipient rule excludes its recipient and cannot suggest "${rule.sanction}", which stops the whole send; use "warning" or "notice", or make the rule message or history scope`);
  }
  for (const [i, key] of (rule.evidence ?? []).entries()) {
    if (hasForbiddenPart(key)) add('forbidden-key', `${at}/evidence/${i}`, `evidence key "${key}" names a forbidden key`);
  }
  const keys = evidenceKeysOf(rule, named);
  const sure = sureEvidenceKeys(rule, named);
  // A fact-name typo in a condition also leaves the placeholders that name the fact meant without
  // evidence: the typo is the problem to report (once, as an unknown fact), not the placeholders.
  const typos = env ? factTypos(rule, `${at}/conditions`, env) : new Map<string, { fact: string; pointer: string }>();
  const reported = new Set<string>();
  for (const locale of ['de', 'en'] as const) {
    for (const key of placeholders(rule.messages[locale])) {
      const root = key.split('.')[0]!;
      const typo = !keys.has(key) ? typos.get(root) : undefined;
      if (typo) {
        if (env?.partial && !reported.has(typo.pointer)) add('unknown-fact', typo.pointer, `unknown fact "${typo.fact}" (did you mean "${root}"?)`);
        reported.add(typo.pointer);
        continue;
      }
      if (!keys.has(key)) add('template-missing-evidence', `${at}/messages/${locale}`, `placeholder {${key}} names no evidence key of this rule${didYouMean(key, keys)}`);
      else if (!sure.has(key)) add('template-missing-evidence', `${at}/messages/${locale}`, `placeholder {${key}} may stay unfilled: only some evaluation paths read it (any/all stop early); list "${key}" in the rule's evidence`);
    }
  }
  return issues;
};

/**
 * Facts the rule's own conditions read that `env` does not know, by the known fact each most
 * likely means: `{ privacyLinkz → privacyLinks }`.
 */
const factTypos = (rule: Rule, at: string, env: CheckEnv): Map<string, { fact: string; pointer: string }> => {
  const out = new Map<string, { fact: string; pointer: string }>();
  for (const [leaf, p] of leavesOf(rule.conditions, at)) {
    if ('condition' in leaf) continue;
    const refs: [string, string][] = [[leaf.fact, `${p}/fact`]];
    if (isNamedFactRef(leaf.value) && leaf.value.fact !== 'options') refs.push([leaf.value.fact, `${p}/value/fact`]);
    for (const [fact, pointer] of refs) {
      if (env.facts.has(fact)) continue;
      const near = closestField(fact, [...env.facts.keys()]);
      if (near !== null && !out.has(near)) out.set(near, { fact, pointer });
    }
  }
  return out;
};

interface Sure { readonly pass: ReadonlySet<string>; readonly fail: ReadonlySet<string> }
const union = (...sets: ReadonlySet<string>[]) => new Set(sets.flatMap((s) => [...s]));
const both = (s: Sure) => new Set([...s.pass].filter((k) => s.fail.has(k)));

/**
 * Evidence keys read on every evaluation path that ends with the rule firing. json-rules-engine
 * stops `all` at the first failure and `any` at the first success, so a key only a later `any`
 * branch reads may be missing from a violation's evidence (and its placeholder left unfilled).
 * Conservative: an `any` that passed surely read only its first member (in priority order).
 */
export const sureEvidenceKeys = (rule: Rule, named: NamedConditions | undefined): Set<string> => {
  const visit = (c: Condition, through: ReadonlySet<string>): Sure => {
    if ('all' in c || 'any' in c) {
      const parts = [...('all' in c ? c.all : c.any)]
        .map((x, i) => ({ x, i }))
        .sort((a, b) => (b.x.priority ?? 1) - (a.x.priority ?? 1) || a.i - b.i)
        .map(({ x }) => visit(x, through));
      if (parts.length === 0) return { pass: new Set(), fail: new Set() };
      // The first member is always evaluated; `all` passes only through every member, `any`
      // fails only through every member.
      const first = parts.length === 1 ? parts[0]! : { pass: both(parts[0]!), fail: both(parts[0]!) };
      return 'all' in c
        ? { pass: union(...parts.map((p) => p.pass)), fail: first.fail }
        : { pass: first.pass, fail: union(...parts.map((p) => p.fail)) };
    }
    if ('not' in c) {
      const inner = visit(c.not, through);
      return { pass: inner.fail, fail: inner.pass };
    }
    if ('condition' in c) {
      const target = named?.[c.condition];
      return target && !through.has(c.condition) ? visit(target, new Set([...through, c.condition])) : { pass: new Set(), fail: new Set() };
    }
    const keys = new Set([evidenceKey(c.fact, c.path)]);
    if (isNamedFactRef(c.value) && c.value.fact !== 'options') keys.add(evidenceKey(c.value.fact, c.value.path));
    return { pass: keys, fail: keys };
  };
  const keys = new Set(visit(rule.conditions, new Set()).pass);
  for (const k of Object.keys(rule.options ?? {})) keys.add(`options.${k}`);
  for (const k of rule.evidence ?? []) keys.add(k);
  return keys;
};
