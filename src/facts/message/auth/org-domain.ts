// DMARC identifier alignment (RFC 7489 3.1): relaxed mode compares organisational domains (the
// public-suffix-list registrable domain), strict mode the exact domains.
import { getDomain } from 'tldts';

/** The organisational domain (news.shop.co.uk → shop.co.uk); the domain itself when the PSL knows none. */
export const organisationalDomain = (domain: string): string => {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  return getDomain(d, { allowPrivateDomains: false }) ?? d;
};

export type AlignmentMode = 'relaxed' | 'strict';

/** Whether an authenticated domain aligns with the From domain in the mode. */
export const aligned = (fromDomain: string, authDomain: string, mode: AlignmentMode = 'relaxed'): boolean => {
  const a = fromDomain.trim().toLowerCase().replace(/\.$/, '');
  const b = authDomain.trim().toLowerCase().replace(/\.$/, '');
  if (a.length === 0 || b.length === 0) return false;
  return mode === 'strict' ? a === b : organisationalDomain(a) === organisationalDomain(b);
};
