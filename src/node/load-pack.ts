// loadPack(folder): a rule pack from a folder of JSON rule files plus its pack.json. Node only.
// Every problem of every file is collected and thrown as one PackError; each issue names the
// file and a JSON pointer into that file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { definePack, PackError, PackManifestSchema, setRuleOrigin, shapeIssues, type Pack, type PackIssue } from '../engine/index.js';

type Read = { ok: true; value: unknown } | { ok: false; issue: PackIssue };

const readJson = (file: string, pointer: string, what: string): Read => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, issue: { code: 'missing-file', pointer, file, message: `cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, issue: { code: 'invalid-json', pointer: '', file, message: `${file} is not valid JSON: ${(e as Error).message}` } };
  }
};

const load = (folder: string, chain: readonly string[]): Pack => {
  const dir = resolve(folder);
  const manifestFile = join(folder, 'pack.json');
  if (chain.includes(dir)) throw new PackError([{ code: 'invalid-shape', pointer: '/extends', file: manifestFile, message: `pack ${folder} extends itself (through ${chain.join(' → ')})` }]);
  const issues: PackIssue[] = [];
  const read = readJson(manifestFile, '', 'pack manifest');
  if (!read.ok) throw new PackError([read.issue]);
  const parsed = PackManifestSchema.safeParse(read.value);
  if (!parsed.success) throw new PackError(shapeIssues(parsed.error).map((i) => ({ ...i, file: manifestFile })));
  const manifest = parsed.data;

  const bases: Pack[] = [];
  for (const [i, rel] of (manifest.extends ?? []).entries()) {
    try {
      bases.push(load(join(folder, rel), [...chain, dir]));
    } catch (e) {
      if (!(e instanceof PackError)) throw e;
      issues.push(...e.issues.map((x) => (x.code === 'missing-file' && x.file === join(folder, rel, 'pack.json') ? { ...x, pointer: `/extends/${i}`, file: manifestFile } : x)));
    }
  }
  const ruleFiles = manifest.rules.map((name) => join(folder, `${name}.json`));
  const rules = manifest.rules.map((_, i) => {
    const r = readJson(ruleFiles[i]!, `/rules/${i}`, 'rule file');
    if (r.ok) return r.value;
    issues.push(r.issue.code === 'missing-file' ? { ...r.issue, file: manifestFile } : r.issue);
    return null;
  });
  if (issues.length > 0) throw new PackError(issues);

  const { $schema: _schema, rules: _names, extends: _ext, ...head } = manifest;
  try {
    const pack = definePack({ ...head, ...(bases.length ? { extends: bases } : {}), rules: rules as never });
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

/**
 * Loads a pack folder: `pack.json` (name, version, announcedAt, rules: file names without
 * `.json`, optional extends: folders of packs relative to it, named conditions) and one JSON
 * file per rule. Validates like definePack; throws one PackError whose issues carry `file`.
 */
export const loadPackSync = (folder: string): Pack => load(folder, []);

/** loadPackSync, as a promise (the API shape callers expect from a loader). */
export const loadPack = async (folder: string): Promise<Pack> => load(folder, []);
