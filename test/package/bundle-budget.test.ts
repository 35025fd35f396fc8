// The browser bundle of the four main functions (analyzeMessage, createPolicy with policy.check,
// fromEml), as esbuild makes it for an application (bench/browser-bundle.ts): its gzipped size
// stays at or under the ceiling (esbuild's output is deterministic for the same input and
// version, so the size may be asserted), it bundles without a warning, and zod's locales stay
// out of it (`import * as z from 'zod'`, not `import { z }`, which brings all of them: 443 KiB
// of zod in the bundle instead of 95). `npm run bench` prints the same figures and the five
// biggest contributors.
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_KIB, BUNDLE_CEILING_KIB, DEPENDENCIES_ENTRY, bundleForBrowser, contributorOf, mainFunctionsBundle, type BrowserBundle } from '../../bench/browser-bundle.js';

describe('browser bundle of analyzeMessage, createPolicy, check, fromEml', () => {
  let bundle: BrowserBundle;
  const get = async () => (bundle ??= await mainFunctionsBundle());

  it(`weighs at most the ceiling, ${BUNDLE_CEILING_KIB} KiB gzipped (target ${BUNDLE_BUDGET_KIB} KiB)`, async () => {
    const b = await get();
    expect(b.warnings).toEqual([]);
    expect(b.gzipBytes).toBeLessThanOrEqual(BUNDLE_CEILING_KIB * 1024);
    expect(BUNDLE_CEILING_KIB).toBeGreaterThanOrEqual(BUNDLE_BUDGET_KIB);
  }, 60_000);

  it('holds no zod locale but English, and under 120 KiB of zod', async () => {
    const b = await get();
    const zod = b.contributors.find((c) => c.name === 'zod');
    expect(zod!.bytes).toBeLessThan(120 * 1024);
    expect(b.inputs.filter((f) => /zod\/v4\/locales\/(?!en\.js)/.test(f))).toEqual([]);
  }, 60_000);

  it('has every dependency it bundles in the dependencies-alone measurement', async () => {
    const b = await get();
    const own = (name: string) => name.startsWith('src/') || name.startsWith('rules/') || name === 'entry.ts';
    // Packages the listed ones pull in themselves (parse5's entities, tldts's core, zod's parts) come along by themselves.
    const direct = [...DEPENDENCIES_ENTRY.matchAll(/from '((?:@[^/']+\/)?[^/']+)/g)].map((m) => m[1]!);
    const indirect = new Set(['entities', 'tldts-core']);
    expect(b.contributors.map((c) => c.name).filter((n) => !own(n) && !direct.includes(n) && !indirect.has(n))).toEqual([]);
  }, 60_000);

  it('would see a heavier bundle (the measurement itself works)', async () => {
    const heavy = await bundleForBrowser(`import { z } from 'zod'; export const s = z.string();`);
    expect(heavy.contributors[0]!.name).toBe('zod');
    expect(heavy.contributors[0]!.bytes).toBeGreaterThan(300 * 1024);
    expect(heavy.inputs.filter((f) => /zod\/v4\/locales\/de\.js/.test(f))).toHaveLength(1);
    expect(contributorOf('node_modules/@date-fns/utc/index.js')).toBe('@date-fns/utc');
    expect(contributorOf('src/facts/message/html/stream-html.ts')).toBe('src/facts');
  }, 60_000);
});
