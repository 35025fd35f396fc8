// simpleMailbox reads the plain From forms without email-addresses; where it answers, it must
// answer exactly as email-addresses (RFC 5322 mode) does.
import addresses from 'email-addresses';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simpleMailbox } from '../../../../src/facts/message/sender/simple-mailbox.js';

const reference = (input: string) => {
  const p = addresses.parseOneAddress({ input, rfc6532: true });
  if (!p || p.type !== 'mailbox') return null;
  const m = p as addresses.ParsedMailbox;
  return { address: m.address, local: m.local, domain: m.domain, name: m.name };
};

const PIECES = [
  '"', '"', '<', '>', '@', '@', '.', '..', ' ', '  ', '\t', 'news', 'Shop', 'GmbH', 'x', 'a-b', 'ä', '😀', '(c)', '\\', ',', ';', ':',
  "o'neil", '+tag', '!#$%&*=?^_`{|}~/', 'shop.example', 'co.uk', '-', '[1.2.3.4]', 'Beispiel Shop', '\r\n ',
];

describe('simpleMailbox', () => {
  it('answers like email-addresses wherever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        const input = parts.join('');
        const simple = simpleMailbox(input);
        if (simple === null) return;
        answered++;
        expect(simple).toEqual(reference(input));
      }),
      { numRuns: 20000 },
    );
    expect(answered).toBeGreaterThan(5); // random pieces seldom form a mailbox; the next test covers the forms
  });

  it('answers the usual From forms like email-addresses', () => {
    const forms = fc.tuple(
      fc.constantFrom('', '"Beispiel Shop GmbH" ', '"Shop"', 'Beispiel Shop ', 'Max ', '"A<B>, Inc." ', "O'Neil+Co ", '<'),
      fc.stringMatching(/^[a-z0-9!#$%&'*+=?^_`{|}~/-]{1,8}(\.[a-z0-9-]{1,5}){0,2}$/),
      fc.stringMatching(/^[a-z0-9-]{1,8}(\.[a-z0-9-]{1,6}){0,3}$/),
    );
    fc.assert(
      fc.property(forms, ([name, local, domain]) => {
        const input = name === '' ? `${local}@${domain}` : name === '<' ? `<${local}@${domain}>` : `${name}<${local}@${domain}>`;
        expect(simpleMailbox(input)).not.toBeNull();
        expect(simpleMailbox(input)).toEqual(reference(input));
      }),
      { numRuns: 5000 },
    );
    expect(simpleMailbox('"Beispiel Shop GmbH" <news@shop.example>')).toEqual({
      address: 'news@shop.example', local: 'news', domain: 'shop.example', name: 'Beispiel Shop GmbH',
    });
  });
});
