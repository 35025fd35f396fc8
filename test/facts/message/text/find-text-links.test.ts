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
});
