// Resolves a policy's configuration (packs, extends, rule settings, custom facts and operators)
// into what configureRules takes. Problems are collected, not thrown one at a time.
import { builtinFacts, type FactDefinition } from '../facts/index.js';
import { customFactDefinitions, customOperators, definePack, isDefinedPack, packLimits, PackError, type OperatorFn, type Pack, type PackIssue, type PackMode, type PackUse, type SettingSource } from '../engine/index.js';
import { escapePointer } from '../engine/pack/forbidden-keys.js';
import type { PackEntry, PolicyConfig } from './options.js';


const isPack = (p: unknown): p is Pack =>
  typeof p === 'object' && p !== null && typeof (p as Pack).name === 'string' && Array.isArray((p as Pack).rules);

/**
 * Packs that definePack or loadPack made (this copy of the library) are valid. Any other object
 * shaped like a pack (hand-built, a spread copy of one, frozen or not: freezing proves nothing)
 * is validated here, so a malformed one is a PackError and not a crash later; its `extends`
 * names are kept as they are.
 */
const validated = (p: Pack, at: string, issues: PackIssue[]): Pack | null => {
  if (isDefinedPack(p)) return p;
  try {
    const { extends: names, ...rest } = p;
    const pack = definePack(rest as never);
    return Object.freeze({ ...pack, ...(names ? { extends: names } : {}) });
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    issues.push(...e.issues.map((i) => ({ ...i, pointer: `${at}${i.pointer}`, pack: undefined, message: `${i.message} (pack ${p.name})` })));
    return null;
  }
};

const entryOf = (e: unknown): { pack: Pack; mode: PackMode } | string => {
  if (isPack(e)) return { pack: e, mode: 'recommended' };
  const o = e as { pack?: unknown; use?: unknown } | null;
  if (o && typeof o === 'object' && isPack(o.pack)) {
    if (o.use === undefined || o.use === 'recommended' || o.use === 'all') return { pack: o.pack, mode: (o.use ?? 'recommended') as PackMode };
    return `"use" must be 'recommended' or 'all', got ${JSON.stringify(o.use)}`;
  }
  return 'expected a rule pack (definePack, loadPack) or { pack, use: "recommended" | "all" }';
};

export interface ResolvedConfig {
  readonly packs: PackUse[];
  readonly settings: SettingSource[];
}

/** Flattens `extends` depth first: extended configurations first, later packs and settings win. */
export const resolveConfig = (config: PolicyConfig, defaultPacks: readonly Pack[], issues: PackIssue[]): ResolvedConfig => {
  const packs: PackUse[] = [];
  const settings: SettingSource[] = [];
  const visit = (c: PolicyConfig, at: string, stack: readonly object[]) => {
    if (c === null || typeof c !== 'object') {
      issues.push({ code: 'invalid-setting', pointer: at || '/', message: 'expected a configuration object { packs?, rules?, extends? }' });
      return;
    }
    if (stack.includes(c)) {
      issues.push({ code: 'invalid-setting', pointer: at, message: 'configuration extends itself' });
      return;
    }
    if (stack.length >= packLimits.maxExtends) {
      issues.push({ code: 'too-deep', pointer: at, message: `configurations extend each other more than ${packLimits.maxExtends} deep` });
      return;
    }
    (Array.isArray(c.extends) ? c.extends : []).forEach((x, i) => visit(x, `${at}/extends/${i}`, [...stack, c]));
    (Array.isArray(c.packs) ? (c.packs as readonly PackEntry[]) : []).forEach((e, i) => {
      const entry = entryOf(e);
      if (typeof entry === 'string') {
        issues.push({ code: 'invalid-setting', pointer: `${at}/packs/${i}`, message: entry });
        return;
      }
      const pack = validated(entry.pack, `${at}/packs/${i}${isPack(e) ? '' : '/pack'}`, issues);
      if (!pack) return;
      const use = { pack, mode: entry.mode, at: `${at}/packs/${i}` };
      const same = packs.findIndex((p) => p.pack.name === entry.pack.name);
      if (same < 0) packs.push(use);
      else packs[same] = use; // a later entry for the same pack (e.g. taking 'all' of it) wins
    });
    if (c.rules && typeof c.rules === 'object') settings.push({ at: `${at}/rules`, settings: c.rules });
  };
  visit(config, '', []);
  if (packs.length === 0) packs.push(...defaultPacks.map((pack) => ({ pack, mode: 'recommended' as const, at: '' })));
  return { packs, settings };
};

/**
 * Built-in facts, then those the packs carry, then the policy's own: a name defined twice (by two
 * packs, or by a pack and the options) is a PackError naming both places; the same definition
 * reached through two packs (one extending the other) is one.
 */
export const resolveFacts = (packs: readonly PackUse[], custom: Readonly<Record<string, unknown>> | undefined, issues: PackIssue[]): Map<string, FactDefinition> => {
  const facts = new Map<string, FactDefinition>(builtinFacts.map((f) => [f.name, f]));
  const from = new Map<string, { where: string; raw: unknown }>();
  const add = (raw: Readonly<Record<string, unknown>> | undefined, at: string, where: string) => {
    for (const def of customFactDefinitions(raw, at, issues)) {
      const had = from.get(def.name);
      if (had && had.raw === raw?.[def.name]) continue;
      if (had) issues.push({ code: 'duplicate-fact', pointer: `${at}/${escapePointer(def.name)}`, message: `fact "${def.name}" is also defined by ${had.where}; rename one of them` });
      else {
        from.set(def.name, { where, raw: raw?.[def.name] });
        facts.set(def.name, def);
      }
    }
  };
  for (const use of packs) add(use.pack.facts, `${use.at}/facts`, `pack ${use.pack.name}`);
  add(custom, '/facts', 'the options (facts)');
  return facts;
};

/** Operators the packs carry, then the policy's own; a name defined twice is a PackError. */
export const resolveOperators = (packs: readonly PackUse[], custom: Readonly<Record<string, unknown>> | undefined, issues: PackIssue[]): Map<string, OperatorFn> => {
  const ops = new Map<string, OperatorFn>();
  const from = new Map<string, string>();
  const add = (raw: Readonly<Record<string, unknown>> | undefined, at: string, where: string) => {
    for (const [name, fn] of customOperators(raw, at, issues)) {
      if (ops.get(name) === fn) continue;
      if (ops.has(name)) issues.push({ code: 'duplicate-operator', pointer: `${at}/${escapePointer(name)}`, message: `operator "${name}" is also defined by ${from.get(name)}; rename one of them` });
      else {
        ops.set(name, fn);
        from.set(name, where);
      }
    }
  };
  for (const use of packs) add(use.pack.operators, `${use.at}/operators`, `pack ${use.pack.name}`);
  add(custom, '/operators', 'the options (operators)');
  return ops;
};
