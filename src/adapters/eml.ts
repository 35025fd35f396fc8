import PostalMime, { type Address, type Email } from 'postal-mime';
import { InputError, inputIssue, parseMessage, type MessageInput } from '../model/index.js';
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

/** fromEml's default `maxBytes`: 30 MB, above what mail providers accept (Gmail 25 MB, most 20–50 MB). */
export const DEFAULT_MAX_EML_BYTES = 30_000_000;

export interface EmlOptions {
  /**
   * Largest raw message read, in bytes (default DEFAULT_MAX_EML_BYTES; Infinity lifts it). A
   * larger one is an InputError before it is parsed: parsing 100 MB took 5 s and 676 MB RSS.
   */
  readonly maxBytes?: number;
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
  const { maxBytes = DEFAULT_MAX_EML_BYTES, ...fields } = options ?? {};
  if (typeof maxBytes !== 'number' || !(maxBytes > 0) || (!Number.isInteger(maxBytes) && maxBytes !== Infinity)) {
    throw new InputError([inputIssue('options.maxBytes', 'expected a positive whole number or Infinity', 'erwartet eine positive ganze Zahl oder Infinity')]);
  }
  // A string longer than the cap in UTF-16 units is longer in UTF-8 bytes too: not encoded to tell.
  const size = typeof raw === 'string' && raw.length > maxBytes ? raw.length : byteLength(raw);
  if (size > maxBytes) {
    throw new InputError([
      inputIssue(
        'eml',
        `the raw message has ${typeof raw === 'string' && raw.length > maxBytes ? 'at least ' : ''}${size} bytes, more than maxBytes (${maxBytes}); raise options.maxBytes to read it`,
        `die Nachricht hat ${typeof raw === 'string' && raw.length > maxBytes ? 'mindestens ' : ''}${new Intl.NumberFormat('de-DE').format(size)} Bytes, mehr als maxBytes (${new Intl.NumberFormat('de-DE').format(maxBytes)}); options.maxBytes anheben, um sie zu lesen`,
      ),
    ]);
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
    rawSize: size,
    ...fields,
  };
  parseMessage(message); // throws InputError naming each bad field
  return message;
};
