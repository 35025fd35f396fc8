import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWord, wordMatcher } from '../../src/facts/fold.js';

describe('wordMatcher', () => {
  it('answers like testing every word with hasWord', () => {
    const alphabet = ['a', 'b', 'ab', 'ba', ' ', '-', 'é', 'ß', '1', "'", 'unsub', 'abmeld', 'opt out', 'x'];
    const piece = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(piece.filter((w) => w.length > 0), { minLength: 1, maxLength: 6 }), piece, (words, text) => {
        expect(wordMatcher(words)(text)).toBe(words.some((w) => hasWord(text, w)));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches at word starts only', () => {
    const m = wordMatcher(['abmeld', 'opt out']);
    expect(m('bitte hier abmelden')).toBe(true);
    expect(m('opt out now')).toBe(true);
    expect(m('nichtabmelden')).toBe(false);
    expect(m('äabmelden')).toBe(false);
    expect(m('')).toBe(false);
  });
});
