// Issue 14.6: a present but broken List-Unsubscribe says what is wrong with it.
import { describe, expect, it } from 'vitest';
import { analyzeMessage, createPolicy } from '../../../../src/index.js';

const facts = (headers: Record<string, string | string[]>) =>
  analyzeMessage({ from: '"Shop" <news@shop.de>', subject: 's', text: 'hi', headers }).unsubscribe;

describe('unsubscribe.header', () => {
  it('has the contract shape; inHeader means usable', () => {
    const u = facts({ 'List-Unsubscribe': '<https://shop.de/u/1>, <mailto:u@shop.de>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(u.header).toMatchObject({ present: true, usable: true, uris: ['https://shop.de/u/1', 'mailto:u@shop.de'], problems: [] });
    expect(u.inHeader).toBe(true);
    expect(u.oneClick).toBe(true);
  });

  it('no header: not present, not usable, no problems of a header', () => {
    expect(facts({}).header).toMatchObject({ present: false, usable: false, uris: [], problems: [] });
  });

  it.each([
    ['encoded-word', { 'List-Unsubscribe': '=?utf-8?q?=3Chttps=3A=2F=2Fshop=2Ede=2Fu=3E?=' }, false],
    ['no-angle-brackets', { 'List-Unsubscribe': 'https://shop.de/u/1' }, false],
    ['no-usable-uri', { 'List-Unsubscribe': '<ftp://shop.de/u>' }, false],
    ['no-https-uri', { 'List-Unsubscribe': '<mailto:u@shop.de>' }, true],
    ['post-value-invalid', { 'List-Unsubscribe': '<https://shop.de/u>', 'List-Unsubscribe-Post': 'List-Unsubscribe=OneClick' }, true],
    ['post-without-https', { 'List-Unsubscribe': '<mailto:u@shop.de>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }, true],
    ['post-without-header', { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }, false],
    ['multiple-headers', { 'List-Unsubscribe': ['<https://shop.de/u/1>', '<https://shop.de/u/2>'] }, true],
  ] as const)('%s', (code, headers, usable) => {
    const u = facts(headers as Record<string, string | string[]>);
    expect(u.header.problems).toContain(code);
    expect(u.header.usable).toBe(usable);
    expect(u.inHeader).toBe(usable);
  });

  it('a bare URL beside a bracketed one is still reported, the bracketed one still counts', () => {
    const u = facts({ 'List-Unsubscribe': '<mailto:u@shop.de>, https://shop.de/u' });
    expect(u.header.problems).toEqual(expect.arrayContaining(['no-angle-brackets', 'no-https-uri']));
    expect(u.inHeader).toBe(true);
  });
});

describe('U2 messages name the problem found', () => {
  const policy = createPolicy({ account: { senderDomains: ['shop.de'] }, now: '2026-11-28T10:00:00Z' });
  const run = async (headers: Record<string, string>) => {
    const message = {
      from: '"Shop" <news@shop.de>', subject: 's', purpose: 'newsletter' as const, headers,
      html: '<a href="https://shop.de/u/1">Abmelden</a> <a href="https://shop.de/impressum">Impressum</a>',
    };
    const r = await policy.check({ message });
    return r.violations.filter((v) => v.clause === 'U2');
  };

  it.each([
    [{ 'List-Unsubscribe': '=?utf-8?q?=3Chttps=3A=2F=2Fshop=2Ede=2Fu=3E?=' }, 'mes/no-list-unsubscribe-header', 'RFC-2047-kodiert', 'RFC 2047-encoded'],
    [{ 'List-Unsubscribe': 'https://shop.de/u/1' }, 'mes/no-list-unsubscribe-header', 'spitzen Klammern', 'angle brackets'],
    [{}, 'mes/no-list-unsubscribe-header', 'der Header fehlt', 'the header is missing'],
    [{ 'List-Unsubscribe': '<https://shop.de/u>', 'List-Unsubscribe-Post': 'List-Unsubscribe=OneClick' }, 'mes/no-one-click-unsubscribe', '„List-Unsubscribe=OneClick“', '"List-Unsubscribe=OneClick"'],
    [{ 'List-Unsubscribe': '<mailto:u@shop.de>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }, 'mes/no-one-click-unsubscribe', 'keine https-Adresse', 'no https URI'],
    [{ 'List-Unsubscribe': '<https://shop.de/u>' }, 'mes/no-one-click-unsubscribe', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click fehlt', 'is missing'],
  ])('%j → %s', async (headers, ruleId, de, en) => {
    const [v] = await run(headers);
    expect(v?.ruleId).toBe(ruleId);
    expect(v!.messages!.de).toContain(de);
    expect(v!.messages!.en).toContain(en);
  });
});
