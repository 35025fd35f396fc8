// Domain names in one normal form, and how alike two of them look (P3, P4).
//
// Domains are compared in their IDNA ASCII form (UTS #46 as the WHATWG URL parser applies it:
// case-folded, mapped, punycode): `müller-bäckerei.de`, `MÜLLER-BÄCKEREI.DE` and
// `xn--mller-bckerei-hfb76a.de` are one domain. The URL parser is a global of browsers and Node,
// so the core needs no `node:` module for it.

/** The IDNA ASCII form of a domain, lower case, without a trailing dot; the input lower-cased when it is no host name. */
export const toAsciiDomain = (domain: string): string => {
  let d = domain.trim();
  if (d.endsWith('.')) d = d.slice(0, -1);
  let ascii = true;
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c > 0x7e || c === 0x25 /* % */) {
      ascii = false;
      break;
    }
  }
  if (ascii) return d.toLowerCase();
  try {
    const host = new URL(`http://${d}`).hostname;
    return host.endsWith('.') ? host.slice(0, -1) : host;
  } catch {
    return d.toLowerCase();
  }
};

// RFC 3492 Bootstring parameters for punycode.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

const adapt = (delta: number, points: number, first: boolean): number => {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
};

const digit = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 22 : c >= 0x61 && c <= 0x7a ? c - 0x61 : c >= 0x41 && c <= 0x5a ? c - 0x41 : BASE);

/** One punycode label (without `xn--`) decoded, or null when it is not valid punycode. */
const decodeLabel = (input: string): string | null => {
  const out: number[] = [];
  const basic = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basic, 0); j++) out.push(input.charCodeAt(j));
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let pos = basic > 0 ? basic + 1 : 0; pos < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const d = digit(input.charCodeAt(pos++));
      if (d >= BASE) return null;
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (i > 0x7fffffff || w > 0x7fffffff) return null;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff) return null;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
};

/** The Unicode form of an ASCII domain (punycode labels decoded); labels that are no valid punycode stay as they are. */
export const toUnicodeDomain = (ascii: string): string =>
  ascii
    .split('.')
    .map((label) => (label.startsWith('xn--') && label.length <= 63 ? (decodeLabel(label.slice(4)) ?? label) : label))
    .join('.');

// Characters that look like a Latin letter or digit (Unicode confusables, the common ones in
// phishing domains), and ASCII look-alike sequences; both map to one skeleton character.
const CONFUSABLE: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'l', i: 'l', '|': 'l', '3': 'e', '5': 's', '$': 's', '@': 'a', '4': 'a',
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'l', 'ј': 'j', 'ԁ': 'd', 'һ': 'h', 'ѕ': 's', 'ԛ': 'q', 'ԝ': 'w',
  'α': 'a', 'ο': 'o', 'ν': 'v', 'τ': 't', 'ι': 'l', 'κ': 'k', 'ρ': 'p', 'ı': 'l', 'ɡ': 'g',
};

/**
 * A label's look: lower case, accents removed, confusable characters and the sequences rn, vv,
 * cl, and hyphens dropped, so `paypa1`, `pаypal` (Cyrillic а) and `rnicrosoft` share the skeleton of
 * `paypal` and `microsoft`.
 */
export const skeleton = (label: string): string => {
  const folded = label.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  let out = '';
  for (const ch of folded) {
    if (ch === '-') continue;
    out += CONFUSABLE[ch] ?? ch;
  }
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd');
};

/** Levenshtein distance of a and b, or max + 1 as soon as it exceeds max (two rows, O(|a|·|b|) at most; labels are ≤ 63). */
export const editDistance = (a: string, b: string, max: number): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
};

/**
 * `label` looks like `target` without being it: one edit apart (two for labels of eight or more
 * characters), or the same skeleton. The same name under another suffix (brand.de, brand.com)
 * and a longer name that contains it (brand-online) are not look-alikes: they name the brand
 * openly. Labels shorter than four characters are too short to tell.
 */
export const looksLike = (label: string, target: string): boolean => {
  if (label === target || label.length < 4 || target.length < 4) return false;
  if (skeleton(label) === skeleton(target)) return true;
  const max = target.length >= 8 ? 2 : 1;
  return editDistance(label, target, max) <= max;
};
