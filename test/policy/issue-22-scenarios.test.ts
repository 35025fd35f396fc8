// The scenarios of issue 22 ("The seed policy, rule by rule, as a careful German reader applies
// it"), each as the issue states it: now 2026-11-28T10:00Z, senderDomains ['shop.de'], an
// otherwise compliant newsletter unless noted.
import { describe, expect, it } from 'vitest';
import { createPolicy, type Report } from '../../src/index.js';

const NOW = '2026-11-28T10:00:00Z';
const newsletter = {
  from: '"Shop GmbH" <news@shop.de>',
  subject: 'Neuigkeiten',
  purpose: 'newsletter' as const,
  headers: { 'List-Unsubscribe': '<https://shop.de/abmelden?id=1>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  html: '<p>Neu im Shop.</p><a href="https://shop.de/abmelden?id=1">Abmelden</a> <a href="https://shop.de/impressum">Impressum</a>',
};
const doiMail = { ...newsletter, purpose: 'doi-confirmation' as const, html: undefined, text: 'Bitte bestätigen: https://shop.de/confirm/abc\n\nImpressum: https://shop.de/impressum' };
const confirmed = { status: 'confirmed' as const, method: 'double-opt-in' as const, confirmedAt: '2026-01-10' };

const check = (input: { message?: object; recipients?: object[]; history?: object }, extra: object = {}): Promise<Report> =>
  createPolicy({ now: NOW, account: { senderDomains: ['shop.de'] }, locale: 'de', ...extra }).check({
    message: (input.message ?? newsletter) as never,
    recipients: (input.recipients ?? []) as never,
    history: (input.history ?? {}) as never,
  });
const ids = (r: Report) => r.violations.map((v) => v.ruleId);

describe('issue 22 item 6: subscribers who legitimately came back', () => {
  it('A2: a new sign-up two minutes old after an unsubscribe gets its confirmation mail', async () => {
    const r = await check({
      message: doiMail,
      recipients: [{ address: 'anna@example.org', doiRequestsSent: 1, unsubscribedAt: '2025-02-01', consent: { status: 'pending', method: 'double-opt-in', requestedAt: '2026-11-28T09:58:00Z' } }],
    });
    expect(ids(r)).not.toContain('mes/repeated-doi-request');
    expect(r.recipients[0]!.verdict).toBe('send');
  });
  it('U4: a fresh re-confirmation counts as activity', async () => {
    const r = await check({ recipients: [{ address: 'anna@example.org', consent: { ...confirmed, confirmedAt: '2026-11-27' }, lastOpenAt: '2026-03-20' }] });
    expect(ids(r)).not.toContain('mes/inactive-recipient');
  });
  it('U6: a consent confirmed after a six-month gap has not lapsed', async () => {
    const r = await check({
      recipients: [{ address: 'anna@example.org', consent: { ...confirmed, confirmedAt: '2026-11-27' }, lastSentAt: '2025-11-20', lastOpenAt: '2026-11-27' }],
      history: { lastCampaignAt: '2025-11-20' },
    });
    expect(ids(r)).not.toContain('mes/dormant-recipient');
    expect(ids(r)).not.toContain('mes/dormant-list');
    expect(r.recipients[0]!.verdict).toBe('send');
  });
});

describe('issue 22 item 7: bot detection', () => {
  it('a pending numeric T-Online address gets its DOI confirmation', async () => {
    const r = await check({ message: doiMail, recipients: [{ address: '0301234567-0001@t-online.de', consent: { status: 'pending', method: 'double-opt-in' } }] });
    expect(ids(r)).not.toContain('mes/bot-signup');
    expect(r.recipients[0]!.verdict).toBe('send');
  });
  it('honeypot + bot score 0.99 + a single opt-in "confirmed": the DOI mail is not sent', async () => {
    const r = await check({
      message: doiMail,
      recipients: [{ address: 'xkqzvbtrwpl@mailinator.com', signup: { honeypotFilled: true, botScore: 0.99 }, consent: { status: 'confirmed', method: 'single-opt-in' } }],
    });
    expect(ids(r)).toContain('mes/bot-signup');
    expect(r.recipients[0]!.verdict).toBe('exclude');
  });
});

describe('issue 22 item 1: plain-text imprint, and undesired findings never add up to prohibited', () => {
  const reset = { from: 'noreply@shop.de', subject: 'Passwort', purpose: 'transactional' as const, text: 'Ihr Link: https://shop.de/reset/abc\n\nImpressum: https://shop.de/impressum' };
  it('an imprint link written as text counts ("Impressum (Link oder Text)")', async () => {
    const r = await check({ message: reset, recipients: [{ address: 'anna@example.org' }] });
    expect(ids(r)).not.toContain('mes/no-imprint');
    expect(ids(r)).not.toContain('mes/anonymous-sender');
    expect(r.verdict).not.toBe('hold');
    expect(r.recipients[0]!.verdict).toBe('send');
    expect(r.sanction.actions).not.toContain('warning');
  });
  it('a DOI confirmation with its imprint link as text: the same', async () => {
    const r = await check({ message: { ...reset, purpose: 'doi-confirmation', text: 'Bitte bestätigen: https://shop.de/confirm/abc\n\nImpressum: https://shop.de/impressum' }, recipients: [{ address: 'anna@example.org', consent: { status: 'pending', method: 'double-opt-in' } }] });
    expect(ids(r)).not.toContain('mes/no-imprint');
    expect(r.recipients[0]!.verdict).toBe('send');
  });
  it('no display name and no imprint: two undesired findings stay undesired, and the sender is not called unrecognisable', async () => {
    const r = await check({ message: { ...reset, text: 'Ihr Link: https://shop.de/reset/abc' }, recipients: [{ address: 'anna@example.org' }] });
    expect(ids(r)).toContain('mes/no-imprint');
    expect(r.violations.every((v) => v.severity !== 'prohibited')).toBe(true);
    expect(r.verdict).toBe('fix');
    expect(r.sanction.actions).not.toContain('warning');
    for (const v of r.violations) expect(v.messages.de).not.toMatch(/nicht erkennbar/);
  });
});

describe('issue 22 item 5: a complaint rate is monitoring, not a verbotene Nutzung', () => {
  it('one complaint among 200 emails is noise: no finding, no hold, no Abmahnung', async () => {
    const r = await check({ history: { window: { days: 30, sent: 200, delivered: 200, complaints: 1 } } });
    expect(ids(r).filter((i) => i.startsWith('mes/complaint-rate'))).toEqual([]);
    expect(r.verdict).toBe('send');
    expect(r.sanction.actions).not.toContain('warning');
  });
  it('over the hard limit at volume: undesired, the bulk mailing paused (S2), never a warning', async () => {
    const r = await check({ history: { window: { days: 30, sent: 20000, delivered: 20000, complaints: 100 } } });
    const v = r.violations.find((x) => x.ruleId === 'mes/complaint-rate-over-limit');
    expect(v?.severity).toBe('undesired');
    expect(r.sanction.actions).toContain('pause-campaign');
    expect(r.sanction.actions).not.toContain('warning');
    expect(r.sanction.actions).not.toContain('termination-eligible');
  });
});

describe('issue 22 item 4: termination needs a breach that went out, after a warning in force of the same kind', () => {
  const clean = Array.from({ length: 999 }, (_, i) => ({ address: `kunde${i}@example.org`, consent: confirmed, lastOpenAt: '2026-11-01' }));
  it('999 compliant + 1 without consent, a five-year-old warning: no termination', async () => {
    const r = await check({ recipients: [...clean, { address: 'ohne@example.org' }], history: { warnings: [{ at: '2021-03-01' }] } });
    expect(r.recipients.at(-1)!.verdict).toBe('exclude');
    expect(r.verdict).toBe('send');
    expect(r.sanction.actions).not.toContain('termination-eligible');
  });
  it('a breach in the send itself after a warning in force for the same clause: termination possible', async () => {
    const r = await check({ message: { ...newsletter, contentLabels: ['pornographic'] }, history: { warnings: [{ at: '2026-06-01', clause: 'P6' }] } });
    expect(r.verdict).toBe('hold');
    expect(r.sanction.actions).toContain('termination-eligible');
  });
  it('a warning for another kind of breach, or an expired one (option), does not lead to termination', async () => {
    const message = { ...newsletter, contentLabels: ['pornographic'] };
    const other = await check({ message, history: { warnings: [{ at: '2026-06-01', clause: 'P1' }] } });
    expect(other.sanction.actions).not.toContain('termination-eligible');
    expect(other.sanction.actions).toContain('warning');
    const expired = await check({ message, history: { warnings: [{ at: '2026-06-01', clause: 'P6' }] } }, { sanctions: { warningValidityDays: 90 } });
    expect(expired.sanction.actions).not.toContain('termination-eligible');
    expect(expired.sanction.reasons.join(' ')).toMatch(/zählt nicht mehr/);
  });
});

describe('issue 22 item 10: volume-spike is advisory and judged by weekday', () => {
  it('a weekly newsletter on top of daily transactional mail is no spike, and an advisory finding suggests no sanction', async () => {
    const weekly = [4800, 60, 55, 40, 50, 45, 20, 5000, 60, 55, 40, 50, 45, 15, 5000];
    const r = await check({ history: { dailyVolumes: weekly } });
    expect(ids(r)).not.toContain('mes/volume-spike');
    const jump = await check({ history: { dailyVolumes: [60, 55, 40, 50, 45, 20, 15, 5000] } });
    expect(jump.violations.find((v) => v.ruleId === 'mes/volume-spike')?.severity).toBe('advisory');
    expect(jump.sanction.actions).toEqual([]);
    expect(jump.verdict).toBe('send');
  });
});

describe('issue 22 item 9: the report says which policy version governed (S8)', () => {
  it('after the announcement: in force, with its objection window (§ 193 BGB: Sunday 13 Dec -> Monday 14 Dec)', async () => {
    const r = await check({});
    expect(r.policyVersions).toEqual([
      { pack: 'managed-email-server', version: '1.0.0', announcedAt: '2026-11-01', status: 'in-force', objectionWindow: { sixWeeksDay: '2026-12-13', lastDay: '2026-12-14', open: true } },
    ]);
  });
  it('before the announcement the pack does not govern: its rules are not applied, and the report says so', async () => {
    const r = await createPolicy({ now: '2026-10-15T10:00:00Z', account: { senderDomains: ['shop.de'] } }).check({
      message: { ...newsletter, contentLabels: ['pornographic'] } as never,
    });
    expect(r.violations).toEqual([]);
    expect(r.policyVersions).toEqual([{ pack: 'managed-email-server', version: '1.0.0', announcedAt: '2026-11-01', status: 'announced-later', objectionWindow: null }]);
  });
});

describe('issue 22 item 11: German texts', () => {
  const de = (r: Report, id: string) => r.violations.find((v) => v.ruleId === id)?.messages.de ?? '';
  it('decimal comma and number agreement; "liegt über" never for a rate exactly at the target', async () => {
    const one = await check({ history: { window: { days: 30, sent: 1000, delivered: 1000, complaints: 1 } } });
    expect(de(one, 'mes/complaint-rate')).toBe('Beschwerderate 0,1 % (1 Beschwerde bei 1.000 zugestellten Emails in 30 Tagen) liegt nicht unter dem Zielwert von 0,1 %.');
    const half = await check({ history: { window: { days: 30, sent: 2000, delivered: 2000, complaints: 10 } } });
    expect(de(half, 'mes/complaint-rate-over-limit')).toContain('0,5 % (10 Beschwerden bei 2.000 zugestellten Emails');
    // A rate to two decimals, as the providers state theirs: 163 of 47,200 is 0,35 %, not 0,3453 %.
    const demo = await check({ history: { window: { days: 30, sent: 47200, delivered: 47200, complaints: 163 } } });
    expect(de(demo, 'mes/complaint-rate-over-limit')).toBe('Beschwerderate 0,35 % (163 Beschwerden bei 47.200 zugestellten Emails in 30 Tagen) erreicht die harte Grenze von 0,3 %.');
  });
  it('"1 Empfänger wird ausgeschlossen", "Sie werden abgemahnt"', async () => {
    const r = await check({ recipients: [{ address: 'ohne@example.org' }] });
    const reason = r.sanction.reasons.join(' ');
    expect(reason).toContain('1 Empfänger wird ausgeschlossen (an ihn geht nichts)');
    expect(reason).toMatch(/^Abmahnung \(S6\): /); // no English action id ("warning") in German text
    expect(reason).toContain('Sie werden abgemahnt');
    expect(reason).not.toContain('Sie wird abgemahnt');
  });
  it('no "(–)", no English enum values in German text', async () => {
    const r = await check({
      recipients: [
        { address: 'pending@example.org', consent: { status: 'pending', method: 'double-opt-in' } },
        { address: 'ohne@example.org', consent: { status: 'none' } },
        { address: 'single@example.org', consent: { status: 'confirmed', method: 'single-opt-in' } },
        { address: 'xkqzvbtrwpl@example.org', consent: { status: 'pending' } },
        { address: 'gekauft@example.org', source: 'purchased', consent: confirmed },
      ],
    });
    const texts = r.violations.map((v) => v.messages.de).join('\n');
    expect(texts).not.toContain('(–)');
    for (const english of ['Status none', 'Status pending', 'single-opt-in', 'gibberish-address', '(purchased)']) expect(texts).not.toContain(english);
    expect(de(r, 'mes/unconfirmed-opt-in')).toBe('Das Opt-In wurde begonnen, aber nicht bestätigt.');
  });
  it('rounded factors, labels and counts in words: "das 83,3-Fache", "verbotenes Angebot", "einer Blocklist"', async () => {
    const spike = await check({ history: { dailyVolumes: [60, 55, 40, 50, 45, 20, 15, 5000] } });
    expect(de(spike, 'mes/volume-spike')).toBe('Heute sind 5.000 Emails geplant, das 83,3-Fache des Medians von 60 an demselben Wochentag der Vorwoche (Grenze: das 2-Fache).');
    const offer = await check({ message: { ...newsletter, contentLabels: ['illegal-offer'] } });
    expect(de(offer, 'mes/forbidden-offer')).toBe('Die Email bewirbt verbotene, beleidigende oder gefährliche Angebote (Kennzeichnung: verbotenes Angebot).');
    const listed = await check({ history: { blocklistings: [{ list: 'psbl.surriel.com', target: '192.0.2.10' }] } });
    expect(de(listed, 'mes/blocklisted')).toBe('Versand-IP oder -Domain steht auf einer Blocklist: psbl.surriel.com (192.0.2.10).');
  });
  it('invalid-from prints no nested straight quotes; U4 gives its basis in German as in English', async () => {
    const bad = await check({ message: { ...newsletter, from: '"Shop" <kaputt' } });
    expect(de(bad, 'mes/invalid-from')).toBe('Der From-Header „"Shop" <kaputt“ ist keine gültige Absenderadresse.');
    const r = await check({ recipients: [{ address: 'anna@example.org', consent: confirmed, lastOpenAt: '2026-03-20' }] });
    expect(de(r, 'mes/inactive-recipient')).toBe('Die letzte Aktivität am 2026-03-20 (Öffnen) liegt länger als 6 Monate zurück (8 volle Monate).');
  });
});
