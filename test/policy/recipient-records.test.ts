// Issue 14.1 and 14.2: recipient records are validated strictly, and a later duplicate is excluded.
import { describe, expect, it } from 'vitest';
import { createPolicy, type RecipientVerdict } from '../../src/index.js';
import { SeenAddresses, addressKey } from '../../src/policy/seen-addresses.js';

const now = '2026-11-28T10:00:00Z';
const message = {
  from: '"Shop GmbH" <news@shop.de>', subject: 'Angebote', purpose: 'newsletter' as const,
  headers: { 'List-Unsubscribe': '<https://shop.de/u>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  html: '<a href="https://shop.de/u">Abmelden</a> <a href="https://shop.de/impressum">Impressum</a>',
};
const consent = { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-11-01' } as const;
// English: the issue texts below are asserted in English (a German policy words them in German, last test).
const policy = createPolicy({ account: { senderDomains: ['shop.de'] }, now, locale: 'en' });
const verdicts = async (recipients: unknown[], p = policy) => (await p.check({ message, recipients: recipients as never })).recipients;

describe('address: one RFC 5321 mailbox (issue 14.1)', () => {
  it.each(['not an email', 'max.mustermann@', '@example.de', 'two@@example.de', 'anna@example.de, ben@example.de',
    'Anna <anna@example.de>', 'anna @example.de', ' anna@example.de', 'anna@example', 'anna@[192.0.2.1]', '"anna"@example.de', ''])(
    '%j is invalid, with an issue on the address',
    async (address) => {
      const [r] = await verdicts([{ address, consent }]);
      expect(r!.verdict).toBe('invalid');
      expect(r!.issues!.map((i) => i.path)).toEqual(['recipients[0].address']);
    },
  );

  it.each(['anna@example.de', 'Anna.Schmidt+news@mail.example.co.uk', 'anna@müller-bäckerei.de', 'jörg@müller.de', '用户@例子.广告', 'anna@xn--mller-kva.de'])(
    '%j is a mailbox',
    async (address) => {
      const [r] = await verdicts([{ address, consent }]);
      expect(r!.verdict).toBe('send');
    },
  );
});

describe('unknown fields (issue 14.1)', () => {
  it.each([
    ['unsubscribed_at', 'unsubscribedAt'],
    ['lastOpenedAt', 'lastOpenAt'],
    ['UnsubscribedAt', 'unsubscribedAt'],
    ['hardbounces', 'hardBounces'],
  ])('%s makes the record invalid and names %s', async (field, meant) => {
    const [r] = await verdicts([{ address: 'anna@example.de', consent, [field]: '2026-11-01' }]);
    expect(r!.verdict).toBe('invalid');
    expect(r!.issues).toEqual([{ path: `recipients[0].${field}`, message: expect.stringContaining(`did you mean "${meant}"?`) }]);
  });

  it('an unknown field inside consent too', async () => {
    const [r] = await verdicts([{ address: 'anna@example.de', consent: { ...consent, confirmed_at: '2026-11-01' } }]);
    expect(r!.issues).toEqual([{ path: 'recipients[0].consent.confirmed_at', message: expect.stringContaining('did you mean "confirmedAt"?') }]);
  });

  it('a field far from every known one is named without a guess', async () => {
    const [r] = await verdicts([{ address: 'anna@example.de', consent, customerNumber: 4711 }]);
    expect(r!.issues![0]!.message).toMatch(/^unknown field "customerNumber" \(/);
  });

  it('a German policy words every issue in German, zod\'s own too', async () => {
    const de = createPolicy({ account: { senderDomains: ['shop.de'] }, now, locale: 'de' });
    const [a, b, c] = await verdicts([{ address: 'anna@example.de', consent, unsubscribed_at: 'x' }, { consent }, { address: 'b@example.de', consent: { status: 'maybe' }, hardBounces: 'x' }], de);
    expect(a!.issues![0]!.message).toBe('unbekanntes Feld "unsubscribed_at"; gemeint ist wohl "unsubscribedAt"? (createPolicy({ recipientFields: \'strip\' }) lässt unbekannte Felder stattdessen weg)');
    expect(b!.issues).toEqual([{ path: 'recipients[1].address', message: 'Ungültige Eingabe: erwartet Text, erhalten nichts (undefined)' }]);
    expect(c!.issues!.map((i) => i.message)).toEqual(['Ungültiger Wert: erwartet einer von "none" | "pending" | "confirmed"', 'Ungültige Eingabe: erwartet Zahl, erhalten Text']);
  });

  it("recipientFields: 'strip' drops unknown fields, at every level", async () => {
    const strip = createPolicy({ account: { senderDomains: ['shop.de'] }, now, recipientFields: 'strip' });
    const [r] = await verdicts([{ address: 'anna@example.de', consent: { ...consent, note: 'x' }, customerNumber: 4711 }], strip);
    expect(r!.verdict).toBe('send');
  });

  it('refuses an unknown recipientFields value', () => {
    expect(() => createPolicy({ recipientFields: 'loose' as never })).toThrow(/recipientFields/);
  });
});

describe('duplicates (issue 14.2)', () => {
  it('excludes a later record of the same address, naming the first index', async () => {
    const rs = await verdicts([
      { address: 'Anna@Example.org', consent },
      { address: 'ben@example.org', consent },
      { address: 'anna@example.org', consent },
      { address: 'ANNA@EXAMPLE.ORG', consent },
    ]);
    expect(rs.map((r) => r.verdict)).toEqual(['send', 'send', 'exclude', 'exclude']);
    const v = rs[2]!.violations[0]!;
    expect(v).toMatchObject({ ruleId: 'mes/duplicate-recipient', evidence: { 'duplicate.firstIndex': 0 } });
    expect(v.messages!.de).toContain('Position 0');
    expect(v.messages!.en).toContain('position 0');
    expect(policy.explain(v).conditions).toBeTruthy();
  });

  it('compares IDN domains in one form', async () => {
    const rs = await verdicts([{ address: 'anna@müller.de', consent }, { address: 'anna@xn--mller-kva.de', consent }]);
    expect(rs.map((r) => r.verdict)).toEqual(['send', 'exclude']);
  });

  it('works in streaming, and an invalid record is no first occurrence', async () => {
    async function* source() {
      yield { address: 'anna@example.org', consent, extra: 1 };
      yield { address: 'anna@example.org', consent };
      yield { address: 'Anna@example.org', consent };
    }
    const out: RecipientVerdict[] = [];
    for await (const v of policy.checkRecipients(source(), { message })) out.push(v);
    expect(out.map((r) => r.verdict)).toEqual(['invalid', 'send', 'exclude']);
    expect(out[2]!.violations[0]!.evidence['duplicate.firstIndex']).toBe(1);
  });

  it('the set keeps 64-bit hashes in a table of 12 bytes a slot: bounded for a million addresses', () => {
    const seen = new SeenAddresses();
    for (let i = 0; i < 1_000_000; i++) expect(seen.add(`user${i}@example.de`, i)).toBe(-1);
    expect(seen.count).toBe(1_000_000);
    expect(seen.bytes).toBeLessThanOrEqual(32 * 1_000_000);
    expect(seen.add('USER999999@EXAMPLE.DE', 1_000_000)).toBe(999_999);
    expect(addressKey('Anna@Müller.DE')).toBe('anna@xn--mller-kva.de');
  });
});
