// DKIM-Signature header fields (RFC 6376 3.5): which domain signed, with which selector and
// algorithm, and which header fields the signature covers (`h=`). Read, not verified: whether the
// signature is valid is the receiver's verdict (Authentication-Results), or known only after signing.
import { parseTagList, withoutSpace } from './tag-list.js';

export interface DkimSignature {
  /** The signing domain (`d=`), lower-cased; null when the tag is missing. */
  readonly d: string | null;
  /** The selector (`s=`); null when missing. */
  readonly s: string | null;
  /** The algorithm (`a=`), e.g. rsa-sha256; null when missing. */
  readonly a: string | null;
  /** The signed header fields (`h=`), lower-cased, in order (a name may repeat: oversigning). */
  readonly h: readonly string[];
}

export const parseDkimSignature = (value: string): DkimSignature => {
  const tags = parseTagList(value);
  const text = (name: string): string | null => {
    const v = tags.get(name);
    return v === undefined || v.length === 0 ? null : withoutSpace(v);
  };
  const h = text('h');
  return {
    d: text('d')?.toLowerCase() ?? null,
    s: text('s'),
    a: text('a')?.toLowerCase() ?? null,
    h: h === null ? [] : h.split(':').map((x) => x.toLowerCase()).filter((x) => x.length > 0),
  };
};

/** True when the signature's `h=` names every one of the header fields (case-insensitive). */
export const signsHeaders = (sig: DkimSignature, names: readonly string[]): boolean =>
  names.every((n) => sig.h.includes(n.toLowerCase()));
