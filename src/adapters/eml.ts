import PostalMime, { type Address, type Email } from 'postal-mime';
import { InputError, parseMessage, type MessageInput } from '../model/index.js';
import { c1AsWindows1252, decodeWindows1252 } from './windows-1252.js';

const quote = (name: string): string => `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`;

const mailbox = (a: Address | undefined): string | undefined => {
  if (!a) return undefined;
  if (a.address === undefined) return a.group.map((m) => mailbox(m)).filter(Boolean).join(', ') || undefined;
  return a.name ? `${quote(c1AsWindows1252(a.name))} <${a.address}>` : a.address;
};

const headersOf = (email: Email): Record<string, string[]> => {
  const out: Record<string, string[]> = Object.create(null);
  for (const h of email.headers) (out[h.key] ??= []).push(h.value);
  return { ...out };
};

export interface EmlOptions {
  readonly purpose?: MessageInput['purpose'];
  readonly topic?: string;
  readonly contentLabels?: string[];
  readonly spamScore?: number;
}

const REPLACEMENT = '\uFFFD';

/**
 * A text part sent as raw 8-bit without a charset is decoded by postal-mime as UTF-8, and Latin-1
 * bytes turn into U+FFFD. Such mail predates UTF-8 and is almost always Windows-1252 (the WHATWG
 * reading of "latin1"): re-read the bytes as that, and take a body from the second reading only
 * where it removes every replacement character the first one produced.
 */
const repairUndeclared8bit = async (raw: string | Uint8Array | ArrayBuffer, email: Email): Promise<Pick<Email, 'html' | 'text'>> => {
  const broken = (s: string | undefined): boolean => s !== undefined && s.includes(REPLACEMENT);
  if (typeof raw === 'string' || (!broken(email.html) && !broken(email.text))) return email;
  const again = await PostalMime.parse(decodeWindows1252(raw));
  const pick = (first: string | undefined, second: string | undefined): string | undefined =>
    broken(first) && second !== undefined && !broken(second) ? second : first;
  return { html: pick(email.html, again.html), text: pick(email.text, again.text) };
};

const byteLength = (raw: string | Uint8Array | ArrayBuffer): number =>
  typeof raw === 'string' ? new TextEncoder().encode(raw).length : raw.byteLength;

/**
 * Reads a raw RFC 5322 message (string or bytes) into a Message: every header (multi-valued
 * kept), From / Sender / Reply-To / To with decoded display names, subject, html, text and the
 * raw size. A message without a usable From or subject raises InputError, never a crash.
 */
export const fromEml = async (raw: string | Uint8Array | ArrayBuffer, options: EmlOptions = {}): Promise<MessageInput> => {
  if (typeof raw !== 'string' && !(raw instanceof Uint8Array) && !(raw instanceof ArrayBuffer)) {
    throw new InputError([{ path: 'eml', message: 'expected the raw message as a string, Uint8Array or ArrayBuffer' }]);
  }
  let email: Email;
  try {
    email = await PostalMime.parse(raw);
  } catch (e) {
    throw new InputError([{ path: 'eml', message: `unreadable MIME: ${(e as Error).message}` }]);
  }
  const repaired = await repairUndeclared8bit(raw, email).catch(() => email);
  // Decoded text, the same in every runtime (windows-1252.ts).
  const html = repaired.html === undefined ? undefined : c1AsWindows1252(repaired.html);
  const text = repaired.text === undefined ? undefined : c1AsWindows1252(repaired.text);
  const message: MessageInput = {
    from: mailbox(email.from) ?? '',
    ...(email.sender ? { sender: mailbox(email.sender) } : {}),
    ...(email.replyTo?.length ? { replyTo: email.replyTo.map((a) => mailbox(a)).join(', ') } : {}),
    ...(email.to?.length ? { to: email.to.map((a) => mailbox(a)).join(', ') } : {}),
    subject: c1AsWindows1252(email.subject ?? ''),
    headers: headersOf(email),
    ...(html !== undefined ? { html } : {}),
    ...(text !== undefined ? { text } : {}),
    rawSize: byteLength(raw),
    ...options,
  };
  parseMessage(message); // throws InputError naming each bad field
  return message;
};
