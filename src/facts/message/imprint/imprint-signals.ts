// Signals of a sender's identification block (imprint, legal notice, postal address) in visible
// text. Every pattern is a bounded sequence without nested unbounded quantifiers, so each start
// position costs a bounded number of steps: linear on any input.

export type ImprintSignalKind =
  'legal-form' | 'street' | 'po-box' | 'postal-code' | 'city-line' | 'region' | 'register' | 'vat-id' | 'representative';

export interface ImprintSignal {
  readonly kind: ImprintSignalKind;
  readonly match: string;
  readonly index: number;
}

const B = '(?<![\\p{L}\\p{N}])'; // start of a word
const E = '(?![\\p{L}\\p{N}])'; // end of a word
const WORD = "\\p{Lu}[\\p{L}'’.-]{0,25}";

const re = (source: string, flags = 'gu'): RegExp => new RegExp(source, flags);

/**
 * A pattern each of whose alternatives begins with the look-behind `(?<![not])`: the pattern as
 * defined, and the same without the look-behinds (`loose`), which the scan runs instead, checking
 * the character before each match in code (see collect). The engine searches a literal start such
 * as "HRB|Amtsgericht" several times faster than a look-behind tried at every position.
 */
interface LookBehind {
  readonly pattern: RegExp;
  readonly loose: RegExp;
  /** The look-behind's class: a match may not follow a code point in it. */
  readonly not: RegExp;
  /** The same for ASCII characters, by code. */
  readonly notAscii: Uint8Array;
}

const lookBehind = (not: string, ...alternatives: string[]): LookBehind => {
  const cls = new RegExp(`[${not}]`, 'u');
  const notAscii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) notAscii[c] = cls.test(String.fromCharCode(c)) ? 1 : 0;
  return {
    pattern: re(alternatives.map((a) => `(?<![${not}])${a}`).join('|')),
    loose: re(alternatives.join('|')),
    not: cls,
    notAscii,
  };
};

/** At the start of a word: every alternative behind B. */
const wordStart = (...alternatives: string[]): LookBehind => lookBehind('\\p{L}\\p{N}', ...alternatives);

/** The look-behind of `b` holds at `i` of `text`: the code point before `i` (a surrogate pair read as one) is not in its class. */
const behindHolds = (b: LookBehind, text: string, i: number): boolean => {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return b.notAscii[c] === 0;
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return !b.not.test(pair ? text.slice(i - 2, i) : text[i - 1]!);
};

const LEGAL_FORMS =
  `GmbH(?: & Co\\. KG)?|gGmbH|mbH|AG|SE|UG|e\\.\\s?K\\.|e\\.\\s?V\\.|KG|OHG|GbR|PartG|KGaA|` +
  `Ltd\\.?|Limited|LLC|L\\.L\\.C\\.|LLP|PLC|plc|Inc\\.?|Corp\\.|Corporation|SARL|S\\.A\\.R\\.L\\.|SAS|SASU|S\\.A\\.|S\\.L\\.|` +
  `S\\.r\\.l\\.|Srl|S\\.p\\.A\\.|SpA|B\\.V\\.|BV|N\\.V\\.|Sp\\. z o\\.o\\.|Lda\\.?|Ltda\\.?|A/S|ApS|AB|Oy|s\\.r\\.o\\.`;
const LEGAL_FORM = re(`[\\p{L}\\p{N}&.)\\]'’-],?[ \\t](${LEGAL_FORMS})${E}`);

const STREET_WORDS_AFTER =
  'Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.|Way|Court|Ct\\.|Place|Pl\\.|Square|Sq\\.|' +
  'Parkway|Pkwy\\.?|Highway|Hwy\\.?|Terrace|Circle|Suite|Loop|Trail|Trl\\.?|Pike|Turnpike|Expressway|Crescent|Mews|Alley|Row|[Rr]ue|[Cc]hemin|[Aa]venue|[Bb]oulevard|[Aa]llée|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours';
const STREET_WORDS_BEFORE =
  '[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|[Ll]argo|[Cc]alle|[Aa]venida|[Aa]v\\.|[Pp]aseo|[Pp]laza|[Rr]ua|[Tt]ravessa|[Pp]raça|[Uu]lica|ul\\.|al\\.';
const STREET_SUFFIXES = 'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|chaussee|ufer|steig|pfad|markt|gracht|kade|laan|straat|plein|dreef|singel';

const STREETS = [
  // 123 Main Street · 564 Chemin des Platières · 1234 Street Rd.
  wordStart(`\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?,?[ \\t](?:${WORD}[ \\t]){0,3}(?:${STREET_WORDS_AFTER})${E}`),
  // via Promis 2/a · Calle Mayor 3 · Rua Augusta 100
  wordStart(`(?:${STREET_WORDS_BEFORE})[ \\t]${WORD}(?:[ \\t]\\p{L}[\\p{L}'’.-]{0,25}){0,3}[ \\t]\\d{1,5}[A-Za-z]?(?:/[A-Za-z0-9]{1,3})?${E}`),
  // Hauptstraße 5 · Wienerstr. 24 · Keizersgracht 123 · Musterstraße, 12 · Lindenweg 12-14
  re(`${B}\\p{Lu}[\\p{L}-]{1,30}(?:${STREET_SUFFIXES}),?[ \\t]?\\d{1,4}[a-z]?(?:[-–/]\\d{1,4}[a-z]?)?${E}`),
  // Berliner Straße 5 · Am Markt 3 · Berliner Straße, 5
  wordStart(`(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Markt|Ufer),?[ \\t]\\d{1,4}[a-z]?(?:[-–/]\\d{1,4}[a-z]?)?${E}`),
];

const US_STATE_CODES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|' +
  'TN|TX|UT|VT|VA|WA|WV|WI|WY';

const POSTAL_CODES = [
  // 79312 Emmendingen · D-10999 Berlin · 38670 Chasse · 12345, Stadt
  re(`(?<![\\p{L}\\p{N}.,/-])(?:[A-Z]{1,2}-)?\\d{5},?[ \\t]+\\p{Lu}[\\p{L}.-]{2,}`),
  // 1010 Wien · CH-8001 Zürich · 1012 AB Amsterdam · 8001, Zürich (years 1900–2099 are skipped in code)
  lookBehind('\\p{L}\\p{N}.,/-', `(?:[A-Z]{1,2}-)?[1-9]\\d{3},?[ \\t]+(?:[A-Z]{2}[ \\t]+)?\\p{Lu}[\\p{L}.-]{2,}`),
  // Austin, TX 78701 · SpringField, OR, 97477 · City, State 12345 · …, Springfield 62701 · DC 20500-0003
  re(`,[ \\t]?(?:[A-Z]{2}|\\p{Lu}\\p{Ll}{1,20}(?:[ \\t]\\p{Lu}\\p{Ll}{1,20})?),?[ \\t]\\d{5}(?:-\\d{4})?(?!\\p{N})`),
  // Springfield IL 62701 (a state abbreviation without the comma)
  wordStart(`(?:${US_STATE_CODES})[ \\t]\\d{5}(?:-\\d{4})?(?!\\p{N})`),
  // London SW1A 1AA
  wordStart(`[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]\\d[A-Z]{2}${E}`),
  // Toronto, ON M5W 1A1 (Canada)
  wordStart(`[ABCEGHJ-NPRSTVXY]\\d[A-Z][ \\t]?\\d[A-Z]\\d${E}`),
  // 00-950 Warszawa
  wordStart(`\\d{2}-\\d{3}[ \\t]\\p{Lu}`),
];

const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|Florida|Georgia|Hawaii|Idaho|' +
  'Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|' +
  'Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|' +
  'Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|' +
  'Wisconsin|Wyoming';
const CA_PROVINCES =
  'Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Ontario|Prince Edward Island|Qu[eé]bec|' +
  'Saskatchewan|Yukon';

/**
 * A US state or Canadian province spelled out after a town, perhaps with the country
 * (", California, USA", ", Ontario, Canada"): the end of an address that has no ZIP code. Part of
 * an address after a street, never one alone.
 */
const REGION = re(
  `,[ \\t]?(?:${US_STATES}|${CA_PROVINCES})(?:,?[ \\t](?:USA|U\\.S\\.A\\.|United States(?: of America)?|Canada))?${E}`,
);

/** P.O. Box 1234 · PO Box 12 · Postfach 10 01 23 · Case postale 5 · Apartado de correos 3 */
const PO_BOX = wordStart(
  `(?:P\\.?[ \\t]?O\\.?[ \\t]?Box|Post Office Box|Postfach|Postbus|Postboks|Case postale|Boîte postale|BP|Casella postale|` +
    `Apartado(?: de [Cc]orreos)?|Caixa [Pp]ostal|Skrytka pocztowa)[ \\t]?\\d{1,6}(?:[ \\t]\\d{2,3}){0,3}${E}`,
);

const REGISTER = wordStart(
  `(?:HRB|HRA|GnR|PR|VR|FN)[ \\t]?\\d{1,7}`,
  `(?:Amtsgericht|Registergericht|Handelsregister|Firmenbuch(?:nummer)?|Vereinsregister|Sitz der Gesellschaft|` +
    `Registered in England|Registered in|Registered office|Company [Nn]umber|Company [Rr]egistration|Kamer van Koophandel|KvK|` +
    `RCS|SIREN|SIRET|Registro [Mm]ercantil|Registro delle [Ii]mprese|REA|KRS|CNPJ|NIPC)${E}`,
);

const VAT_ID = wordStart(
  `(?:USt\\.?-?Id\\.?-?Nr\\.?|USt-?ID|Umsatzsteuer-?Identifikationsnummer|Umsatzsteuer-ID|UID-Nr\\.?|VAT (?:ID|No\\.?|[Nn]umber|[Rr]eg)|` +
    `VAT:|N° TVA|TVA intracommunautaire|Partita IVA|P\\. ?IVA|NIF|CIF|BTW|NIP|Steuernummer|Tax ID|EIN)${E}`,
  `(?:DE\\d{9}|ATU\\d{8}|FR[0-9A-Z]{2}\\d{9}|IT\\d{11}|NL\\d{9}B\\d{2}|GB\\d{9})${E}`,
);

const REPRESENTATIVES =
  'Geschäftsführer(?:in)?|Geschäftsführung|Vorstand|Inhaber(?:in)?|Vertreten durch|Vertretungsberechtigt|' +
  '[Mm]anaging [Dd]irector|Directeur de la publication|Gérant|Amministratore|Administrador|Zaakvoerder|Prezes';
const REPRESENTATIVE = wordStart(`(?:${REPRESENTATIVES})${E}`);

const isYear = (s: string): boolean => /^(?:19|20)\d\d(?!\d)/.test(s.replace(/^[A-Z]{1,2}-/, ''));

/**
 * Every match of `p` in `text`, as matchAll of its pattern finds them. exec on the shared scan
 * pattern from lastIndex 0: matchAll would copy the RegExp on every call. A pattern with a
 * look-behind is scanned without it: where a match follows a character the look-behind
 * rejects, the scan goes on from the next code point, exactly where the pattern itself would
 * try next (the look-behind is zero-width, so a match it allows is the same match).
 */
const collect = (text: string, p: SignalPattern, out: ImprintSignal[]): void => {
  const { scan, behind, kind, keep } = p;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    if (behind !== undefined && !behindHolds(behind, text, m.index)) {
      const pair = (text.charCodeAt(m.index) & 0xfc00) === 0xd800 && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00;
      scan.lastIndex = m.index + (pair ? 2 : 1);
      continue;
    }
    if (m[0] === '') scan.lastIndex++; // no pattern here matches empty; never loop if one did
    const match = (m[1] ?? m[0]).trim();
    if (!keep || keep(match)) out.push({ kind, match, index: m.index });
  }
};

/**
 * Runs of consecutive lines that hold an ASCII digit, as [start, end) offsets without the final
 * newline. Street and postal-code patterns all need a digit (`\d`), never match a newline, and
 * their look-arounds read a newline like the start or end of the text: so each of their matches
 * lies in one such run and is found there alike. Prose lines without a number are skipped.
 */
const digitLineRuns = (text: string): [number, number][] => {
  const runs: [number, number][] = [];
  const digit = /\d/g;
  for (let m = digit.exec(text); m !== null; m = digit.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    const last = runs[runs.length - 1];
    if (last && last[1] === start - 1) last[1] = end;
    else runs.push([start, end]);
    digit.lastIndex = end + 1; // on to the next line
  }
  return runs;
};

/** Positions of every newline in `text`, ascending. */
const newlines = (text: string): number[] => {
  const at: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) at.push(i);
  return at;
};

/** The index in `nl` of the first newline at or after `pos` (nl.length when none): binary search. */
const firstNewlineFrom = (nl: readonly number[], pos: number): number => {
  let lo = 0;
  let hi = nl.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nl[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * A street line that stands alone, next to another short line (the block "Name / via X 2 / Aosta").
 * Line bounds come from one list of the text's newlines: searching the text around each street
 * made a long single line with many street-like matches quadratic.
 */
const cityLines = (text: string, streets: readonly ImprintSignal[], out: ImprintSignal[]): void => {
  if (streets.length === 0) return;
  const nl = newlines(text);
  for (const s of streets) {
    const k = firstNewlineFrom(nl, s.index);
    const lineEnd = k < nl.length ? nl[k]! : text.length;
    // As text.lastIndexOf('\n', s.index) + 1: a newline at s.index itself counts.
    const lineStart = (k < nl.length && nl[k] === s.index ? s.index : k > 0 ? nl[k - 1]! : -1) + 1;
    if (lineEnd - lineStart > 60) continue;
    const nextEnd = k + 1 < nl.length ? nl[k + 1]! : text.length;
    const next = lineEnd >= text.length ? '' : text.slice(lineEnd + 1, nextEnd).trim();
    if (next.length >= 2 && next.length <= 40 && /^\p{Lu}[\p{L} .'’-]*$/u.test(next)) out.push({ kind: 'city-line', match: next, index: lineEnd + 1 });
  }
};

export interface SignalPattern {
  readonly kind: ImprintSignalKind;
  /** What counts as the signal. */
  readonly pattern: RegExp;
  /** What the scan runs: the pattern, or without its look-behinds (`behind`), which collect checks in code. */
  readonly scan: RegExp;
  readonly behind?: LookBehind;
  /** Needs an ASCII digit and never matches a newline: searched in digit-line runs only. */
  readonly digits: boolean;
  readonly keep?: (match: string) => boolean;
  /**
   * A cheap pattern every match contains, and where, relative to each of its hits, a match
   * can start: the pattern is then only tried there (sticky), in order, as matchAll would.
   */
  readonly trigger?: { readonly find: RegExp; readonly starts: (text: string, hit: RegExpExecArray) => readonly [number, number] };
  /** With a trigger: the pattern without `g`, sticky, tried at each start the trigger allows. */
  readonly sticky?: RegExp;
}

const signal = (
  kind: ImprintSignalKind, definition: RegExp | LookBehind, digits: boolean, keep?: (match: string) => boolean, trigger?: SignalPattern['trigger'],
): SignalPattern => {
  const pattern = definition instanceof RegExp ? definition : definition.pattern;
  return {
    kind,
    pattern,
    ...(definition instanceof RegExp ? { scan: pattern } : { scan: definition.loose, behind: definition }),
    digits,
    ...(keep ? { keep } : {}),
    ...(trigger ? { trigger, sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`) } : {}),
  };
};

/**
 * A street name with a suffix (Hauptstraße 5): the suffix is directly followed by [ \t]?\d, and
 * the name starts 5 to 70 code units before the suffix ends (2 to 31 letters, each one or two
 * units, and a suffix of 3 to 8). Every hit of this plain pattern
 * (no unicode classes, no look-behind) names the digit of one candidate; an earlier hit that
 * overlaps a match's suffix ends at the same digit, so none is missed.
 */
const STREET_SUFFIX_TRIGGER = {
  find: new RegExp(`(?:${STREET_SUFFIXES}),?[ \\t]?\\d`, 'g'),
  starts: (text: string, hit: RegExpExecArray): readonly [number, number] => {
    const digit = hit.index + hit[0].length - 1;
    let end = text[digit - 1] === ' ' || text[digit - 1] === '\t' ? digit - 1 : digit;
    if (text[end - 1] === ',') end--;
    return [end - 70, end - 5];
  },
};

/**
 * A space or tab followed by a legal form: one character per hit (hits never overlap, so
 * every match's own space is a hit); the match starts one letter (two code units if astral) and
 * perhaps a comma before it.
 */
const LEGAL_FORM_TRIGGER = {
  find: new RegExp(`[ \\t](?=${LEGAL_FORMS})`, 'g'),
  starts: (_text: string, hit: RegExpExecArray): readonly [number, number] => [hit.index - 3, hit.index - 1],
};

/** Five digits and a space or tab (two hits cannot overlap a match's); the match starts there or at its [A-Z]{1,2}- prefix. */
const FIVE_DIGITS_TRIGGER = {
  find: /\d{5},?[ \t]/g,
  starts: (_text: string, hit: RegExpExecArray): readonly [number, number] => [hit.index - 3, hit.index],
};

/** Every pattern, in the order their signals are listed (a stable sort keeps it for equal positions). */
export const SIGNAL_PATTERNS: readonly SignalPattern[] = [
  // The legal forms start with one of these letters (GmbH, gGmbH, mbH, plc, s.r.o. …).
  signal('legal-form', LEGAL_FORM, false, undefined, LEGAL_FORM_TRIGGER),
  signal('street', STREETS[0]!, true),
  signal('street', STREETS[1]!, true),
  // A street name and its suffix are 4 to 38 letters (or dots, hyphens), then the number.
  signal('street', STREETS[2]!, true, undefined, STREET_SUFFIX_TRIGGER),
  signal('street', STREETS[3]!, true),
  signal('postal-code', POSTAL_CODES[0]!, true, undefined, FIVE_DIGITS_TRIGGER),
  signal('postal-code', POSTAL_CODES[1]!, true, (m) => !isYear(m)),
  signal('postal-code', POSTAL_CODES[2]!, true),
  signal('postal-code', POSTAL_CODES[3]!, true),
  signal('postal-code', POSTAL_CODES[4]!, true),
  signal('postal-code', POSTAL_CODES[5]!, true),
  signal('postal-code', POSTAL_CODES[6]!, true),
  signal('po-box', PO_BOX, true),
  signal('region', REGION, false),
  // Register, VAT-ID and representative words: the literal starts, look-behind checked in code.
  signal('register', REGISTER, false),
  signal('vat-id', VAT_ID, false),
  signal('representative', REPRESENTATIVE, false),
];

/** collect, trying `p` only at the starts its trigger allows: in ascending order, never inside the last match. */
const collectTriggered = (text: string, p: SignalPattern, trigger: NonNullable<SignalPattern['trigger']>, out: ImprintSignal[]): void => {
  const y = p.sticky!;
  const { find, starts } = trigger;
  let next = 0;
  find.lastIndex = 0;
  for (let hit = find.exec(text); hit !== null; hit = find.exec(text)) {
    if (hit[0] === '') find.lastIndex = hit.index + 1; // an empty hit: on to the next position (never loop)
    const [from, to] = starts(text, hit);
    for (let s = Math.max(from, next, 0); s <= to; s++) {
      y.lastIndex = s;
      const m = y.exec(text);
      if (m === null) continue;
      const match = (m[1] ?? m[0]).trim();
      // m.index, not s: a sticky unicode pattern started inside a surrogate pair matches from the pair's start.
      if (!p.keep || p.keep(match)) out.push({ kind: p.kind, match, index: m.index });
      next = m.index + Math.max(1, m[0].length);
      s = next - 1;
    }
    next = Math.max(next, to + 1);
  }
};

/**
 * The digit-line runs of `text` joined by newlines, and where each run starts there (`at`) and in
 * `text` (`from`). No digit pattern matches a newline or reads one differently from the start or
 * end of the text, so each pattern finds in the joined runs exactly its matches in each run: one
 * scan per pattern instead of one per pattern and run (a newsletter has a hundred runs).
 */
const digitLines = (text: string): { readonly joined: string; readonly at: readonly number[]; readonly from: readonly number[] } => {
  const runs = digitLineRuns(text);
  const parts: string[] = [];
  const at: number[] = [];
  const from: number[] = [];
  let length = 0;
  for (const [start, end] of runs) {
    at.push(length);
    from.push(start);
    parts.push(text.slice(start, end));
    length += end - start + 1;
  }
  return { joined: parts.join('\n'), at, from };
};

/** Every imprint signal in `text`, sorted by position. */
export const findImprintSignals = (text: string): ImprintSignal[] => {
  // The digit-line patterns first, over the joined runs; their matches go to one list per
  // pattern, so the signals below are listed in the same order as pattern by pattern.
  const lines = digitLines(text);
  const byPattern = SIGNAL_PATTERNS.map((p): ImprintSignal[] => {
    if (!p.digits) return [];
    const found: ImprintSignal[] = [];
    if (p.trigger) collectTriggered(lines.joined, p, p.trigger, found);
    else collect(lines.joined, p, found);
    let run = 0;
    return found.map((s) => {
      while (run + 1 < lines.at.length && lines.at[run + 1]! <= s.index) run++;
      return { ...s, index: s.index - lines.at[run]! + lines.from[run]! };
    });
  });
  const out: ImprintSignal[] = [];
  let streetsFrom = -1;
  SIGNAL_PATTERNS.forEach((p, i) => {
    if (p.kind === 'street' && streetsFrom < 0) streetsFrom = out.length;
    if (p.kind !== 'street' && streetsFrom >= 0) {
      cityLines(text, out.slice(streetsFrom), out);
      streetsFrom = -2; // done
    }
    if (p.digits) for (const signal of byPattern[i]!) out.push(signal);
    else if (p.trigger) collectTriggered(text, p, p.trigger, out);
    else collect(text, p, out);
  });
  return out.sort((a, b) => a.index - b.index);
};

/** How close two signals must be to belong to one block. */
export const BLOCK_SPAN = 250;

/** How far a street (or PO box) may end before the postal code and town of the same address. */
const ADDRESS_GAP = 60;

/**
 * Signals that pair with one of another kind: a legal form, register, VAT id, representative, and
 * a street with its house number or a PO box ("[Company Name, LLC] 1234 Street Rd."). A postal code
 * or town line is part of an address only: a four- or five-digit number beside a word pairs with
 * nothing.
 */
const IDENTITY = new Set<ImprintSignalKind>(['legal-form', 'register', 'vat-id', 'representative', 'street', 'po-box']);

/**
 * A street and house number without a known street word ("Im Gässle 5", "Rue du Rhône 5",
 * "An der Alster 12-14"), ending where the separator before a postal code begins: up to four
 * words, the first capitalised, then a house number of at most three digits (a four-digit
 * number beside a word is a year or a name, never a house number), then a comma, middle dot,
 * bar, dash or line break. Anchored at the end of a window of at most ADDRESS_GAP + 150
 * characters before the postal code: a bounded search per postal code.
 */
const HOUSE_NUMBER_LINE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}.'’-]{1,30}(?:[ \\t][\\p{L}.'’-]{1,30}){0,3},?[ \\t]\\d{1,3}[a-zA-Z]?(?:[-–/]\\d{1,3}[a-zA-Z]?)?` +
    `[ \\t]*(?:[,·|•–-][ \\t]*|\\r?\\n[ \\t]*){1,2}$`,
  'u',
);

/**
 * A US-style street that starts with its house number ("1 Infinite Loop", "350 Fifth Av") at the
 * start of a line or after a comma, within the window before a ", State ZIP" postal code: the
 * street word may be one no list holds.
 */
const HOUSE_NUMBER_FIRST = /(?:^|[\n,(·|][ \t]*)(\d{1,5}[A-Za-z]?[ \t]\p{Lu}[\p{L}.'’-]{1,30})/u;

/** "IL 62701": a state abbreviation and ZIP written without a comma. */
const US_STATE_ZIP = /^[A-Z]{2}[ \t]\d{5}/;

/** A town or province right before an alphanumeric postcode ("London SW1A 1AA", "Toronto, ON M5W 1A1"). */
const TOWN_BEFORE = /\p{Lu}[\p{L}.'’-]{1,30},?[ \t]$/u;
/** UK and Canadian postcodes: letters and digits, no mere number. */
const ALPHANUMERIC_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}$|^[A-Z]\d[A-Z][ \t]?\d[A-Z]\d$/;

/** The gap between two parts of one address: short, and at most two line breaks. */
const joins = (text: string, from: number, to: number): boolean => {
  if (to < from || to - from > ADDRESS_GAP) return false;
  let breaks = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++breaks > 2) return false;
  return true;
};

/**
 * The first structured postal address: a street and house number or a PO box, then within
 * ADDRESS_GAP characters a postal code and town (79312 Emmendingen, 1010 Wien, Springfield, IL
 * 62701, Toronto, ON M5W 1A1) or a town line (via Promis 2/a / Aosta); or a town and a UK or
 * Canadian postcode. A postal code or street alone is a part of an address, not one.
 */
const findAddress = (signals: readonly ImprintSignal[], text: string): ImprintSignal[] | null => {
  /** Streets and PO boxes seen so far, the latest last. */
  const streets: ImprintSignal[] = [];
  for (const p of signals) {
    const address = addressEndingAt(p, streets, text);
    if (address && !labelledElsewhere(text, address[0]!.index)) return address;
  }
  return null;
};

/**
 * Labels of an address that is not the sender's: where an event takes place ("Ort:",
 * "Veranstaltungsort:", "Venue:", "Location:") or the customer's shipping and billing address
 * ("Lieferadresse:", "Ship to:"). Matched at a line start, on the address's line or one of the two above (a name line between).
 */
const ELSEWHERE_LABEL =
  /[ \t]*(?:ort|veranstaltungsort|tagungsort|treffpunkt|austragungsort|location|venue|event location|where|lieu|luogo|lugar|lieferadresse|lieferanschrift|rechnungsadresse|rechnungsanschrift|versandadresse|shipping address|billing address|delivery address|ship to|bill to|adresse de livraison|adresse de facturation)[ \t]*:/iy;
/** How long a line (label, venue name) before the address may be. */
const LABEL_LINE = 80;

/** The address starting at `index` is labelled as a venue or the customer's address (ELSEWHERE_LABEL). */
const labelledElsewhere = (text: string, index: number): boolean => {
  let lineStart = index;
  for (let lines = 0; lines < 3; lines++) {
    const floor = Math.max(0, lineStart - LABEL_LINE);
    let i = lineStart;
    while (i > floor && text.charCodeAt(i - 1) !== 10) i--;
    if (i > 0 && text.charCodeAt(i - 1) !== 10) return false; // a long line: no label of this address
    ELSEWHERE_LABEL.lastIndex = i;
    if (ELSEWHERE_LABEL.test(text)) return true;
    if (i === 0) return false;
    lineStart = i - 1;
  }
  return false;
};

/** The structured address that `p` (a postal code, town line or region) ends, given the streets before it. */
const addressEndingAt = (p: ImprintSignal, streets: ImprintSignal[], text: string): ImprintSignal[] | null => {
  {
    if (p.kind === 'street' || p.kind === 'po-box') {
      streets.push(p);
      return null;
    }
    if (p.kind !== 'postal-code' && p.kind !== 'city-line' && p.kind !== 'region') return null;
    for (let k = streets.length - 1; k >= 0 && k >= streets.length - 4; k--) {
      const s = streets[k]!;
      if (joins(text, s.index + s.match.length, p.index)) return [s, p];
    }
    if (p.kind === 'city-line') return null;
    if (ALPHANUMERIC_POSTCODE.test(p.match) && TOWN_BEFORE.test(text.slice(Math.max(0, p.index - 40), p.index))) return [p];
    if (p.match.startsWith(',') || US_STATE_ZIP.test(p.match)) {
      // ", IL 62701": a street that starts with its house number, at most two lines above.
      let from = Math.max(0, p.index - ADDRESS_GAP - 30);
      const window = text.slice(from, p.index);
      const m = HOUSE_NUMBER_FIRST.exec(window);
      // A match at the window's start must be at a line start of the text, not inside a word.
      const atLineStart = m !== null && (m[0].length > m[1]!.length || from === 0 || text.charCodeAt(from - 1) === 10);
      if (m && atLineStart && joins(text, from + m.index + m[0].length, p.index)) {
        from += m.index + m[0].length - m[1]!.length;
        return [{ kind: 'street', match: m[1]!, index: from }, p];
      }
    }
    if (p.kind === 'region') return null;
    const from = Math.max(0, p.index - ADDRESS_GAP - 150);
    const m = HOUSE_NUMBER_LINE.exec(text.slice(from, p.index));
    if (m) {
      const match = m[0].replace(/[ \t]*(?:[,·|•–-][ \t]*|\r?\n[ \t]*){1,2}$/u, '');
      return [{ kind: 'street', match, index: from + m.index }, p];
    }
  }
  return null;
};

/**
 * What makes visible text an identification block: a structured postal address (findAddress),
 * or two signals of different IDENTITY kinds within BLOCK_SPAN characters. A four- or five-digit number beside a word ("Turnverein 1861
 * Neuhausen e.V.") is no address, so it pairs with nothing.
 */
export const findImprintBlock = (signals: readonly ImprintSignal[], text: string): ImprintSignal[] | null => {
  const address = findAddress(signals, text);
  if (address) return address;
  const identity = signals.filter((s) => IDENTITY.has(s.kind));
  for (let i = 0; i < identity.length; i++) {
    for (let j = i + 1; j < identity.length && identity[j]!.index - identity[i]!.index <= BLOCK_SPAN; j++) {
      const a = identity[i]!, b = identity[j]!;
      // Two readings of the same characters are one signal.
      if (b.kind !== a.kind && b.index >= a.index + a.match.length) return [a, b];
    }
  }
  return null;
};
