// Every message of every rule in both locales (issue 20 item 2): each violating example of each
// built-in rule is run, and the German text of every violation it gives is scanned for English
// words and for decimal points; the English text for German words. The formatters' own words
// are test/report/formatters-locale.test.ts's.
import { describe, expect, it } from 'vitest';
import { builtinPacks, createPolicy, InputError } from '../../src/index.js';
import { runExample } from '../../src/testing/index.js';

// English words that have no place in a German sentence (short and common, so a leak is caught).
const englishWords = [
  'the', 'and', 'of', 'is', 'are', 'was', 'not', 'with', 'without', 'from', 'for', 'has', 'have', 'this', 'that', 'which', 'time', 'times',
  'recipient', 'recipients', 'message', 'email', 'link', 'header', 'missing', 'rate', 'days', 'day', 'sent', 'list', 'warning', 'none',
];
const germanWords = ['der', 'die', 'das', 'und', 'nicht', 'ist', 'mit', 'ohne', 'Empfänger', 'Nachricht', 'Tage', 'keine', 'kein'];

const words = (text: string) => new Set(text.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean));
// Quoted input (a subject, an address, a URL, a header value) is the sender's own text, not ours.
const ownText = (text: string) =>
  text
    .replace(/„[^“]*“|"[^"]*"|«[^»]*»|‚[^‘]*‘|'[^']*'/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/https?:\/\/\S+|mailto:\S+/g, ' ')
    .replace(/[\w.+-]+@[\w.-]+/g, ' ')
    .replace(/\b[\w-]+(\.[\w-]+)+\b/g, ' '); // domains and dotted fact names
const decimalPoints = (text: string) => text.match(/\d\.(?!\d{3}(?!\d))\d+/g) ?? [];

const cases = builtinPacks.flatMap((pack) => pack.rules.flatMap((rule) => rule.examples.violating.map((example) => ({ id: `${rule.id}: ${example.name}`, pack, rule, example }))));

describe('every rule message in both locales', () => {
  it('runs a violating example of every rule (the test has something to read)', async () => {
    const fired = new Set<string>();
    for (const { pack, rule, example } of cases) for (const v of (await runExample(pack, rule, example)).violations) fired.add(v.ruleId);
    for (const pack of builtinPacks) for (const rule of pack.rules) expect(fired, rule.id).toContain(rule.id);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, { pack, rule, example }) => {
    const report = await runExample(pack, rule, example);
    for (const v of report.violations) {
      const de = ownText(v.messages.de);
      const en = ownText(v.messages.en);
      const deWords = words(de);
      const enWords = words(en.toLowerCase());
      expect(englishWords.filter((w) => deWords.has(w)), v.messages.de).toEqual([]);
      expect(decimalPoints(de), v.messages.de).toEqual([]);
      expect(germanWords.filter((w) => enWords.has(w.toLowerCase())), v.messages.en).toEqual([]);
      expect(v.messages.de).not.toMatch(/\(s\)|\{|\}/);
      expect(v.messages.en).not.toMatch(/\{|\}/);
    }
  });

  it('validation issues too: zod\'s and our own, of records, messages and histories', async () => {
    const policy = createPolicy({ locale: 'de', now: '2026-11-28T10:00:00Z' });
    const bad = [{}, { address: 3 }, { address: 'a@b.de', consent: { status: 'maybe' } }, { address: 'c@b.de', hardBounces: -1, signup: { botScore: 2 } }, { address: 'd@b.de', x: 1 }, { address: 'e@b.de', consent: { topics: 'x' } }];
    const report = await policy.check({ message: { from: 'a@shop.example', subject: 's', text: 'x' }, recipients: bad as never });
    const texts = report.recipients.flatMap((r) => (r.issues ?? []).map((i) => i.message));
    const err = await policy.check({ message: { from: 3, subject: ['x'], headers: { a: 1 } } as never, history: { window: { days: -1, sent: 1, hardBounces: 5 } } as never }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    texts.push(...(err as InputError).issues.map((i) => i.messages!.de));
    expect(texts.length).toBeGreaterThanOrEqual(8);
    for (const t of texts) {
      expect(englishWords.filter((w) => words(ownText(t)).has(w)), t).toEqual([]);
      expect(t, t).not.toMatch(/Invalid|expected|received/);
    }
  });

  it('the scan finds an English word and a decimal point where there is one', () => {
    expect(englishWords.filter((w) => words(ownText('Der Empfänger hat 2 time(s) den Link geklickt')).has(w))).toEqual(['time']);
    expect(decimalPoints('Quote 0.3453 %, 1.047 Empfänger')).toEqual(['0.3453']);
    expect(ownText('Betreff „Free offer for the list“ enthält')).not.toContain('offer');
  });
});
