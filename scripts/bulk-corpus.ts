// Runs the bulkSender pack over the corpus's received messages (.eml): each is read as a seed
// test send would be, with the purpose from its label and no history (bulk status assumed).
// Prints the violations per file and the counts per rule. `npx tsx scripts/bulk-corpus.ts`
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bulkSender, createPolicy, fromEml } from '../src/index.js';

const manifest = JSON.parse(readFileSync('test/corpus/manifest.json', 'utf8')) as { files?: { file: string; kind: string; format: string }[] } | { file: string; kind: string; format: string }[];
const entries = (Array.isArray(manifest) ? manifest : manifest.files ?? []).filter((e) => e.format === 'eml');
const purposeOf: Record<string, 'newsletter' | 'transactional' | 'doi-confirmation' | 'system-notification' | undefined> = {
  newsletter: 'newsletter', transactional: 'transactional', 'doi-confirmation': 'doi-confirmation', 'system-alert': 'system-notification',
};
const policy = createPolicy({ packs: [bulkSender], now: '2026-12-06T00:00:00Z', locale: 'en' });
const counts = new Map<string, number>(bulkSender.rules.map((r) => [r.id, 0]));
for (const e of entries) {
  const file = join('test/corpus', e.file);
  const purpose = purposeOf[e.kind];
  const message = { ...(await fromEml(readFileSync(file), { maxBytes: Infinity })), ...(purpose ? { purpose } : {}) };
  const report = await policy.check({ message });
  for (const v of report.violations) counts.set(v.ruleId, (counts.get(v.ruleId) ?? 0) + 1);
  console.log(`${file.split('/').pop()} [${e.kind}] ${report.violations.map((v) => v.ruleId.slice(5)).join(', ') || '-'}`);
}
console.log(`\n${entries.length} .eml files; violations per rule:`);
for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(3)}  ${id}`);
