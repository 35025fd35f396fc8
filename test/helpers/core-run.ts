// The core checks of the suite as one program, for test/policy/code-generation.test.ts: every
// corpus .eml through fromEml and analyzeMessage; three policies (the standard pack, one with
// settings, one with a custom pack, fact and operator) checking a campaign, streaming
// recipients and explaining each violation; the report in every format. Prints one JSON object:
// the results and the number of code-generation attempts the process made.
import { codeGeneration } from './count-code-generation.js';
import { readdirSync, readFileSync } from 'node:fs';
import {
  analyzeMessage, createPolicy, defineFact, defineOperator, definePack, explain, formatReport, formats, fromEml, InputError,
  type RecipientVerdict,
} from '../../src/index.js';
import { goodRule, packOf } from './rules.js';

// The corpus folder: the first argument (the program runs bundled, away from this file).
const corpus = new URL(`file://${process.argv[2]!.replace(/\/?$/, '/')}`);
const now = '2026-11-28T10:00:00Z';

const recipients = [
  { address: 'a@example.org', source: 'signup-form', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-10-01' }, lastOpenAt: '2026-11-01' },
  { address: 'b@example.org', source: 'purchased' },
  { address: 'c@example.org', source: 'signup-form', consent: { status: 'pending' } },
  { name: 'no address' },
];

const custom = definePack(packOf([
  goodRule({
    id: 'acme/vip',
    scope: 'recipient',
    conditions: { all: [{ fact: 'isVip', operator: 'equal', value: true }, { fact: 'purpose', path: '$.value', operator: 'isOneOf', value: ['newsletter'] }] },
    messages: { de: 'VIP', en: 'VIP' },
  }),
], { name: 'acme' }));

const policies = [
  createPolicy({ now, account: { senderDomains: ['shop.example'] }, locale: 'en' }),
  createPolicy({ now, account: { senderDomains: ['shop.example'] }, rules: { 'mes/purchased-list': 'off' } }),
  createPolicy({
    now,
    packs: [custom],
    facts: { isVip: defineFact<boolean>((ctx) => ctx.recipient!.address === 'a@example.org') },
    operators: { isOneOf: defineOperator((a: unknown, b: unknown) => Array.isArray(b) && b.includes(a)) },
  }),
];

const out: Record<string, unknown> = {};
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.eml')).sort()) {
  const raw = new Uint8Array(readFileSync(new URL(file, corpus)));
  let message;
  try {
    message = await fromEml(raw, { purpose: 'newsletter' });
  } catch (e) {
    out[file] = { inputError: e instanceof InputError, issues: (e as InputError).issues };
    continue;
  }
  const facts = analyzeMessage(message);
  const checks = [];
  for (const policy of policies) {
    const report = await policy.check({ message, recipients });
    const streamed: RecipientVerdict[] = [];
    for await (const v of policy.checkRecipients(recipients, { message })) streamed.push(v);
    checks.push({
      report,
      streamed,
      explanations: report.violations.map((v) => explain(v)),
      formatted: formats.map((f) => formatReport(report, f, { locale: 'de' })),
    });
  }
  out[file] = { message, facts, checks };
}
process.stdout.write(JSON.stringify({ attempts: codeGeneration.attempts, results: out }));
