// RFC 5322 form as Gmail's sender guidelines read it: one of each single-instance header, a valid
// Message-ID, one address in From; and honest headers: no fake reply or forward, a display name
// that names the sender rather than carrying subject text or badge emoji.
import type { Message } from '../../../model/index.js';
import { headerValues } from '../header-values.js';
import { isThreaded, replyPrefixOf } from '../reply-prefix.js';

/** Headers RFC 5322 3.6 allows at most once that Gmail names (From, To, Subject, Date, Message-ID). */
export const SINGLE_HEADERS = ['from', 'to', 'subject', 'date', 'message-id'] as const;

export interface HeaderFormFacts {
  /** The message carries its own header block (a raw message read by fromEml, or headers with From). */
  readonly headerBlock: boolean;
  /** How many times each single-instance header occurs (the message's own fields count when headers lack them). */
  readonly counts: Readonly<Record<(typeof SINGLE_HEADERS)[number], number>>;
  /** Single-instance headers that occur more than once, in SINGLE_HEADERS order. */
  readonly repeated: readonly string[];
  /** The Message-ID as written (the first), or null. */
  readonly messageId: string | null;
  /** `<left@right>` with no space and one @ (RFC 5322 3.6.4 msg-id, simplified); false when missing. */
  readonly messageIdValid: boolean;
  /** A reply prefix (Re:, AW:, SV: …) without In-Reply-To or References: no reply, whatever the mail is. */
  readonly fakeReply: boolean;
  /**
   * A forward prefix (Fwd:, FW:, WG:, TR:) without In-Reply-To or References. Real forwards often
   * carry neither, so this says something only of list mail: a newsletter is nobody's forward.
   */
  readonly fakeForward: boolean;
  /** The prefix found ("Re:", "Fwd:" …), or null. */
  readonly replyPrefix: string | null;
}

/** RFC 5322 msg-id: "<" id-left "@" id-right ">", both sides non-empty, no whitespace or brackets inside. */
export const isValidMessageId = (value: string): boolean => {
  const v = value.trim();
  if (v.length < 5 || v[0] !== '<' || v[v.length - 1] !== '>') return false;
  const inner = v.slice(1, -1);
  const at = inner.indexOf('@');
  if (at <= 0 || at !== inner.lastIndexOf('@') || at === inner.length - 1) return false;
  for (const c of inner) if (c === '<' || c === '>' || c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '"') return false;
  return true;
};

const countOf = (message: Message, name: (typeof SINGLE_HEADERS)[number], block: boolean): number => {
  const n = headerValues(message, name).length;
  if (n > 0 || block) return n;
  if (name === 'from') return 1;
  if (name === 'subject') return message.subject.length > 0 ? 1 : 0;
  if (name === 'to') return message.to ? 1 : 0;
  return 0;
};

export const analyzeHeaderForm = (message: Message): HeaderFormFacts => {
  const headerBlock = headerValues(message, 'from').length > 0;
  const counts = Object.fromEntries(SINGLE_HEADERS.map((h) => [h, countOf(message, h, headerBlock)])) as Record<(typeof SINGLE_HEADERS)[number], number>;
  const messageId = headerValues(message, 'message-id')[0] ?? null;
  const reply = replyPrefixOf(message.subject);
  const fake = reply !== null && !isThreaded(message.headers);
  return {
    headerBlock,
    counts,
    repeated: SINGLE_HEADERS.filter((h) => counts[h] > 1),
    messageId,
    messageIdValid: messageId !== null && isValidMessageId(messageId),
    fakeReply: fake && reply.kind === 'reply',
    fakeForward: fake && reply.kind === 'forward',
    replyPrefix: reply?.prefix ?? null,
  };
};

// Emoji that imitate a verification badge (Gmail: "Don't use emoji that imitate verification badges").
const BADGES = ['\u2705', '\u2714', '\u2611', '\u2713', '\u{1F5F8}', '\u{1F6E1}', '\u{1F535}', '\u{1F3C5}', '\u{1F396}'];

// Subject-line phrases (Gmail's own examples "URGENT REQUEST", "Last Chance", and their kin).
const SUBJECT_PHRASES = [
  'urgent', 'last chance', 'act now', 'final notice', 'limited time', 'only today', 'sale', '% off', 'free gift', 'you won', 'action required',
  'dringend', 'letzte chance', 'nur heute', 'jetzt handeln', 'gratis', 'gewonnen', 'letzte mahnung', 'rabatt', 'angebot',
];

export interface DisplayNameFormFacts {
  /** Badge emoji found in the display name. */
  readonly badges: readonly string[];
  /** Subject-style phrases found in the display name (lower-cased), or the subject itself. */
  readonly subjectText: readonly string[];
}

const wordAt = (hay: string, i: number, len: number): boolean => {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return !isWord(hay[i - 1]) && !isWord(hay[i + len]);
};

export const analyzeDisplayNameForm = (displayName: string | null, subject: string): DisplayNameFormFacts => {
  if (!displayName) return { badges: [], subjectText: [] };
  const badges = BADGES.filter((b) => displayName.includes(b));
  const lower = displayName.toLowerCase();
  const found = SUBJECT_PHRASES.filter((p) => {
    const i = lower.indexOf(p);
    return i >= 0 && (p.startsWith('%') || wordAt(lower, i, p.length));
  });
  const subj = subject.trim().toLowerCase();
  if (subj.length >= 8 && lower.includes(subj)) found.push(subject.trim());
  return { badges, subjectText: found };
};
