// Where in the input files a violation points: the line of an .eml header, the line of a CSV row.

/**
 * The 1-based line of each header field in a raw message (lower-case name → line of its first
 * occurrence), read up to the blank line that ends the header. One pass, no regular expression
 * over the whole input. A folded continuation line belongs to the header above it.
 */
export const headerLines = (raw: string): Record<string, number> => {
  const out: Record<string, number> = Object.create(null);
  let line = 1;
  let start = 0;
  while (start < raw.length) {
    let end = raw.indexOf('\n', start);
    if (end === -1) end = raw.length;
    const text = raw.slice(start, end).replace(/\r$/, '');
    if (text === '') break;
    const first = text.charCodeAt(0);
    if (first !== 32 && first !== 9) {
      const colon = text.indexOf(':');
      if (colon > 0) {
        const name = text.slice(0, colon).trim().toLowerCase();
        if (name !== '' && !(name in out)) out[name] = line;
      }
    }
    line++;
    start = end + 1;
  }
  return out;
};

// The header a message-level violation is about, from the facts its evidence names (first match).
const headerOfEvidence: readonly (readonly [string, string])[] = [
  ['sender.replyTo', 'reply-to'],
  ['sender.sender', 'sender'],
  ['sender.', 'from'],
  ['displayName.', 'from'],
  ['unsubscribe.oneClick', 'list-unsubscribe-post'],
  ['unsubscribe.inHeader', 'list-unsubscribe'],
  ['unsubscribe.header', 'list-unsubscribe'],
  ['message.subject', 'subject'],
];

/** The header a violation's evidence points at, if any (lower-case name). */
export const headerOf = (evidence: Readonly<Record<string, unknown>>): string | undefined => {
  const keys = Object.keys(evidence);
  for (const [prefix, header] of headerOfEvidence) if (keys.some((k) => k.startsWith(prefix))) return header;
  return undefined;
};
