// List-Unsubscribe (RFC 2369) and one-click unsubscribe (RFC 8058), read as the large mailbox
// providers read them, with what is wrong when a header is there but cannot be used.

/**
 * What is wrong with a List-Unsubscribe / List-Unsubscribe-Post pair:
 * - `encoded-word`: the value is RFC 2047-encoded (`=?utf-8?q?…?=`); RFC 2369 URIs are plain
 *   ASCII and mailbox providers do not decode the header, so its URIs are not found.
 * - `no-angle-brackets`: a URI outside angle brackets; RFC 2369 requires `<…>` and providers skip it.
 * - `no-usable-uri`: bracketed, but no https, http or mailto URI with a host or address.
 * - `no-https-uri`: no https URI (only mailto or http): no one-click unsubscribe (RFC 8058 3.1).
 * - `post-value-invalid`: List-Unsubscribe-Post is not exactly `List-Unsubscribe=One-Click`.
 * - `post-without-https`: List-Unsubscribe-Post without an https URI in List-Unsubscribe.
 * - `post-without-header`: List-Unsubscribe-Post without a List-Unsubscribe header.
 * - `multiple-headers`: more than one List-Unsubscribe (or List-Unsubscribe-Post) header; RFC 2369
 *   allows one, and providers read only one (which one is theirs to choose).
 */
export type ListUnsubscribeProblem =
  | 'encoded-word'
  | 'no-angle-brackets'
  | 'no-usable-uri'
  | 'no-https-uri'
  | 'post-value-invalid'
  | 'post-without-https'
  | 'post-without-header'
  | 'multiple-headers';

export interface ListUnsubscribeHeader {
  /** A List-Unsubscribe header is there, usable or not. */
  readonly present: boolean;
  /** At least one usable URI (https, http or mailto with an address) in angle brackets: what `inHeader` means. */
  readonly usable: boolean;
  /** The usable URIs, in header order. */
  readonly uris: readonly string[];
  /** What is wrong, in a fixed order (see ListUnsubscribeProblem); empty for a header offering one-click. */
  readonly problems: readonly ListUnsubscribeProblem[];
  /** RFC 8058 one-click: a valid List-Unsubscribe-Post and an https URI. */
  readonly oneClick: boolean;
  /** Why the header is not usable, in words (German and English); '–' when it is. */
  readonly whyNotUsable: { readonly de: string; readonly en: string };
  /** Why it offers no one-click unsubscribe, in words; '–' when it does. */
  readonly whyNoOneClick: { readonly de: string; readonly en: string };
}

/** Kept for callers of the earlier shape. */
export interface ListUnsubscribe {
  readonly uris: readonly string[];
  readonly oneClick: boolean;
}

const usable = (uri: string): boolean => {
  const lower = uri.toLowerCase();
  if (lower.startsWith('mailto:')) return uri.slice(7).split('?')[0]!.includes('@');
  if (!lower.startsWith('https://') && !lower.startsWith('http://')) return false;
  try {
    return new URL(uri).hostname.length > 0;
  } catch {
    return false;
  }
};

/** Bracketed runs of one value and what stands outside them. A scan with indexOf: linear on any input. */
const scan = (value: string): { bracketed: string[]; outside: string } => {
  const bracketed: string[] = [];
  let outside = '';
  let from = 0;
  let i = value.indexOf('<');
  while (i >= 0) {
    const close = value.indexOf('>', i + 1);
    if (close < 0) break;
    outside += value.slice(from, i);
    // Whitespace inside the brackets (folding) is ignored, as RFC 2369 demands.
    bracketed.push(value.slice(i + 1, close).replace(/\s+/g, ''));
    from = close + 1;
    i = value.indexOf('<', from);
  }
  outside += value.slice(from);
  return { bracketed, outside };
};

/**
 * The URIs of one List-Unsubscribe value: each enclosed in angle brackets, separated by commas;
 * text outside the brackets (comments) is skipped.
 */
export const parseListUnsubscribe = (value: string): string[] => scan(value).bracketed.filter(usable);

/** RFC 8058: the exact key/value pair List-Unsubscribe=One-Click (case and spacing forgiven). */
export const isOneClickPost = (value: string): boolean =>
  value.replace(/\s+/g, '').toLowerCase() === 'list-unsubscribe=one-click';

// An RFC 2047 encoded-word: =?charset?B|Q?text?= (found with indexOf, no regex over the value).
const hasEncodedWord = (value: string): boolean => {
  const last = value.lastIndexOf('?=');
  for (let start = value.indexOf('=?'); start >= 0; start = value.indexOf('=?', start + 2)) {
    const q = value.indexOf('?', start + 2);
    if (q < 0 || q - start > 80) continue;
    const enc = value.charAt(q + 1).toLowerCase();
    if ((enc === 'b' || enc === 'q') && value.charAt(q + 2) === '?' && last >= q + 3) return true;
  }
  return false;
};

const URI_START = ['http://', 'https://', 'mailto:'];
const startsUri = (text: string): boolean => {
  const lower = text.toLowerCase();
  return URI_START.some((s) => lower.includes(s));
};

const cut = (s: string): string => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

const explain = (
  problems: readonly ListUnsubscribeProblem[],
  present: boolean,
  postValue: string | null,
  uris: readonly string[],
): { whyNotUsable: { de: string; en: string }; whyNoOneClick: { de: string; en: string } } => {
  const has = (p: ListUnsubscribeProblem) => problems.includes(p);
  const notUsable = !present
    ? { de: 'der Header fehlt', en: 'the header is missing' }
    : has('encoded-word')
      ? {
          de: 'der Header ist vorhanden, aber RFC-2047-kodiert (=?…?=); Gmail und andere Postfächer dekodieren ihn nicht und finden darin keine Adresse',
          en: 'the header is there but RFC 2047-encoded (=?…?=); Gmail and other mailboxes do not decode it and find no URI in it',
        }
      : has('no-angle-brackets')
        ? {
            de: 'der Header ist vorhanden, aber die Adresse steht nicht in spitzen Klammern <…>, wie RFC 2369 es verlangt; Postfächer übergehen sie',
            en: 'the header is there, but its URI is not enclosed in angle brackets <…> as RFC 2369 requires; mailboxes skip it',
          }
        : {
            de: 'der Header ist vorhanden, nennt aber keine verwendbare https-, http- oder mailto-Adresse',
            en: 'the header is there but names no usable https, http or mailto URI',
          };
  const listed = uris.length > 0 ? uris.map(cut).join(', ') : '–';
  const noOneClick = has('post-value-invalid')
    ? {
        de: `List-Unsubscribe-Post hat den Wert „${cut(postValue ?? '')}“ statt genau „List-Unsubscribe=One-Click“`,
        en: `List-Unsubscribe-Post has the value "${cut(postValue ?? '')}" instead of exactly "List-Unsubscribe=One-Click"`,
      }
    : has('post-without-https')
      ? {
          de: `List-Unsubscribe-Post ist gesetzt, aber List-Unsubscribe nennt keine https-Adresse (nur ${listed})`,
          en: `List-Unsubscribe-Post is set, but List-Unsubscribe names no https URI (only ${listed})`,
        }
      : postValue === null
        ? {
            de: `der Header List-Unsubscribe-Post: List-Unsubscribe=One-Click fehlt${has('no-https-uri') ? `, und List-Unsubscribe nennt keine https-Adresse (nur ${listed})` : ''}`,
            en: `the header List-Unsubscribe-Post: List-Unsubscribe=One-Click is missing${has('no-https-uri') ? `, and List-Unsubscribe names no https URI (only ${listed})` : ''}`,
          }
        : { de: '–', en: '–' };
  return { whyNotUsable: notUsable, whyNoOneClick: noOneClick };
};

export const analyzeListUnsubscribeHeader = (listUnsubscribe: readonly string[], post: readonly string[]): ListUnsubscribeHeader => {
  const problems = new Set<ListUnsubscribeProblem>();
  const flag = (p: ListUnsubscribeProblem): void => void problems.add(p);
  const uris: string[] = [];
  const present = listUnsubscribe.some((v) => v.trim() !== '');
  for (const value of listUnsubscribe) {
    if (hasEncodedWord(value)) flag('encoded-word');
    const { bracketed, outside } = scan(value);
    if (startsUri(outside)) flag('no-angle-brackets');
    for (const uri of bracketed) if (usable(uri)) uris.push(uri);
  }
  if (present && uris.length === 0 && !problems.has('encoded-word') && !problems.has('no-angle-brackets')) flag('no-usable-uri');
  const https = uris.some((u) => u.toLowerCase().startsWith('https://'));
  if (uris.length > 0 && !https) flag('no-https-uri');
  const postValue = post.length > 0 ? post[0]! : null;
  const postValid = post.some(isOneClickPost);
  if (post.length > 0 && !postValid) flag('post-value-invalid');
  if (postValid && !https && present) flag('post-without-https');
  if (post.length > 0 && !present) flag('post-without-header');
  if (listUnsubscribe.length > 1 || post.length > 1) flag('multiple-headers');
  const order: ListUnsubscribeProblem[] = [
    'encoded-word', 'no-angle-brackets', 'no-usable-uri', 'no-https-uri', 'post-value-invalid', 'post-without-https', 'post-without-header', 'multiple-headers',
  ];
  const list = order.filter((p) => problems.has(p));
  const oneClick = postValid && https;
  const why = explain(list, present, postValue, uris);
  return {
    present,
    usable: uris.length > 0,
    uris,
    problems: list,
    oneClick,
    whyNotUsable: uris.length > 0 ? { de: '–', en: '–' } : why.whyNotUsable,
    whyNoOneClick: oneClick ? { de: '–', en: '–' } : why.whyNoOneClick,
  };
};

export const analyzeListUnsubscribe = (listUnsubscribe: readonly string[], post: readonly string[]): ListUnsubscribe => {
  const h = analyzeListUnsubscribeHeader(listUnsubscribe, post);
  return { uris: h.uris, oneClick: h.oneClick };
};
