// loadPack(folder): a rule pack from a folder of JSON rule files plus its pack.json. Node only.
// Every problem of every file is collected and thrown as one PackError; each issue names the
// file and a JSON pointer into that file.
//
// A downloaded pack is untrusted: its file names ("rules": ["../../etc/x"]) and `extends`
// folders are confined to a root folder (by default the pack's own folder, symbolic links
// resolved), files past packLimits.maxFileBytes are not read, and no message quotes a file's
// content (JSON.parse's messages do: they would show a foreign file's first characters).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../model/index.js';
import { withPositions } from './json-position.js';
import { definePack, forbiddenKeyPointers, PackError, PackManifestSchema, packLimits, packSizeIssues, setRuleOrigin, shapeIssues, type Pack, type PackIssue } from '../engine/index.js';

export interface LoadPackOptions {
  /**
   * The folder every file of the pack must lie in (after symbolic links are resolved); default:
   * the pack's own folder. A pack whose `extends` names a sibling folder ("../base") needs the
   * common parent here.
   */
  readonly root?: string;
  /** Read files wherever the pack names them, with no root: only for packs you wrote yourself. */
  readonly allowOutside?: boolean;
  /**
   * The pack's rules read only built-in facts and use only built-in operators (a JSON pack carries
   * no code): an unknown one is reported now, as definePack's `complete`.
   */
  readonly complete?: boolean;
}

type Read = { ok: true; value: unknown } | { ok: false; issue: PackIssue };

// JSON.parse's message without the text it quotes ("Unexpected token 'x', "secret…" is not
// valid JSON"): only where it stopped.
const jsonProblem = (e: unknown, text: string): string => {
  const at = /position (\d+)/.exec(String((e as Error)?.message));
  if (!at) return /end of JSON input/.test(String((e as Error)?.message)) ? 'it ends too early' : 'it does not parse';
  const pos = Number(at[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `it does not parse at line ${line}, column ${pos - before.lastIndexOf('\n')}`;
};

interface Confinement {
  /** The resolved root, or null when files may lie anywhere. */
  readonly root: string | null;
}

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/** The problem with reading `file`, when it lies outside the root (checked before and after resolving links). */
const outside = (file: string, c: Confinement, pointer: string, issueFile: string): PackIssue | null => {
  if (c.root === null) return null;
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    real = resolve(file); // missing: reported as missing-file, if it is inside
  }
  if (inside(c.root, resolve(file)) && inside(c.root, real)) return null;
  return { code: 'outside-pack', pointer, file: issueFile, message: `${file} lies outside the pack folder ${c.root}; pass loadPack(folder, { root }) to allow a common parent folder` };
};

const readJson = (file: string, pointer: string, what: string): Read => {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > packLimits.maxFileBytes) {
      return { ok: false, issue: { code: 'too-large', pointer, file, message: `${what} ${file} has ${size} bytes (at most ${packLimits.maxFileBytes})` } };
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, issue: { code: 'missing-file', pointer, file, message: `cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}` } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = /line (\d+), column (\d+)/.exec(jsonProblem(e, text));
    const pos = at ? { line: Number(at[1]), column: Number(at[2]) } : {};
    return { ok: false, issue: { code: 'invalid-json', pointer: '', file, ...pos, message: `${file} is not valid JSON: ${jsonProblem(e, text)}` } };
  }
  return { ok: true, value };
};

const load = (folder: string, chain: readonly string[], c: Confinement, complete = false): Pack => {
  const dir = resolve(folder);
  const manifestFile = join(folder, 'pack.json');
  if (chain.includes(dir)) throw new PackError([{ code: 'invalid-shape', pointer: '/extends', file: manifestFile, message: `pack ${folder} extends itself (through ${chain.join(' → ')})` }]);
  if (chain.length >= packLimits.maxExtends) {
    throw new PackError([{ code: 'too-deep', pointer: '/extends', file: manifestFile, message: `packs extend each other more than ${packLimits.maxExtends} deep` }]);
  }
  const away = outside(manifestFile, c, '', manifestFile);
  if (away) throw new PackError([away]);
  const issues: PackIssue[] = [];
  const read = readJson(manifestFile, '', 'pack manifest');
  if (!read.ok) throw new PackError([read.issue]);
  const size = packSizeIssues(read.value);
  if (size.length > 0) throw new PackError(size.map((i) => ({ ...i, file: manifestFile })));
  // A "__proto__" key in pack.json would vanish in the schema's copy: reported, like in rule files.
  const forbidden = forbiddenKeyPointers(read.value);
  if (forbidden.length > 0) {
    throw new PackError(forbidden.map((pointer) => ({ code: 'forbidden-key', pointer, file: manifestFile, message: 'this key is forbidden (it reaches Object.prototype)' })));
  }
  const parsed = PackManifestSchema.safeParse(read.value);
  if (!parsed.success) throw new PackError(shapeIssues(parsed.error).map((i) => ({ ...i, file: manifestFile })));
  const manifest = parsed.data;

  const bases: Pack[] = [];
  for (const [i, rel] of (manifest.extends ?? []).entries()) {
    const base = join(folder, rel);
    const escape = outside(join(base, 'pack.json'), c, `/extends/${i}`, manifestFile);
    if (escape) {
      issues.push(escape);
      continue;
    }
    try {
      bases.push(load(base, [...chain, dir], c));
    } catch (e) {
      if (!(e instanceof PackError)) throw e;
      issues.push(...e.issues.map((x) => (x.code === 'missing-file' && x.file === join(base, 'pack.json') ? { ...x, pointer: `/extends/${i}`, file: manifestFile } : x)));
    }
  }
  const ruleFiles = manifest.rules.map((name) => join(folder, `${name}.json`));
  const rules = manifest.rules.map((_, i) => {
    const escape = outside(ruleFiles[i]!, c, `/rules/${i}`, manifestFile);
    if (escape) {
      issues.push(escape);
      return null;
    }
    const r = readJson(ruleFiles[i]!, `/rules/${i}`, 'rule file');
    if (r.ok) return r.value;
    issues.push(r.issue.code === 'missing-file' ? { ...r.issue, file: manifestFile } : r.issue);
    return null;
  });
  if (issues.length > 0) throw new PackError(issues);

  const { $schema: _schema, rules: _names, extends: _ext, ...head } = manifest;
  try {
    const pack = definePack({ ...head, ...(bases.length ? { extends: bases } : {}), rules: rules as never }, { complete });
    const own = pack.rules.slice(pack.rules.length - rules.length);
    own.forEach((rule, i) => setRuleOrigin(rule, { pack: pack.name, pointer: '', file: ruleFiles[i]! }));
    return pack;
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    // Pointers into the assembled pack → pointers into the file the user edits.
    throw new PackError(e.issues.map((x) => {
      const m = /^\/rules\/(\d+)(\/.*)?$/.exec(x.pointer);
      if (m) return { ...x, file: ruleFiles[Number(m[1])]!, pointer: m[2] ?? '' };
      return { ...x, file: manifestFile };
    }));
  }
};

const start = (folder: unknown, options: unknown): Pack => {
  try {
    return begin(folder, options);
  } catch (e) {
    // Every problem in a file gets its line and column besides its pointer.
    if (e instanceof PackError) throw new PackError(withPositions(e.issues));
    throw e;
  }
};

const begin = (folder: unknown, options: unknown): Pack => {
  if (typeof folder !== 'string' || folder === '') {
    throw new InputError([{ path: 'folder', message: 'expected the pack folder as a non-empty string', messages: { de: 'erwartet den Ordner des Regelpakets als nicht leeren Text', en: 'expected the pack folder as a non-empty string' } }]);
  }
  const o = (options ?? {}) as LoadPackOptions;
  if (typeof o !== 'object' || (o.root !== undefined && typeof o.root !== 'string') || (o.allowOutside !== undefined && typeof o.allowOutside !== 'boolean') || (o.complete !== undefined && typeof o.complete !== 'boolean')) {
    throw new InputError([{ path: 'options', message: 'expected { root?: string, allowOutside?: boolean }', messages: { de: 'erwartet { root?: Text, allowOutside?: Wahrheitswert }', en: 'expected { root?: string, allowOutside?: boolean }' } }]);
  }
  let root: string | null = null;
  if (!o.allowOutside) {
    const given = resolve(o.root ?? folder);
    try {
      root = realpathSync(given);
    } catch {
      root = given;
    }
  }
  return load(folder, [], { root }, o.complete === true);
};

/**
 * Loads a pack folder: `pack.json` (name, version, announcedAt, rules: file names without
 * `.json`, optional extends: folders of packs relative to it, named conditions) and one JSON
 * file per rule. Validates like definePack; throws one PackError whose issues carry `file`.
 * Files outside the pack's folder (or `options.root`) are not read ('outside-pack').
 */
export const loadPackSync = (folder: string, options: LoadPackOptions = {}): Pack => start(folder, options);

/** loadPackSync, as a promise (the API shape callers expect from a loader). */
export const loadPack = async (folder: string, options: LoadPackOptions = {}): Promise<Pack> => start(folder, options);
