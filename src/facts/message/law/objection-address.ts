// UWG § 7(2) Nr. 3 lit. c: advertising by e-mail is an unreasonable nuisance when it carries "keine
// gültige Adresse …, an die der Empfänger eine Aufforderung zur Einstellung solcher Nachrichten
// richten kann", free of charge beyond basic transmission costs. An unsubscribe link, a
// List-Unsubscribe header or a reply address that is read (not "noreply@") each serve.
import type { SenderFacts } from '../sender/analyze-sender.js';
import type { UnsubscribeFacts } from '../unsubscribe/analyze-unsubscribe.js';

export interface ObjectionAddressFacts {
  readonly present: boolean;
  /** How the recipient can object: 'link', 'header', 'reply-address'; null when no way. */
  readonly via: 'link' | 'header' | 'reply-address' | null;
  /** The address replies go to (Reply-To, else From). */
  readonly replyAddress: string | null;
  /** The reply address is a no-reply address, where an objection is not read. */
  readonly replyIsNoReply: boolean;
}

const NO_REPLY = /^(?:no-?reply|do-?not-?reply|donotreply|no\.reply|noreply-[\w.-]{0,40}|mailer-daemon|bounces?|nicht-?antworten|keine-?antwort)$/i;

/** Whether a local part names an address nobody reads. */
export const isNoReply = (localPart: string): boolean => NO_REPLY.test(localPart);

/** The ways a message gives to object to further advertising. Pure. */
export const findObjectionAddress = (unsubscribe: UnsubscribeFacts, sender: SenderFacts): ObjectionAddressFacts => {
  const reply = sender.replyTo ?? sender.from;
  const replyIsNoReply = reply !== null && isNoReply(reply.localPart);
  const via = unsubscribe.inBody ? 'link' : unsubscribe.inHeader ? 'header' : reply !== null && !replyIsNoReply ? 'reply-address' : null;
  return { present: via !== null, via, replyAddress: reply?.address ?? null, replyIsNoReply };
};
