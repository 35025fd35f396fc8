// Monitoring, sanctions and the notice to the customer (clauses M1–M6, S1–S8).
// Run: npx tsx examples/05-sanctions-and-notice.ts
import { billInterventions, createPolicy, governingVersion, managedEmailServer, renderNotice } from '../src/index.js';

const policy = createPolicy({ account: { senderDomains: ['shop.example'] }, now: '2026-11-28T10:00:00Z', locale: 'en' });

const report = await policy.check({
  message: {
    from: '"Shop GmbH" <news@shop.example>',
    subject: 'Black Friday',
    purpose: 'newsletter',
    html: '<p>Alles reduziert!</p><a href="https://shop.example/abmelden">Abmelden</a> · <a href="https://shop.example/impressum">Impressum</a>',
    headers: { 'List-Unsubscribe': '<https://shop.example/abmelden>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  },
  history: {
    // A complaint spike: 0.4 % over 30 days (the providers' hard limit is 0.3 %) …
    window: { days: 30, sent: 20000, delivered: 19800, hardBounces: 200, complaints: 70, abuseReports: 10 },
    dailyVolumes: [4000, 4200, 3900, 4100, 12000],
    // … after a formal warning for an earlier breach.
    incidents: [{ at: '2026-10-01', ruleId: 'mes/complaint-rate-over-limit', clause: 'M2', severity: 'prohibited' }],
    warnings: [{ at: '2026-10-02', reason: 'complaint rate 0.35 %' }],
  },
  recipients: [
    { address: 'anna@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-09-01' }, lastOpenAt: '2026-11-20' },
    { address: 'ben@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-09-01' }, unsubscribedAt: '2026-11-25' },
  ],
});

console.log('verdict:', report.verdict);
console.log('sanction:', report.sanction.kind, '| rung:', report.sanction.escalation, '| actions:', report.sanction.actions.join(', '));
for (const r of report.sanction.reasons) console.log('  -', r);

// S7: the caller says how many hours each intervention took; the library multiplies.
const bill = billInterventions(report.interventions, { hours: report.interventions.map(() => 0.5), hourlyRate: 90, currency: 'EUR' });
console.log(`bill: ${bill.totalHours} h → ${bill.total} ${bill.currency}`);

// S5: the notice sent before intervening (German is the default; here English Markdown).
console.log('\n' + renderNotice(report, { locale: 'en', format: 'markdown' }));

// S8: which version of the policy governs, and is the objection window still open?
const v2 = { version: '2.0.0', announcedAt: '2026-11-20' };
console.log(governingVersion([managedEmailServer, v2], { at: '2026-11-28' }));
console.log(governingVersion([managedEmailServer, v2], { at: '2026-12-15', objectedAt: '2026-12-01' }));
