// Issue 14 (items 4, 5) and issue 22 (items 2, 3): sender identity never fails open, P4 needs a
// sign of concealment, domains compare in IDNA form, an organisation's own name on its own
// declared domain is no false identity.
import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/index.js';

const now = '2026-11-28T10:00:00Z';
const newsletter = {
  subject: 'Angebote',
  purpose: 'newsletter' as const,
  headers: { 'List-Unsubscribe': '<https://shop.de/abmelden>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  html: '<p>Angebote</p><a href="https://shop.de/abmelden">Abmelden</a> <a href="https://shop.de/impressum">Impressum</a>',
};

const check = async (message: Record<string, unknown>, senderDomains = ['shop.de']) => {
  const report = await createPolicy({ account: { senderDomains }, now }).check({ message: { ...newsletter, ...message } as never });
  return { verdict: report.verdict, ids: report.violations.map((v) => v.ruleId), report };
};

describe('sender identity never fails open (issue 14.4)', () => {
  it('judges every address of a Reply-To list: two unrelated addresses are not "no Reply-To"', async () => {
    const r = await check({ from: '"Shop GmbH" <news@shop.de>', replyTo: 'a@evil.example, b@evil.example' });
    expect(r.ids).toContain('mes/reply-to-other-domain');
    expect(r.verdict).not.toBe('send');
  });

  it('a free-mail address anywhere in a Reply-To list is concealment (prohibited)', async () => {
    const r = await check({ from: '"Shop GmbH" <news@shop.de>', replyTo: 'service@shop.de, shop.angebote@gmail.com' });
    expect(r.ids).toContain('mes/unrelated-reply-to');
    expect(r.verdict).toBe('hold');
  });

  it('judges a Sender list address by address', async () => {
    const r = await check({ from: '"Shop GmbH" <news@shop.de>', sender: 'bounces@shop.de, versand@gmail.com' });
    expect(r.ids).toContain('mes/unrelated-sender-header');
  });

  it('an unreadable Reply-To or Sender is judged as the worst case', async () => {
    expect((await check({ from: '"Shop GmbH" <news@shop.de>', replyTo: 'Kundenservice <antwort>' })).ids).toContain('mes/unrelated-reply-to');
    expect((await check({ from: '"Shop GmbH" <news@shop.de>', sender: 'Versand <bounces>' })).ids).toContain('mes/unrelated-sender-header');
  });

  it('a From padded with 33 comments stays a foreign sender and says it was cut', async () => {
    const r = await check({ from: `"Shop GmbH" ${'()'.repeat(33)} <service@bank.example>` });
    expect(r.ids).toContain('mes/foreign-sender-domain');
    expect(r.ids).toContain('mes/analysis-limit');
    expect(r.verdict).toBe('hold');
    const limit = r.report.violations.find((v) => v.ruleId === 'mes/analysis-limit')!;
    expect(limit.evidence['analysis.cutHeaders']).toEqual(['from']);
    expect(limit.messages!.de).toContain('From');
  });

  it('a From with a 1,000-character display name stays a foreign sender', async () => {
    const r = await check({ from: `"${'x'.repeat(1000)}" <service@bank.example>` });
    expect(r.ids).toEqual(expect.arrayContaining(['mes/foreign-sender-domain', 'mes/analysis-limit']));
    expect(r.verdict).toBe('hold');
  });

  it('a From list with one foreign address is a foreign sender', async () => {
    const r = await check({ from: 'news@shop.de, service@bank.example' });
    expect(r.ids).toEqual(expect.arrayContaining(['mes/foreign-sender-domain', 'mes/invalid-from']));
    expect(r.report.violations.find((v) => v.ruleId === 'mes/foreign-sender-domain')!.message).toContain('service@bank.example');
  });

  it('a Reply-To padded with 33 comments before a free-mail address is still concealment', async () => {
    const r = await check({ from: '"Shop GmbH" <news@shop.de>', replyTo: `"Service" ${'()'.repeat(33)} <shop.angebote@gmail.com>` });
    expect(r.ids).toEqual(expect.arrayContaining(['mes/unrelated-reply-to', 'mes/analysis-limit']));
  });
});

describe('P4 calibrated to what hides an identity (issue 14.5)', () => {
  const imprint =
    '<p>Neuheiten</p><a href="https://brand.de/abmelden">Abmelden</a><p>Brand GmbH, Hauptstraße 1, 10115 Berlin, ' +
    'Geschäftsführer: Max Muster, Amtsgericht Berlin HRB 12345. <a href="https://brand.de/impressum">Impressum</a></p>';

  it('brand.de with its Reply-To on brand-online.de and a full imprint is not held; the message names both domains', async () => {
    const r = await check({ from: '"Brand" <newsletter@brand.de>', replyTo: 'service@brand-online.de', html: imprint }, ['brand.de']);
    expect(r.verdict).not.toBe('hold');
    expect(r.ids).not.toContain('mes/unrelated-reply-to');
    const v = r.report.violations.find((x) => x.ruleId === 'mes/reply-to-other-domain')!;
    expect(v.severity).toBe('undesired');
    expect(v.messages!.de).toContain('brand-online.de');
    expect(v.messages!.de).toContain('brand.de');
    expect(v.messages!.de).toContain('account.senderDomains');
    expect(v.messages!.en).toContain('account.senderDomains');
  });

  it('a .de mail subdomain with its Reply-To on the brand .com is not held', async () => {
    const r = await check({ from: '"Marke" <news@mail.marke.de>', replyTo: 'kundenservice@marke.com' }, ['mail.marke.de']);
    expect(r.verdict).not.toBe('hold');
  });

  it('a mailing-list notification with Reply-To and Sender on the list domain is not held, and clean with a List-Id', async () => {
    const message = {
      from: '"Erika Muster" <erika@uni-beispiel.de>',
      sender: 'liste-bounces@lists.verein.example',
      replyTo: 'liste@lists.verein.example',
      purpose: 'system-notification',
      text: 'Neuer Beitrag.',
    };
    expect((await check(message, ['uni-beispiel.de'])).verdict).not.toBe('hold');
    const withListId = await check({ ...message, headers: { 'List-Id': 'Liste <liste.lists.verein.example>' } }, ['uni-beispiel.de']);
    expect(withListId.ids.filter((id) => /reply-to|sender-header/.test(id))).toEqual([]);
  });

  it('a look-alike of the From domain is concealment', async () => {
    expect((await check({ from: '"Shop GmbH" <news@shop.de>', replyTo: 'service@sh0p.de' })).verdict).toBe('hold');
    expect((await check({ from: '"Sparkasse" <news@sparkasse-musterstadt.de>', replyTo: 'service@sparkasse-musterstadl.de' }, ['sparkasse-musterstadt.de'])).ids).toContain('mes/unrelated-reply-to');
  });
});

describe('domains in one IDNA form (issue 22.2)', () => {
  it('a declared umlaut domain matches a punycode From and Reply-To, and the reverse', async () => {
    const a = await check({ from: '"Müller" <news@xn--mller-bckerei-hfb76a.de>', replyTo: 'info@xn--mller-bckerei-hfb76a.de' }, ['müller-bäckerei.de']);
    expect(a.ids.filter((id) => /sender-domain|reply-to/.test(id))).toEqual([]);
    const b = await check({ from: '"Müller" <news@müller-bäckerei.de>', replyTo: 'info@MÜLLER-BÄCKEREI.DE' }, ['xn--mller-bckerei-hfb76a.de']);
    expect(b.ids.filter((id) => /sender-domain|reply-to/.test(id))).toEqual([]);
    expect(b.verdict).toBe('send');
  });
});

describe('an organisation’s own name on its own declared domain (issue 22.3)', () => {
  it.each([
    ['"Volksbank Mittelhessen eG" <info@vb-mittelhessen.de>', 'vb-mittelhessen.de'],
    ['"Gewerkschaft der Polizei" <newsletter@gdp.de>', 'gdp.de'],
    ['"Schreibwaren Becker – DHL Paketshop" <info@schreibwaren-becker.de>', 'schreibwaren-becker.de'],
  ])('%s is not impersonation', async (from, domain) => {
    const r = await check({ from }, [domain]);
    expect(r.ids).not.toContain('mes/display-name-impersonation');
    expect(r.verdict).toBe('send');
  });

  it('a listed name on a declared domain that is not the organisation’s still is', async () => {
    expect((await check({ from: '"Volksbank Kundenservice" <news@shop.de>' })).ids).toContain('mes/display-name-impersonation');
    expect((await check({ from: '"PayPal" <news@shop.de>' })).ids).toContain('mes/display-name-impersonation');
  });
});
