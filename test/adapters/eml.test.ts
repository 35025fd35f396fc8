import { describe, expect, it } from 'vitest';
import { analyzeMessage, fromEml, InputError } from '../../src/index.js';
import { mimeOf } from './send.js';

describe('fromEml on MIME that nodemailer produced', () => {
  const options = {
    from: { name: 'Shöp GmbH', address: 'news@shop.example' },
    sender: 'bounce@shop.example',
    replyTo: 'Hilfe <help@shop.example>',
    to: ['anna@example.org', 'ben@example.org'],
    subject: 'Grüße aus Köln – Angebote',
    text: 'Hallo Anna\nAbmelden: https://shop.example/u/1',
    html: '<p>Hallo Anna</p><p><a href="https://shop.example/u/1">Newsletter abbestellen</a></p><p><a href="https://shop.example/impressum">Impressum</a></p>',
    headers: { 'X-Campaign': ['spring', 'de'], 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    list: { unsubscribe: 'https://shop.example/u/1' },
    attachments: [{ filename: 'preise.txt', content: 'Preisliste' }],
  };

  it('reads addresses with decoded display names, subject, bodies and size', async () => {
    const raw = await mimeOf(options);
    const m = await fromEml(raw);
    expect(m.from).toBe('"Shöp GmbH" <news@shop.example>');
    expect(m.sender).toBe('bounce@shop.example');
    expect(m.replyTo).toBe('"Hilfe" <help@shop.example>');
    expect(m.to).toBe('anna@example.org, ben@example.org');
    expect(m.subject).toBe('Grüße aus Köln – Angebote');
    expect(m.text?.trim()).toBe(options.text);
    expect(m.html?.trim()).toBe(options.html);
    expect(m.rawSize).toBe(raw.length);
  });

  it('keeps every header, repeated ones as lists, and the facts see them', async () => {
    const m = await fromEml(await mimeOf(options));
    const h = m.headers as Record<string, string[]>;
    expect(h['x-campaign']).toEqual(['spring', 'de']);
    expect(h['list-unsubscribe']).toEqual(['<https://shop.example/u/1>']);
    expect(h['message-id']?.length).toBe(1);
    const facts = analyzeMessage(m);
    expect(facts.unsubscribe).toMatchObject({ inBody: true, inHeader: true, oneClick: true });
    expect(facts.imprint.present).toBe(true);
  });

  it('reads the same message given as a string, bytes or ArrayBuffer', async () => {
    const raw = await mimeOf(options);
    const bytes = new Uint8Array(raw);
    const fromString = await fromEml(raw.toString('utf8'));
    const fromBytes = await fromEml(bytes);
    const fromBuffer = await fromEml(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(fromBytes).toEqual(fromString);
    expect(fromBuffer).toEqual(fromString);
  });
});

describe('fromEml on broken input', () => {
  const paths = async (raw: unknown) => {
    try {
      await fromEml(raw as string);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).issues.map((i) => i.path);
    }
    throw new Error('expected an InputError');
  };

  it('rejects a value that is not a message', async () => {
    expect(await paths(42)).toEqual(['eml']);
    expect(await paths(null)).toEqual(['eml']);
  });

  it('names a missing From instead of crashing', async () => {
    expect(await paths('Subject: hi\r\n\r\nbody')).toEqual(['message.from']);
    expect(await paths('')).toEqual(['message.from']);
    expect(await paths('\u0000\u0001garbage without headers')).toEqual(['message.from']);
  });

  it('survives truncated multipart bodies', async () => {
    const raw = (await mimeOf({ from: 'a@shop.example', subject: 's', html: '<p>x</p>', text: 'x' })).toString('utf8');
    const cut = raw.slice(0, raw.lastIndexOf('--'));
    const m = await fromEml(cut);
    expect(m.from).toBe('a@shop.example');
  });
});
