import type { Message } from '../model/index.js';

export interface SizeFacts {
  /** rawSize when given, else the UTF-8 size of headers and bodies. */
  readonly sizeBytes: number;
  /** UTF-8 size of the HTML body alone (Gmail clips above about 102 KB). */
  readonly htmlBytes: number;
}

const encoder = new TextEncoder();
const utf8Length = (s: string): number => encoder.encode(s).length;

export const analyzeSize = (message: Message): SizeFacts => {
  const htmlBytes = message.html ? utf8Length(message.html) : 0;
  if (message.rawSize !== undefined) return { sizeBytes: message.rawSize, htmlBytes };
  let headerBytes = utf8Length(`From: ${message.from}\r\nSubject: ${message.subject}\r\n`);
  for (const [name, values] of Object.entries(message.headers ?? {})) {
    for (const v of values) headerBytes += utf8Length(`${name}: ${v}\r\n`);
  }
  return { sizeBytes: headerBytes + htmlBytes + (message.text ? utf8Length(message.text) : 0), htmlBytes };
};
