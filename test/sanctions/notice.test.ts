import { describe, expect, it } from 'vitest';
import { clauses, createPolicy, InputError, renderNotice, type Report } from '../../src/index.js';

const confirmed = { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-10-01' } as const;
const active = { consent: confirmed, lastOpenAt: '2026-11-01' };

const check = (locale: 'de' | 'en' = 'de'): Promise<Report> =>
  createPolicy({ now: '2026-11-28T10:00:00Z', account: { senderDomains: ['shop.example'] }, locale }).check({
    message: {
      from: '"Shop GmbH" <news@shop.example>',
      subject: 'Neu im Shop',
      purpose: 'newsletter',
      html: '<p>Angebote</p><a href="https://shop.example/u">Abmelden</a> <a href="https://shop.example/impressum">Impressum</a>',
      headers: { 'List-Unsubscribe': '<https://shop.example/u>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      spamScore: 6.1,
    },
    history: {
      window: { days: 30, sent: 20000, delivered: 19800, complaints: 70, abuseReports: 10 },
      warnings: [{ at: '2026-10-01', reason: 'complaint rate 0.4 %' }],
    },
    recipients: [
      { address: 'left@example.org', ...active, unsubscribedAt: '2026-11-20' },
      ...['b1', 'b2', 'b3', 'b4'].map((n) => ({ address: `${n}_*x*@example.org`, ...active, hardBounces: 1 })),
    ],
  });

const CLAUSE_ID = /\b[AUPMS][1-8]\b/g;

describe.each(['de', 'en'] as const)('renderNotice in %s', (locale) => {
  describe.each(['text', 'markdown'] as const)('as %s', (format) => {
    it('names each breach with clause id and German heading, evidence, fix and intended action', async () => {
      const report = await check();
      const notice = renderNotice(report, { locale, format, maxRecipients: 2 });
      const unescaped = notice.replaceAll('\\', '');
      for (const v of report.violations) {
        expect(unescaped).toContain(`${v.clause} „${v.clauseHeading}“`);
        expect(unescaped).toContain(v.ruleId);
        expect(unescaped).toContain(v.fix![locale]);
      }
      expect(unescaped).toContain(report.violations.find((v) => v.ruleId === 'mes/complaint-rate-over-limit')!.messages[locale]);
      expect(unescaped).toContain(locale === 'de' ? 'complaintRate.percent: 0,404' : 'complaintRate.percent: 0.404'); // evidence in the notice's number format
      for (const iv of report.interventions) expect(unescaped).toContain(iv.reasons[locale]);
      expect(unescaped).toContain(locale === 'de' ? '… und 2 weitere' : '… and 2 more');
    });

    it('gives the German heading of every clause it mentions', async () => {
      const notice = renderNotice(await check(), { locale, format }).replaceAll('\\', '');
      const mentioned = new Set(notice.match(CLAUSE_ID));
      expect([...mentioned].sort()).toEqual(expect.arrayContaining(['M2', 'M3', 'M6', 'P2', 'S2', 'S5', 'S6']));
      for (const id of mentioned) expect(notice).toContain(`${id} „${clauses.get(id)!.heading}“`);
    });
  });

  it('says so when there is nothing to report', async () => {
    const report = await createPolicy({ now: '2026-11-28T10:00:00Z', rules: {} }).check({
      message: { from: '"Shop GmbH" <service@shop.example>', subject: 'Passwort', purpose: 'transactional', text: 'Ihr Link: https://shop.example/reset' },
    });
    const notice = renderNotice({ ...report, violations: [], interventions: [] }, { locale });
    expect(notice).toContain(locale === 'de' ? 'keine Verstöße' : 'found no breach');
    expect(notice).toContain(locale === 'de' ? 'keinen Eingriff' : 'no intervention');
  });
});

describe('renderNotice formats', () => {
  it('escapes customer text in Markdown and keeps it verbatim in plain text', async () => {
    const report = await check();
    expect(renderNotice(report, { locale: 'en', format: 'markdown' })).toContain('b1\\_\\*x\\*@example.org');
    expect(renderNotice(report, { locale: 'en', format: 'text' })).toContain('b1_*x*@example.org');
  });

  it('follows the requested locale, not the policy’s', async () => {
    const notice = renderNotice(await check('de'), { locale: 'en' });
    expect(notice).toContain('Notice before intervention');
    expect(notice).toContain('Complaint rate 0.4 %');
  });

  it('defaults to German plain text', async () => {
    expect(renderNotice(await check('en'))).toMatch(/^Hinweis vor einem Eingriff.*\n=+\n/);
  });

  it('rejects bad options with a typed error naming each', async () => {
    const report = await check();
    const error = (() => {
      try {
        renderNotice(report, { locale: 'fr' as never, format: 'html' as never });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error!.issues.map((i) => i.path)).toEqual(['options.locale', 'options.format']);
  });
});
