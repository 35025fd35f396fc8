// The built-in packs skip definePack's checks at run time (defineBuiltinPack, for start-up):
// this is where they are checked instead. Each must pass every check a complete pack gets, and
// come out exactly as the public definePack would build it from the same files.
import { describe, expect, it } from 'vitest';
import { definePack, PackSchema, ruleOrigin, type Pack } from '../../src/engine/index.js';
import { builtinPackIssues, defineBuiltinPack, type BuiltinPackFiles } from '../../src/packs/define-builtin-pack.js';
import { builtinPacks } from '../../src/packs/builtin-packs.js';
import * as mes from '../../src/packs/managed-email-server.rules.js';
import * as bulk from '../../src/packs/bulk-sender.rules.js';
import * as law from '../../src/packs/german-law.rules.js';

const filesOf: Record<string, BuiltinPackFiles> = { 'managed-email-server': mes, 'bulk-sender': bulk, 'german-law': law };
const codeOf = (p: Pack) => ({
  ...(p.facts ? { facts: p.facts } : {}),
  ...(p.operators ? { operators: p.operators } : {}),
  ...(p.sanctions ? { sanctions: p.sanctions } : {}),
});

describe.each(builtinPacks.map((p) => [p.name, p] as const))('built-in pack %s', (name, pack) => {
  const files = filesOf[name]!;

  it('passes every check of definePack, as a complete pack', () => {
    expect(builtinPackIssues(files, codeOf(pack))).toEqual([]);
  });

  it('is what definePack builds from the same files, each rule knowing its file', () => {
    const { rules: _names, $schema: _schema, ...fields } = files.manifest;
    const checked = definePack({ ...(fields as object), ...codeOf(pack), rules: files.ruleFiles } as never, { complete: true });
    expect(pack).toEqual(checked);
    // defineBuiltinPack skips the parse: the files must be their own parse.
    expect(PackSchema.parse({ ...(fields as object), rules: files.ruleFiles })).toEqual({ ...(fields as object), rules: files.ruleFiles });
    expect(pack.rules.map((r) => ruleOrigin(r)?.file)).toEqual(files.manifest.rules.map((r) => `${files.folder}/${r}.json`));
  });
});

describe('builtinPackIssues', () => {
  it('names the rule file of a broken rule, with a pointer into it', () => {
    const broken: BuiltinPackFiles = { ...mes, ruleFiles: mes.ruleFiles.map((r, i) => (i === 2 ? { ...(r as object), clause: 'Z9' } : r)) };
    const issues = builtinPackIssues(broken, codeOf(builtinPacks[0]!));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unknown-clause', file: `${mes.folder}/${mes.manifest.rules[2]}.json`, pointer: '/clause' });
  });
});
