// `npm run corpus`: runs analyzeMessage over the labelled corpus and prints, for the tuning part, the
// hold-out part and the whole corpus, precision and recall per measure; then every miss with the
// detector's evidence; then the newsletter-only rules that fire on transactional, DOI and system mails.
// Exit code 1 when a measure is below 0.95 on any part (the issue-16 target), 0 otherwise.
import { createPolicy } from '../src/index.js';
import { managedEmailServer } from '../src/packs/managed-email-server.js';
import type { Purpose } from '../src/model/index.js';
import {
  evaluateCorpus, loadMessage, MEASURES, missesOf, partOf, resolveCorpusDir, score, type FileResult, type Part,
} from './corpus-eval.js';

const MIN = 0.95;
const dir = resolveCorpusDir();
const results = await evaluateCorpus(dir);
const fmt = (x: number): string => x.toFixed(3);

const count = (rs: readonly FileResult[], p: (r: FileResult) => boolean): number => rs.filter(p).length;
console.log(`corpus: ${results.length} files (${count(results, (r) => r.entry.part === 'tuning')} tuning, ${count(results, (r) => r.entry.part === 'holdout')} hold-out); ` +
  `${count(results, (r) => r.entry.language === 'de')} German, ${count(results, (r) => r.entry.format === 'eml')} eml, ` +
  `${count(results, (r) => r.entry.kind === 'spam')} spam, ` +
  `${count(results, (r) => ['US', 'CA', 'UK', 'AT', 'CH'].includes(r.entry.address_country ?? ''))} with a US/CA/UK/AT/CH sender address\n`);

let ok = true;
for (const part of ['tuning', 'holdout', 'all'] as const) {
  const rs = partOf(results, part);
  console.log(`${part === 'all' ? 'whole corpus' : part === 'holdout' ? 'hold-out part' : 'tuning part'} (${rs.length} files)`);
  for (const m of MEASURES) {
    const s = score(rs, m);
    const pass = s.precision >= MIN && s.recall >= MIN;
    ok &&= pass;
    console.log(`  ${m.padEnd(20)} precision ${fmt(s.precision)}  recall ${fmt(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})${pass ? '' : '  < 0.95'}`);
  }
  console.log('');
}

const misses = missesOf(results);
console.log(`misses (${misses.length}): expected -> actual, with the detector's evidence`);
for (const m of misses) {
  const kind = m.actual ? 'false positive' : 'false negative';
  console.log(`  [${m.part}] ${m.id}  ${m.measure}: expected ${m.expected ? 'yes' : 'no'}, got ${m.actual ? 'yes' : 'no'} (${kind})`);
  console.log(`      ${m.evidence}`);
}
if (misses.length === 0) console.log('  (none)');
console.log('');

// Newsletter-only rules (appliesTo: newsletter only) must stay silent on mail declared as another purpose.
const newsletterOnly = new Set(
  managedEmailServer.rules.filter((r) => r.appliesTo && r.appliesTo.purpose.length === 1 && r.appliesTo.purpose[0] === 'newsletter').map((r) => r.id),
);
const purposeOf: Partial<Record<string, Purpose>> = { transactional: 'transactional', 'doi-confirmation': 'doi-confirmation', 'system-alert': 'system-notification' };
const policy = createPolicy({ now: '2026-11-28T10:00:00Z' });
const fps: string[] = [];
let checked = 0;
for (const r of results) {
  const purpose = purposeOf[r.entry.kind];
  if (!purpose) continue;
  checked++;
  const message = { ...(await loadMessage(dir, r.entry)), purpose };
  const report = await policy.check({ message });
  for (const v of report.violations) if (newsletterOnly.has(v.ruleId)) fps.push(`  [${r.entry.part as Part}] ${r.entry.id} (${purpose}): ${v.ruleId}`);
}
console.log(`newsletter-only rules (${[...newsletterOnly].join(', ')}) on ${checked} transactional, DOI and system mails declared as such: ${fps.length} false positives`);
for (const line of fps) console.log(line);

process.exitCode = ok && fps.length === 0 ? 0 : 1;
