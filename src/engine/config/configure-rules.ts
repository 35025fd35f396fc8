import type { Purpose, SanctionKind, Scope, Severity } from '../../model/index.js';
import type { FactDefinition } from '../../facts/index.js';
import { checkConditions, checkRule, conditionCycles, type CheckEnv } from '../pack/check-rule.js';
import { compileCondition, type CompiledCondition } from '../evaluate/compile-condition.js';
import { generateCondition, generateEvidence, type EvidenceCollector, type RuleMatcher } from '../evaluate/generate-condition.js';
import { explainCondition, type ExplainedCondition, type FactReader } from '../explain/explain-condition.js';
import { escapePointer } from '../pack/forbidden-keys.js';
import { clauseHeadingOf } from '../pack/clause-schema.js';
import { ruleOrigin } from '../pack/rule-origin.js';
import { resolveOperator, type OperatorFn } from '../evaluate/operators.js';
import { PackError, type PackIssue } from '../pack/pack-error.js';
import type { Pack } from '../pack/define-pack.js';
import type { Rule } from '../pack/rule-schema.js';
import { checkSetting, mergeSettings, normalizeSetting, type NormalizedSetting, type RuleSetting } from './settings.js';

export type { RuleSetting } from './settings.js';

/** Which rules of a pack a policy takes: its recommended set (default) or all of them. */
export type PackMode = 'recommended' | 'all';

export interface CompiledRule {
  readonly id: string;
  readonly clause: string;
  /** The clause's heading in the language of the pack's policy text (the id when undeclared). */
  readonly clauseHeading: string;
  readonly scope: Scope;
  readonly severity: Severity;
  readonly sanction: SanctionKind;
  readonly options: Readonly<Record<string, unknown>>;
  /** null: applies to every purpose. */
  readonly purposes: ReadonlySet<Purpose> | null;
  readonly rule: Rule;
  readonly pack: Pack;
  readonly test: CompiledCondition;
  /** Whether the rule fires: `test` without a trace, generated as one function where possible (generate.ts). */
  readonly matches: RuleMatcher;
  /**
   * Writes a fired rule's evidence (generate.ts); null: `test` with a trace does. Generated on
   * first read: most rules of a policy never fire, and creating a policy should not pay for them.
   */
  readonly collect: EvidenceCollector | null;
  /** Explains the rule's conditions over fact values read through `read`. */
  readonly explain: (read: FactReader) => ExplainedCondition;
}

/** One rule as configured, enabled or not: what `policy.describe()` lists. */
export interface ConfiguredRule {
  readonly id: string;
  readonly pack: string;
  readonly clause: string;
  readonly scope: Scope;
  readonly enabled: boolean;
  readonly recommended: boolean;
  readonly severity: Severity;
  readonly sanction: SanctionKind;
  readonly options: Readonly<Record<string, unknown>>;
  /** Pointers of the settings that changed the rule's defaults, in the order applied. */
  readonly configuredBy: readonly string[];
}

export interface PackUse {
  readonly pack: Pack;
  readonly mode: PackMode;
  /** Pointer of the entry that chose this pack, e.g. '/packs/0'. */
  readonly at: string;
}

/** A rule setting and the pointer of the configuration entry it came from. */
export interface SettingSource {
  readonly at: string;
  readonly settings: Readonly<Record<string, unknown>>;
}

export interface ConfigureInput {
  readonly packs: readonly PackUse[];
  /** Rule settings in the order they apply (extended configurations first). */
  readonly settings: readonly SettingSource[];
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly operators: ReadonlyMap<string, OperatorFn>;
}

export interface Configuration {
  readonly compiled: readonly CompiledRule[];
  readonly rules: readonly ConfiguredRule[];
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Applies rule settings to packs and compiles every enabled rule; one PackError for all problems. */
export const configureRules = (input: ConfigureInput): Configuration => {
  const issues: PackIssue[] = [];
  const env: CheckEnv = { facts: input.facts, operators: input.operators };
  const byId = new Map<string, { rule: Rule; use: PackUse }>();
  for (const use of input.packs) {
    const { pack } = use;
    const inPack = (i: PackIssue): PackIssue => ({ ...i, pack: pack.name });
    for (const [name, c] of Object.entries(pack.conditions ?? {})) {
      issues.push(...checkConditions(c, `/conditions/${escapePointer(name)}`, pack.conditions, null, env).map(inPack));
    }
    issues.push(...conditionCycles(pack.conditions).map(inPack));
    pack.rules.forEach((rule, ri) => {
      const origin = ruleOrigin(rule) ?? { pack: pack.name, pointer: `/rules/${ri}` };
      const at = origin.pointer;
      const inOrigin = (i: PackIssue): PackIssue => ({ ...i, pack: origin.pack, ...(origin.file ? { file: origin.file } : {}) });
      const first = byId.get(rule.id);
      if (first) {
        issues.push(inOrigin({ code: 'duplicate-rule-id', pointer: `${at}/id`, message: `rule id "${rule.id}" is also in pack ${first.use.pack.name}` }));
        return;
      }
      byId.set(rule.id, { rule, use });
      issues.push(...checkRule(rule, at, pack.conditions, env).map(inOrigin));
    });
  }
  const merged = new Map<string, { setting: NormalizedSetting; by: string[] }>();
  for (const source of input.settings) {
    for (const [id, setting] of Object.entries(source.settings)) {
      const at = `${source.at}/${escapePointer(id)}`;
      const known = byId.get(id);
      if (!known) {
        issues.push({ code: 'unknown-rule', pointer: at, message: `no rule "${id}" in the configured packs` });
        continue;
      }
      const problems = checkSetting(setting, at, known.rule);
      issues.push(...problems);
      if (problems.length > 0) continue;
      const prev = merged.get(id);
      merged.set(id, { setting: mergeSettings(prev?.setting, normalizeSetting(setting as RuleSetting)), by: [...(prev?.by ?? []), at] });
    }
  }
  if (issues.length > 0) throw new PackError(issues);

  const compiled: CompiledRule[] = [];
  const rules: ConfiguredRule[] = [];
  for (const [id, { rule, use }] of byId) {
    const m = merged.get(id);
    const s = m?.setting ?? {};
    const recommended = rule.recommended !== false;
    const enabled = s.off !== undefined ? !s.off : use.mode === 'all' || recommended || m !== undefined;
    const defaults = Object.fromEntries(Object.entries(rule.options ?? {}).map(([k, o]) => [k, o.default]));
    const options = { ...defaults, ...s.options };
    const configured: ConfiguredRule = {
      id,
      pack: use.pack.name,
      clause: rule.clause,
      scope: rule.scope,
      enabled,
      recommended,
      severity: s.severity ?? rule.severity,
      sanction: s.sanction ?? rule.sanction ?? 'none',
      options,
      configuredBy: m?.by ?? [],
    };
    rules.push(configured);
    if (!enabled) continue;
    const named = (name: string) => (own(use.pack.conditions ?? {}, name) ? use.pack.conditions![name]! : undefined)!;
    const operator = (name: string) => resolveOperator(name, input.operators)!;
    const test = compileCondition(rule.conditions, { operator, named, options });
    let collector: { readonly fn: EvidenceCollector | null } | undefined;
    const declared = use.pack.clauses?.find((c) => c.id === rule.clause);
    compiled.push({
      id,
      clause: rule.clause,
      clauseHeading: declared ? clauseHeadingOf(declared, use.pack.language) : rule.clause,
      scope: rule.scope,
      severity: configured.severity,
      sanction: configured.sanction,
      options,
      purposes: rule.appliesTo ? new Set(rule.appliesTo.purpose) : null,
      rule,
      pack: use.pack,
      test,
      matches: generateCondition(rule.conditions, { named, options, custom: input.operators }) ?? ((get) => test(get)),
      get collect() {
        return (collector ??= { fn: generateEvidence(rule.conditions, { named, options, custom: input.operators }) }).fn;
      },
      explain: (read) => explainCondition(rule.conditions, { operator, named, options }, read),
    });
  }
  return { compiled, rules };
};
