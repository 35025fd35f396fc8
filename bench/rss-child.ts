// Child process of the benchmark: streams N generated recipients through checkRecipients and
// reports peak RSS of this process. The records are generated on the fly, so the only memory a
// leak or an accumulating list could take is mailpolicy's.
//
// `npm run bench` runs this file bundled (bench/bundle-child.ts), the way an application runs the
// built package; `node --import tsx bench/rss-child.ts 100000` runs it from source, for a quick
// look, but then the tsx loader (its worker thread, transpile and source-map caches) adds ~70 MiB.
//
// Besides the peak it reports where the RSS comes from:
// - baseline: the high-water mark once everything is loaded, the policy created, the message
//   analysed and the first verdict out (what any use costs, with 1 or 1,000,000 recipients);
// - growth: peak minus baseline, i.e. what streaming adds;
// - live heap after a full GC at the first and at the last verdict, with the stream still open:
//   if mailpolicy kept anything per recipient, the second would be larger by that much. The two
//   forced GCs happen outside the streaming in between, which runs with V8's defaults.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createPolicy, type RecipientInput } from '../src/index.js';
import { BENCH_HISTORY, BENCH_NOW, streamRecords } from './data.js';
import { newsletter } from './newsletter.js';

export interface RssReport {
  readonly recipients: number;
  readonly ms: number;
  readonly counts: Record<'send' | 'exclude' | 'invalid', number>;
  readonly baselineRssMiB: number;
  readonly peakRssMiB: number;
  readonly liveHeapFirstMiB: number;
  readonly liveHeapLastMiB: number;
}

const MiB = 1024 * 1024;
const maxRssMiB = () => process.resourceUsage().maxRSS / 1024;
// --expose-gc switched on at run time (it changes no heap sizes), so the child needs no flags.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const liveHeapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / MiB;
};

const n = Number(process.argv[2] ?? 1_000_000);
const policy = createPolicy({ now: BENCH_NOW, account: { senderDomains: ['shop.example'] } });
const counts = { send: 0, exclude: 0, invalid: 0 };
let baselineRssMiB = 0;
let peakRssMiB = 0;
let liveHeapFirstMiB = 0;
let liveHeapLastMiB = 0;
let seen = 0;
const start = performance.now();
for await (const v of policy.checkRecipients(streamRecords(n, 7) as Iterable<RecipientInput>, { message: newsletter(60_000), history: BENCH_HISTORY })) {
  counts[v.verdict]++;
  seen++;
  if (seen === 1) {
    baselineRssMiB = maxRssMiB();
    liveHeapFirstMiB = liveHeapMiB();
  }
  if (seen === n) {
    peakRssMiB = maxRssMiB();
    liveHeapLastMiB = liveHeapMiB();
  }
}
const ms = performance.now() - start;
if (n === 0) baselineRssMiB = peakRssMiB = maxRssMiB();
const report: RssReport = { recipients: n, ms, counts, baselineRssMiB, peakRssMiB, liveHeapFirstMiB, liveHeapLastMiB };
process.stdout.write(JSON.stringify(report) + '\n');
