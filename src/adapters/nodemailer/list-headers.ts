// nodemailer's `list` option, turned into List-* headers by nodemailer's own rules
// (MailMessage._getListHeaders): each key becomes "list-<key>"; each top-level entry is one
// header line, an entry that is itself an array becomes one line joined with ", "; a string is a
// URL; { url, comment } adds a comment. Comments stay decoded here (nodemailer would MIME-encode
// non-ASCII ones on the wire; a parser decodes them back).

const isPlainText = (s: string): boolean => !/[\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\uffff\x7f]/.test(s);

const formatUrl = (raw: string): string => {
  // One pass per character class, no backtracking: control chars, whitespace and angle brackets go.
  const url = raw.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '').replace(/[\s<>]/g, '');
  if (/^(https?|mailto|ftp):/.test(url)) return `<${url}>`;
  if (/^[^@]+@[^@]+$/.test(url)) return `<mailto:${url}>`;
  return `<http://${url}>`;
};

const formatValue = (key: string, entry: unknown): string => {
  const v = typeof entry === 'string' ? { url: entry } : (entry as { url?: unknown; comment?: unknown } | null);
  if (!v || typeof v.url !== 'string' || v.url === '') return '';
  const comment = v.comment === undefined || v.comment === null ? '' : String(v.comment).replace(/\r?\n|\r/g, ' ');
  if (key === 'id') {
    const id = formatUrl(v.url).replace(/^<[^:]+:\/{0,2}/, '<');
    return comment ? `"${comment.replace(/["\\]/g, '\\$&')}" ${id}` : id;
  }
  const escaped = isPlainText(comment) ? comment.replace(/[()\\]/g, '\\$&') : comment;
  return formatUrl(v.url) + (comment ? ` (${escaped})` : '');
};

/** The List-* headers nodemailer would write for a `list` option, by lower-case header name. */
export const listHeaders = (list: unknown): Record<string, string[]> => {
  const out: Record<string, string[]> = Object.create(null);
  if (typeof list !== 'object' || list === null) return out;
  for (const rawKey of Object.keys(list)) {
    const key = rawKey.toLowerCase().trim();
    const entries = ([] as unknown[]).concat((list as Record<string, unknown>)[rawKey] || []);
    const lines = entries.map((e) =>
      ([] as unknown[])
        .concat(e || [])
        .map((v) => formatValue(key, v))
        .filter(Boolean)
        .join(', '),
    );
    // nodemailer writes even an empty line; an empty header carries nothing a rule could use.
    const kept = lines.filter((l) => l !== '');
    if (kept.length) out[`list-${key}`] = kept;
  }
  return out;
};
