// A subject that poses as part of a conversation: a reply or forward prefix ("Re:", "AW:",
// "Fwd:") on a message that threads to nothing. The bulkSender pack reads it as Gmail's fake
// reply, the germanLaw pack as a concealed commercial character; one reading here, so the two
// packs cannot judge the same subject differently.

// Reply and forward prefixes of the common mail clients (English, German, Scandinavian, Finnish,
// Italian, French), with the spelled-out German ones of older clients.
const REPLY = ['re', 'aw', 'sv', 'vs', 'rif', 'antw', 'antwort'];
const FORWARD = ['fw', 'fwd', 'wg', 'tr', 'weitergeleitet'];

// At the start, "RE :" and a counter ("Re[2]:", "AW [3]:") included. No two whitespace runs
// touch, so a subject of spaces costs one pass.
const PREFIX = new RegExp(`^\\s*(${[...REPLY, ...FORWARD].join('|')})\\s*(?:\\[\\d{1,3}\\]\\s*)?:`, 'i');

export interface ReplyPrefix {
  /** As written, from its first letter to the colon ("Re:", "AW [2]:"). */
  readonly prefix: string;
  readonly kind: 'reply' | 'forward';
}

/** The reply or forward prefix a subject starts with, or null ("Review: …" has none). */
export const replyPrefixOf = (subject: string): ReplyPrefix | null => {
  const m = PREFIX.exec(subject);
  if (m === null) return null;
  return { prefix: m[0].trimStart(), kind: REPLY.includes(m[1]!.toLowerCase()) ? 'reply' : 'forward' };
};

/** In-Reply-To or References with a value: the message answers or forwards one (an empty header threads to nothing). */
export const isThreaded = (headers: Readonly<Record<string, readonly string[]>> | undefined): boolean =>
  ['in-reply-to', 'references'].some((name) => (headers?.[name] ?? []).some((v) => v.trim() !== ''));
