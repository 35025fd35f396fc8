// `npm run corpus`: runs analyzeMessage over the labelled corpus and prints misses and figures.
import { evaluateCorpus, MEASURES, resolveCorpusDir, score } from './corpus-eval.js';

const dir = resolveCorpusDir();
const results = await evaluateCorpus(dir);
const yn = (b: boolean): string => (b ? 'yes' : 'no');

console.log(`corpus: ${dir} (${results.length} files)\n`);
console.log(['file'.padEnd(40), ...MEASURES.map((m) => m.padEnd(22))].join(' '));
for (const r of results) {
  const cells = MEASURES.map((m) => {
    const ok = r.expected[m] === r.actual[m];
    const cell = ok ? yn(r.actual[m]) : `MISS ${r.actual[m] ? 'false+' : 'false-'}`;
    return cell.padEnd(22);
  });
  console.log([r.entry.id.padEnd(40), ...cells].join(' '));
}
console.log('');
let ok = true;
for (const m of MEASURES) {
  const s = score(results, m);
  ok &&= s.precision >= 0.95 && s.recall >= 0.95;
  console.log(
    `${m.padEnd(22)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})`,
  );
}
process.exitCode = ok ? 0 : 1;
