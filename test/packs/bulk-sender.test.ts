import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinPacks, bulkSender, createPolicy, fromEml, managedEmailServer } from '../../src/index.js';
import { defaultPacks } from '../../src/packs/builtin-packs.js';

describe('bulkSender pack', () => {
  it('is a built-in pack but not a default one', () => {
    expect(builtinPacks).toContain(bulkSender);
    expect(defaultPacks).not.toContain(bulkSender);
    expect(createPolicy().describe().packs.map((p) => p.name)).toEqual(['managed-email-server']);
  });

  it('has at least 20 rules, ids bulk/…, every clause cited and named after its source', () => {
    expect(bulkSender.rules.length).toBeGreaterThanOrEqual(20);
    for (const r of bulkSender.rules) expect(r.id).toMatch(/^bulk\//);
    const cited = new Set(bulkSender.rules.map((r) => r.clause));
    for (const c of bulkSender.clauses) {
      expect(cited.has(c.id), c.id).toBe(true);
      expect(c.id).toMatch(/^(GMAIL|YAHOO|MS|RFC\d+)-?/);
      expect(c.source, c.id).toBeTruthy();
    }
  });

  it('lists every rule file in pack.json', () => {
    const files = readdirSync('rules/bulk-sender').filter((f) => f.endsWith('.json') && f !== 'pack.json').map((f) => f.replace(/\.json$/, ''));
    const manifest = JSON.parse(readFileSync('rules/bulk-sender/pack.json', 'utf8')) as { rules: string[] };
    expect([...manifest.rules].sort()).toEqual(files.sort());
  });

  it('runs next to managedEmailServer without id or fact clashes', async () => {
    const policy = createPolicy({ packs: [managedEmailServer, bulkSender], now: '2026-12-06T00:00:00Z' });
    const report = await policy.check({ message: { from: 'news@shop.example', subject: 'Re: Angebot', purpose: 'newsletter' } });
    const ids = report.violations.map((v) => v.ruleId);
    expect(ids).toContain('bulk/fake-reply');
    expect(ids).toContain('mes/no-unsubscribe-link');
  });

  it('exempts transactional mail from the unsubscribe rules', async () => {
    const policy = createPolicy({ packs: [bulkSender], now: '2026-12-06T00:00:00Z' });
    const report = await policy.check({ message: { from: 'shop@shop.example', subject: 'Your password reset', purpose: 'transactional', text: 'Reset: https://shop.example/r/1' } });
    expect(report.violations.filter((v) => /unsubscribe/.test(v.ruleId))).toEqual([]);
  });

  it('reads a received test message (.eml)', async () => {
    const raw = [
      'Return-Path: <bounce@mail.esp.example>',
      'Authentication-Results: mx.google.com; dkim=pass header.i=@esp.example header.s=k1; spf=pass smtp.mailfrom=bounce@mail.esp.example; dmarc=fail (p=NONE) header.from=shop.example',
      'DKIM-Signature: v=1; a=rsa-sha256; d=esp.example; s=k1; h=from:to:subject:date:message-id; bh=x; b=y',
      'From: "Shop" <news@shop.example>',
      'To: anna@example.org',
      'Subject: Neu im Shop',
      'Date: Fri, 04 Dec 2026 10:00:00 +0000',
      'List-Unsubscribe: <https://esp.example/u/1>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Hallo</p><a href="https://esp.example/u/1">Abmelden</a>',
      '',
    ].join('\r\n');
    const message = { ...(await fromEml(raw)), purpose: 'newsletter' as const };
    const report = await createPolicy({ packs: [bulkSender], now: '2026-12-06T00:00:00Z' }).check({ message });
    expect(report.violations.map((v) => v.ruleId).sort()).toEqual(['bulk/dmarc-fail', 'bulk/dmarc-not-aligned', 'bulk/list-unsubscribe-not-signed', 'bulk/missing-message-id']);
  });

  it('refuses a bad sender input with the path of each fault', async () => {
    const policy = createPolicy({ packs: [bulkSender] });
    await expect(policy.check({ message: { from: 'a@shop.example', subject: 'x' }, sender: { domain: 'shop.example', tls: 'yes' } as never })).rejects.toThrow(/sender\.tls/);
  });
});
