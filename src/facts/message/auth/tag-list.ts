// DKIM (RFC 6376 3.2) and DMARC (RFC 7489 6.4) records are tag-lists: `tag=value; tag=value`.
// Read with one pass of indexOf: linear on any input, no regex over the value.

/** The tags of a tag-list, names lower-cased, values trimmed; a repeated tag keeps its first value. */
export const parseTagList = (value: string): Map<string, string> => {
  const tags = new Map<string, string>();
  let from = 0;
  while (from <= value.length) {
    let end = value.indexOf(';', from);
    if (end < 0) end = value.length;
    const part = value.slice(from, end);
    const eq = part.indexOf('=');
    if (eq > 0) {
      const name = part.slice(0, eq).trim().toLowerCase();
      if (name.length > 0 && !tags.has(name)) tags.set(name, part.slice(eq + 1).trim());
    }
    from = end + 1;
  }
  return tags;
};

/** Removes all whitespace (folding inside a tag value, e.g. a long `h=` or `b=`). */
export const withoutSpace = (s: string): string => s.replace(/\s+/g, '');
