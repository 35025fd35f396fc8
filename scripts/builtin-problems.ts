// Every problem definePack would find in the built-in packs' rule files, as `file pointer: code:
// message` lines (none when all is well). Imported fresh, so an edited rule file is read as is.
import type { BuiltinPackCode, BuiltinPackFiles } from '../src/packs/define-builtin-pack.js';

export const builtinProblems = async (): Promise<string[]> => {
  const { builtinPackIssues } = await import('../src/packs/define-builtin-pack.js');
  const { builtinPacks } = await import('../src/packs/builtin-packs.js');
  const files: Record<string, BuiltinPackFiles> = {
    'managed-email-server': await import('../src/packs/managed-email-server.rules.js'),
    'bulk-sender': await import('../src/packs/bulk-sender.rules.js'),
    'german-law': await import('../src/packs/german-law.rules.js'),
  };
  return builtinPacks.flatMap((pack) => {
    const code: BuiltinPackCode = { facts: pack.facts, operators: pack.operators, sanctions: pack.sanctions };
    const own = files[pack.name];
    if (!own) return [`built-in pack ${pack.name}: scripts/builtin-problems.ts does not know its files`];
    return builtinPackIssues(own, code).map((i) => `${i.file ?? pack.name} ${i.pointer}: ${i.code}: ${i.message}`);
  });
};
