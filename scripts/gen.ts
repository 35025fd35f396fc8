// `npm run gen`: regenerates everything derived from the rule files, in order: each pack's
// import list (src/packs/*.rules.ts), the JSON Schemas (schema/) and the rule docs (docs/rules/).
// `npm run gen -- --check` writes nothing and fails when any of them is stale.
import { writePackIndexes } from './gen-pack-index.js';
import { writeSchemas } from './gen-schema.js';
import { writeDocs } from './gen-docs.js';
import { builtinProblems } from './builtin-problems.js';

const check = process.argv.includes('--check');
const steps: [string, (check: boolean) => string[] | Promise<string[]>][] = [
  ['pack index', writePackIndexes],
  ['schema', writeSchemas],
  ['rule docs', writeDocs],
];
// The built-in packs skip definePack's checks when the library loads (defineBuiltinPack): a
// rule file edited wrong is reported here, with its file, before anything is written.
const broken = await builtinProblems();
if (broken.length > 0) {
  for (const line of broken) console.error(line);
  process.exit(1);
}
let stale = 0;
for (const [name, run] of steps) {
  const files = await run(check);
  stale += files.length;
  for (const f of files) console[check ? 'error' : 'log'](check ? `${f} is stale (${name}): run npm run gen` : `wrote ${f}`);
}
if (check && stale > 0) process.exit(1);
if (!check) console.log(stale === 0 ? 'everything was current' : `${stale} file(s) regenerated`);
