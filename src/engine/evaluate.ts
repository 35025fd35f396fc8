import type { Locale, Violation } from '../model/index.js';
import { clauses } from '../model/index.js';
import type { FactGetter } from './compile.js';
import type { CompiledRule } from './configure.js';
import { collectEvidence } from './evidence.js';
import { fillTemplate } from './template.js';

export const toViolation = (rule: CompiledRule, get: FactGetter, locale: Locale, recipient?: string): Violation => {
  const { evidence } = collectEvidence(rule.test, get, rule.options, rule.rule.evidence ?? []);
  const messages = { de: fillTemplate(rule.rule.messages.de, evidence), en: fillTemplate(rule.rule.messages.en, evidence) };
  return {
    ruleId: rule.id,
    clause: rule.clause,
    clauseHeading: clauses.get(rule.clause)?.heading ?? rule.clause,
    severity: rule.severity,
    sanction: rule.sanction,
    scope: rule.scope,
    ...(recipient === undefined ? {} : { recipient }),
    message: messages[locale],
    messages,
    evidence,
  };
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
