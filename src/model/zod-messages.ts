// German wording of the validation issues zod reports (issue 20 item 2): zod's own locales would
// put all of zod's languages into a browser bundle (they are what `import { z } from 'zod'`
// pulled in), so mailpolicy words the few issue kinds its schemas give itself. The English text
// stays zod's. Custom messages of mailpolicy's own schemas are translated by their text.

/** The fields of a zod issue this reads (zod 4's $ZodIssue, loosely). */
export interface ZodIssueLike {
  readonly code?: string;
  readonly message: string;
  readonly path?: readonly unknown[];
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly keys?: readonly string[];
  readonly divisor?: number;
}

const typeDe: Record<string, string> = {
  string: 'Text', number: 'Zahl', boolean: 'Wahrheitswert', object: 'Objekt', array: 'Liste', undefined: 'nichts (undefined)', null: 'null',
  date: 'Datum', bigint: 'BigInt', symbol: 'Symbol', function: 'Funktion', nan: 'NaN', map: 'Map', set: 'Set', promise: 'Promise', record: 'Objekt',
  never: 'nichts', int: 'ganze Zahl', tuple: 'Liste',
};
const de = (type: unknown): string => typeDe[String(type)] ?? String(type);
// Made on the first issue that needs it: most checks have none, and start-up stays free of it.
let deNumber: Intl.NumberFormat | undefined;
const num = (n: number | bigint | undefined): string => (typeof n === 'number' ? (deNumber ??= new Intl.NumberFormat('de-DE')).format(n) : String(n));
const list = (values: readonly unknown[] | undefined): string => (values ?? []).map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(' | ');

// mailpolicy's own custom messages (model/*.ts) in German.
const customDe: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [/^expected a Date or an ISO-8601 date string$/, () => 'erwartet ein Date oder ein Datum nach ISO 8601'],
  [/^expected a domain name such as (\S+) \(letters, digits, hyphens, dots\)$/, (m) => `erwartet einen Domainnamen wie ${m[1]} (Buchstaben, Ziffern, Bindestriche, Punkte)`],
  [/^(\w+) \((\d+)\) cannot exceed sent \((\d+)\)$/, (m) => `„${m[1]}“ (${m[2]}) kann nicht größer sein als „sent“ (${m[3]})`],
  [/^expected a string or an array of strings$/, () => 'erwartet einen Text oder eine Liste von Texten'],
];

/** The German text of a zod issue; an issue of a kind it does not know keeps zod's English. */
export const zodMessageDe = (issue: ZodIssueLike): string => {
  const received = /received (\w+)/.exec(issue.message)?.[1];
  const sizing = (big: boolean): string => {
    const bound = num(big ? issue.maximum : issue.minimum);
    const strict = issue.inclusive === false;
    switch (issue.origin) {
      case 'string':
        return big ? `Zu lang: höchstens ${bound} Zeichen${strict ? ' (weniger)' : ''}` : `Zu kurz: mindestens ${bound} Zeichen${strict ? ' (mehr)' : ''}`;
      case 'array':
      case 'set':
        return big ? `Zu viele Einträge: höchstens ${bound}` : `Zu wenige Einträge: mindestens ${bound}`;
      default:
        return big ? `Zu groß: erwartet ${strict ? 'kleiner als' : 'höchstens'} ${bound}` : `Zu klein: erwartet ${strict ? 'größer als' : 'mindestens'} ${bound}`;
    }
  };
  switch (issue.code) {
    case 'invalid_type':
      return `Ungültige Eingabe: erwartet ${de(issue.expected)}${received ? `, erhalten ${de(received)}` : ''}`;
    case 'invalid_value':
      return issue.values && issue.values.length === 1 ? `Ungültiger Wert: erwartet ${list(issue.values)}` : `Ungültiger Wert: erwartet einer von ${list(issue.values)}`;
    case 'too_small':
      return sizing(false);
    case 'too_big':
      return sizing(true);
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern ? `Ungültiger Text: muss dem Muster ${issue.pattern} entsprechen` : `Ungültiges Format: erwartet ${issue.format ?? 'ein anderes Format'}`;
    case 'not_multiple_of':
      return `Ungültige Zahl: muss ein Vielfaches von ${num(issue.divisor)} sein`;
    case 'unrecognized_keys':
      return `Unbekannte${(issue.keys?.length ?? 0) === 1 ? 'r Schlüssel' : ' Schlüssel'}: ${list(issue.keys)}`;
    case 'invalid_union':
      return 'Ungültige Eingabe: passt zu keiner der erlaubten Formen';
    case 'invalid_key':
      return 'Ungültiger Schlüssel';
    case 'invalid_element':
      return 'Ungültiger Eintrag';
    default: {
      for (const [re, text] of customDe) {
        const m = re.exec(issue.message);
        if (m) return text(m);
      }
      return issue.message;
    }
  }
};
