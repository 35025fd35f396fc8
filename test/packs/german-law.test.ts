import { describe, expect, it } from 'vitest';
import { createPolicy, germanLaw, managedEmailServer, type RecipientInput } from '../../src/index.js';
import { defaultPacks, builtinPacks } from '../../src/packs/builtin-packs.js';

// UWG § 7(3): all four conditions cumulative. Each missing in turn gives one violation that names
// it; all four present give none. The recipient relies on the exception (no consent).
const notice = 'Sie können der Verwendung Ihrer E-Mail-Adresse jederzeit widersprechen, ohne dass hierfür andere als die Übermittlungskosten nach den Basistarifen entstehen.';
const message = {
  from: '"Outdoor Shop GmbH" <news@shop.example>',
  subject: 'Neue Wanderschuhe',
  purpose: 'newsletter' as const,
  productCategories: ['schuhe'],
  text: `Neue Wanderschuhe: https://shop.example/schuhe\n\n${notice}\nAbmelden: https://shop.example/abmelden\nImpressum: https://shop.example/impressum`,
};
const customer = (over: Partial<NonNullable<RecipientInput['existingCustomer']>> = {}, extra: Partial<RecipientInput> = {}): RecipientInput => ({
  address: 'kunde@example.org',
  source: 'checkout',
  consent: { status: 'none', method: 'existing-customer' },
  existingCustomer: { purchasedAt: '2026-03-02', productCategories: ['schuhe'], noticeAtCollection: true, ...over },
  ...extra,
});

const check = async (recipient: RecipientInput, msg: Record<string, unknown> = message) => {
  const policy = createPolicy({ packs: [germanLaw], now: '2026-06-01T12:00:00Z', locale: 'en', account: { senderDomains: ['shop.example'] } });
  const report = await policy.check({ message: msg as never, recipients: [recipient] });
  return report.violations.filter((v) => v.clause === 'UWG-7-3' || v.ruleId === 'de/advertising-without-consent');
};

describe('germanLaw § 7(3) UWG: the four conditions, cumulative', () => {
  it('gives no violation when all four hold', async () => {
    expect(await check(customer())).toEqual([]);
  });

  const cases: [string, string, RecipientInput, Record<string, unknown>?][] = [
    ['1 sale', 'de/existing-customer-no-sale', customer({ purchasedAt: undefined })],
    ['2 own similar goods', 'de/existing-customer-not-similar', customer(), { ...message, productCategories: ['elektronik'] }],
    ['3 no objection', 'de/existing-customer-objected', customer({ objectedAt: '2026-04-01' })],
    ['4 notice at collection and in every mail', 'de/existing-customer-no-objection-notice', customer(), { ...message, text: 'Neue Wanderschuhe: https://shop.example/schuhe\nAbmelden: https://shop.example/abmelden' }],
  ];
  it.each(cases)('condition %s missing: one violation naming it', async (name, ruleId, recipient, msg) => {
    const got = await check(recipient, msg);
    expect(got.map((v) => v.ruleId)).toEqual([ruleId]);
    expect(got[0]!.message).toContain(`condition no. ${name.split(' ')[0]}`);
    console.log(`§ 7(3) condition ${name} missing → ${got[0]!.ruleId}: ${got[0]!.message}`);
  });

  it('names the place the notice is missing: at collection, in the mail, or both', async () => {
    const at = async (r: RecipientInput, m?: Record<string, unknown>) => (await check(r, m))[0]!.message;
    expect(await at(customer({ noticeAtCollection: false }))).toContain('at collection of the address');
    expect(await at(customer(), { ...message, text: 'Schuhe: https://shop.example/abmelden' })).toContain('in this mail');
    expect(await at(customer({ noticeAtCollection: false }), { ...message, text: 'Schuhe' })).toContain('at collection and in this mail');
  });

  it('is not needed where the customer has also consented', async () => {
    const r = customer({ purchasedAt: undefined }, { consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-01-10', requestedAt: '2026-01-10', source: 'form', textVersion: 'v1' } });
    expect(await check(r)).toEqual([]);
  });
});

describe('germanLaw beside the seed pack', () => {
  it('is a built-in pack but not a default pack', () => {
    expect(builtinPacks).toContain(germanLaw);
    expect(defaultPacks).toEqual([managedEmailServer]);
    expect(germanLaw.language).toBe('de');
    expect(germanLaw.rules.every((r) => r.id.startsWith('de/'))).toBe(true);
    expect(germanLaw.clauses.every((c) => c.source)).toBe(true);
  });

  it('the provider forbids what § 7(3) allows: an existing customer without opt-in', async () => {
    // After the seed pack's announcement (2026-11-01): before it, the seed pack does not govern (S8).
    const policy = createPolicy({ packs: [managedEmailServer, germanLaw], now: '2026-11-28T10:00:00Z', locale: 'en', account: { senderDomains: ['shop.example'] } });
    const report = await policy.check({ message: { ...message, headers: { 'List-Unsubscribe': '<https://shop.example/abmelden>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }, recipients: [customer()] });
    const ids = report.violations.map((v) => v.ruleId);
    expect(ids).toContain('mes/no-opt-in');
    expect(ids.filter((id) => id.startsWith('de/'))).toEqual([]);
  });

  it('leaves the seed pack\'s report unchanged by the new recipient and message fields', async () => {
    const policy = createPolicy({ now: '2026-11-28T10:00:00Z', locale: 'en', account: { senderDomains: ['shop.example'] } });
    const plain = { address: 'anna@example.org', consent: { status: 'confirmed' as const, method: 'double-opt-in' as const, confirmedAt: '2026-01-10' } };
    const rich: RecipientInput = {
      ...plain,
      consent: { ...plain.consent, source: 'footer-form', textVersion: '2026-01', ip: '203.0.113.7', tracking: false },
      existingCustomer: { purchasedAt: '2025-01-01', productCategories: ['schuhe'], noticeAtCollection: true, objectedAt: '2026-01-01' },
    };
    const a = await policy.check({ message, recipients: [plain] });
    const b = await policy.check({ message: { ...message, productCategories: ['schuhe', 'jacken'] }, recipients: [rich] });
    expect(a.violations.length).toBeGreaterThan(0);
    expect(b.violations).toEqual(a.violations);
    expect(b.verdict).toEqual(a.verdict);
  });
});
