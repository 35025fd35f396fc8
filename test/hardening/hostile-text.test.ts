// Issue 15, item 6: a text part that is one long run of "a.a.a.…" (every dot a link candidate)
// cost 3.75 s for 2 MB, all of it in linkifyjs. Such a run holds no link (no dot before a word
// linkifyjs reads as a top-level domain, no scheme before a colon, no "localhost"), so
// findTextLinks no longer hands it to linkifyjs. What is handed over is checked here; the cost
// is in `npm run bench` (hostileTextVsBenign2MB); find-text-links-linkify.test.ts holds the
// links found to linkifyjs's own find on the whole text.
import { describe, expect, it } from 'vitest';
import { findTextLinks, linkCandidateRuns } from '../../src/facts/message/text/find-text-links.js';

describe('runs that cannot hold a link never reach linkifyjs', () => {
  it.each([
    ['a.', 'a.'.repeat(100_000)],
    ['a.a@', 'a.a@'.repeat(50_000)],
    ['a:', 'a:'.repeat(100_000)],
    ['a.a-', 'a.a-'.repeat(50_000)],
    ['a.dex.', 'a.dex.'.repeat(30_000)],
    ['a.a spaced', 'a.a '.repeat(50_000)],
  ])('%s repeated to 200 KB: no link, nothing handed over', (_, text) => {
    expect(linkCandidateRuns(text).parts).toEqual([]);
    expect(findTextLinks(text)).toEqual([]);
  });

  it('a run with a TLD after a dot, a scheme before a colon or localhost is still read', () => {
    for (const run of ['a.a.a.de', 'x@a.a.com', 'a.DE', 'HTTP://a', 'mailto:x', 'x-http://a', 'a.localhost', 'a.ü.a']) {
      expect(linkCandidateRuns(`Hallo ${run} Welt`).parts, run).toEqual([run]);
    }
  });
});
