/**
 * How much of a message the facts layer analyses. Past a limit the rest is not analysed and
 * `analysis` says so (the policy turns that into the advisory violation mes/analysis-limit);
 * nothing is skipped silently. Sizes count UTF-8 bytes, as htmlBytes does.
 */
export interface AnalysisLimits {
  /** Largest HTML body analysed, in bytes; the rest of a larger body is not parsed. */
  readonly maxHtmlBytes: number;
  /** Largest text body analysed, in bytes. */
  readonly maxTextBytes: number;
  /** Most links analysed (anchors, then text-part links, then bare URLs in the HTML text); past it the text parts are not searched for more. */
  readonly maxLinks: number;
}

// Far above any real mailing (Gmail clips HTML over about 102 KB; 10,000 links is a hundred
// times a long newsletter) and low enough that one check stays in the tens of milliseconds.
export const defaultAnalysisLimits: AnalysisLimits = { maxHtmlBytes: 2_000_000, maxTextBytes: 2_000_000, maxLinks: 10_000 };

export type AnalysisLimitName = keyof AnalysisLimits;

export interface AnalysisFacts {
  /** True when the whole message was analysed: no limit was reached. */
  readonly complete: boolean;
  /** The limits that cut the analysis short, e.g. ['maxHtmlBytes']. */
  readonly exceeded: readonly AnalysisLimitName[];
  readonly htmlBytes: number;
  readonly htmlBytesAnalysed: number;
  readonly textBytes: number;
  readonly textBytesAnalysed: number;
  /**
   * The links counted: every anchor, and the text-part and HTML-text links found before their
   * search stopped. Exact within maxLinks; past it a lower bound, since the text parts are
   * searched only up to the first link past the limit.
   */
  readonly links: number;
  /** The links analysed: at most maxLinks. */
  readonly linksAnalysed: number;
  /**
   * Address headers longer than 998 characters or with more than 32 parentheses, which the
   * RFC 5322 parser is not given (it backtracks): their addresses were salvaged by a linear scan
   * and judged as usual, their display names and comments not read.
   */
  readonly cutHeaders: readonly ('from' | 'reply-to' | 'sender')[];
  readonly limits: AnalysisLimits;
}

/** Extra UTF-8 bytes (beyond one per code unit) of the non-ASCII code units in `s[from, to)`. */
const extraBytes = (s: string, from: number, to: number): number => {
  let extra = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) extra += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      extra += 2; // 4 bytes for 2 code units
      i++;
    } else extra += 2; // a lone surrogate is written as U+FFFD, 3 bytes
  }
  return extra;
};

/** UTF-8 length of `s` (a lone surrogate counts as U+FFFD, 3 bytes, as TextEncoder writes it). */
export const utf8Length = (s: string): number => {
  if (s.length < 256) return s.length + extraBytes(s, 0, s.length);
  // Mail is mostly ASCII: the regex engine skips it natively and only the non-ASCII runs are
  // counted here (a run ends before ASCII, so a surrogate pair never straddles two runs). Faster
  // than TextEncoder.encode, which copies the whole body only for its length.
  const nonAscii = /[^\x00-\x7f]+/g;
  let bytes = s.length;
  for (let m = nonAscii.exec(s); m !== null; m = nonAscii.exec(s)) bytes += extraBytes(s, m.index, nonAscii.lastIndex);
  return bytes;
};

/** UTF-8 length of `s`, and its longest prefix of whole code points within `max` bytes; one pass, no copy. */
export const cutUtf8 = (s: string, max: number): { readonly bytes: number; readonly kept: string; readonly keptBytes: number } => {
  // A code unit is at most 3 bytes (a surrogate pair 4 for two): short enough strings are never cut.
  if (s.length * 3 <= max) {
    const bytes = utf8Length(s);
    return { bytes, kept: s, keptBytes: bytes };
  }
  let bytes = 0;
  let cut = -1;
  let keptBytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3; // a lone surrogate is encoded as U+FFFD (3 bytes)
    if (cut < 0 && bytes + n > max) {
      cut = i;
      keptBytes = bytes;
    }
    bytes += n;
    if (pair) i++;
  }
  return cut < 0 ? { bytes, kept: s, keptBytes: bytes } : { bytes, kept: s.slice(0, cut), keptBytes };
};
