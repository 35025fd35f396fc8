// Child process of the benchmark: streams N generated recipients through checkRecipients and
// reports peak RSS of this process. The records are generated on the fly, so the only memory a
// leak or an accumulating list could take is mailpolicy's.
import { createPolicy } from '../src/index.js';
import { BENCH_HISTORY, BENCH_NOW, streamRecords } from './data.js';
import { newsletter } from './newsletter.js';

const n = Number(process.argv[2] ?? 1_000_000);
const policy = createPolicy({ now: BENCH_NOW, account: { senderDomains: ['shop.example'] } });
const counts = { send: 0, exclude: 0, invalid: 0 };
const start = performance.now();
for await (const v of policy.checkRecipients(streamRecords(n, 7), { message: newsletter(60_000), history: BENCH_HISTORY })) {
  counts[v.verdict]++;
}
const ms = performance.now() - start;
process.stdout.write(
  JSON.stringify({ recipients: n, ms, counts, peakRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
