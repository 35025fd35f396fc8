// The measurements of `npm run bench` (add `-- --json` for one JSON object); bench/index.ts
// bundles this file and runs it with plain node, as an application runs the built package.
// Measures in one process and one run:
// recipients per second for mailpolicy end to end, naive json-rules-engine and zod validation
// alone; message analysis against parse5; peak RSS streaming 1,000,000 recipients (child process).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { parse } from 'parse5';
import { analyzeMessage, createPolicy, RecipientSchema, type RecipientInput } from '../src/index.js';
import { compileRecipientParser, parseSendInput, REJECTED } from '../src/model/index.js';
import { SeenAddresses } from '../src/policy/seen-addresses.js';
import { BENCH_HISTORY, BENCH_NOW, recipientRecords, violatingRecords } from './data.js';
import { interleaved, median, pairedRatio } from './measure.js';
import { hostileGrowth, printHostileGrowth } from './hostile-growth.js';
import { naiveJre } from './naive-jre.js';
import { newsletter } from './newsletter.js';
import type { RssReport } from './rss-child.js';

const json = process.argv.includes('--json');
const log = (s: string) => {
  if (!json) console.log(s);
};

const RECIPIENTS = 50_000;
const JRE_RECIPIENTS = 3_000;
// Medians over many rounds: on a shared machine single rounds swing by up to a factor of 1.5 as
// neighbours come and go. Sixteen, so each of the four recipient competitors follows each other
// one four times (the order turns every round); 63 message rounds, 21 per turn of three (a round
// of them takes about 0.1 s, and its single runs swing the most: 3.0–9.4 ms for one analysis).
// Rates are medians of the rounds; ratios are medians of each round's own ratio (pairedRatio).
const RECIPIENT_ROUNDS = 16;
const MESSAGE_ROUNDS = 63;
const RSS_RECIPIENTS = 1_000_000;
// Hostile growth: check() over an array of recipients that each break several rules, against
// streaming the same records (issue 15: a list copied per violation made check() quadratic).
const HOSTILE_RECIPIENTS = 20_000;
const HOSTILE_ROUNDS = 7;

const recipientsBench = async () => {
  const records = recipientRecords(RECIPIENTS);
  const message = newsletter(60_000);
  const policy = createPolicy({ now: BENCH_NOW, account: { senderDomains: ['shop.example'] } });
  const parsed = parseSendInput(message, BENCH_HISTORY);
  const jre = naiveJre(policy.rules, parsed.message, parsed.history, new Date(BENCH_NOW));
  const jreRecords = records.slice(0, JRE_RECIPIENTS);
  const compiled = compileRecipientParser()!;
  let sink = 0;
  const rates = await interleaved(
    [
      {
        name: 'mailpolicy',
        units: records.length,
        run: async () => {
          for await (const v of policy.checkRecipients(records as Iterable<RecipientInput>, { message, history: BENCH_HISTORY })) sink += v.violations.length;
        },
      },
      {
        name: 'jre',
        units: jreRecords.length,
        run: async () => {
          for (let i = 0; i < jreRecords.length; i++) sink += (await jre.check(jreRecords[i], i)).fired.length;
        },
      },
      {
        name: 'zod',
        units: records.length,
        run: () => {
          for (const r of records) sink += RecipientSchema.safeParse(r).success ? 1 : 0;
        },
      },
      {
        // Not a competitor: the validation step mailpolicy itself runs (the schema compiled,
        // zod for rejected records), so the output can say what the rules cost on top of it.
        name: 'validation',
        units: records.length,
        run: () => {
          for (const r of records) sink += compiled(r) === REJECTED && !RecipientSchema.safeParse(r).success ? 0 : 1;
        },
      },
    ],
    RECIPIENT_ROUNDS,
  );
  const counts = { send: 0, exclude: 0, invalid: 0 };
  for await (const v of policy.checkRecipients(records as Iterable<RecipientInput>, { message, history: BENCH_HISTORY })) counts[v.verdict]++;
  return {
    rates,
    sink,
    counts,
    rules: policy.rules.filter((r) => r.scope === 'recipient').map((r) => r.id),
    jreRules: jre.ruleCount,
  };
};

const messageBench = async () => {
  const small = newsletter(60_000);
  const large = newsletter(600_000);
  let sink = 0;
  const rates = await interleaved(
    [
      { name: 'analyze', units: 10, run: () => { for (let i = 0; i < 10; i++) sink += analyzeMessage(small).body.anchors.length; } },
      { name: 'parse5', units: 10, run: () => { for (let i = 0; i < 10; i++) sink += parse(small.html).childNodes.length; } },
      { name: 'analyze10x', units: 1, run: () => { sink += analyzeMessage(large).body.anchors.length; } },
    ],
    MESSAGE_ROUNDS,
  );
  return { rates, sink, htmlBytes: [small.html.length, large.html.length], textBytes: [small.text.length, large.text.length] };
};

const hostileCheckBench = async () => {
  const records = violatingRecords(HOSTILE_RECIPIENTS) as RecipientInput[];
  const message = newsletter(60_000);
  const policy = createPolicy({ now: BENCH_NOW, account: { senderDomains: ['shop.example'] } });
  let sink = 0;
  let violations = 0;
  const rates = await interleaved(
    [
      {
        name: 'check',
        units: records.length,
        run: async () => {
          const report = await policy.check({ message, history: BENCH_HISTORY, recipients: records });
          violations = report.violations.length;
          sink += report.sanction.actions.length;
        },
      },
      {
        name: 'stream',
        units: records.length,
        run: async () => {
          for await (const v of policy.checkRecipients(records, { message, history: BENCH_HISTORY })) sink += v.violations.length;
        },
      },
    ],
    HOSTILE_ROUNDS,
  );
  return { rates, sink, violations };
};

// Duplicate detection (SeenAddresses, which checkRecipients runs for every record): a million
// distinct addresses streamed through one set, the time per million and the table's bytes.
// Five rounds, median; the addresses are built before the clock starts.
const DUP_RECIPIENTS = 1_000_000;
const duplicateBench = () => {
  const addresses = Array.from({ length: DUP_RECIPIENTS }, (_, i) => `Kunde.${i}@Example-${i % 97}.de`);
  const times: number[] = [];
  let bytes = 0;
  let sink = 0;
  for (let round = 0; round < 5; round++) {
    const seen = new SeenAddresses();
    const start = performance.now();
    for (let i = 0; i < addresses.length; i++) sink += seen.add(addresses[i]!, i);
    times.push(performance.now() - start);
    bytes = seen.bytes;
  }
  return { msPerMillion: (median(times) * 1_000_000) / DUP_RECIPIENTS, rounds: times, bytes, sink };
};

// Hostile text at the default limits (issue 15): 2 MB of "a." in the text part (every pair a
// link candidate, none a link) against a benign 2 MB text part; 2 MB of "a.de:" (a link every
// five characters, 400,000 of them: the most linkifyjs work a text part can ask for that we
// found); and the worst case the defaults let through, 2 MB of "a.de:" in each part.
// Interleaved rounds, CPU time, median.
const HOSTILE_TEXT_BYTES = 2_000_000;
const hostileTextBench = async () => {
  const hostile = 'a.'.repeat(HOSTILE_TEXT_BYTES / 2);
  const linkDense = 'a.de:'.repeat(HOSTILE_TEXT_BYTES / 5);
  let benign = '';
  const sentence = 'Hello and welcome to our newsletter, see https://shop.de/x for news and offers for you. ';
  while (benign.length < HOSTILE_TEXT_BYTES) benign += sentence;
  benign = benign.slice(0, HOSTILE_TEXT_BYTES);
  const m = (text: string, html?: string) => ({ from: '"Shop" <news@shop.example>', subject: 's', text, ...(html ? { html } : {}) });
  let sink = 0;
  const rates = await interleaved(
    [
      { name: 'benign', units: 1, run: () => { sink += analyzeMessage(m(benign)).body.textLinks.length; } },
      { name: 'hostile', units: 1, run: () => { sink += analyzeMessage(m(hostile)).body.textLinks.length; } },
      { name: 'linkDense', units: 1, run: () => { sink += analyzeMessage(m(linkDense)).body.textLinks.length; } },
      { name: 'worst', units: 1, run: () => { sink += analyzeMessage(m(linkDense, linkDense)).body.textLinks.length; } },
    ],
    HOSTILE_ROUNDS,
  );
  return { rates, sink };
};

// Peak RSS in a child process of its own, run bundled like the built package (bench/bundle.ts):
// the parent's records and measurements must not count, nor the tsx loader.
const rssBench = async () => {
  const child = process.env.MAILPOLICY_BENCH_RSS_CHILD;
  if (!child) throw new Error('run the bench with `npm run bench`: bench/index.ts builds the memory child first');
  const out = execFileSync(process.execPath, [child, String(RSS_RECIPIENTS)], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as RssReport;
};

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

log(`mailpolicy bench · node ${process.version} · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length} · load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const r = await recipientsBench();
const m = await messageBench();
const rss = await rssBench();
const hostile = await hostileGrowth();
const h = await hostileCheckBench();
const dup = duplicateBench();
const ht = await hostileTextBench();

const recipientsPerSec = median(r.rates.get('mailpolicy')!);
const jrePerSec = median(r.rates.get('jre')!);
const zodPerSec = median(r.rates.get('zod')!);
const analyzeMs = 1000 / median(m.rates.get('analyze')!);
const parse5Ms = 1000 / median(m.rates.get('parse5')!);
const analyze10xMs = 1000 / median(m.rates.get('analyze10x')!);

// Ratios are paired per round (see pairedRatio); rates are per second, so a ratio of times is
// the inverse ratio of rates.
const rr = (name: string) => r.rates.get(name)!;
const mr = (name: string) => m.rates.get(name)!;
// From bench/index.ts (bench/browser-bundle.ts): the browser bundle of the four main functions.
const bundle = JSON.parse(process.env.MAILPOLICY_BENCH_BUNDLE ?? 'null') as { bundleRawKiB: number; bundleGzipKiB: number; dependenciesGzipKiB: number; lines: string[] } | null;

// From bench/index.ts (bench/startup.ts): the built CLI's start-up against bare node.
const startup = JSON.parse(process.env.MAILPOLICY_BENCH_STARTUP ?? 'null') as { versionRatio: number; checkEmlRatio: number; checkEmlColdRatio: number; checkHeavyRatio: number; lines: string[] } | null;

const result = {
  recipientsPerSec: Math.round(recipientsPerSec),
  jrePerSec: Math.round(jrePerSec),
  zodPerSec: Math.round(zodPerSec),
  vsJre: round(pairedRatio(rr('mailpolicy'), rr('jre')), 1),
  vsZod: round(pairedRatio(rr('mailpolicy'), rr('zod'))),
  messageVsParse5: round(pairedRatio(mr('parse5'), mr('analyze'))),
  scaling10x: round(pairedRatio(mr('analyze'), mr('analyze10x'))),
  rssMiB1M: round(rss.peakRssMiB, 1),
  hostileGrowthMax: round(Math.max(...hostile.bodies.map((x) => x.growth), ...hostile.detectors.map((x) => x.growth)), 1),
  hostileVsBenignMax: round(Math.max(...hostile.vsBenign.map((x) => x.ratio)), 1),
  hostileTextVsBenign2MB: round(pairedRatio(ht.rates.get('benign')!, ht.rates.get('hostile')!)),
  linkDenseVsBenign2MB: round(pairedRatio(ht.rates.get('benign')!, ht.rates.get('linkDense')!)),
  hostileWorstMs: Math.round(1000 / median(ht.rates.get('worst')!)),
  bundleGzipKiB: bundle?.bundleGzipKiB ?? null,
  bundleDependenciesGzipKiB: bundle?.dependenciesGzipKiB ?? null,
  startupVersionRatio: startup?.versionRatio ?? null,
  startupCheckEmlRatio: startup?.checkEmlRatio ?? null,
  startupCheckEmlColdRatio: startup?.checkEmlColdRatio ?? null,
  startupCheckHeavyRatio: startup?.checkHeavyRatio ?? null,
  checkVsStream20k: round(pairedRatio(h.rates.get('stream')!, h.rates.get('check')!)),
  duplicateMsPerMillion: Math.round(dup.msPerMillion),
  duplicateMiB1M: round(dup.bytes / 2 ** 20, 1),
};

if (json) {
  console.log(JSON.stringify(result));
} else {
  const fmt = (xs: number[]) => xs.map((x) => Math.round(x).toLocaleString('en')).join(' / ');
  log(`\nRecipients: ${RECIPIENTS.toLocaleString('en')} generated records (json-rules-engine: first ${JRE_RECIPIENTS.toLocaleString('en')}), ${RECIPIENT_ROUNDS} interleaved rounds (order turning), median, per CPU-second`);
  log(`  recipient rules: ${r.rules.length} (${r.rules.join(', ')})`);
  log(`  verdicts: ${JSON.stringify(r.counts)}`);
  log(`  mailpolicy end to end   ${result.recipientsPerSec.toLocaleString('en').padStart(10)} /s   rounds ${fmt(r.rates.get('mailpolicy')!)}`);
  log(`  naive json-rules-engine ${result.jrePerSec.toLocaleString('en').padStart(10)} /s   rounds ${fmt(r.rates.get('jre')!)}`);
  log(`  zod validation alone    ${result.zodPerSec.toLocaleString('en').padStart(10)} /s   rounds ${fmt(r.rates.get('zod')!)}`);
  log(`  vsJre ${result.vsJre} (target ≥ 50)   vsZod ${result.vsZod} (target ≥ 0.5)   medians of the rounds' ratios; ratios of the medians: ${(recipientsPerSec / jrePerSec).toFixed(1)} and ${(recipientsPerSec / zodPerSec).toFixed(2)}`);
  const perRecord = (name: string) => 1e6 / median(r.rates.get(name)!);
  const ownValidation = perRecord('validation');
  log(`  per record: end to end ${perRecord('mailpolicy').toFixed(2)} µs = validation as mailpolicy runs it (RecipientSchema compiled, zod for rejected records) ${ownValidation.toFixed(2)} µs`);
  log(`              + facts, rules, violations, verdict and streaming ${(perRecord('mailpolicy') - ownValidation).toFixed(2)} µs;   zod validation alone ${perRecord('zod').toFixed(2)} µs`);
  log(`\nMessage analysis: newsletter ${m.htmlBytes[0]} B HTML + ${m.textBytes[0]} B text; 10×: ${m.htmlBytes[1]} B + ${m.textBytes[1]} B`);
  log(`  analyzeMessage ${analyzeMs.toFixed(2)} ms   parse5.parse ${parse5Ms.toFixed(2)} ms   10× ${analyze10xMs.toFixed(2)} ms`);
  const ms = (name: string) => m.rates.get(name)!.map((x) => (1000 / x).toFixed(2)).join(' / ');
  log(`    rounds (ms): analyzeMessage ${ms('analyze')}`);
  log(`                 parse5.parse   ${ms('parse5')}`);
  log(`  messageVsParse5 ${result.messageVsParse5} (target ≤ 2)   scaling10x ${result.scaling10x} (target ≤ 12)   medians of the rounds' ratios; ratios of the medians: ${(analyzeMs / parse5Ms).toFixed(2)} and ${(analyze10xMs / analyzeMs).toFixed(2)}`);
  const liveGrowth = rss.liveHeapLastMiB - rss.liveHeapFirstMiB;
  log(`\nStreaming ${rss.recipients.toLocaleString('en')} recipients (child process): ${(rss.ms / 1000).toFixed(1)} s, ${Math.round((rss.recipients / rss.ms) * 1000).toLocaleString('en')} /s, verdicts ${JSON.stringify(rss.counts)}`);
  log(`  peak RSS ${result.rssMiB1M} MiB (target < 200), child run bundled as the built package runs (not under tsx)`);
  log(`    baseline ${rss.baselineRssMiB.toFixed(1)} MiB: Node, mailpolicy and its dependencies loaded, policy created, message analysed, first verdict out`);
  log(`    growth   ${(rss.peakRssMiB - rss.baselineRssMiB).toFixed(1)} MiB while streaming (garbage between GCs, see docs/performance.md)`);
  log(`    live heap after a full GC: ${rss.liveHeapFirstMiB.toFixed(1)} MiB at the first verdict, ${rss.liveHeapLastMiB.toFixed(1)} MiB at the last (${liveGrowth >= 0 ? '+' : ''}${liveGrowth.toFixed(2)} MiB kept over ${rss.recipients.toLocaleString('en')} recipients)`);
  log(`\nDuplicate detection: ${DUP_RECIPIENTS.toLocaleString('en')} distinct addresses streamed through one set (addressKey + 64-bit hash table), 5 rounds, median`);
  log(`  ${result.duplicateMsPerMillion} ms per million recipients   table ${result.duplicateMiB1M} MiB for a million   rounds (ms) ${dup.rounds.map((t) => t.toFixed(0)).join(' / ')}`);
  printHostileGrowth(hostile, log);
  if (bundle) log(`\n${bundle.lines.join('\n')}`);
  if (startup) log(`\n${startup.lines.join('\n')}`);
  const hms = (name: string) => h.rates.get(name)!.map((x) => ((HOSTILE_RECIPIENTS / x) * 1000).toFixed(0)).join(' / ');
  log(`\n  check() over ${HOSTILE_RECIPIENTS.toLocaleString('en')} recipients that each break several rules (${h.violations.toLocaleString('en')} violations), ${HOSTILE_ROUNDS} interleaved rounds`);
  log(`    check()           ${(HOSTILE_RECIPIENTS / median(h.rates.get('check')!) * 1000).toFixed(0).padStart(6)} ms   rounds ${hms('check')}`);
  log(`    checkRecipients() ${(HOSTILE_RECIPIENTS / median(h.rates.get('stream')!) * 1000).toFixed(0).padStart(6)} ms   rounds ${hms('stream')}`);
  log(`    checkVsStream20k ${result.checkVsStream20k} (target ≤ 2)   median of the rounds' ratios`);
  const tms = (name: string) => ht.rates.get(name)!.map((x) => (1000 / x).toFixed(0)).join(' / ');
  log(`\n  analyzeMessage at the default limits, 2 MB text part, ${HOSTILE_ROUNDS} interleaved rounds, CPU ms`);
  log(`    benign text (a sentence with a link, repeated)  ${(1000 / median(ht.rates.get('benign')!)).toFixed(0).padStart(6)} ms   rounds ${tms('benign')}`);
  log(`    hostile text ("a." repeated)                    ${(1000 / median(ht.rates.get('hostile')!)).toFixed(0).padStart(6)} ms   rounds ${tms('hostile')}`);
  log(`    link-dense text ("a.de:" repeated, 400,000 links) ${(1000 / median(ht.rates.get('linkDense')!)).toFixed(0).padStart(6)} ms   rounds ${tms('linkDense')}`);
  log(`    worst case: 2 MB of "a.de:" in text and in HTML ${String(result.hostileWorstMs).padStart(6)} ms   rounds ${tms('worst')}`);
  log(`    hostileTextVsBenign2MB ${result.hostileTextVsBenign2MB} (target ≤ 5)   linkDenseVsBenign2MB ${result.linkDenseVsBenign2MB} (target ≤ 5)   medians of the rounds' ratios`);
  log(`\n${JSON.stringify(result)}`);
}
