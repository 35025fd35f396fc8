// The policy the CLI checks against: createPolicy options from a configuration file
// (mailpolicy.config.json / .js / .mjs, found in the working directory by default, as ESLint
// finds its config), packs named on the command line (--pack DIR|MODULE) and rule settings
// (--rule ID:off|SEVERITY). Command-line flags apply after the file and win.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinPacks } from '../packs/builtin-packs.js';
import type { Pack, RuleSetting } from '../engine/index.js';
import type { PolicyOptions } from '../policy/index.js';
import { loadPackSync } from '../node/index.js';
import { UsageError, type PolicySources } from './args.js';

export type { PolicySources };

/** The names a configuration file is looked for under, in this order. */
export const CONFIG_FILES = ['mailpolicy.config.js', 'mailpolicy.config.mjs', 'mailpolicy.config.json'] as const;

const isPack = (p: unknown): p is Pack =>
  typeof p === 'object' && p !== null && typeof (p as Pack).name === 'string' && Array.isArray((p as Pack).rules);

/** The pack a module exports: its default export, a `pack` export, or its only export that is a pack. */
const packOf = (mod: Record<string, unknown>, spec: string): Pack => {
  if (isPack(mod.default)) return mod.default;
  if (isPack(mod.pack)) return mod.pack;
  const packs = Object.values(mod).filter(isPack);
  if (packs.length === 1) return packs[0]!;
  throw new UsageError(
    packs.length === 0
      ? `--pack ${spec}: the module exports no rule pack (export one as default, as "pack", or as its only pack)`
      : `--pack ${spec}: the module exports ${packs.length} packs (${packs.map((p) => p.name).join(', ')}); export one as default or as "pack"`,
  );
};

const importFile = async (file: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(file).href)) as Record<string, unknown>;

/**
 * A pack by what names it: a folder with a pack.json (loadPack), a built-in pack's name, a
 * JavaScript file, or a package name resolved from `base` as Node resolves imports.
 */
export const resolvePack = async (spec: string, base: string, flag = '--pack'): Promise<Pack> => {
  const path = isAbsolute(spec) ? spec : resolve(base, spec);
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (existsSync(join(path, 'pack.json'))) return loadPackSync(path, { complete: false });
    if (!existsSync(join(path, 'package.json'))) throw new UsageError(`${flag} ${spec}: the folder has no pack.json`);
  }
  const builtin = builtinPacks.find((p) => p.name === spec);
  if (builtin && !existsSync(path)) return builtin;
  let file: string;
  if (existsSync(path) && statSync(path).isFile()) file = path;
  else {
    try {
      file = createRequire(join(base, 'noop.js')).resolve(spec);
    } catch {
      throw new UsageError(`${flag} ${spec}: no pack folder, built-in pack (${builtinPacks.map((p) => p.name).join(', ')}), file or package of that name`);
    }
  }
  return packOf(await importFile(file), spec);
};

const SETTING = /^(.+):(off|on|prohibited|undesired|advisory)$/;

/** --rule 'ID:off|SEVERITY' as a rule setting ('on' enables a rule its pack does not recommend). */
export const parseRuleFlag = (flag: string): [string, RuleSetting] => {
  const m = SETTING.exec(flag);
  if (!m) throw new UsageError(`--rule takes ID:off, ID:on or ID:SEVERITY (prohibited, undesired, advisory), got "${flag}"`);
  return [m[1]!, m[2] === 'on' ? {} : (m[2] as RuleSetting)];
};

const readConfigFile = async (file: string): Promise<Record<string, unknown>> => {
  let value: unknown;
  if (file.endsWith('.json')) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`--config ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw new UsageError(`${file} is not valid JSON`);
    }
  } else {
    if (!existsSync(file)) throw new UsageError(`--config ${file}: no such file`);
    const mod = await importFile(file);
    value = mod.default ?? mod;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${file}: expected an object of createPolicy options (packs, rules, account, locale, limits …)`);
  return value as Record<string, unknown>;
};

/** The configuration file to use: --config, else the first of CONFIG_FILES in `cwd`, else none. */
export const findConfig = (given: string | undefined, cwd: string): string | undefined => {
  if (given !== undefined) return resolve(cwd, given);
  return CONFIG_FILES.map((f) => join(cwd, f)).find((f) => existsSync(f));
};

/**
 * createPolicy options from the configuration file and the flags. Packs in a file may be given
 * as strings (folders, built-in names, modules: resolved from the file's folder) or as packs
 * (a JavaScript config). --pack adds packs after the file's; --rule settings apply last.
 */
export const policyOptions = async (sources: PolicySources, cwd: string): Promise<{ options: PolicyOptions; configFile?: string }> => {
  const configFile = findConfig(sources.config, cwd);
  const config = configFile ? await readConfigFile(configFile) : {};
  const base = configFile ? dirname(configFile) : cwd;
  const entries = Array.isArray(config.packs) ? (config.packs as unknown[]) : [];
  const filePacks = await Promise.all(
    entries.map(async (e) => {
      if (typeof e === 'string') return resolvePack(e, base, `${configFile} packs:`);
      const o = e as { pack?: unknown; use?: unknown } | null;
      if (o && typeof o === 'object' && typeof o.pack === 'string') return { ...o, pack: await resolvePack(o.pack, base, `${configFile} packs:`) };
      return e;
    }),
  );
  const flagPacks = await Promise.all(sources.packs.map((p) => resolvePack(p, cwd)));
  const rules: Record<string, RuleSetting> = {};
  for (const flag of sources.rules) {
    const [id, setting] = parseRuleFlag(flag);
    rules[id] = setting;
  }
  const packs = [...filePacks, ...flagPacks];
  const fileRules = (config.rules ?? {}) as Record<string, RuleSetting>;
  const options = {
    ...config,
    ...(packs.length > 0 ? { packs } : {}),
    ...(Object.keys(fileRules).length + Object.keys(rules).length > 0 ? { rules: { ...fileRules, ...rules } } : {}),
  } as PolicyOptions;
  return { options, ...(configFile ? { configFile } : {}) };
};
