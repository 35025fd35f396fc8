import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { fromEml } from '../../../src/adapters/eml.js';
import { analyzeMessage } from '../../../src/facts/index.js';
import { InputError } from '../../../src/model/index.js';

const CRLF = (lines: string[]): string => lines.join('\r\n');

describe('fromEml', () => {
  it('reads From / Reply-To / To with decoded display names, subject, both bodies, every header and the raw size', async () => {
    const raw = CRLF([
      'From: =?UTF-8?Q?M=C3=BCller_GmbH?= <news@mueller.de>',
      'Reply-To: Support <help@mueller.de>',
      'To: a@b.de',
      'Subject: =?UTF-8?B?R3LDvMOfZQ==?=',
      'Received: from a',
      'Received: from b',
      'List-Unsubscribe: <https://mueller.de/u?id=1>,',
      ' <mailto:u@mueller.de>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hallo',
      '--b',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p><a href="https://mueller.de/abmelden">Abmelden</a></p>',
      '--b--',
      '',
    ]);
    const m = await fromEml(raw);
    expect(m).toMatchObject({ from: '"Müller GmbH" <news@mueller.de>', replyTo: '"Support" <help@mueller.de>', to: 'a@b.de', subject: 'Grüße' });
    expect(m.text?.trim()).toBe('Hallo');
    expect((m.headers as Record<string, string[]>).received).toHaveLength(2);
    expect(m.rawSize).toBe(new TextEncoder().encode(raw).length);
    const facts = analyzeMessage(m);
    expect(facts.unsubscribe).toMatchObject({ inBody: true, inHeader: true, oneClick: true });
    expect(facts.unsubscribe.headerUris).toEqual(['https://mueller.de/u?id=1', 'mailto:u@mueller.de']);
  });

  it('re-reads an 8-bit body without charset as Windows-1252 instead of leaving U+FFFD', async () => {
    const head = CRLF(['From: a@b.it', 'Subject: s', 'Content-Type: text/html', 'Content-Transfer-Encoding: 8bit', '', '']);
    const bytes = new Uint8Array([...new TextEncoder().encode(head), ...new TextEncoder().encode('<p>Se non desideri pi'), 0xf9, 0x20, 0x78]);
    const m = await fromEml(bytes);
    expect(m.html).toContain('più x');
  });

  it('reads MIME that nodemailer built, with its list option as List-* headers', async () => {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'crlf' });
    const info = await transport.sendMail({
      from: '"Shop" <news@shop.de>',
      to: 'kunde@example.org',
      subject: 'Neuigkeiten',
      html: '<p>Hallo</p><p><a href="https://shop.de/abmelden">Newsletter abbestellen</a></p>',
      text: 'Hallo',
      list: { unsubscribe: { url: 'https://shop.de/u/1', comment: 'Abmelden' } },
    });
    const m = await fromEml(info.message as Buffer);
    const facts = analyzeMessage(m);
    expect(facts.sender.from?.address).toBe('news@shop.de');
    expect(facts.unsubscribe).toMatchObject({ inBody: true, inHeader: true });
  });

  it('raises InputError naming the field for input that is no message', async () => {
    await expect(fromEml('')).rejects.toBeInstanceOf(InputError);
    await expect(fromEml('just some words\r\n\r\nno headers')).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: 'message.from' })]) });
    await expect(fromEml(42 as unknown as string)).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'eml' })] });
  });
});
