// `tsx scripts/seed-reports.ts OUT.json`: the seed pack's full reports over every corpus mail and
// every demo scenario, at fixed dates, as one JSON file. Run it on two commits and diff the files
// to show that a refactoring left the seed pack's reports unchanged.
import { writeFileSync } from 'node:fs';
import { createPolicy, renderNotice, type RecipientInput } from '../src/index.js';
import { listScenarios, loadScenario } from '../examples/lib/scenario.js';
import { loadMessage, resolveCorpusDir, readManifest } from './corpus-eval.js';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/seed-reports.ts OUT.json');
const reports: Record<string, unknown> = {};
const dir = resolveCorpusDir();
const policy = createPolicy({ now: '2026-11-28T10:00:00Z' });
for (const entry of readManifest(dir)) {
  reports[`corpus/${entry.id}`] = await policy.check({ message: await loadMessage(dir, entry) });
}
for (const id of listScenarios()) {
  const s = loadScenario(id);
  for (const locale of ['de', 'en'] as const) {
    const p = createPolicy({ account: s.account, now: s.now, locale });
    const report = await p.check({ message: s.message, recipients: s.recipients as RecipientInput[], history: s.history });
    reports[`demo/${id}/${locale}`] = report;
    reports[`demo/${id}/${locale}/notice`] = renderNotice(report, { locale, format: 'markdown' });
  }
}
writeFileSync(out, `${JSON.stringify(reports, null, 1)}\n`);
console.log(`${Object.keys(reports).length} reports written to ${out}`);
