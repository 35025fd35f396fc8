// Resolves a policy's configuration (packs, extends, rule settings, custom facts and operators)
// into what configureRules takes. Problems are collected, not thrown one at a time.
import { builtinFacts, type FactDefinition } from '../facts/index.js';
import { builtinOperators, definePack, isDefinedPack, isForbiddenKey, packLimits, PackError, type OperatorFn, type Pack, type PackIssue, type PackMode, type PackUse, type SettingSource } from '../engine/index.js';
import type { CustomFact, PackEntry, PolicyConfig } from './options.js';

const scopes = new Set(['message', 'recipient', 'history']);
const decoratorNames = new Set(['someFact', 'everyFact', 'someValue', 'everyValue', 'swap', 'not']);

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

const toDefinition = (name: string, f: CustomFact): FactDefinition | string => {
  if (typeof f === 'function') return { name, scope: 'recipient', description: `custom fact ${name}`, compute: f };
  if (f === null || typeof f !== 'object' || typeof f.compute !== 'function') return 'expected a function (ctx) => value or { scope?, description?, compute(ctx) }';
  const scope = f.scope ?? 'recipient';
  if (!scopes.has(scope)) return `scope must be message, recipient or history, got ${JSON.stringify(scope)}`;
  return { name, scope, description: f.description ?? `custom fact ${name}`, compute: f.compute };
};

/** Built-in facts plus the custom ones; custom facts may not redefine a built-in one. */
export const resolveFacts = (custom: Readonly<Record<string, unknown>> | undefined, issues: PackIssue[]): Map<string, FactDefinition> => {
  const facts = new Map<string, FactDefinition>(builtinFacts.map((f) => [f.name, f]));
  for (const [name, f] of Object.entries(custom ?? {})) {
    const at = `/facts/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (isForbiddenKey(name) || name === 'options') issues.push({ code: 'forbidden-key', pointer: at, message: `"${name}" cannot be a fact name` });
    else if (facts.has(name)) issues.push({ code: 'duplicate-fact', pointer: at, message: `"${name}" is a built-in fact; choose another name` });
    else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) issues.push({ code: 'invalid-fact', pointer: at, message: `fact names are identifiers (letters, digits, _), got "${name}"` });
    else {
      const def = toDefinition(name, f as CustomFact);
      if (typeof def === 'string') issues.push({ code: 'invalid-fact', pointer: at, message: def });
      else facts.set(name, def);
    }
  }
  return facts;
};

/** Custom operators by name; they may not shadow a built-in operator or use decorator syntax. */
export const resolveOperators = (custom: Readonly<Record<string, unknown>> | undefined, issues: PackIssue[]): Map<string, OperatorFn> => {
  const ops = new Map<string, OperatorFn>();
  for (const [name, fn] of Object.entries(custom ?? {})) {
    const at = `/operators/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (isForbiddenKey(name)) issues.push({ code: 'forbidden-key', pointer: at, message: `"${name}" cannot be an operator name` });
    else if (builtinOperators.has(name) || decoratorNames.has(name)) issues.push({ code: 'duplicate-operator', pointer: at, message: `"${name}" is a built-in operator or decorator; choose another name` });
    else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) issues.push({ code: 'invalid-operator', pointer: at, message: `operator names are identifiers (letters, digits, _), got "${name}"` });
    else if (typeof fn !== 'function') issues.push({ code: 'invalid-operator', pointer: at, message: 'expected a function (factValue, ruleValue) => boolean' });
    else ops.set(name, fn as OperatorFn);
  }
  return ops;
};
