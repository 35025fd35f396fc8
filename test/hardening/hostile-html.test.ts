// Hostile HTML and text bodies at the sizes an attacker can send: each is analysed without a
// stack overflow or a crash, what it hides is still found, and each stays within a generous CPU
// cap (support/budget.ts); the growth ratios are printed by `npm run bench`.
import { describe, expect, it } from 'vitest';
import { analyzeMessage, createPolicy } from '../../src/index.js';
import { hostileShapes } from './support/hostile.js';
import { cpuMs, CPU_CAP_MS } from './support/budget.js';
import { HEAVY_TIMEOUT } from './support/fuzz.js';

const base = { from: '"Shop GmbH" <news@shop.example>', subject: 'Angebot' };
const messageOf = (part: 'html' | 'text', body: string) => ({ ...base, [part]: body });
// These tests are about the analysis itself, so it is not cut short by the default limits
// (limits.test.ts covers those); the 10 MB check runs with both.
const unlimited = { limits: { maxHtmlBytes: Infinity, maxTextBytes: Infinity, maxLinks: Infinity } };
const analyze = (message: Parameters<typeof analyzeMessage>[0]) => analyzeMessage(message, unlimited);

describe('hostile bodies at full size', { timeout: HEAVY_TIMEOUT }, () => {
  const full = hostileShapes.filter((s) => s.full !== undefined);
  it.each(full.map((s) => [s.name, s] as const))('%s: analysed without a crash', (_name, shape) => {
    const facts = analyze(messageOf(shape.part, shape.make(shape.full!)));
    expect(facts.sizeBytes).toBeGreaterThan(shape.full!);
  });

  it('a 10 MB body goes through the whole check: cut and reported by default, whole when the limit is lifted', async () => {
    const html = `${hostileShapes[0]!.make(Math.ceil(10_000_000 / 83))}<a href="https://shop.example/abmelden">Abmelden</a>`;
    const input = { message: { ...base, purpose: 'newsletter' as const, html }, recipients: [{ address: 'a@b.example' }] };
    const byDefault = await createPolicy({ now: '2026-11-28T10:00:00Z' }).check(input);
    expect(byDefault.recipients).toHaveLength(1);
    expect(byDefault.violations.map((v) => v.ruleId)).toContain('mes/analysis-limit');
    const whole = await createPolicy({ now: '2026-11-28T10:00:00Z', limits: unlimited.limits }).check(input);
    expect(whole.violations.map((v) => v.ruleId)).not.toContain('mes/analysis-limit');
    expect(whole.violations.map((v) => v.ruleId)).not.toContain('mes/no-unsubscribe-link');
  });

  it('finds the text and the link at the bottom of 100,000-deep nesting', () => {
    const depth = 100_000;
    const html = `${'<div><span>'.repeat(depth / 2)}<a href="https://shop.example/abmelden">Abmelden</a>${'</span></div>'.repeat(depth / 2)}`;
    const facts = analyze({ ...base, html });
    expect(facts.unsubscribe.inBody).toBe(true);
    expect(facts.body.anchors.map((a) => a.href)).toEqual(['https://shop.example/abmelden']);
  });

  it('keeps a 1 MB attribute whole', () => {
    const href = `https://shop.example/${'a'.repeat(1_000_000)}`;
    const facts = analyze({ ...base, html: `<a href="${href}">Impressum</a>` });
    expect(facts.body.anchors[0]!.href).toBe(href);
    expect(facts.imprint.via).toBe('link');
  });

  it('sees through NUL bytes and lone surrogates', () => {
    const facts = analyze({ ...base, html: '\0\uD800<p>\uDFFF</p><a href="https://shop.example/u\0">\0Abmelden\uD83D</a>', text: '\0\uDC00' });
    expect(facts.unsubscribe.inBody).toBe(true);
  });

  it('counts all of 100,000 links in HTML and in text', () => {
    const n = 100_000;
    const facts = analyze({
      ...base,
      html: '<a href="https://shop.example/l">Link</a> '.repeat(n),
      text: 'Mehr: https://shop.example/l\n'.repeat(n),
    });
    expect(facts.body.anchors).toHaveLength(n);
    expect(facts.body.textLinks).toHaveLength(n);
  });

  it('decodes a body made only of entities', () => {
    const facts = analyze({ ...base, html: '&amp;&lt;&#x1F600;'.repeat(100_000) });
    expect(facts.body.visibleText).toBe('&<😀'.repeat(100_000));
  });
});

describe('hostile bodies stay within the CPU cap', { timeout: HEAVY_TIMEOUT }, () => {
  // Twice the size the bench's growth ratio starts from: large enough that quadratic work
  // (deep nesting, adoption agency, foster parenting) would cost seconds.
  it.each(hostileShapes.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const message = messageOf(shape.part, shape.make(shape.ratioBase * 2));
    const ms = cpuMs(() => analyze(message));
    expect(ms, `${shape.name}: ${ms.toFixed(0)} ms of CPU`).toBeLessThan(CPU_CAP_MS);
  });
});
