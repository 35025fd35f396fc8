// The bot-signal fact reads the address in place (no slices, no lowercase copy); here it is held
// to the plain reading: split at the last "@", the domain lowercased and looked up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { botSignals, DISPOSABLE_DOMAINS, looksGibberish } from '../../../src/facts/recipient/bot-signals.js';
import type { FactContext } from '../../../src/facts/index.js';

const plain = (address: string) => {
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : address;
  const domain = at > 0 ? address.slice(at + 1).toLowerCase() : '';
  return { disposableDomain: DISPOSABLE_DOMAINS.has(domain), gibberishAddress: looksGibberish(local) };
};

// Mostly case changes, now and then a change that spoils the match.
type How = 'keep' | 'upper' | 'kelvin' | 'dotted' | 'drop' | 'add';
const HOW: How[] = [...Array<How>(24).fill('keep'), ...Array<How>(8).fill('upper'), 'kelvin', 'kelvin', 'dotted', 'drop', 'add'];

// Disposable domains in mixed case, with the Kelvin sign for "k", the dotted capital I, a letter
// more or less; local parts long and short, gibberish or not; "@" first, last, twice or missing.
const domain = fc.oneof(
  fc.constantFrom(...DISPOSABLE_DOMAINS),
  fc.constantFrom('gmail.com', 'web.de', 'shop.example', ''),
  fc.string({ maxLength: 18 }),
).chain((d) =>
  fc.array(fc.constantFrom(...HOW), { minLength: d.length, maxLength: d.length }).map((how) =>
    [...d].map((c, i) => ({ keep: c, upper: c.toUpperCase(), kelvin: c === 'k' ? '\u212a' : c, dotted: c === 'i' ? '\u0130' : c, drop: '', add: c + 'x' })[how[i]!]).join(''),
  ),
);
const local = fc.oneof(fc.constantFrom('anna.schmidt', 'xkqzvbtrwpl', '83920174653', 'x', ''), fc.string({ maxLength: 16 }));
const address = fc.oneof(
  fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`),
  fc.tuple(local, local, domain).map(([a, b, d]) => `${a}@${b}@${d}`),
  fc.tuple(local, domain).map(([l, d]) => `@${l}${d}`),
  local,
);

describe('botSignals', () => {
  it('finds disposable domains and gibberish local parts as the split, lowercased address does', () => {
    let disposable = 0;
    fc.assert(
      fc.property(address, (a) => {
        const facts = botSignals.compute({ recipient: { address: a } } as FactContext);
        const expected = plain(a);
        if (expected.disposableDomain) disposable++;
        expect({ disposableDomain: facts.disposableDomain, gibberishAddress: facts.gibberishAddress }, JSON.stringify(a)).toEqual(expected);
      }),
      { numRuns: 20_000 },
    );
    expect(disposable).toBeGreaterThan(500);
  });

  it('reads the Kelvin sign as "k", as toLowerCase does, and nothing else outside ASCII', () => {
    const compute = (a: string) => botSignals.compute({ recipient: { address: a } } as FactContext).disposableDomain;
    expect(compute('x@FA\u212aEINBOX.COM')).toBe(true);
    expect(compute('x@fakeinbox.com')).toBe(true);
    expect(compute('x@fakeınbox.com')).toBe(false);
    expect(compute('@fakeinbox.com')).toBe(false);
    expect(compute('x@y@fakeinbox.com')).toBe(true);
  });
});
