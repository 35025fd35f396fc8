// Writes schema/rule.schema.json and schema/pack.schema.json from the zod schemas, so editors
// complete and check rule files (`"$schema": "../../schema/rule.schema.json"`).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { z } from 'zod';
import { PackManifestSchema, RuleSchema } from '../src/engine/pack/rule-schema.js';

const render = (schema: z.ZodType, id: string, title: string, description: string): string => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, $id: id, title, description }, null, 2)}\n`;
};

/** The generated schema files: path → content. */
export const renderSchemas = (): Record<string, string> => ({
  'schema/rule.schema.json': render(RuleSchema, 'https://mailpolicy.dev/schema/rule.schema.json', 'mailpolicy rule', 'One rule of a mailpolicy rule pack: rules/<pack>/<rule>.json. Generated from src/engine/pack/rule-schema.ts by `npm run gen`; do not edit.'),
  'schema/pack.schema.json': render(PackManifestSchema, 'https://mailpolicy.dev/schema/pack.schema.json', 'mailpolicy pack manifest', 'The pack.json of a mailpolicy rule pack folder. Generated from src/engine/pack/rule-schema.ts by `npm run gen`; do not edit.'),
});

/** Writes (or with `check`, compares) the schema files; returns the stale ones. */
export const writeSchemas = (check: boolean): string[] => {
  const stale: string[] = [];
  mkdirSync('schema', { recursive: true });
  for (const [path, want] of Object.entries(renderSchemas())) {
    let have = '';
    try { have = readFileSync(path, 'utf8'); } catch { /* missing */ }
    if (have === want) continue;
    stale.push(path);
    if (!check) writeFileSync(path, want);
  }
  return stale;
};

if (process.argv[1]?.endsWith('gen-schema.ts')) {
  const check = process.argv.includes('--check');
  const stale = writeSchemas(check);
  for (const p of stale) console[check ? 'error' : 'log'](check ? `${p} is stale: run npm run gen` : `wrote ${p}`);
  if (check && stale.length > 0) process.exit(1);
}
