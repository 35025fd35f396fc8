// `mailpolicy validate-pack DIR`: every problem of a pack folder, one a line, as a compiler
// prints them (file:line:column code message), sorted by file and position. The pack is checked
// as complete (a JSON pack brings no code: facts and operators must be built in) and then as a
// policy would use it, so problems of both stages show in one run.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { resolvePack } from './policy-options.js';
import { createPolicy } from '../policy/index.js';
import { PackError, type Pack, type PackIssue } from '../engine/index.js';
import { loadPackSync, withPositions } from '../node/index.js';
import { escapeControl } from '../report/index.js';

export interface ValidateResult {
  readonly ok: boolean;
  readonly text: string;
}

const compare = (a: PackIssue, b: PackIssue): number =>
  (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/**
 * Validates the pack folder `dir` (or a pack module: a JavaScript pack brings its facts and
 * operators, which a folder of JSON files cannot); `cwd` makes file names relative, as
 * compilers print them.
 */
export const validatePack = async (dir: string, cwd: string): Promise<ValidateResult> => {
  let issues: readonly PackIssue[] = [];
  let pack: Pack | undefined;
  try {
    const path = resolve(cwd, dir);
    pack = existsSync(join(path, 'pack.json')) ? loadPackSync(path, { complete: true }) : await resolvePack(dir, cwd, 'validate-pack');
    createPolicy({ packs: [{ pack, use: 'all' }] });
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    issues = withPositions(e.issues);
  }
  if (issues.length === 0) {
    const n = pack!.rules.length;
    return { ok: true, text: `${dir}: pack ${pack!.name} ${pack!.version}, ${n} rule${n === 1 ? '' : 's'}, ${pack!.clauses.length} clause${pack!.clauses.length === 1 ? '' : 's'}: no problems\n` };
  }
  const lines = [...issues].sort(compare).map((i) => {
    const file = i.file ? relative(cwd, i.file) || i.file : (i.pack ?? dir);
    const where = i.line !== undefined ? `${file}:${i.line}:${i.column ?? 1}` : file;
    return `${escapeControl(where)}: ${i.code}: ${escapeControl(i.message)}${i.pointer ? ` (at ${escapeControl(i.pointer)})` : ''}`;
  });
  const n = issues.length;
  return { ok: false, text: `${lines.join('\n')}\n${n} problem${n === 1 ? '' : 's'} in ${dir}\n` };
};
