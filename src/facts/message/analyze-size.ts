import type { Message } from '../../model/index.js';
import { utf8Length } from './analysis-limits.js';

export interface SizeFacts {
  /** rawSize when given, else the UTF-8 size of headers and bodies. */
  readonly sizeBytes: number;
  /** UTF-8 size of the HTML body alone (Gmail clips above about 102 KB). */
  readonly htmlBytes: number;
}

/** `bodyBytes`: the bodies' UTF-8 sizes when the caller has counted them already. */
export const analyzeSize = (message: Message, bodyBytes?: { readonly html: number; readonly text: number }): SizeFacts => {
  const htmlBytes = bodyBytes?.html ?? (message.html ? utf8Length(message.html) : 0);
  if (message.rawSize !== undefined) return { sizeBytes: message.rawSize, htmlBytes };
  // Address fields given as message fields count as the header lines they become,
  // unless the same header is also listed in `headers` (then it is counted there, once).
  const own = message.headers ?? {};
  const fields: [string, string | undefined][] = [
    ['from', message.from], ['subject', message.subject], ['to', message.to], ['reply-to', message.replyTo], ['sender', message.sender],
  ];
  let headerBytes = 0;
  for (const [name, value] of fields) if (value !== undefined && !(name in own)) headerBytes += utf8Length(`${name}: ${value}\r\n`);
  for (const [name, values] of Object.entries(own)) {
    for (const v of values) headerBytes += utf8Length(`${name}: ${v}\r\n`);
  }
  return { sizeBytes: headerBytes + htmlBytes + (bodyBytes?.text ?? (message.text ? utf8Length(message.text) : 0)), htmlBytes };
};
