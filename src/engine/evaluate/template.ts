// Fills the placeholders of a rule's message from its evidence. A template is parsed once (rule
// authors write it); customer-controlled evidence is only ever inserted, never parsed, and the
// parser is a single left-to-right scan without regexes.
//
// Syntax (a subset of ICU MessageFormat, docs/custom-packs.md):
//   {key}                                      the value; numbers in the locale's format
//                                              (de: 0,5 and 47.200; en: 0.5 and 47,200)
//   {key, plural, one {# Beschwerde} other {# Beschwerden}}
//                                              a form by the number's plural category in the
//                                              locale (Intl.PluralRules); # is the number
//   {key, number, ::.#}                        a number with at most as many decimals as `#`s
//                                              after the dot (ICU number skeleton; `::.` none)
//   {key, select, none {kein Opt-In} pending {unbestätigt} other {#}}
//                                              a form by the value (each element of a list,
//                                              joined with ", "); `null` matches a missing value
//                                              or an empty list; # is the value
// Forms may hold placeholders of their own. A template without ", plural," or ", select," reads
// exactly as before, apart from the number format.

export type TemplateLocale = 'de' | 'en';

const numberFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = (locale: TemplateLocale | undefined, digits = 4): Intl.NumberFormat | null => {
  if (locale === undefined) return null;
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
};

/** `::.##` → 2 (the ICU skeleton of "at most n decimals"); null for any other style. */
const fractionDigits = (style: string): number | null => {
  if (!style.startsWith('::.')) return null;
  const hashes = style.slice(3);
  for (let i = 0; i < hashes.length; i++) if (hashes.charCodeAt(i) !== 35) return null;
  return hashes.length <= 6 ? hashes.length : null;
};

const formatNumber = (v: unknown, digits: number, locale: TemplateLocale | undefined): string => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return format(v, locale);
  const f = numberFormat(locale, digits);
  if (f) return f.format(v);
  const k = 10 ** digits;
  return String(Math.round(v * k) / k);
};
const pluralRules = new Map<string, Intl.PluralRules>();
const pluralOf = (locale: TemplateLocale | undefined, n: number): string => {
  const l = locale ?? 'en';
  let r = pluralRules.get(l);
  if (!r) {
    r = new Intl.PluralRules(l === 'de' ? 'de-DE' : 'en-GB');
    pluralRules.set(l, r);
  }
  return r.select(n);
};

// Strings and numbers first: nearly every placeholder is one, and runs per violation.
const format = (v: unknown, locale?: TemplateLocale): string => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    const f = Number.isFinite(v) ? numberFormat(locale) : null;
    if (f) return f.format(v);
    return Number.isInteger(v) ? String(v) : String(Math.round(v * 10000) / 10000);
  }
  if (v === null || v === undefined) return '–';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.length === 0 ? '–' : v.map((x) => format(x, locale)).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

type Evidence = Readonly<Record<string, unknown>>;
type Part =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly key: string }
  | { readonly kind: 'number'; readonly key: string; readonly digits: number }
  | { readonly kind: 'hash' }
  | { readonly kind: 'choice'; readonly key: string; readonly type: 'plural' | 'select'; readonly forms: ReadonlyMap<string, Part[]> };

/** The index of the `}` that closes the `{` at `open`, counting nested braces; -1 when none. */
const closing = (s: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return -1;
};

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** `forms` of a plural/select placeholder: `sel {text} sel {text} …`; null when malformed. */
const parseForms = (s: string, inChoice: boolean): Map<string, Part[]> | null => {
  const forms = new Map<string, Part[]>();
  let i = 0;
  for (;;) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) return forms.size > 0 ? forms : null;
    const open = s.indexOf('{', i);
    if (open < 0) return null;
    const selector = s.slice(i, open).trim();
    const end = closing(s, open);
    if (!selector || end < 0) return null;
    forms.set(selector, parse(s.slice(open + 1, end), inChoice));
    i = end + 1;
  }
};

const parse = (template: string, inChoice = false): Part[] => {
  const parts: Part[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < template.length) {
    const c = template.charCodeAt(i);
    if (c === 35 && inChoice) { // '#'
      flush();
      parts.push({ kind: 'hash' });
      i++;
      continue;
    }
    if (c !== 123) { // '{'
      text += template[i];
      i++;
      continue;
    }
    const end = closing(template, i);
    if (end < 0) {
      text += template.slice(i);
      break;
    }
    const body = template.slice(i + 1, end);
    const comma = body.indexOf(',');
    const second = comma < 0 ? -1 : body.indexOf(',', comma + 1);
    const type = second < 0 ? '' : body.slice(comma + 1, second).trim();
    if (comma >= 0 && second >= 0 && (type === 'plural' || type === 'select')) {
      const forms = parseForms(body.slice(second + 1), true);
      if (forms) {
        flush();
        parts.push({ kind: 'choice', key: body.slice(0, comma).trim(), type, forms });
        i = end + 1;
        continue;
      }
    }
    if (comma >= 0 && second >= 0 && type === 'number' && !body.includes('{')) {
      const digits = fractionDigits(body.slice(second + 1).trim());
      if (digits !== null) {
        flush();
        parts.push({ kind: 'number', key: body.slice(0, comma).trim(), digits });
        i = end + 1;
        continue;
      }
    }
    if (body.includes('{')) {
      // Not a placeholder this syntax knows: keep the text as written.
      text += template.slice(i, end + 1);
    } else {
      flush();
      parts.push({ kind: 'value', key: body });
    }
    i = end + 1;
  }
  flush();
  return parts;
};

const keysOf = (parts: readonly Part[], into: string[]): string[] => {
  for (const p of parts) {
    if (p.kind === 'value' || p.kind === 'number') into.push(p.key);
    else if (p.kind === 'choice') {
      into.push(p.key);
      for (const f of p.forms.values()) keysOf(f, into);
    }
  }
  return into;
};

/** Every evidence key a template reads, nested forms included. */
export const placeholders = (template: string): string[] => keysOf(parse(template), []);

const has = (evidence: Evidence, key: string): boolean => Object.prototype.hasOwnProperty.call(evidence, key);

const render = (parts: readonly Part[], evidence: Evidence, locale: TemplateLocale | undefined, hash: unknown): string => {
  let out = '';
  for (const p of parts) {
    if (p.kind === 'text') out += p.text;
    else if (p.kind === 'hash') out += format(hash, locale);
    else if (p.kind === 'value') out += has(evidence, p.key) ? format(evidence[p.key], locale) : `{${p.key}}`;
    else if (p.kind === 'number') out += has(evidence, p.key) ? formatNumber(evidence[p.key], p.digits, locale) : `{${p.key}}`;
    else out += has(evidence, p.key) ? choose(p, evidence[p.key], evidence, locale) : `{${p.key}}`;
  }
  return out;
};

const choose = (p: Extract<Part, { kind: 'choice' }>, value: unknown, evidence: Evidence, locale: TemplateLocale | undefined): string => {
  if (p.type === 'plural') {
    const n = typeof value === 'number' ? value : Number.NaN;
    const form = Number.isFinite(n) ? (p.forms.get(`=${n}`) ?? p.forms.get(pluralOf(locale, n))) : p.forms.get('null');
    return render(form ?? p.forms.get('other') ?? [], evidence, locale, value);
  }
  const missing = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
  if (missing) return render(p.forms.get('null') ?? p.forms.get('other') ?? [], evidence, locale, value);
  const one = (v: unknown): string => render(p.forms.get(String(v)) ?? p.forms.get('other') ?? [{ kind: 'hash' }], evidence, locale, v);
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
};

/**
 * A template parsed once into parts, for templates filled per violation: the fill is then one
 * pass over the parts, no scanning. `locale` picks the number format and plural rules; without
 * it numbers print as before (plain, at most four decimals).
 */
export const compileTemplate = (template: string, locale?: TemplateLocale): ((evidence: Evidence) => string) => {
  const parts = parse(template);
  if (parts.length === 0) return () => '';
  const only = parts[0]!;
  if (parts.length === 1 && only.kind === 'text') {
    const text = only.text;
    return () => text;
  }
  return (evidence) => render(parts, evidence, locale, undefined);
};

/** One fill of a template (compileTemplate, for a template filled once). */
export const fillTemplate = (template: string, evidence: Evidence, locale?: TemplateLocale): string => compileTemplate(template, locale)(evidence);
