// Checks a received test message (seed-address testing) against the bulkSender pack and prints
// the stylish report: `npx tsx examples/bulk-sender/check-eml.ts received.eml [purpose]`.
// Optionally probes DNS for the From domain first: add `--probe [selector,…]` (uses your resolver).
import { readFileSync } from 'node:fs';
import { bulkSender, createPolicy, formatReport, fromEml } from 'mailpolicy';
// Inside this repository the Node entry is read from src; an app imports 'mailpolicy/node'.
import { probeSender } from '../../src/node/index.js';

const [file, purpose = 'newsletter', flag, selectors] = process.argv.slice(2);
if (!file) {
  console.error('usage: check-eml.ts FILE.eml [purpose] [--probe selector,…]');
  process.exit(2);
}
const message = { ...(await fromEml(readFileSync(file))), purpose: purpose as 'newsletter' };
const domain = /@([^>\s]+)/.exec(message.from)?.[1];
const sender = flag === '--probe' && domain ? await probeSender({ domain, dkimSelectors: selectors?.split(',') ?? [] }) : undefined;
const policy = createPolicy({ packs: [bulkSender], locale: 'en' });
const report = await policy.check({ message, ...(sender ? { sender } : {}) });
console.log(formatReport(report, 'stylish', { locale: 'en', rules: policy.rules, sources: { message: file } }).trimEnd());
process.exitCode = report.violations.some((v) => v.severity !== 'advisory') ? 1 : 0;
