// The commercial character of an advertising mail hidden in its header or subject: a fake
// "Re:" / "AW:" / "Fwd:" that makes an ad look like part of a conversation, or a subject that
// poses as a bill, a reminder or a personal matter. § 6(2) TMG forbade concealing the sender or
// the commercial character "in der Kopf- und Betreffzeile" (deliberately giving the recipient no
// or misleading information before opening); UWG § 7(2) Nr. 3 and § 6(1) DDG require that
// commercial communication be clearly recognisable. Pure: the subject and two headers.
import { fold } from '../text/word-matcher.js';
import { isThreaded, replyPrefixOf } from '../reply-prefix.js';

export interface SubjectConcealmentFacts {
  /** The subject hides the commercial character. */
  readonly concealed: boolean;
  /** Why: 'fake-reply' (Re:/Fwd: without In-Reply-To or References) or 'poses-as-transaction'. */
  readonly reason: 'fake-reply' | 'poses-as-transaction' | null;
  /** The subject part that counted. */
  readonly match: string | null;
}

/** Subjects that pose as a transaction or a personal matter (folded), at a word start. */
const POSING = [
  'ihre rechnung', 'rechnung nr', 'zahlungserinnerung', 'mahnung', 'letzte mahnung', 'ihre bestellung wurde', 'ihr paket', 'ihre sendung',
  'kontosperrung', 'ihr konto wurde', 'wichtige mitteilung zu ihrem vertrag', 'your invoice', 'payment reminder', 'final notice',
  'your order has', 'your package', 'your account has been', 'personal message for you', 'personliche nachricht',
];

/** Whether an advertising mail's subject conceals its commercial character. Pure. */
export const findSubjectConcealment = (subject: string, headers?: Readonly<Record<string, readonly string[]>>): SubjectConcealmentFacts => {
  const reply = replyPrefixOf(subject);
  if (reply !== null && !isThreaded(headers)) return { concealed: true, reason: 'fake-reply', match: reply.prefix };
  const folded = fold(subject);
  for (const w of POSING) {
    const i = folded.indexOf(w);
    if (i >= 0 && (i === 0 || !/[a-z0-9]/.test(folded[i - 1]!))) return { concealed: true, reason: 'poses-as-transaction', match: w };
  }
  return { concealed: false, reason: null, match: null };
};
