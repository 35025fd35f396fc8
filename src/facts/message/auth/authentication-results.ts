// Authentication-Results (RFC 8601): the receiving server's verdicts on SPF, DKIM and DMARC, as
// found in a received test message (seed-address testing). Comments in parentheses are dropped
// and quoted strings kept, in one linear scan.

/** One `method=result` with its properties (`header.d`, `smtp.mailfrom`, `header.from` …). */
export interface AuthResult {
  /** spf, dkim, dmarc, arc, … lower-cased. */
  readonly method: string;
  /** pass, fail, softfail, neutral, none, temperror, permerror, policy … lower-cased. */
  readonly result: string;
  /** `ptype.property` → value, names lower-cased (`header.d`, `smtp.mailfrom`, `header.from`, `header.i`). */
  readonly props: Readonly<Record<string, string>>;
}

export interface AuthenticationResults {
  /** The authserv-id: the receiving domain that wrote the header. */
  readonly authservId: string;
  readonly results: readonly AuthResult[];
}

/** The value without comments (nested parentheses, backslash escapes) and with quotes removed. */
const stripComments = (value: string): string => {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && (depth > 0 || quoted)) {
      if (depth === 0) out += value[i + 1] ?? '';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else out += c;
    } else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth > 0) continue;
    else if (c === '"') quoted = true;
    else out += c;
  }
  return out;
};

/** Splits on `;`, then each resinfo on whitespace into `key=value` tokens. */
export const parseAuthenticationResults = (value: string): AuthenticationResults => {
  const parts = stripComments(value).split(';');
  const authservId = (parts[0] ?? '').trim().split(/\s+/)[0] ?? '';
  const results: AuthResult[] = [];
  for (const part of parts.slice(1)) {
    const tokens = part.trim().split(/\s+/).filter((t) => t.length > 0);
    const first = tokens[0];
    if (first === undefined) continue;
    const eq = first.indexOf('=');
    if (eq <= 0) continue; // "none" (no results) or a malformed item
    const props: Record<string, string> = Object.create(null);
    for (const t of tokens.slice(1)) {
      const e = t.indexOf('=');
      if (e > 0 && t.slice(0, e).includes('.')) {
        const name = t.slice(0, e).toLowerCase();
        if (!(name in props)) props[name] = t.slice(e + 1);
      }
    }
    results.push({ method: first.slice(0, eq).toLowerCase(), result: first.slice(eq + 1).toLowerCase(), props });
  }
  return { authservId, results };
};
