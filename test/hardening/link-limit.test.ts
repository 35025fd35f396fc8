// Hostile text full of links (issue 15 item 6): 2 MB of "a.de:" is 400,000 links, and linkifyjs
// had to tokenize all of them because every link was counted even past maxLinks. Now the search
// stops at the first link past the limit. Checked here: linkifyjs is handed bounded input (its
// `find` is wrapped to measure what it reads), and the links kept are those of the unlimited
// search, for many short runs (handed over in batches) and for one long run (read in prefixes).
import { describe, expect, it, vi } from 'vitest';

const handed: number[] = [];
vi.mock('linkifyjs', async (importOriginal) => {
  const linkify = await importOriginal<typeof import('linkifyjs')>();
  return {
    ...linkify,
    find: (text: string, ...rest: unknown[]) => {
      handed.push(text.length);
      return (linkify.find as (...args: unknown[]) => ReturnType<typeof linkify.find>)(text, ...rest);
    },
  };
});

const { findTextLinks, findTextLinksUpTo } = await import('../../src/facts/message/text/find-text-links.js');
const { analyzeMessage } = await import('../../src/index.js');

const read = (f: () => unknown): number => {
  handed.length = 0;
  f();
  return handed.reduce((a, b) => a + b, 0);
};

const shapes: [string, string][] = [
  ['one run of a.de:', 'a.de:'.repeat(200_000)],
  ['spaced links', 'see a.de/x '.repeat(100_000)],
  ['one run of mixed links', 'x@a.de,www.b.de:'.repeat(60_000)],
  ['lines of links and prose', 'Hello, read https://shop.de/a and write to x@shop.de. No link here at all.\n'.repeat(20_000)],
];

describe('link search stops at the limit', () => {
  it.each(shapes)('%s: linkifyjs reads text in proportion to the limit, not to the text', (_, text) => {
    for (const limit of [0, 1, 100, 10_000]) {
      const chars = read(() => findTextLinksUpTo(text, limit));
      const found = findTextLinksUpTo(text, limit);
      expect(found.links).toHaveLength(limit);
      expect(found.cut).toBe(true);
      // The text holding the links taken, then at most: prefixes of doubling length (4×) and one batch.
      const needed = found.links.length > 0 ? found.links.at(-1)!.end : 0;
      expect(chars, `limit ${limit}`).toBeLessThanOrEqual(4 * needed + 4 * 16_384 + 100);
      expect(chars).toBeLessThan(text.length);
    }
  });

  it.each([...shapes, ['one long URL', 'http://a.de/x?y=1,mail@b.de;www.c.com/p:'.repeat(20_000)]])('%s: the links kept are the first ones of the unlimited search, with their contexts', (_, whole) => {
    const text = whole.slice(0, 300_000);
    const all = findTextLinks(text);
    for (const limit of [0, 1, 7, 100, 3_000]) {
      expect(findTextLinksUpTo(text, limit).links).toEqual(all.slice(0, limit));
    }
    expect(findTextLinksUpTo(text, all.length)).toEqual({ links: all, cut: false });
    expect(findTextLinksUpTo(text, all.length - 1).cut).toBe(true);
  });

  it('bare URLs of the HTML inside anchors do not count towards the limit', () => {
    const html = '<p>x.de/1 <a href="https://y.de/a">y.de/a</a> z.de/2</p>'.repeat(50);
    const unlimited = analyzeMessage({ from: 'a@shop.de', subject: 's', html }, { limits: { maxLinks: Infinity } }).body;
    const limited = analyzeMessage({ from: 'a@shop.de', subject: 's', html }, { limits: { maxLinks: 80 } });
    expect(unlimited.anchors).toHaveLength(50);
    expect(limited.body.htmlTextLinks).toEqual(unlimited.htmlTextLinks.slice(0, 30));
    expect(limited.analysis).toMatchObject({ links: 81, linksAnalysed: 80, exceeded: ['maxLinks'] });
  });

  it('2 MB of "a.de:" at the default limits hands linkifyjs a small part of it', () => {
    const text = 'a.de:'.repeat(400_000);
    const chars = read(() => analyzeMessage({ from: 'a@shop.de', subject: 's', text, html: text }));
    expect(chars).toBeLessThan(400_000);
  });
});
