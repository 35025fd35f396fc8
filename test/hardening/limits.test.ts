// Limits a user can set (createPolicy({ limits })): largest HTML and text analysed, most links,
// most recipients per check call. Past an analysis limit the report carries the advisory
// violation mes/analysis-limit (U8) saying what was left out; past the recipient limit check
// throws an InputError. Nothing is skipped silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, createPolicy, defaultLimits, InputError, ReportSchema } from '../../src/index.js';
import { validMessage } from './support/arbitraries.js';
import { fuzz } from './support/fuzz.js';

const NOW = '2026-11-28T10:00:00Z';
const base = { from: '"Shop GmbH" <news@shop.example>', subject: 'Angebot', purpose: 'newsletter' as const };
const unsubscribe = '<a href="https://shop.example/abmelden">Abmelden</a>';
const unlimited = { maxHtmlBytes: Infinity, maxTextBytes: Infinity, maxLinks: Infinity };
const ruleIds = (r: { violations: readonly { ruleId: string }[] }) => r.violations.map((v) => v.ruleId);

const inputError = async (f: () => unknown): Promise<InputError> => {
  try {
    await f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
};

describe('analysis limits', () => {
  it('has safe defaults far above real mail', () => {
    expect(defaultLimits).toEqual({ maxHtmlBytes: 2_000_000, maxTextBytes: 2_000_000, maxLinks: 10_000, maxRecipients: 100_000 });
  });

  it('a message within the limits is analysed completely and gets no limit violation', async () => {
    const report = await createPolicy({ now: NOW }).check({ message: { ...base, html: `<p>Hallo</p>${unsubscribe}` } });
    expect(ruleIds(report)).not.toContain('mes/analysis-limit');
    expect(analyzeMessage({ ...base, html: unsubscribe }).analysis).toMatchObject({ complete: true, exceeded: [], links: 1, linksAnalysed: 1 });
  });

  it('HTML past maxHtmlBytes is not analysed, and the report says so in both languages', async () => {
    const html = `<p>${'x'.repeat(2_000)}</p>${unsubscribe}`;
    const policy = createPolicy({ now: NOW, limits: { maxHtmlBytes: 1_000 }, locale: 'en' });
    const report = await policy.check({ message: { ...base, html } });
    const limit = report.violations.find((v) => v.ruleId === 'mes/analysis-limit')!;
    expect(limit).toMatchObject({ clause: 'U8', severity: 'advisory', sanction: 'notice', scope: 'message' });
    expect(limit.evidence).toMatchObject({ 'analysis.exceeded': ['maxHtmlBytes'], 'analysis.htmlBytes': html.length, 'analysis.htmlBytesAnalysed': 1_000, 'limits.maxHtmlBytes': 1_000 });
    expect(limit.messages.en).toContain(`only 1,000 of ${html.length.toLocaleString('en-GB')} bytes of the HTML part`);
    expect(limit.messages.de).toContain(`nur 1.000 von ${html.length.toLocaleString('de-DE')} Bytes`);
    // The link past the limit was not seen: the finding that depends on it is reported, next to the limit.
    expect(ruleIds(report)).toContain('mes/no-unsubscribe-link');
    expect(ReportSchema.safeParse(report).success).toBe(true);
    // Raised, the same message is analysed whole.
    const whole = await createPolicy({ now: NOW, limits: { maxHtmlBytes: Infinity } }).check({ message: { ...base, html } });
    expect(ruleIds(whole)).not.toContain('mes/analysis-limit');
    expect(ruleIds(whole)).not.toContain('mes/no-unsubscribe-link');
  });

  it('text past maxTextBytes is reported the same way', async () => {
    const text = `${'Hallo '.repeat(500)}\nAbmelden: https://shop.example/abmelden`;
    const facts = analyzeMessage({ ...base, text }, { limits: { maxTextBytes: 100 } });
    expect(facts.analysis).toMatchObject({ complete: false, exceeded: ['maxTextBytes'], textBytes: text.length, textBytesAnalysed: 100 });
    expect(facts.body.textLinks).toEqual([]);
  });

  it('links past maxLinks are not searched for: the count is "at least", and the report says so', async () => {
    // 31 anchors (30 + the unsubscribe link) pass the limit of 10 on their own: the text part is
    // searched for one link only, which shows that it holds links past the limit.
    const html = '<a href="https://shop.example/p">Produkt</a>'.repeat(30) + unsubscribe;
    const text = 'https://shop.example/t\n'.repeat(5);
    const facts = analyzeMessage({ ...base, html, text }, { limits: { maxLinks: 10 } });
    expect(facts.analysis).toMatchObject({ complete: false, exceeded: ['maxLinks'], links: 32, linksAnalysed: 10 });
    expect(facts.body.anchors).toHaveLength(10);
    expect(facts.body.textLinks).toEqual([]);
    const report = await createPolicy({ now: NOW, limits: { maxLinks: 10 } }).check({ message: { ...base, html, text } });
    const v = report.violations.find((x) => x.ruleId === 'mes/analysis-limit')!;
    expect(v.evidence).toMatchObject({ 'analysis.links': 32, 'analysis.linksAnalysed': 10, 'limits.maxLinks': 10 });
    expect(v.messages.en).toContain('only 10 of at least 32 links (maxLinks; links past the limit were not searched for)');
    expect(v.messages.de).toContain('nur 10 von mindestens 32 Links (maxLinks; nach weiteren Links wurde nicht gesucht)');
  });

  it('a text part full of links is cut off at maxLinks and reported as cut off', async () => {
    const text = 'a.de:'.repeat(100_000); // one run of 100,000 links
    const facts = analyzeMessage({ ...base, text }, { limits: { maxLinks: 100 } });
    expect(facts.analysis).toMatchObject({ complete: false, exceeded: ['maxLinks'], links: 101, linksAnalysed: 100 });
    expect(facts.body.textLinks.map((l) => l.value)).toEqual(Array(100).fill('a.de'));
    const report = await createPolicy({ now: NOW, limits: { maxLinks: 100 } }).check({ message: { ...base, text } });
    expect(report.violations.find((x) => x.ruleId === 'mes/analysis-limit')!.messages.en).toContain('only 100 of at least 101 links');
    // Exactly at the limit nothing is cut and the count is exact.
    expect(analyzeMessage({ ...base, text: 'a.de:'.repeat(100) }, { limits: { maxLinks: 100 } }).analysis).toMatchObject({ complete: true, links: 100, linksAnalysed: 100 });
  });

  it('cuts UTF-8 at whole code points: no split character, no lone surrogate', () => {
    const html = 'ä😀'.repeat(100); // 6 bytes a unit
    for (const max of [1, 2, 3, 5, 7, 100, 599]) {
      const a = analyzeMessage({ ...base, html }, { limits: { maxHtmlBytes: max } }).analysis;
      expect(a.htmlBytes).toBe(600);
      expect(a.htmlBytesAnalysed).toBeLessThanOrEqual(max);
      expect(a.htmlBytesAnalysed).toBeGreaterThan(max - 4);
    }
    const facts = analyzeMessage({ ...base, html }, { limits: { maxHtmlBytes: 5 } });
    expect(facts.body.visibleText).toBe('ä');
  });

  it('policy.explain explains the limit violation, also after a JSON round trip', async () => {
    const policy = createPolicy({ now: NOW, limits: { maxLinks: 1 } });
    const report = await policy.check({ message: { ...base, html: unsubscribe + unsubscribe } });
    const v = report.violations.find((x) => x.ruleId === 'mes/analysis-limit')!;
    for (const violation of [v, JSON.parse(JSON.stringify(v))]) {
      const e = policy.explain(violation);
      expect(e.conditions).toMatchObject({ kind: 'any', conditions: [{ key: 'analysis.links', expected: 1, actual: 2, expectedFrom: 'limits.maxLinks' }] });
    }
  });

  it('never skips silently: a limit violation appears exactly when a limit cut the analysis', async () => {
    const limits = { maxHtmlBytes: 200, maxTextBytes: 200, maxLinks: 3 };
    const policy = createPolicy({ now: NOW, limits });
    await fuzz(
      'limitsNeverSilent',
      fc.asyncProperty(validMessage, async (message) => {
        const full = analyzeMessage(message, { limits: unlimited });
        const cutExpected =
          full.analysis.htmlBytes > limits.maxHtmlBytes || full.analysis.textBytes > limits.maxTextBytes || full.analysis.links > limits.maxLinks;
        const report = await policy.check({ message });
        expect(ruleIds(report).includes('mes/analysis-limit')).toBe(cutExpected);
      }),
    );
  });
});

describe('recipient limit per check call', () => {
  const message = { ...base, html: unsubscribe };
  const recipients = (n: number) => Array.from({ length: n }, (_, i) => ({ address: `r${i}@x.example` }));

  it('takes exactly maxRecipients and refuses one more with an InputError naming recipients', async () => {
    const policy = createPolicy({ now: NOW, limits: { maxRecipients: 5 } });
    expect((await policy.check({ message, recipients: recipients(5) })).recipients).toHaveLength(5);
    const e = await inputError(() => policy.check({ message, recipients: recipients(6) }));
    expect(e.issues).toEqual([{ path: 'recipients', message: expect.stringContaining('limits.maxRecipients') }]);
  });

  it('counts lazily produced recipients too', async () => {
    const policy = createPolicy({ now: NOW, limits: { maxRecipients: 3 } });
    function* endless() {
      for (let i = 0; ; i++) yield { address: `r${i}@x.example` };
    }
    const e = await inputError(() => policy.check({ message, recipients: endless() }));
    expect(e.issues[0]!.path).toBe('recipients');
  });

  it('checkRecipients streams past it: the limit guards one in-memory report, not a campaign', async () => {
    const policy = createPolicy({ now: NOW, limits: { maxRecipients: 3 } });
    let n = 0;
    for await (const v of policy.checkRecipients(recipients(10), { message })) n += v.verdict === 'invalid' ? 0 : 1;
    expect(n).toBe(10);
  });
});

describe('limit options are validated', () => {
  it.each([
    [{ maxHtmlBytes: 0 }, 'options.limits.maxHtmlBytes'],
    [{ maxLinks: -1 }, 'options.limits.maxLinks'],
    [{ maxRecipients: 1.5 }, 'options.limits.maxRecipients'],
    [{ maxTextBytes: '10' }, 'options.limits.maxTextBytes'],
    [{ maxAttachments: 1 }, 'options.limits'],
  ])('%o is an InputError at %s', async (limits, path) => {
    const e = await inputError(() => createPolicy({ limits: limits as never }));
    expect(e.issues.map((i) => i.path)).toContain(path);
  });

  it('Infinity lifts a limit', () => {
    expect(() => createPolicy({ limits: { maxHtmlBytes: Infinity, maxRecipients: Infinity } })).not.toThrow();
  });
});
