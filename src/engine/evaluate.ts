import type { Locale, Violation } from '../model/index.js';
import { clauses } from '../model/index.js';
import type { ConditionTrace, FactGetter } from './compile.js';
import type { CompiledRule } from './configure.js';
import { evaluatedLeaves, type ExplainedCondition, type FactReader } from './explain.js';
import { attachLazyExplanation } from './explanation.js';
import { compilePath, type PathResolver } from './path.js';
import { fillTemplate } from './template.js';

/** Reads fact values through a fact getter (live evaluation). */
export const liveReader = (get: FactGetter): FactReader => (fact, path) => ({ found: true, value: compilePath(path)(get(fact)) });

/**
 * The evidence of a fired rule, and its explanation: evidence holds exactly the values the
 * explanation shows (every fact value read, values of facts compared against, option values),
 * plus the rule's extra evidence keys.
 */
export const evidenceOf = (rule: CompiledRule, get: FactGetter): { evidence: Record<string, unknown>; explained: ExplainedCondition } => {
  const explained = rule.explain(liveReader(get));
  const evidence: Record<string, unknown> = Object.create(null);
  for (const leaf of evaluatedLeaves(explained)) {
    evidence[leaf.key] = leaf.actual;
    if (leaf.expectedFrom && !leaf.expectedFrom.startsWith('options.')) evidence[leaf.expectedFrom] = leaf.expected;
  }
  for (const [name, value] of Object.entries(rule.options)) evidence[`options.${name}`] = value;
  for (const key of rule.rule.evidence ?? []) {
    const dot = key.indexOf('.');
    const fact = dot < 0 ? key : key.slice(0, dot);
    evidence[key] = compilePath(dot < 0 ? undefined : `$${key.slice(dot)}`)(get(fact));
  }
  return { evidence: { ...evidence }, explained };
};

interface ExtraEvidence {
  readonly key: string;
  readonly fact: string;
  readonly read: PathResolver;
}

// A rule's extra evidence keys, parsed once per rule rather than once per violation.
const extrasOf = new WeakMap<CompiledRule, readonly ExtraEvidence[]>();
const extraEvidence = (rule: CompiledRule): readonly ExtraEvidence[] => {
  let extras = extrasOf.get(rule);
  if (extras === undefined) {
    extras = (rule.rule.evidence ?? []).map((key) => {
      const dot = key.indexOf('.');
      return { key, fact: dot < 0 ? key : key.slice(0, dot), read: compilePath(dot < 0 ? undefined : `$${key.slice(dot)}`) };
    });
    extrasOf.set(rule, extras);
  }
  return extras;
};

/**
 * The evidence of a fired rule from the compiled conditions' trace: the same keys, values and
 * order as `evidenceOf` (every leaf evaluated, in evaluation order, with the fact values compared
 * against), without building the explanation tree.
 */
const tracedEvidence = (rule: CompiledRule, get: FactGetter): Record<string, unknown> => {
  const trace: ConditionTrace[] = [];
  rule.test(get, trace);
  const evidence: Record<string, unknown> = Object.create(null);
  for (const t of trace) {
    evidence[t.key] = t.actual;
    if (t.expectedFrom !== undefined && !t.expectedFrom.startsWith('options.')) evidence[t.expectedFrom] = t.expected;
  }
  for (const name in rule.options) evidence[`options.${name}`] = rule.options[name];
  for (const x of extraEvidence(rule)) evidence[x.key] = x.read(get(x.fact));
  return { ...evidence };
};

export const toViolation = (rule: CompiledRule, get: FactGetter, locale: Locale, recipient?: string): Violation => {
  const evidence = tracedEvidence(rule, get);
  const messages = { de: fillTemplate(rule.rule.messages.de, evidence), en: fillTemplate(rule.rule.messages.en, evidence) };
  const violation: Violation = {
    ruleId: rule.id,
    clause: rule.clause,
    clauseHeading: clauses.get(rule.clause)?.heading ?? rule.clause,
    severity: rule.severity,
    sanction: rule.sanction,
    scope: rule.scope,
    ...(recipient === undefined ? {} : { recipient }),
    message: messages[locale],
    messages,
    fix: rule.rule.fix,
    evidence,
  };
  return attachLazyExplanation(violation, rule, evidence);
};

/** Runs rules against one fact context; the violations in rule order. */
export const evaluateRules = (
  rules: readonly CompiledRule[],
  get: FactGetter,
  locale: Locale,
  recipient?: string,
): Violation[] => {
  const out: Violation[] = [];
  for (const rule of rules) if (rule.test(get)) out.push(toViolation(rule, get, locale, recipient));
  return out;
};
