// Windows-1252 as the WHATWG Encoding Standard reads it, the same in every runtime. Browsers
// decode the labels windows-1252, latin1, iso-8859-1, us-ascii (and the rest of that family)
// this way; Node 20's TextDecoder does not: it reads 0x80–0x9F as the C1 controls U+0080–U+009F
// (ISO-8859-1), so a “quoted” word or a € sign came out as invisible controls in Node only.
// postal-mime decodes each part and encoded word with the runtime's TextDecoder; fromEml passes
// what it decoded through `c1AsWindows1252`, which gives the WHATWG result whichever of the two
// readings the runtime made (outside 0x80–0x9F both agree).
//
// A C1 control in decoded mail text is, in practice, always one of these bytes read as Latin-1
// (mail labelled us-ascii or iso-8859-1 that is Windows-1252, or text converted through
// Latin-1 before it was encoded as UTF-8), so it is read that way whatever the label; the five
// positions Windows-1252 leaves unassigned stay the controls WHATWG gives them.

/** WHATWG windows-1252 index for 0x80–0x9F (https://encoding.spec.whatwg.org/index-windows-1252.txt). */
const HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F'
  + '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const C1 = /[\u0080-\u009F]/g;

/** `text` with each C1 control (U+0080–U+009F) read as the Windows-1252 byte of that value. */
export const c1AsWindows1252 = (text: string): string => text.replace(C1, (c) => HIGH[c.charCodeAt(0) - 0x80]!);

/** Bytes read as WHATWG windows-1252, in every runtime. */
export const decodeWindows1252 = (bytes: Uint8Array | ArrayBuffer): string => c1AsWindows1252(new TextDecoder('windows-1252').decode(bytes));
