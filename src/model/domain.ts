import * as z from 'zod';

// A sending domain as the customer names it: DNS labels of letters (any script, for IDNs),
// digits and inner hyphens, 1–63 characters each, 253 in all, an optional final dot. One pass
// over the characters, no regex.
const isLabelChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c >= 0xa1;

export const isDomainName = (s: string): boolean => {
  const name = s.endsWith('.') ? s.slice(0, -1) : s;
  if (name.length === 0 || name.length > 253) return false;
  let label = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x2e) {
      if (label === 0 || name.charCodeAt(i - 1) === 0x2d) return false;
      label = 0;
      continue;
    }
    if (c === 0x2d) {
      if (label === 0) return false;
    } else if (!isLabelChar(c) || c === 0xfffd) return false;
    if (++label > 63) return false;
  }
  return label > 0 && name.charCodeAt(name.length - 1) !== 0x2d;
};

export const DomainNameSchema = z.string().refine(isDomainName, { error: 'expected a domain name such as shop.example (letters, digits, hyphens, dots)' });
