// List-Unsubscribe (RFC 2369) and one-click unsubscribe (RFC 8058).

export interface ListUnsubscribe {
  /** Usable URIs: https, http or mailto with an address, in header order. */
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

/**
 * The URIs of one List-Unsubscribe value: each enclosed in angle brackets, separated by commas;
 * whitespace inside the brackets (folding) is ignored as RFC 2369 demands; text outside the
 * brackets (comments) is skipped. A scan with indexOf: linear on any input.
 */
export const parseListUnsubscribe = (value: string): string[] => {
  const uris: string[] = [];
  let i = value.indexOf('<');
  while (i >= 0) {
    const close = value.indexOf('>', i + 1);
    if (close < 0) break;
    const uri = value.slice(i + 1, close).replace(/\s+/g, '');
    if (usable(uri)) uris.push(uri);
    i = value.indexOf('<', close + 1);
  }
  return uris;
};

/** RFC 8058: the exact key/value pair List-Unsubscribe=One-Click (case and spacing forgiven). */
export const isOneClickPost = (value: string): boolean =>
  value.replace(/\s+/g, '').toLowerCase() === 'list-unsubscribe=one-click';

export const analyzeListUnsubscribe = (listUnsubscribe: readonly string[], post: readonly string[]): ListUnsubscribe => {
  const uris = listUnsubscribe.flatMap(parseListUnsubscribe);
  return {
    uris,
    oneClick: post.some(isOneClickPost) && uris.some((u) => u.toLowerCase().startsWith('https://')),
  };
};
