// plainUrlEnd answers for a run of non-space characters what linkifyjs's `find` answers, or
// declines. These tests hold every answer it gives to `find` on the same run.
import fc from 'fast-check';
import { find } from 'linkifyjs';
import { describe, expect, it } from 'vitest';
import { plainUrlEnd } from '../../../../src/facts/message/text/plain-url-end.js';

const linkify = (run: string) =>
  find(run)
    .filter((m) => m.type === 'url' || m.type === 'email')
    .map((m) => ({ href: m.href, value: m.value, type: m.type, start: m.start, end: m.end }));

/** What the fast path claims for the run: one URL from its start, or nothing (declined). */
const claim = (run: string) => {
  const end = plainUrlEnd(run, 0, run.length);
  if (end < 0) return undefined;
  const value = run.slice(0, end);
  return [{ href: value, value, type: 'url', start: 0, end }];
};

const randomCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((up) =>
    [...word].map((ch, i) => (up[i] ? ch.toUpperCase() : ch)).join(''),
  );

const scheme = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('http', 'https').chain(randomCase).map((s) => s + '://') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('http:/', 'http:', 'https:///', 'http//', 'ftp://', 'httpx://', 'htt://', 'mailto:', 'file://',
      'xhttp://', '(http://', '<https://', '"http://', 'www.', ''),
  },
);

const LABELS = ['shop', 'example', 'a', 'x', '1', '42', '0', 'de', 'com', 'co', 'uk', 'xn--bcher-kva', '-a', 'a-', '-', '',
  'a_b', 'ü', 'Ä', 'münchen', 'localhost', 'SHOP', 'Mail', '192', '😀', 'ß'];
const host = fc.tuple(
  fc.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.')),
  fc.constantFrom('', '', ':8080', ':', ':x', '.', '..'),
).map(([h, p]) => h + p);

const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const PATH_PIECES = [...PUNCTUATION, 'p', '12', 'utm_source', '=', 'newsletter', '%20', '{{subscriber_id}}', '{{', '}}',
  '(x)', '[1]', '<a>', 'ü', '…', '😀', '\u0001', '\u007f', '\u200b', '（', '）', '・', 'HTTP://', 'mailto:', 'a@b.de', '~u', 'localhost'];
const path = fc.array(fc.constantFrom(...PATH_PIECES), { maxLength: 12 }).map((ps) => ps.join(''));
const trailing = fc.constantFrom('', '', '.', ',', '!', '?', ':', ';', ')', ']', '}', '>', '"', "'", '...', ').', '%', '-', '/', '),', '!?');

const run = fc.tuple(scheme, host, path, trailing).map((ps) => ps.join(''));

const asciiRun = fc.tuple(
  fc.constantFrom('http://', 'https://', 'HTTP://'),
  fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 30 }),
).map(([s, rest]) => s + rest);

describe('plainUrlEnd gives linkifyjs find’s answer or declines', () => {
  it('on generated runs: odd schemes and hosts, every ASCII punctuation, brackets, merge tags, trailing punctuation', () => {
    let answered = 0;
    let trimmed = 0;
    fc.assert(
      fc.property(run, (r) => {
        const mine = claim(r);
        if (mine === undefined) return;
        answered++;
        if (mine[0]!.end < r.length) trimmed++;
        expect(mine).toEqual(linkify(r));
      }),
      { numRuns: 4000 },
    );
    // About a fifth of these runs are plain enough to answer (the rest hold non-ASCII or odd
    // schemes); many of those end in characters linkifyjs leaves out.
    expect(answered).toBeGreaterThan(500);
    expect(trimmed).toBeGreaterThan(100);
  });

  it('on http(s):// followed by any printable ASCII', () => {
    let answered = 0;
    fc.assert(
      fc.property(asciiRun, (r) => {
        const mine = claim(r);
        if (mine === undefined) return;
        answered++;
        expect(mine).toEqual(linkify(r));
      }),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(1000);
  });

  it('answers the plain forms of a newsletter, ending where linkifyjs ends them', () => {
    const end = (r: string) => plainUrlEnd(r, 0, r.length);
    expect(end('https://shop.example/p/12?utm_source=newsletter')).toBe(47);
    expect(end('https://shop.example/p/12?utm_source=newsletter.')).toBe(47);
    expect(end('HTTPS://Shop.Example/x),')).toBe(22);
    expect(end('http://a.de/x%')).toBe(13);
    expect(end('http://a.de/x%20')).toBe(16);
    expect(end('http://a.de/wiki/Foo_(bar)')).toBe(26);
    expect(end('http://a.de/(x]')).toBe(14);
    // linkifyjs keeps one closing brace of a merge tag: its bracket states do not nest.
    const tag = 'https://shop.example/abmelden?id={{subscriber_id}}';
    expect(end(tag)).toBe(tag.length - 1);
    expect(linkify(tag)[0]!.end).toBe(tag.length - 1);
    for (const r of ['https://a.de/x', 'http://a.de:80/~u/@me', 'http://a-.b..c/-', 'https://1.2.3.4/?a=b&c=d#top']) {
      expect(claim(r)).toEqual(linkify(r));
      expect(end(r)).toBe(r.length);
    }
  });

  it('declines what it does not read', () => {
    for (const r of ['http://.x', 'http:///x', 'http:/x', 'ftp://a.de', 'www.a.de', '(https://a.de)', 'https://münchen.de',
      'https://a.de/ü', 'https://a.de/😀', 'https://a.de/x（y）', 'http://', 'https://', 'news@shop.de']) {
      expect(plainUrlEnd(r, 0, r.length)).toBe(-1);
    }
  });

  it('reads only its run of a longer text', () => {
    const text = 'see https://a.de/x. and more';
    expect(plainUrlEnd(text, 4, 19)).toBe(18);
    expect(plainUrlEnd('xhttps://a.de/x', 1, 15)).toBe(15);
  });
});

describe('the linkifyjs plainUrlEnd was derived from', () => {
  it('is the exact version a consumer installs: another 4.x may change its URL states, which plainUrlEnd copies', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.linkifyjs).toBe('4.4.0');
    const installed = JSON.parse(readFileSync(new URL('../../../../node_modules/linkifyjs/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(installed.version).toBe('4.4.0');
  });
});
