import * as z from 'zod';
import { conditionCycles, checkConditions, checkRule, unknownClause, type CheckEnv } from './check-rule.js';
import { builtinFacts, type FactDefinition } from '../../facts/index.js';
import type { OperatorFn } from '../evaluate/operators.js';
import { escapePointer, forbiddenKeyPointers, isForbiddenKey, withoutForbiddenKeys } from './forbidden-keys.js';
import { setRuleOrigin } from './rule-origin.js';
import { PackError, pointer, type PackIssue } from './pack-error.js';
import { packLimits, packSizeIssues } from './pack-limits.js';
import { docsUrlOf, DocsUrlTemplateSchema, RuleSchema, TopConditionSchema, type Rule } from './rule-schema.js';
import { ClauseSchema, PackLanguageSchema, type Clause } from './clause-schema.js';
import { customFactDefinitions, customOperators, type CustomFact, type CustomOperator } from './custom-code.js';
import type { SanctionPolicy } from './sanction-policy.js';

export interface Pack {
  readonly name: string;
  readonly version: string;
  /** The day the pack version was announced to customers (S8), YYYY-MM-DD. */
  readonly announcedAt: string;
  readonly description?: string;
  /** Where each own rule is documented, {id} standing for the rule id; filled into rules without a url. */
  readonly docsUrl?: string;
  /** Names of the packs this one extends, nearest first (their rules are included in `rules`). */
  readonly extends?: readonly string[];
  readonly conditions?: Readonly<Record<string, Rule['conditions']>>;
  /** The language of the policy text the pack encodes: violations quote clause headings in it. */
  readonly language?: 'de' | 'en';
  /** The clauses rules cite: those of the extended packs first, then the pack's own. */
  readonly clauses: readonly Clause[];
  /** Facts the pack's rules read besides the built-in ones (with those of extended packs). */
  readonly facts?: Readonly<Record<string, CustomFact>>;
  /** Operators the pack's rules use besides the built-in ones (with those of extended packs). */
  readonly operators?: Readonly<Record<string, CustomOperator>>;
  /**
   * How the pack's violations turn into a suggested sanction (escalation, interventions). A pack
   * without one suggests each firing rule's own `sanction` (docs/custom-packs.md).
   */
  readonly sanctions?: SanctionPolicy;
  /**
   * Where the library's own findings (a message analysed only in part, a duplicate recipient)
   * are filed when this pack is in use: their rule ids get `idPrefix` and cite `clause`.
   */
  readonly coreFindings?: { readonly idPrefix: string; readonly clause: string };
  /** Every rule: those of the extended packs first, then the pack's own. */
  readonly rules: readonly Rule[];
}

const isPack = (p: unknown): p is Pack =>
  typeof p === 'object' && p !== null && typeof (p as Pack).name === 'string' && Array.isArray((p as Pack).rules);

export const PackSchema = z
  .object({
    name: z.string().min(1),
    version: z.string().min(1),
    announcedAt: z.iso.date(),
    description: z.string().optional(),
    docsUrl: DocsUrlTemplateSchema.optional(),
    /** Packs (from definePack or loadPack) whose rules and named conditions this pack includes. */
    extends: z.union([z.custom<Pack>(isPack, 'expected a rule pack'), z.array(z.custom<Pack>(isPack, 'expected a rule pack'))]).optional(),
    conditions: z.record(z.string(), TopConditionSchema).optional(),
    language: PackLanguageSchema.optional(),
    clauses: z.array(ClauseSchema).optional(),
    // Checked one by one in packIssues (names, shapes), so that every bad one is listed.
    facts: z.record(z.string(), z.unknown()).optional(),
    operators: z.record(z.string(), z.unknown()).optional(),
    sanctions: z.custom<SanctionPolicy>((f) => typeof f === 'function', 'expected a function (input) => { sanction, interventions }').optional(),
    coreFindings: z.object({ idPrefix: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a rule id prefix: lower case letters, digits and -'), clause: z.string().min(1) }).strict().optional(),
    rules: z.array(RuleSchema),
  })
  .strict();

export type PackInput = z.input<typeof PackSchema>;

const EXTENDS: ReadonlySet<string> = new Set(['extends']);

// How many packs a pack includes through `extends` (each built pack lists all of its ancestors).
const ancestry = (input: unknown): number => {
  const ext = (input as { extends?: unknown } | null)?.extends;
  const bases = (Array.isArray(ext) ? ext : [ext]).filter(isPack);
  return bases.reduce((n, b) => n + 1 + (Array.isArray(b.extends) ? b.extends.length : 0), 0);
};

const PackHeadSchema = PackSchema.extend({ rules: z.array(z.unknown()) });

const codeOf = (path: readonly PropertyKey[]): string => {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'severity' && parent !== 'options') return 'invalid-severity';
  if (last === 'sanction' && parent !== 'options') return 'invalid-sanction';
  return 'invalid-shape';
};

/** Zod issues as pack issues: a severity or sanction outside the enums gets its own code. */
export const shapeIssues = (error: z.ZodError, prefix = ''): PackIssue[] =>
  error.issues.map((i) => ({ code: codeOf(i.path), pointer: prefix + pointer(i.path), message: i.message }));

// Fields the deeper checks do not read: a rule whose only shape problems are here is still
// checked (clause, conditions, templates …) with a stand-in value, so all problems show at once.
const standIns: Record<string, unknown> = {
  severity: 'advisory',
  sanction: 'none',
  recommended: true,
  description: { de: '-', en: '-' },
  fix: { de: '-', en: '-' },
  examples: { violating: [{ name: '-' }], compliant: [{ name: '-' }] },
};

const checkableDespite = (raw: unknown, error: z.ZodError): Rule | null => {
  if (raw === null || typeof raw !== 'object') return null;
  const bad = new Set(error.issues.map((i) => String(i.path[0])));
  if (![...bad].every((k) => k in standIns)) return null;
  const patched = RuleSchema.safeParse({ ...raw, ...Object.fromEntries([...bad].map((k) => [k, standIns[k]])) });
  return patched.success ? patched.data : null;
};

export interface DefineOptions {
  /**
   * The pack is complete: its rules read only built-in facts and those the pack (or a pack it
   * extends) carries, and use only built-in operators and its own. Unknown ones are reported
   * now (with the closest known name) instead of when a policy uses the pack.
   * `mailpolicy validate-pack` checks packs so.
   */
  readonly complete?: boolean;
}

/**
 * Everything that can be checked without knowing a policy's facts and operators: shape,
 * forbidden keys, duplicate ids, clauses, named conditions, options, message templates.
 */
export const packIssues = (unsafe: unknown, { complete = false }: DefineOptions = {}): PackIssue[] => {
  const size = packSizeIssues(unsafe, EXTENDS);
  if (size.length > 0) return size;
  const extendsDepth = ancestry(unsafe);
  if (extendsDepth > packLimits.maxExtends) {
    return [{ code: 'too-deep', pointer: '/extends', message: `extends a chain of ${extendsDepth} packs (at most ${packLimits.maxExtends})` }];
  }
  const issues: PackIssue[] = forbiddenKeyPointers(unsafe).map((p) => ({ code: 'forbidden-key', pointer: p, message: 'this key is forbidden (it reaches Object.prototype)' }));
  // The rest is checked on a copy without those keys: zod would assign them onto new objects.
  const input = (issues.length > 0 ? withoutForbiddenKeys(unsafe) : unsafe) as { rules?: unknown };
  // The pack and each rule are parsed on their own, so one broken rule does not hide the others' problems.
  const head = PackHeadSchema.safeParse(input);
  if (!head.success) issues.push(...shapeIssues(head.error));
  const rawRules: unknown[] = Array.isArray(input?.rules) ? input.rules : [];
  const rules = rawRules.map((r, i) => {
    const parsed = RuleSchema.safeParse(r);
    if (parsed.success) return parsed.data;
    issues.push(...shapeIssues(parsed.error, `/rules/${i}`));
    return checkableDespite(r, parsed.error);
  });
  const bases = !head.success ? [] : [head.data.extends ?? []].flat();
  const seen = new Map<string, string>();
  for (const base of bases) for (const r of base.rules) seen.set(r.id, `pack ${base.name}`);
  rawRules.forEach((r, i) => {
    const id = (r as { id?: unknown })?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) issues.push({ code: 'duplicate-rule-id', pointer: `/rules/${i}/id`, message: `rule id "${id}" is already used by ${first}` });
    else seen.set(id, `/rules/${i}`);
  });
  const clauseIds = new Set<string>(bases.flatMap((b) => (b.clauses ?? []).map((c) => c.id)));
  (head.success ? (head.data.clauses ?? []) : []).forEach((c, i) => {
    if (clauseIds.has(c.id)) issues.push({ code: 'duplicate-clause', pointer: `/clauses/${i}/id`, message: `clause "${c.id}" is already declared${bases.some((b) => b.clauses?.some((x) => x.id === c.id)) ? ' by an extended pack' : ''}` });
    clauseIds.add(c.id);
  });
  const findings = head.success ? head.data.coreFindings : undefined;
  if (findings && !clauseIds.has(findings.clause)) issues.push({ code: 'unknown-clause', pointer: '/coreFindings/clause', message: unknownClause(findings.clause, clauseIds) });
  // The facts and operators known when the pack is defined (built-ins, its own, its bases'):
  // paths into them are checked now; others may still come with the policy.
  const knownFacts = new Map<string, FactDefinition>(builtinFacts.map((f) => [f.name, f]));
  const knownOperators = new Map<string, OperatorFn>();
  for (const base of bases) {
    for (const def of customFactDefinitions(base.facts, '', [])) knownFacts.set(def.name, def);
    for (const [name, fn] of customOperators(base.operators, '', [])) knownOperators.set(name, fn);
  }
  if (head.success) {
    for (const def of customFactDefinitions(head.data.facts as Record<string, unknown> | undefined, '/facts', issues)) knownFacts.set(def.name, def);
    for (const [name, fn] of customOperators(head.data.operators as Record<string, unknown> | undefined, '/operators', issues)) knownOperators.set(name, fn);
    const inherited = (key: 'facts' | 'operators') => new Set(bases.flatMap((b) => Object.keys(b[key] ?? {})));
    for (const key of ['facts', 'operators'] as const) {
      const had = inherited(key);
      for (const name of Object.keys(head.data[key] ?? {})) {
        if (had.has(name)) issues.push({ code: key === 'facts' ? 'duplicate-fact' : 'duplicate-operator', pointer: `/${key}/${escapePointer(name)}`, message: `${key === 'facts' ? 'fact' : 'operator'} "${name}" is already defined by an extended pack` });
      }
    }
  }
  const own = head.success ? (head.data.conditions ?? {}) : {};
  const named: Record<string, Rule['conditions']> = {};
  for (const base of bases) Object.assign(named, base.conditions);
  for (const name of Object.keys(own)) {
    if (isForbiddenKey(name)) issues.push({ code: 'forbidden-key', pointer: `/conditions/${escapePointer(name)}`, message: `"${name}" cannot be a condition name` });
    else if (Object.prototype.hasOwnProperty.call(named, name)) issues.push({ code: 'duplicate-condition', pointer: `/conditions/${escapePointer(name)}`, message: `condition "${name}" is already defined by an extended pack` });
  }
  Object.assign(named, own);
  const env: CheckEnv = { facts: knownFacts, operators: knownOperators, partial: !complete };
  for (const [name, c] of Object.entries(own)) issues.push(...checkConditions(c, `/conditions/${escapePointer(name)}`, named, null, env));
  issues.push(...conditionCycles(own));
  rules.forEach((rule, i) => {
    if (rule) issues.push(...checkRule(rule, `/rules/${i}`, named, env, head.success ? clauseIds : undefined));
  });
  return issues;
};

/**
 * Validates a pack and every rule in it; throws one PackError listing every problem. A pack
 * that `extends` others includes their rules (first) and named conditions. Facts and operators
 * are checked when a policy uses the pack (createPolicy), since custom ones come with it.
 */
export const definePack = (input: PackInput, options: DefineOptions = {}): Pack => {
  const issues = packIssues(input, options);
  if (issues.length > 0) throw new PackError(issues.map((i) => ({ ...i, pack: typeof input?.name === 'string' ? input.name : undefined })));
  return assemblePack(PackSchema.parse(input));
};

/**
 * definePack after its checks and its parse: the built-in packs call it with their files as
 * they are, which the test suite checks with packIssues and finds equal to their parse
 * (test/packs/builtin-packs.test.ts). Checks and parse are most of a pack's cost at start-up
 * (about 70 ms of a one-mail CLI run for the three built-in packs).
 */
export const assemblePack = (data: z.output<typeof PackSchema>): Pack => {
  // The pack's docsUrl documents its own rules; an extended pack's rules keep their own urls.
  const template = data.docsUrl;
  if (template !== undefined) data.rules = data.rules.map((r) => (r.url === undefined ? { ...r, url: docsUrlOf(template, r.id) } : r));
  const bases = [data.extends ?? []].flat();
  const conditions = Object.assign({}, ...bases.map((b) => b.conditions ?? {}), data.conditions ?? {});
  const clauses = [...bases.flatMap((b) => b.clauses ?? []), ...(data.clauses ?? [])].map((c) => Object.freeze(c));
  const facts = Object.assign({}, ...bases.map((b) => b.facts ?? {}), data.facts ?? {}) as Record<string, CustomFact>;
  const operators = Object.assign({}, ...bases.map((b) => b.operators ?? {}), data.operators ?? {}) as Record<string, CustomOperator>;
  // The nearest pack with a sanction policy (or core-finding filing) decides, the pack's own first.
  const sanctions = data.sanctions ?? bases.find((b) => b.sanctions)?.sanctions;
  const coreFindings = data.coreFindings ?? bases.find((b) => b.coreFindings)?.coreFindings;
  const language = data.language ?? bases.find((b) => b.language)?.language;
  const pack: Pack = {
    name: data.name,
    version: data.version,
    announcedAt: data.announcedAt,
    ...(data.description === undefined ? {} : { description: data.description }),
    ...(data.docsUrl === undefined ? {} : { docsUrl: data.docsUrl }),
    ...(bases.length === 0 ? {} : { extends: bases.flatMap((b) => [b.name, ...(b.extends ?? [])]) }),
    ...(Object.keys(conditions).length === 0 ? {} : { conditions }),
    ...(language === undefined ? {} : { language }),
    clauses,
    ...(Object.keys(facts).length === 0 ? {} : { facts: Object.freeze(facts) }),
    ...(Object.keys(operators).length === 0 ? {} : { operators: Object.freeze(operators) }),
    ...(sanctions === undefined ? {} : { sanctions }),
    ...(coreFindings === undefined ? {} : { coreFindings }),
    rules: [...bases.flatMap((b) => b.rules), ...data.rules],
  };
  data.rules.forEach((rule, i) => setRuleOrigin(rule, { pack: data.name, pointer: `/rules/${i}` }));
  definedPacks.add(pack);
  return Object.freeze(pack);
};

// The packs definePack returned: checked, so a policy need not check them again.
const definedPacks = new WeakSet<object>();

/** True for a pack definePack (or loadPack) returned, in this copy of the library. */
export const isDefinedPack = (p: unknown): boolean => typeof p === 'object' && p !== null && definedPacks.has(p);
