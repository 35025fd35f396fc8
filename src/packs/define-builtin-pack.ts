import { definePack, PackError, setRuleOrigin, type Pack, type PackInput } from '../engine/index.js';

/** What a built-in pack's generated index (src/packs/<pack>.rules.ts) holds. */
export interface BuiltinPackFiles {
  readonly folder: string;
  readonly manifest: { readonly rules: readonly string[] } & Record<string, unknown>;
  readonly ruleFiles: readonly unknown[];
}

/** The code a built-in pack brings besides its JSON files. */
export type BuiltinPackCode = Pick<PackInput, 'facts' | 'operators' | 'sanctions'>;

/**
 * A built-in pack from its folder, through the public definePack like any other. A broken rule
 * file fails at import with pointers into that file, not into the assembled pack; each rule
 * remembers its file, so errors at policy time name it too.
 */
export const defineBuiltinPack = ({ folder, manifest, ruleFiles }: BuiltinPackFiles, code: BuiltinPackCode = {}): Pack => {
  const fileOf = (i: number) => `${folder}/${manifest.rules[i]}.json`;
  const { rules: _names, $schema: _schema, ...fields } = manifest;
  let pack: Pack;
  try {
    pack = definePack({ ...(fields as Omit<PackInput, 'rules'>), ...code, rules: ruleFiles as never });
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    throw new PackError(e.issues.map((x) => {
      const m = /^\/rules\/(\d+)(\/.*)?$/.exec(x.pointer);
      return m ? { ...x, file: fileOf(Number(m[1])), pointer: m[2] ?? '' } : x;
    }));
  }
  pack.rules.forEach((rule, i) => setRuleOrigin(rule, { pack: pack.name, pointer: '', file: fileOf(i) }));
  return pack;
};
