// A mail whose subject, display name and body carry every byte 0x80–0x9F, labelled `charset`
// (test/adapters/windows-1252.test.ts; the browser test compares it across runtimes).
const high = Array.from({ length: 32 }, (_, i) => 0x80 + i);
const qp = high.map((b) => `=${b.toString(16).toUpperCase()}`).join('');

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

export const windows1252Mail = (charset: string): Uint8Array =>
  bytes(
    `From: =?${charset}?Q?Shop_${qp}?= <news@shop.example>\r\n`,
    `Subject: =?${charset}?Q?${qp}?=\r\n`,
    'MIME-Version: 1.0\r\n',
    `Content-Type: text/plain; charset=${charset}\r\n`,
    'Content-Transfer-Encoding: 8bit\r\n\r\n',
    'Preis ', [0x80], ' 10 ', [0x93], 'Angebot', [0x94], ' ', high, '\r\n',
  );

/** The same body as raw 8-bit without a charset (fromEml reads it again as Windows-1252). */
export const undeclared8bitMail = (): Uint8Array =>
  bytes('From: news@shop.example\r\nSubject: Hallo\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n', [0x93], 'Gr', [0xfc], [0xdf], 'e', [0x94], ' ', [0x80], '\r\n');
