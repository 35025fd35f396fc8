// Signals of a sender's identification block (imprint, legal notice, postal address) in visible
// text. Every pattern is a bounded sequence without nested unbounded quantifiers, so each start
// position costs a bounded number of steps: linear on any input.

export type ImprintSignalKind = 'legal-form' | 'street' | 'postal-code' | 'city-line' | 'register' | 'vat-id' | 'representative';

export interface ImprintSignal {
  readonly kind: ImprintSignalKind;
  readonly match: string;
  readonly index: number;
}

const B = '(?<![\\p{L}\\p{N}])'; // start of a word
const E = '(?![\\p{L}\\p{N}])'; // end of a word
const WORD = "\\p{Lu}[\\p{L}'’.-]{0,25}";

const re = (source: string, flags = 'gu'): RegExp => new RegExp(source, flags);

const LEGAL_FORM = re(
  `[\\p{L}\\p{N}&.)\\]'’-],?[ \\t](GmbH(?: & Co\\. KG)?|gGmbH|mbH|AG|SE|UG|e\\.\\s?K\\.|e\\.\\s?V\\.|KG|OHG|GbR|PartG|KGaA|` +
    `Ltd\\.?|Limited|LLC|L\\.L\\.C\\.|LLP|PLC|plc|Inc\\.?|Corp\\.|Corporation|SARL|S\\.A\\.R\\.L\\.|SAS|SASU|S\\.A\\.|S\\.L\\.|` +
    `S\\.r\\.l\\.|Srl|S\\.p\\.A\\.|SpA|B\\.V\\.|BV|N\\.V\\.|Sp\\. z o\\.o\\.|Lda\\.?|Ltda\\.?|A/S|ApS|AB|Oy|s\\.r\\.o\\.)${E}`,
);

const STREET_WORDS_AFTER =
  'Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.|Way|Court|Ct\\.|Place|Pl\\.|Square|Sq\\.|' +
  'Parkway|Pkwy\\.?|Highway|Hwy\\.?|Terrace|Circle|Suite|[Rr]ue|[Cc]hemin|[Aa]venue|[Bb]oulevard|[Aa]llée|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours';
const STREET_WORDS_BEFORE =
  '[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|[Ll]argo|[Cc]alle|[Aa]venida|[Aa]v\\.|[Pp]aseo|[Pp]laza|[Rr]ua|[Tt]ravessa|[Pp]raça|[Uu]lica|ul\\.|al\\.';
const STREET_SUFFIXES = 'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|chaussee|ufer|steig|pfad|markt|gracht|kade|laan|straat|plein|dreef|singel';

const STREETS = [
  // 123 Main Street · 564 Chemin des Platières · 1234 Street Rd.
  re(`${B}\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?,?[ \\t](?:${WORD}[ \\t]){0,3}(?:${STREET_WORDS_AFTER})${E}`),
  // via Promis 2/a · Calle Mayor 3 · Rua Augusta 100
  re(`${B}(?:${STREET_WORDS_BEFORE})[ \\t]${WORD}(?:[ \\t]\\p{L}[\\p{L}'’.-]{0,25}){0,3}[ \\t]\\d{1,5}[A-Za-z]?(?:/[A-Za-z0-9]{1,3})?${E}`),
  // Hauptstraße 5 · Wienerstr. 24 · Keizersgracht 123
  re(`${B}\\p{Lu}[\\p{L}-]{1,30}(?:${STREET_SUFFIXES})[ \\t]?\\d{1,4}[a-z]?${E}`),
  // Berliner Straße 5 · Am Markt 3
  re(`${B}(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Markt|Ufer)[ \\t]\\d{1,4}[a-z]?${E}`),
];

const POSTAL_CODES = [
  // 79312 Emmendingen · D-10999 Berlin · 38670 Chasse
  re(`(?<![\\p{L}\\p{N}.,/-])(?:[A-Z]{1,2}-)?\\d{5}[ \\t]+\\p{Lu}[\\p{L}.-]{2,}`),
  // 1010 Wien · CH-8001 Zürich · 1012 AB Amsterdam (years 1900–2099 are skipped in code)
  re(`(?<![\\p{L}\\p{N}.,/-])(?:[A-Z]{1,2}-)?[1-9]\\d{3}[ \\t]+(?:[A-Z]{2}[ \\t]+)?\\p{Lu}[\\p{L}.-]{2,}`),
  // Austin, TX 78701 · SpringField, OR, 97477
  re(`,[ \\t]?[A-Z]{2},?[ \\t]\\d{5}(?:-\\d{4})?(?!\\p{N})`),
  // London SW1A 1AA
  re(`${B}[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]\\d[A-Z]{2}${E}`),
  // 00-950 Warszawa
  re(`${B}\\d{2}-\\d{3}[ \\t]\\p{Lu}`),
];

const REGISTER = re(
  `${B}(?:HRB|HRA|GnR|PR|VR|FN)[ \\t]?\\d{1,7}|${B}(?:Amtsgericht|Registergericht|Handelsregister|Firmenbuch(?:nummer)?|Vereinsregister|Sitz der Gesellschaft|` +
    `Registered in England|Registered in|Registered office|Company [Nn]umber|Company [Rr]egistration|Kamer van Koophandel|KvK|` +
    `RCS|SIREN|SIRET|Registro [Mm]ercantil|Registro delle [Ii]mprese|REA|KRS|CNPJ|NIPC)${E}`,
);

const VAT_ID = re(
  `${B}(?:USt\\.?-?Id\\.?-?Nr\\.?|USt-?ID|Umsatzsteuer-?Identifikationsnummer|Umsatzsteuer-ID|UID-Nr\\.?|VAT (?:ID|No\\.?|[Nn]umber|[Rr]eg)|` +
    `VAT:|N° TVA|TVA intracommunautaire|Partita IVA|P\\. ?IVA|NIF|CIF|BTW|NIP|Steuernummer|Tax ID|EIN)${E}|` +
    `${B}(?:DE\\d{9}|ATU\\d{8}|FR[0-9A-Z]{2}\\d{9}|IT\\d{11}|NL\\d{9}B\\d{2}|GB\\d{9})${E}`,
);

const REPRESENTATIVE = re(
  `${B}(?:Geschäftsführer(?:in)?|Geschäftsführung|Vorstand|Inhaber(?:in)?|Vertreten durch|Vertretungsberechtigt|` +
    `[Mm]anaging [Dd]irector|Directeur de la publication|Gérant|Amministratore|Administrador|Zaakvoerder|Prezes)${E}`,
);

const isYear = (s: string): boolean => /^(?:19|20)\d\d(?!\d)/.test(s.replace(/^[A-Z]{1,2}-/, ''));

const collect = (text: string, kind: ImprintSignalKind, pattern: RegExp, out: ImprintSignal[], keep?: (m: string) => boolean): void => {
  for (const m of text.matchAll(pattern)) {
    const match = (m[1] ?? m[0]).trim();
    if (!keep || keep(match)) out.push({ kind, match, index: m.index });
  }
};

/** A street line that stands alone, next to another short line (the block "Name / via X 2 / Aosta"). */
const cityLines = (text: string, streets: readonly ImprintSignal[], out: ImprintSignal[]): void => {
  for (const s of streets) {
    const lineStart = text.lastIndexOf('\n', s.index) + 1;
    let lineEnd = text.indexOf('\n', s.index);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > 60) continue;
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    const next = lineEnd >= text.length ? '' : text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd).trim();
    if (next.length >= 2 && next.length <= 40 && /^\p{Lu}[\p{L} .'’-]*$/u.test(next)) out.push({ kind: 'city-line', match: next, index: lineEnd + 1 });
  }
};

/** Every imprint signal in `text`, sorted by position. */
export const findImprintSignals = (text: string): ImprintSignal[] => {
  const out: ImprintSignal[] = [];
  collect(text, 'legal-form', LEGAL_FORM, out);
  const streets: ImprintSignal[] = [];
  for (const p of STREETS) collect(text, 'street', p, streets);
  out.push(...streets);
  cityLines(text, streets, out);
  POSTAL_CODES.forEach((p, i) => collect(text, 'postal-code', p, out, i === 1 ? (m) => !isYear(m) : undefined));
  collect(text, 'register', REGISTER, out);
  collect(text, 'vat-id', VAT_ID, out);
  collect(text, 'representative', REPRESENTATIVE, out);
  return out.sort((a, b) => a.index - b.index);
};

/** How close two signals must be to belong to one block. */
export const BLOCK_SPAN = 250;

/** The first pair of signals of different kinds within BLOCK_SPAN characters: one identification block. */
export const findImprintBlock = (signals: readonly ImprintSignal[]): ImprintSignal[] | null => {
  for (let i = 0; i < signals.length; i++) {
    for (let j = i + 1; j < signals.length && signals[j]!.index - signals[i]!.index <= BLOCK_SPAN; j++) {
      const a = signals[i]!, b = signals[j]!;
      // Two readings of the same characters ("82023 Peters" as street number and postal code) are one signal.
      if (b.kind !== a.kind && b.index >= a.index + a.match.length) return [a, b];
    }
  }
  return null;
};
