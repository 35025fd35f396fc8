import { InputError, parseMessage, type InputIssue, type MessageInput } from '../../model/index.js';
import { readAddresses, type NodemailerAddress } from './addresses.js';
import { readContent, type NodemailerContent } from './content.js';
import { readHeaders, type NodemailerHeaders } from './headers.js';
import { listHeaders } from './list-headers.js';

/**
 * The part of nodemailer's SendMailOptions a policy check reads. Declared here, structurally,
 * so users of mailpolicy need neither nodemailer nor its types installed.
 */
export interface NodemailerMailOptions {
  from?: NodemailerAddress | NodemailerAddress[];
  sender?: NodemailerAddress;
  replyTo?: NodemailerAddress | NodemailerAddress[];
  to?: NodemailerAddress | NodemailerAddress[];
  cc?: NodemailerAddress | NodemailerAddress[];
  bcc?: NodemailerAddress | NodemailerAddress[];
  subject?: string;
  html?: NodemailerContent | unknown;
  text?: NodemailerContent | unknown;
  headers?: NodemailerHeaders;
  list?: object;
  /** Per-mail purpose and labels, read by mailpolicyPlugin (nodemailer ignores unknown keys). */
  mailpolicy?: NodemailerExtras;
}

/** What nodemailer's options do not say: the send's purpose and labels (see Message). */
export interface NodemailerExtras {
  readonly purpose?: MessageInput['purpose'];
  readonly topic?: string;
  readonly contentLabels?: string[];
  readonly spamScore?: number;
}

// Module augmentation: `transporter.sendMail({ …, mailpolicy: { purpose: 'newsletter' } })`
// type-checks with @types/nodemailer (SendMailOptions is Mail.Options). Without nodemailer's
// types installed this only declares an ambient module nobody imports.
declare module 'nodemailer/lib/mailer' {
  interface Options {
    /** Per-mail purpose and labels for mailpolicyPlugin (nodemailer itself ignores the key). */
    mailpolicy?: NodemailerExtras;
  }
}

/**
 * Turns nodemailer message options into a Message: addresses (strings or { name, address }),
 * subject, html and text (strings or bytes), custom `headers`, and the `list` option as the
 * List-* headers nodemailer writes for it. Throws InputError naming every bad field.
 */
export const fromNodemailer = (options: NodemailerMailOptions, extras: NodemailerExtras = {}): MessageInput => {
  if (typeof options !== 'object' || options === null) {
    throw new InputError([{ path: 'nodemailer', message: 'expected nodemailer message options (an object)' }]);
  }
  const issues: InputIssue[] = [];
  const take = <T>(r: { value?: T; issue?: InputIssue }): T | undefined => {
    if (r.issue) issues.push(r.issue);
    return r.value;
  };
  const from = take(readAddresses(options.from, 'nodemailer.from'));
  const sender = take(readAddresses(options.sender, 'nodemailer.sender'));
  const replyTo = take(readAddresses(options.replyTo, 'nodemailer.replyTo'));
  const to = take(readAddresses(options.to, 'nodemailer.to'));
  const html = take(readContent(options.html, 'nodemailer.html'));
  const text = take(readContent(options.text, 'nodemailer.text'));
  const custom = readHeaders(options.headers, 'nodemailer.headers');
  issues.push(...custom.issues);
  if (options.subject !== undefined && typeof options.subject !== 'string') {
    issues.push({ path: 'nodemailer.subject', message: 'expected a string' });
  }
  if (issues.length) throw new InputError(issues);

  // nodemailer adds List-* lines after the custom headers; both stay, as on the wire.
  const headers = custom.value;
  for (const [k, v] of Object.entries(listHeaders(options.list))) for (const line of v) (headers[k] ??= []).push(line);
  const message: MessageInput = {
    from: from ?? '',
    ...(sender ? { sender } : {}),
    ...(replyTo ? { replyTo } : {}),
    ...(to ? { to } : {}),
    subject: typeof options.subject === 'string' ? options.subject : '',
    headers: { ...headers },
    ...(html !== undefined ? { html } : {}),
    ...(text !== undefined ? { text } : {}),
    ...extras,
  };
  parseMessage(message); // throws InputError naming each bad field
  return message;
};
