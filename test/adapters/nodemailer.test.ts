import { describe, expect, it } from 'vitest';
import { analyzeMessage, fromEml, fromNodemailer } from '../../src/index.js';
import { mimeOf } from './send.js';
import { inputErrorPaths } from '../helpers/input-issues.js';

const base = { from: '"Shop GmbH" <news@shop.example>', to: 'anna@example.org', subject: 'Neu im Shop' };


describe('fromNodemailer', () => {
  it('formats address objects and lists as RFC 5322 strings', () => {
    const m = fromNodemailer({
      from: { name: 'Shop "Berlin" GmbH', address: 'news@shop.example' },
      replyTo: [{ name: '', address: 'help@shop.example' }, 'Team <team@shop.example>'],
      sender: { address: 'bounce@shop.example' },
      to: ['anna@example.org', { name: 'Ben', address: 'ben@example.org' }],
      subject: 'Hallo',
    });
    expect(m.from).toBe('"Shop \\"Berlin\\" GmbH" <news@shop.example>');
    expect(m.replyTo).toBe('help@shop.example, Team <team@shop.example>');
    expect(m.sender).toBe('bounce@shop.example');
    expect(m.to).toBe('anna@example.org, "Ben" <ben@example.org>');
  });

  it('reads html and text given as Buffers, Uint8Arrays and { content, encoding }', () => {
    const m = fromNodemailer({
      ...base,
      html: Buffer.from('<p>Grüße</p>', 'utf8'),
      text: { content: Buffer.from('Grüße aus Köln', 'utf8').toString('base64'), encoding: 'base64' },
    });
    expect(m.html).toBe('<p>Grüße</p>');
    expect(m.text).toBe('Grüße aus Köln');
    expect(fromNodemailer({ ...base, text: new TextEncoder().encode('plain') }).text).toBe('plain');
    expect(fromNodemailer({ ...base, text: { content: '48616c6c6f', encoding: 'hex' } }).text).toBe('Hallo');
  });

  it('keeps custom headers in both of nodemailer\'s forms, repeated values as repeated lines', () => {
    const obj = fromNodemailer({ ...base, headers: { 'X-Campaign': ['a', 'b'], 'X-Pre': { prepared: true, value: 'p' } } });
    expect(obj.headers).toEqual({ 'x-campaign': ['a', 'b'], 'x-pre': ['p'] });
    const arr = fromNodemailer({ ...base, headers: [{ key: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' }] });
    expect(arr.headers).toEqual({ 'list-unsubscribe-post': ['List-Unsubscribe=One-Click'] });
  });

  it('turns `list` into the List-* headers nodemailer writes', async () => {
    const options = {
      ...base,
      html: '<p>Hi</p>',
      list: {
        unsubscribe: [{ url: 'https://shop.example/u?x=1', comment: 'Abmelden (jetzt)' }, 'unsub@shop.example'],
        id: { url: 'news.shop.example', comment: 'Shop "News"' },
        help: [['help@shop.example', 'https://shop.example/help']],
        archive: 'shop.example/archiv',
      },
    };
    const ours = fromNodemailer(options).headers as Record<string, string[]>;
    expect(ours['list-unsubscribe']).toEqual(['<https://shop.example/u?x=1> (Abmelden \\(jetzt\\))', '<mailto:unsub@shop.example>']);
    expect(ours['list-id']).toEqual(['"Shop \\"News\\"" <news.shop.example>']);
    expect(ours['list-help']).toEqual(['<mailto:help@shop.example>, <https://shop.example/help>']);
    expect(ours['list-archive']).toEqual(['<http://shop.example/archiv>']);
    // The same options through nodemailer itself, read back from its MIME output.
    const wire = (await fromEml(await mimeOf(options))).headers as Record<string, string[]>;
    for (const key of ['list-unsubscribe', 'list-id', 'list-help', 'list-archive']) expect(ours[key]).toEqual(wire[key]);
  });

  it('gives the facts a usable one-click List-Unsubscribe', () => {
    const m = fromNodemailer({
      ...base,
      html: '<a href="https://shop.example/u/1">Abmelden</a>',
      list: { unsubscribe: 'https://shop.example/u/1' },
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    const facts = analyzeMessage(m);
    expect(facts.unsubscribe.inHeader).toBe(true);
    expect(facts.unsubscribe.oneClick).toBe(true);
    expect(facts.unsubscribe.inBody).toBe(true);
    expect(analyzeMessage(fromNodemailer({ ...base, html: '<p>x</p>' })).unsubscribe.inHeader).toBe(false);
  });

  it('passes purpose and labels through and validates them', () => {
    expect(fromNodemailer(base, { purpose: 'transactional' }).purpose).toBe('transactional');
    expect(inputErrorPaths(() => fromNodemailer(base, { purpose: 'spam' as never }))).toEqual(['message.purpose']);
  });

  it('names every bad field in one InputError', () => {
    const paths = inputErrorPaths(() =>
      fromNodemailer({
        from: 42 as never,
        subject: 7 as never,
        html: { path: '/etc/passwd' },
        text: { content: 'x', encoding: 'utf16le' },
        headers: { 'X-Bad': 5 as never, 'X-Obj': {} as never },
      }),
    );
    expect(paths).toEqual(['nodemailer.from', 'nodemailer.html', 'nodemailer.text.encoding', 'nodemailer.headers.X-Obj', 'nodemailer.subject']);
    expect(inputErrorPaths(() => fromNodemailer({ subject: 'x' }))).toEqual(['message.from']);
    expect(inputErrorPaths(() => fromNodemailer(null as never))).toEqual(['nodemailer']);
  });
});
