import type { Locale, Violation } from '../../model/index.js';
import type { ConditionTrace, FactGetter } from './compile-condition.js';
import type { CompiledRule } from '../config/configure-rules.js';
import { evaluatedLeaves, type ExplainedCondition, type FactReader } from '../explain/explain-condition.js';
import { attachLazyExplanation } from '../explain/explain.js';
import { compilePath, type PathResolver } from './compile-path.js';
import { compileTemplate } from './template.js';
import type { EvidenceCollector } from './generate-condition.js';

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

/** Builds the violation of one fired rule in one locale. */
export type ViolationBuilder = (get: FactGetter, recipient?: string) => Violation;

/**
 * Everything about a rule's violations that does not depend on the recipient, worked out once:
 * templates split into parts, option evidence, extra evidence readers, the clause heading. A
 * violation then costs one re-run of the conditions that writes the evidence (the rule's
 * generated collector, or its closures with a trace), the evidence object and two template fills.
 *
 * Evidence holds, in order: every leaf evaluated (evaluation order, with the fact values
 * compared against), the rule's options, its extra evidence keys: the values the explanation
 * shows. Keys are `fact.path`; rule loading rejects forbidden keys, so a plain object is safe.
 */
export const violationBuilder = (rule: CompiledRule, locale: Locale): ViolationBuilder => {
  const options = Object.keys(rule.options).map((name) => [`options.${name}`, rule.options[name]] as const);
  const extras: readonly ExtraEvidence[] = (rule.rule.evidence ?? []).map((key) => {
    const dot = key.indexOf('.');
    return { key, fact: dot < 0 ? key : key.slice(0, dot), read: compilePath(dot < 0 ? undefined : `$${key.slice(dot)}`) };
  });
  const de = compileTemplate(rule.rule.messages.de, 'de');
  const en = compileTemplate(rule.rule.messages.en, 'en');
  const clauseHeading = rule.clauseHeading;
  const { id: ruleId, clause, severity, sanction, scope } = rule;
  const fix = rule.rule.fix;
  // Read on the rule's first violation, not before: the collector is generated on first read.
  let collect: EvidenceCollector | null | undefined;
  return (get, recipient) => {
    const evidence: Record<string, unknown> = {};
    if (collect === undefined) collect = rule.collect;
    if (collect !== null) collect(get, evidence);
    else {
      const trace: ConditionTrace[] = [];
      rule.test(get, trace);
      for (const t of trace) {
        evidence[t.key] = t.actual;
        if (t.expectedFrom !== undefined && !t.expectedFrom.startsWith('options.')) evidence[t.expectedFrom] = t.expected;
      }
    }
    for (const [key, value] of options) evidence[key] = value;
    for (const x of extras) evidence[x.key] = x.read(get(x.fact));
    const messages = { de: de(evidence), en: en(evidence) };
    const message = locale === 'de' ? messages.de : messages.en;
    // Two literals rather than a conditional spread: the key order stays that of the schema and
    // V8 builds either on its fast path.
    const violation: Violation =
      recipient === undefined
        ? { ruleId, clause, clauseHeading, severity, sanction, scope, message, messages, fix, evidence }
        : { ruleId, clause, clauseHeading, severity, sanction, scope, recipient, message, messages, fix, evidence };
    return attachLazyExplanation(violation, rule, evidence);
  };
};

/** Runs rules against one fact context; the violations in rule order. */
export const ruleRunner = (
  rules: readonly CompiledRule[],
  locale: Locale,
): ((get: FactGetter, recipient?: string) => Violation[]) => {
  const builders = rules.map((r) => violationBuilder(r, locale));
  return (get, recipient) => {
    let out: Violation[] | undefined;
    for (let i = 0; i < rules.length; i++) {
      if (rules[i]!.matches(get)) (out ??= []).push(builders[i]!(get, recipient));
    }
    return out ?? [];
  };
};

/** Runs rules against one fact context; the violations in rule order. */
export const evaluateRules = (
  rules: readonly CompiledRule[],
  get: FactGetter,
  locale: Locale,
  recipient?: string,
): Violation[] => ruleRunner(rules, locale)(get, recipient);
