import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPolicy, DEFAULT_FAIL_ON, mailpolicyPlugin, PolicyRejectedError, InputError, type RecipientInput, type Report } from '../../src/index.js';
import { jsonTransport } from './send.js';

const now = '2026-11-28T10:00:00Z';
const policy = createPolicy({ account: { senderDomains: ['shop.example'] }, now, locale: 'en' });
const footer = '<p>Shop GmbH, Musterstraße 1, 10115 Berlin · <a href="https://shop.example/impressum">Impressum</a></p>';
const unsubscribeLink = '<p><a href="https://shop.example/u/1">Newsletter abbestellen</a></p>';
// Compliant but for one thing: no unsubscribe link in the body (mes/no-unsubscribe-link, undesired).
const newsletter = {
  from: '"Shop GmbH" <news@shop.example>',
  to: 'anna@example.org',
  subject: 'Neu im Shop',
  html: `<p>Unsere Angebote</p>${footer}`,
  list: { unsubscribe: 'https://shop.example/u/1' },
  headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  mailpolicy: { purpose: 'newsletter' as const },
};
const withUnsubscribe = { ...newsletter, html: `<p>Unsere Angebote</p>${footer}${unsubscribeLink}` };

const rejection = async (p: Promise<unknown>): Promise<PolicyRejectedError> => {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(PolicyRejectedError);
  return err as PolicyRejectedError;
};

describe('mailpolicyPlugin on a real nodemailer transport', () => {
  it('lets a send through when nothing reaches failOn', async () => {
    const t = jsonTransport();
    const reports: Report[] = [];
    t.use('compile', mailpolicyPlugin(policy, { failOn: 'prohibited', onReport: (r) => reports.push(r) }));
    const info = await t.sendMail(newsletter);
    expect(JSON.parse(info.message as unknown as string).subject).toBe('Neu im Shop');
    // The undesired breach was found and reported, it just does not block at 'prohibited'.
    expect(reports[0]?.violations.map((v) => v.ruleId)).toContain('mes/no-unsubscribe-link');
  });

  it('rejects an undesired violation by default, as the CLI does (DEFAULT_FAIL_ON)', async () => {
    expect(DEFAULT_FAIL_ON).toBe('undesired');
    const t = jsonTransport();
    t.use('compile', mailpolicyPlugin(policy));
    const err = await rejection(t.sendMail(newsletter));
    expect(err.code).toBe('EMAILPOLICY');
    expect(err.failOn).toBe('undesired');
    expect(err.violations.map((v) => v.ruleId)).toEqual(['mes/no-unsubscribe-link']);
    expect(err.report.verdict).toBe('fix');
    expect(err.message).toContain('mes/no-unsubscribe-link');
    await expect(t.sendMail(withUnsubscribe)).resolves.toBeDefined();
  });

  it('blocks at the default level when the policy makes a rule prohibited', async () => {
    const strict = createPolicy({ now, rules: { 'mes/no-unsubscribe-link': 'prohibited' }, account: { senderDomains: ['shop.example'] } });
    const t = jsonTransport();
    t.use('compile', mailpolicyPlugin(strict));
    const err = await rejection(t.sendMail(newsletter));
    expect(err.report.verdict).toBe('hold');
    expect(err.violations[0]?.severity).toBe('prohibited');
  });

  it('takes the purpose from the plugin options, the mail overriding it', async () => {
    const t = jsonTransport();
    t.use('compile', mailpolicyPlugin(policy, { failOn: 'undesired', message: { purpose: 'transactional' } }));
    const { mailpolicy: _ignored, ...plain } = newsletter;
    await expect(t.sendMail(plain)).resolves.toBeDefined();
    await rejection(t.sendMail(newsletter));
  });

  it('checks html given as a stream and still sends its content', async () => {
    const t = jsonTransport();
    t.use('compile', mailpolicyPlugin(policy, { failOn: 'undesired' }));
    await rejection(t.sendMail({ ...newsletter, html: Readable.from(['<p>no way out</p>']) }));
    const info = await t.sendMail({ ...withUnsubscribe, html: Readable.from([withUnsubscribe.html]) });
    expect(JSON.parse(info.message as unknown as string).html).toBe(withUnsubscribe.html);
  });

  it('fails the send with an InputError for a mail it cannot read', async () => {
    const t = jsonTransport();
    t.use('compile', mailpolicyPlugin(policy));
    const err = await t.sendMail({ to: 'a@example.org', subject: 'no from' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues.map((i) => i.path)).toEqual(['message.from']);
  });

  it('looks up every to, cc and bcc address once through the recipient hook and fails a suppressed one', async () => {
    const crm: Record<string, RecipientInput> = {
      'anna@example.org': { address: 'anna@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-10-01' }, lastOpenAt: '2026-11-20' },
      'bernd@example.org': { address: 'bernd@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-10-01' }, lastOpenAt: '2026-11-20', unsubscribedAt: '2026-11-01' },
    };
    const asked: string[] = [];
    const t = jsonTransport();
    t.use('compile', mailpolicyPlugin(policy, {
      recipient: async (address) => {
        asked.push(address);
        return crm[address.toLowerCase()];
      },
    }));
    await expect(t.sendMail({ ...withUnsubscribe, to: ['"Anna, A." <Anna@example.org>', 'carl@example.org'] })).resolves.toBeDefined();
    expect(asked).toEqual(['Anna@example.org', 'carl@example.org']);
    asked.length = 0;
    const err = await rejection(t.sendMail({ ...withUnsubscribe, to: 'anna@example.org, "B" <bernd@example.org>', cc: { name: 'A', address: 'anna@example.org' }, bcc: 'bernd@example.org' }));
    expect(asked).toEqual(['anna@example.org', 'bernd@example.org']);
    expect(err.violations.map((v) => v.ruleId)).toEqual(['mes/unsubscribed-recipient']);
    expect(err.report.recipients.map((r) => [r.address, r.verdict])).toEqual([['anna@example.org', 'send'], ['bernd@example.org', 'exclude']]);
  });

  it('refuses an unknown failOn when it is set up', () => {
    expect(() => mailpolicyPlugin(policy, { failOn: 'fatal' as never })).toThrow(InputError);
  });
});
