// Character classes of RFC 5322 and the dot-separated runs built from them, shared by the
// recipient address check (model/mailbox.ts) and the plain From reader
// (facts/message/sender/simple-mailbox.ts).

/** RFC 5322 atext (ASCII). */
export const isAtext = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
  c === 0x21 || (c >= 0x23 && c <= 0x27) || c === 0x2a || c === 0x2b || c === 0x2d || c === 0x2f || c === 0x3d || c === 0x3f ||
  (c >= 0x5e && c <= 0x60) || (c >= 0x7b && c <= 0x7e);

/** Dot-separated runs of `ok` characters filling s[from, to) exactly (a dot-atom when `ok` is isAtext). */
export const isDotted = (s: string, from: number, to: number, ok: (c: number) => boolean): boolean => {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) {
      if (i === from || i === to - 1 || s.charCodeAt(i - 1) === 0x2e) return false;
    } else if (!ok(c)) return false;
  }
  return true;
};
