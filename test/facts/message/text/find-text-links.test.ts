import { describe, expect, it } from 'vitest';
import { findTextLinks } from '../../../../src/facts/message/text/find-text-links.js';

describe('findTextLinks', () => {
  it('finds URLs and email addresses with the sentence that leads up to them', () => {
    const links = findTextLinks('Thanks for reading. To be removed please visit:\n  http://x.example/remove\nMail us at team@shop.de.');
    expect(links.map((l) => [l.type, l.href, l.context])).toEqual([
      ['url', 'http://x.example/remove', 'To be removed please visit:'],
      ['email', 'mailto:team@shop.de', 'Mail us at'],
    ]);
  });

  it('reaches a lead-in across blank lines but not past the previous sentence', () => {
    const [link] = findTextLinks('We never share data. Unsubscribe:\n\n\n\nhttp://x.example/u?id=5');
    expect(link!.context).toBe('Unsubscribe:');
    const [other] = findTextLinks('You can unsubscribe at any time.\nhttp://x.example/blog');
    expect(other!.context).toBe('');
  });

  it('gives the words after a link up to the end of its sentence', () => {
    const [link] = findTextLinks('Visit https://x.example/u to stop receiving these mails. Bye');
    expect(link!.after).toBe('to stop receiving these mails.');
  });

  describe('a URL ends at ", < and > (never part of a URL: RFC 3986 §2, WHATWG percent-encode sets)', () => {
    const urls = (text: string) => findTextLinks(text).map((l) => [l.value, l.href]);

    it('ends at the quote and tag of an HTML anchor written as text (English)', () => {
      const text = 'For more details please <A HREF="http://x.example/ATV">CLICK HERE</A><BR>';
      expect(urls(text)).toEqual([['http://x.example/ATV', 'http://x.example/ATV']]);
      expect(urls('<a href=https://x.example/more>Read more</a>')).toEqual([['https://x.example/more', 'https://x.example/more']]);
    });

    it('ends at the quote and tag of an HTML anchor written as text (German)', () => {
      const text = 'Mehr dazu <a href="https://shop.example/angebote?id=5">hier klicken</a> – Ihr Shop';
      expect(urls(text)).toEqual([['https://shop.example/angebote?id=5', 'https://shop.example/angebote?id=5']]);
    });

    it('finds an anchor text that is a URL itself as a second link', () => {
      expect(urls('<a href="https://a.example/u">https://a.example/u</a>')).toEqual([
        ['https://a.example/u', 'https://a.example/u'], ['https://a.example/u', 'https://a.example/u'],
      ]);
    });

    it('a URL opened by a single quote ends at the next one; other quotes inside a URL stay', () => {
      expect(urls("<a href='https://x.example/a?b=1'>Abmelden</a>")).toEqual([['https://x.example/a?b=1', 'https://x.example/a?b=1']]);
      expect(urls("'www.shop.de/a.'CLICK")).toEqual([['www.shop.de/a', 'http://www.shop.de/a']]);
      expect(urls("See https://en.wikipedia.org/wiki/Conan_O'Brien today")).toEqual([
        ["https://en.wikipedia.org/wiki/Conan_O'Brien", "https://en.wikipedia.org/wiki/Conan_O'Brien"],
      ]);
      expect(findTextLinks("Mail o'brien@shop.de")[0]!.value).toBe("o'brien@shop.de");
    });
  });
});
