import type { Purpose, SanctionKind, Scope, Severity } from '../model/index.js';
import { clauses } from '../model/index.js';
import type { FactDefinition } from '../facts/index.js';
import { compileCondition, type CompiledCondition } from './compile.js';
import { resolveOperator, type OperatorFn } from './operators.js';
import { PackError, type PackIssue } from './pack-error.js';
import type { Pack } from './pack.js';
import type { Condition, Rule } from './rule-schema.js';
import { placeholders } from './template.js';

export type RuleSetting =
  | 'off'
  | Severity
  | { readonly severity?: Severity | 'off'; readonly sanction?: SanctionKind; readonly options?: Readonly<Record<string, unknown>> };

export interface CompiledRule {
  readonly id: string;
  readonly clause: string;
  readonly scope: Scope;
  readonly severity: Severity;
  readonly sanction: SanctionKind;
  readonly options: Readonly<Record<string, unknown>>;
  /** null: applies to every purpose. */
  readonly purposes: ReadonlySet<Purpose> | null;
  readonly rule: Rule;
  readonly pack: Pack;
  readonly test: CompiledCondition;
}

export interface ConfigureInput {
  readonly packs: readonly Pack[];
  readonly settings: Readonly<Record<string, RuleSetting>>;
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly operators: ReadonlyMap<string, OperatorFn>;
}

// Which fact scopes a rule of each scope may read: recipient rules see the message too, history
// rules see the message (for its purpose) but never a single recipient.
const readable: Record<Scope, ReadonlySet<string>> = {
  message: new Set(['message']),
  recipient: new Set(['message', 'recipient', 'history']),
  history: new Set(['message', 'history']),
};

const leaves = function* (c: Condition, at: string, named: Pack['conditions']): Generator<[any, string]> {
  if ('all' in c) for (const [i, x] of c.all.entries()) yield* leaves(x, `${at}/all/${i}`, named);
  else if ('any' in c) for (const [i, x] of c.any.entries()) yield* leaves(x, `${at}/any/${i}`, named);
  else if ('not' in c) yield* leaves(c.not, `${at}/not`, named);
  else if ('condition' in c) yield [c, at];
  else yield [c, at];
};

/** Problems a rule has against the facts, operators and clauses available; empty when none. */
export const checkRule = (rule: Rule, at: string, pack: Pack, input: ConfigureInput, options: Record<string, unknown>): PackIssue[] => {
  const issues: PackIssue[] = [];
  if (!clauses.has(rule.clause)) issues.push({ code: 'unknown-clause', pointer: `${at}/clause`, message: `unknown clause id "${rule.clause}"` });
  const keys = new Set<string>(Object.keys(options).map((k) => `options.${k}`));
  for (const [leaf, p] of leaves(rule.conditions, `${at}/conditions`, pack.conditions)) {
    if ('condition' in leaf) {
      if (!pack.conditions?.[leaf.condition]) issues.push({ code: 'unresolved-condition', pointer: `${p}/condition`, message: `no condition named "${leaf.condition}" in pack ${pack.name}` });
      continue;
    }
    const fact = input.facts.get(leaf.fact);
    if (!fact) issues.push({ code: 'unknown-fact', pointer: `${p}/fact`, message: `unknown fact "${leaf.fact}"` });
    else if (!readable[rule.scope].has(fact.scope)) issues.push({ code: 'fact-out-of-scope', pointer: `${p}/fact`, message: `a ${rule.scope} rule cannot read the ${fact.scope} fact "${leaf.fact}"` });
    if (!resolveOperator(leaf.operator, input.operators)) issues.push({ code: 'unknown-operator', pointer: `${p}/operator`, message: `unknown operator "${leaf.operator}"` });
    const value = leaf.value as { fact?: unknown; path?: string } | undefined;
    const isOptionRef = value !== null && typeof value === 'object' && !Array.isArray(value) && value.fact === 'options';
    if (isOptionRef) {
      const name = (value.path ?? '').replace(/^\$\./, '');
      if (!(name in options)) issues.push({ code: 'unknown-option', pointer: `${p}/value/path`, message: `rule has no option "${name}"` });
    }
    if ((leaf.operator === 'in' || leaf.operator === 'notIn') && !isOptionRef && !Array.isArray(leaf.value) && !(value && typeof value === 'object' && 'fact' in value)) {
      issues.push({ code: 'in-needs-array', pointer: `${p}/value`, message: `operator "${leaf.operator}" needs an array value` });
    }
    keys.add(leaf.path && leaf.path !== '$' ? `${leaf.fact}${leaf.path.slice(1)}` : leaf.fact);
  }
  for (const k of rule.evidence ?? []) keys.add(k);
  for (const locale of ['de', 'en'] as const) {
    for (const key of placeholders(rule.messages[locale])) {
      if (!keys.has(key)) issues.push({ code: 'template-missing-evidence', pointer: `${at}/messages/${locale}`, message: `placeholder {${key}} names no evidence key of this rule` });
    }
  }
  return issues;
};

const resolveSetting = (rule: Rule, setting: RuleSetting | undefined) => {
  const base = { enabled: rule.recommended !== false || setting !== undefined, severity: rule.severity, sanction: rule.sanction, options: {} as Record<string, unknown> };
  if (setting === undefined) return base;
  if (setting === 'off') return { ...base, enabled: false };
  if (typeof setting === 'string') return { ...base, severity: setting };
  if (setting.severity === 'off') return { ...base, enabled: false };
  return { enabled: true, severity: setting.severity ?? rule.severity, sanction: setting.sanction ?? rule.sanction, options: { ...setting.options } };
};

/** Applies rule settings to packs and compiles every enabled rule; one PackError for all problems. */
export const configureRules = (input: ConfigureInput): CompiledRule[] => {
  const issues: PackIssue[] = [];
  const compiled: CompiledRule[] = [];
  const known = new Set<string>();
  input.packs.forEach((pack, pi) => {
    pack.rules.forEach((rule, ri) => {
      const at = input.packs.length > 1 ? `/packs/${pi}/rules/${ri}` : `/rules/${ri}`;
      if (known.has(rule.id)) {
        issues.push({ code: 'duplicate-rule-id', pointer: `${at}/id`, message: `rule id "${rule.id}" appears in more than one pack` });
        return;
      }
      known.add(rule.id);
      const setting = resolveSetting(rule, input.settings[rule.id]);
      const defaults = Object.fromEntries(Object.entries(rule.options ?? {}).map(([k, o]) => [k, o.default]));
      for (const k of Object.keys(setting.options)) {
        if (!(k in defaults)) issues.push({ code: 'unknown-option', pointer: `/settings/${rule.id}/options/${k}`, message: `rule ${rule.id} has no option "${k}"` });
      }
      const options = { ...defaults, ...setting.options };
      const ruleIssues = checkRule(rule, at, pack, input, options);
      issues.push(...ruleIssues);
      if (!setting.enabled || ruleIssues.length > 0) return;
      compiled.push({
        id: rule.id,
        clause: rule.clause,
        scope: rule.scope,
        severity: setting.severity,
        sanction: setting.sanction,
        options,
        purposes: rule.appliesTo ? new Set(rule.appliesTo.purpose) : null,
        rule,
        pack,
        test: compileCondition(rule.conditions, {
          operator: (name) => resolveOperator(name, input.operators)!,
          named: (name) => pack.conditions![name]!,
          options,
        }),
      });
    });
  });
  for (const id of Object.keys(input.settings)) {
    if (!known.has(id)) issues.push({ code: 'unknown-rule', pointer: `/settings/${id}`, message: `no rule "${id}" in the configured packs` });
  }
  if (issues.length > 0) throw new PackError(issues);
  return compiled;
};
