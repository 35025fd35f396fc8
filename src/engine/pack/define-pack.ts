import * as z from 'zod';
import { conditionCycles, checkConditions, checkRule } from './check-rule.js';
import { escapePointer, forbiddenKeyPointers, isForbiddenKey, withoutForbiddenKeys } from './forbidden-keys.js';
import { setRuleOrigin } from './rule-origin.js';
import { PackError, pointer, type PackIssue } from './pack-error.js';
import { RuleSchema, TopConditionSchema, type Rule } from './rule-schema.js';

export interface Pack {
  readonly name: string;
  readonly version: string;
  /** The day the pack version was announced to customers (S8), YYYY-MM-DD. */
  readonly announcedAt: string;
  readonly description?: string;
  /** Names of the packs this one extends, nearest first (their rules are included in `rules`). */
  readonly extends?: readonly string[];
  readonly conditions?: Readonly<Record<string, Rule['conditions']>>;
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
    /** Packs (from definePack or loadPack) whose rules and named conditions this pack includes. */
    extends: z.union([z.custom<Pack>(isPack, 'expected a rule pack'), z.array(z.custom<Pack>(isPack, 'expected a rule pack'))]).optional(),
    conditions: z.record(z.string(), TopConditionSchema).optional(),
    rules: z.array(RuleSchema),
  })
  .strict();

export type PackInput = z.input<typeof PackSchema>;

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

/**
 * Everything that can be checked without knowing a policy's facts and operators: shape,
 * forbidden keys, duplicate ids, clauses, named conditions, options, message templates.
 */
export const packIssues = (unsafe: unknown): PackIssue[] => {
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
  const own = head.success ? (head.data.conditions ?? {}) : {};
  const named: Record<string, Rule['conditions']> = {};
  for (const base of bases) Object.assign(named, base.conditions);
  for (const name of Object.keys(own)) {
    if (isForbiddenKey(name)) issues.push({ code: 'forbidden-key', pointer: `/conditions/${escapePointer(name)}`, message: `"${name}" cannot be a condition name` });
    else if (Object.prototype.hasOwnProperty.call(named, name)) issues.push({ code: 'duplicate-condition', pointer: `/conditions/${escapePointer(name)}`, message: `condition "${name}" is already defined by an extended pack` });
  }
  Object.assign(named, own);
  for (const [name, c] of Object.entries(own)) issues.push(...checkConditions(c, `/conditions/${escapePointer(name)}`, named, null, undefined));
  issues.push(...conditionCycles(own));
  rules.forEach((rule, i) => {
    if (rule) issues.push(...checkRule(rule, `/rules/${i}`, named, undefined));
  });
  return issues;
};

/**
 * Validates a pack and every rule in it; throws one PackError listing every problem. A pack
 * that `extends` others includes their rules (first) and named conditions. Facts and operators
 * are checked when a policy uses the pack (createPolicy), since custom ones come with it.
 */
export const definePack = (input: PackInput): Pack => {
  const issues = packIssues(input);
  if (issues.length > 0) throw new PackError(issues.map((i) => ({ ...i, pack: typeof input?.name === 'string' ? input.name : undefined })));
  const data = PackSchema.parse(input);
  const bases = [data.extends ?? []].flat();
  const conditions = Object.assign({}, ...bases.map((b) => b.conditions ?? {}), data.conditions ?? {});
  const pack: Pack = {
    name: data.name,
    version: data.version,
    announcedAt: data.announcedAt,
    ...(data.description === undefined ? {} : { description: data.description }),
    ...(bases.length === 0 ? {} : { extends: bases.flatMap((b) => [b.name, ...(b.extends ?? [])]) }),
    ...(Object.keys(conditions).length === 0 ? {} : { conditions }),
    rules: [...bases.flatMap((b) => b.rules), ...data.rules],
  };
  data.rules.forEach((rule, i) => setRuleOrigin(rule, { pack: data.name, pointer: `/rules/${i}` }));
  return Object.freeze(pack);
};
