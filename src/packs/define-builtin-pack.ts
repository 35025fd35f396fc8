import { assemblePack, packIssues, setRuleOrigin, type Pack, type PackInput, type PackIssue } from '../engine/index.js';

/** What a built-in pack's generated index (src/packs/<pack>.rules.ts) holds. */
export interface BuiltinPackFiles {
  readonly folder: string;
  readonly manifest: { readonly rules: readonly string[] } & Record<string, unknown>;
  readonly ruleFiles: readonly unknown[];
}

/** The code a built-in pack brings besides its JSON files. */
export type BuiltinPackCode = Pick<PackInput, 'facts' | 'operators' | 'sanctions'>;

const inputOf = ({ manifest, ruleFiles }: BuiltinPackFiles, code: BuiltinPackCode): PackInput => {
  const { rules: _names, $schema: _schema, ...fields } = manifest;
  return { ...(fields as Omit<PackInput, 'rules'>), ...code, rules: ruleFiles as never };
};

const fileOf = ({ folder, manifest }: BuiltinPackFiles, i: number) => `${folder}/${manifest.rules[i]}.json`;

/**
 * Everything definePack would find wrong with a built-in pack, each issue pointing into the
 * rule file it concerns. The test suite and `npm run gen` require none: that is what lets
 * defineBuiltinPack skip the checks at run time.
 */
export const builtinPackIssues = (files: BuiltinPackFiles, code: BuiltinPackCode = {}): PackIssue[] =>
  packIssues(inputOf(files, code), { complete: true }).map((x) => {
    const m = /^\/rules\/(\d+)(\/.*)?$/.exec(x.pointer);
    return m ? { ...x, file: fileOf(files, Number(m[1])), pointer: m[2] ?? '' } : x;
  });

/**
 * A built-in pack from its folder: what the public definePack returns for it, without
 * definePack's checks, which builtinPackIssues runs in the suite instead. Each rule remembers
 * its file, so errors at policy time name it.
 */
export const defineBuiltinPack = (files: BuiltinPackFiles, code: BuiltinPackCode = {}): Pack => {
  // No parse either: the schema neither transforms nor defaults, so the files are their own parse.
  const pack = assemblePack(inputOf(files, code) as Parameters<typeof assemblePack>[0]);
  pack.rules.forEach((rule, i) => setRuleOrigin(rule, { pack: pack.name, pointer: '', file: fileOf(files, i) }));
  return pack;
};
