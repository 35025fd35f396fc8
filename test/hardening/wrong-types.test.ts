// Issue 15, items 4 and 8: wrong types and impossible values at the public functions are an
// InputError naming the field (in German and English where mailpolicy words it), never a
// TypeError from inside and never a silent default.
import { describe, expect, it } from 'vitest';
import { analyzeMessage, createPolicy, explain, formatReport, InputError, renderNotice, type InputIssue } from '../../src/index.js';
import { loadPack } from '../../src/node/index.js';
import { definePack } from '../../src/index.js';
import { goodRule, packOf } from '../helpers/rules.js';

const message = { from: '"Shop" <news@shop.example>', subject: 'Hallo', purpose: 'newsletter' as const, html: '<p>Hallo</p>' };
const NOW = '2026-11-28T10:00:00Z';

const issuesOf = async (f: () => unknown): Promise<InputIssue[]> => {
  try {
    await f();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return [...e.issues];
  }
  throw new Error('expected an InputError');
};
const pathsOf = async (f: () => unknown) => (await issuesOf(f)).map((i) => i.path);

describe('wrong types are InputErrors naming the field', () => {
  const policy = createPolicy({ now: NOW });

  it('check({ recipients: 5 }) and checkRecipients(null)', async () => {
    expect(await pathsOf(() => policy.check({ message, recipients: 5 as never }))).toEqual(['recipients']);
    expect(await pathsOf(() => policy.check({ message, recipients: 'a@b.example' as never }))).toEqual(['recipients']);
    expect(await pathsOf(() => policy.checkRecipients(null as never, { message }).next())).toEqual(['recipients']);
    expect(await pathsOf(() => policy.checkRecipients({} as never, { message }).next())).toEqual(['recipients']);
    const [issue] = await issuesOf(() => policy.check({ message, recipients: 5 as never }));
    expect(issue!.messages?.de).toMatch(/Empfänger/);
  });

  it('analyzeMessage with null, non-list or bad senderDomains, and NaN or string limits', async () => {
    expect(await pathsOf(() => analyzeMessage(message, null as never))).toEqual(['options']);
    expect(await pathsOf(() => analyzeMessage(message, { senderDomains: 5 as never }))).toEqual(['options.senderDomains']);
    expect(await pathsOf(() => analyzeMessage(message, { senderDomains: ['<script>', 'a b', ' ', 'shop.example'] }))).toEqual([
      'options.senderDomains[0]', 'options.senderDomains[1]', 'options.senderDomains[2]',
    ]);
    expect(await pathsOf(() => analyzeMessage(message, { limits: { maxHtmlBytes: NaN } }))).toEqual(['options.limits.maxHtmlBytes']);
    expect(await pathsOf(() => analyzeMessage(message, { limits: { maxLinks: 'abc' as never } }))).toEqual(['options.limits.maxLinks']);
    expect(analyzeMessage(message, { limits: { maxLinks: Infinity }, senderDomains: ['shop.example', 'bücher.example.'] }).analysis.complete).toBe(true);
  });

  it('createPolicy rejects NaN limits and senderDomains that are no domain names', async () => {
    expect(await pathsOf(() => createPolicy({ limits: { maxHtmlBytes: NaN } }))).toEqual(['options.limits.maxHtmlBytes']);
    expect(await pathsOf(() => createPolicy({ account: { senderDomains: ['<script>', 'a b', ' '] } }))).toEqual([
      'options.account.senderDomains[0]', 'options.account.senderDomains[1]', 'options.account.senderDomains[2]',
    ]);
  });

  it('loadPack(undefined), explain(null), renderNotice({}), formatReport(r, "bogus")', async () => {
    expect(await pathsOf(() => loadPack(undefined as never))).toEqual(['folder']);
    expect(await pathsOf(() => explain(null as never))).toEqual(['violation']);
    expect(await pathsOf(() => policy.explain(null as never))).toEqual(['violation']);
    const notice = await pathsOf(() => renderNotice({} as never));
    expect(notice.length).toBeGreaterThan(0);
    expect(notice.every((p) => p.startsWith('report.'))).toBe(true);
    const report = await policy.check({ message });
    expect(await pathsOf(() => formatReport(report, 'bogus' as never))).toEqual(['format']);
    expect(await pathsOf(() => formatReport(null as never, 'json'))).toEqual(['report']);
    expect(formatReport(report, 'json')).toContain('"verdict"');
  });

  it('a Proxy around a Date is no date', async () => {
    const proxy = new Proxy(new Date(NOW), {});
    expect(await pathsOf(() => createPolicy({ now: proxy }))).toEqual(['options.now']);
    expect(await pathsOf(() => policy.check({ message, now: proxy }))).toEqual(['now']);
    const verdicts = [];
    for await (const v of policy.checkRecipients([{ address: 'a@gmx.de', lastOpenAt: proxy }], { message })) verdicts.push(v);
    expect(verdicts[0]!.verdict).toBe('invalid');
  });
});

describe('impossible values (item 8)', () => {
  const policy = createPolicy({ now: NOW });

  it('history: delivered, hard bounces or complaints above sent are rejected', async () => {
    const window = { days: 30, sent: 100 };
    expect(await pathsOf(() => policy.check({ message, history: { window: { ...window, delivered: 101 } } }))).toEqual(['history.window.delivered']);
    expect(await pathsOf(() => policy.check({ message, history: { window: { ...window, complaints: 5000 } } }))).toEqual(['history.window.complaints']);
    expect(await pathsOf(() => policy.check({ message, history: { window: { ...window, hardBounces: 101 } } }))).toEqual(['history.window.hardBounces']);
    await expect(policy.check({ message, history: { window: { ...window, delivered: 100, complaints: 1, deferrals: 500 } } })).resolves.toBeDefined();
  });

  it('createPolicy copies a now Date: moving the caller’s Date or a campaign’s does not move the policy’s clock', async () => {
    const now = new Date(NOW);
    const p = createPolicy({ now });
    now.setUTCFullYear(2030);
    expect((await p.check({ message })).checkedAt).toBe('2026-11-28T10:00:00.000Z');
    p.prepare({ message }).now.setUTCFullYear(2031);
    expect((await p.check({ message })).checkedAt).toBe('2026-11-28T10:00:00.000Z');
  });

  it('a NaN rule option setting says NaN, not "a number"', () => {
    const pack = definePack(packOf([goodRule({ id: 'test/opt', options: { months: { type: 'number', default: 6, description: 'months', source: 'test' } } })]));
    try {
      createPolicy({ packs: [pack], rules: { 'test/opt': { options: { months: NaN } } } });
      expect.unreachable();
    } catch (e) {
      const text = (e as Error).message;
      expect(text).toContain('got NaN');
      expect(text).not.toContain('got a number');
    }
  });
});

describe('raw input size cap (item 6)', () => {
  it('fromEml refuses raw input over maxBytes (default 30,000,000) before parsing, in both languages', async () => {
    const { fromEml, DEFAULT_MAX_EML_BYTES } = await import('../../src/adapters/eml.js');
    expect(DEFAULT_MAX_EML_BYTES).toBe(30_000_000);
    const head = 'From: a@shop.example\r\nSubject: x\r\n\r\n';
    const big = head + 'a'.repeat(DEFAULT_MAX_EML_BYTES);
    const [issue] = await issuesOf(() => fromEml(big));
    expect(issue!.path).toBe('eml');
    expect(issue!.messages?.de).toMatch(/maxBytes/);
    expect(await pathsOf(() => fromEml(new TextEncoder().encode(head + 'ü'.repeat(600)), { maxBytes: 1000 }))).toEqual(['eml']);
    await expect(fromEml(head + 'hallo', { maxBytes: 1000 })).resolves.toMatchObject({ subject: 'x' });
    expect(await pathsOf(() => fromEml(head, { maxBytes: NaN }))).toEqual(['options.maxBytes']);
  });
});
