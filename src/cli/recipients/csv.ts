import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { InputError, inputIssue, type InputIssue, type Locale } from '../../model/index.js';
import { closestField } from '../../model/closest-field.js';
import { crmFieldOf, fieldOf, recipientFields } from './fields.js';
import { rowToRecipient } from './coerce.js';
import { BadRow } from './bad-row.js';

export interface ReadWarning {
  (message: string): void;
}

// German spreadsheets export with ';', others with ',' or tabs: the header line decides.
const sniffDelimiter = async (file: string): Promise<string> => {
  const stream = createReadStream(file, { start: 0, end: 64 * 1024 - 1, encoding: 'utf8' });
  let head = '';
  for await (const chunk of stream) {
    head += chunk as string;
    if (head.includes('\n')) break;
  }
  stream.destroy();
  const line = head.split('\n', 1)[0] ?? '';
  const count = (c: string) => line.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
};

export interface ReadOptions {
  /** Header names of columns to leave out (--ignore-column), matched case-insensitively. */
  readonly ignoreColumns?: readonly string[];
  /** Header name → Recipient field (--map 'E-Mail=address'), header matched case-insensitively. */
  readonly columnMap?: Readonly<Record<string, string>>;
  /** Language of warnings and issues (default English; issues carry both). */
  readonly locale?: Locale;
  /** Set to the file line of each record before it is yielded (a CSV row's first line; 1 is the header). */
  readonly position?: { line: number };
}

/**
 * Each header cell's Recipient field: --map first, then the field's own name, then a common
 * CRM export name (with a note). A --map target that is no Recipient field is bad input.
 */
const columnsOf = (file: string, header: readonly string[], options: ReadOptions, warn: ReadWarning): (string | undefined)[] => {
  const map = new Map(Object.entries(options.columnMap ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v] as const));
  const badTargets: InputIssue[] = [];
  for (const [column, field] of Object.entries(options.columnMap ?? {})) {
    if (fieldOf(field) !== undefined) continue;
    const meant = closestField(field, [...recipientFields.keys()]);
    const hint = { en: meant ? `; did you mean "${meant}"?` : '', de: meant ? `; gemeint ist wohl "${meant}"?` : '' };
    badTargets.push(inputIssue(`--map ${column}=${field}`, `"${field}" is not a Recipient field${hint.en}`, `"${field}" ist kein Empfängerfeld${hint.de}`));
  }
  if (badTargets.length) throw new InputError(badTargets);
  const de = options.locale === 'de';
  const ignored = new Set((options.ignoreColumns ?? []).map((c) => c.trim().toLowerCase()));
  // A field a column already names, by --map or by its own name, is not taken again from a CRM name.
  const named = new Set(header.map((h) => (map.has(h.trim().toLowerCase()) ? fieldOf(map.get(h.trim().toLowerCase())!) : fieldOf(h))));
  return header.map((h) => {
    const mapped = map.get(h.trim().toLowerCase());
    if (mapped !== undefined) return fieldOf(mapped);
    const own = fieldOf(h);
    if (own !== undefined) return own;
    const crm = ignored.has(h.trim().toLowerCase()) ? undefined : crmFieldOf(h);
    if (crm !== undefined && !named.has(crm)) {
      warn(
        de
          ? `${file}: die Spalte "${h}" wird als ${crm} gelesen (übliche CRM-Bezeichnung; mit --map '${h}=FELD' anders zuordnen)`
          : `${file}: reading the column "${h}" as ${crm} (a common CRM name; --map '${h}=FIELD' to read it otherwise)`,
      );
      return crm;
    }
    return undefined;
  });
};

/**
 * The issues of header cells that name no Recipient field and are not ignored: bad input, not a
 * warning, since a misspelled `unsubscribed_at` column dropped in silence mails unsubscribed people.
 */
const unknownColumns = (file: string, header: readonly string[], columns: readonly (string | undefined)[], ignore: ReadonlySet<string>): InputIssue[] =>
  header.flatMap((h, i) => {
    if (columns[i] !== undefined || ignore.has(h.trim().toLowerCase())) return [];
    const meant = closestField(h.trim(), [...recipientFields.keys()]);
    return [
      inputIssue(
        `recipients (${file}, line 1, column ${i + 1})`,
        `"${h}" is not a Recipient field${meant ? `; did you mean "${meant}"?` : ''} (rename the column, map it with --map '${h}=FIELD', or leave it out with --ignore-column "${h}")`,
        `"${h}" ist kein Empfängerfeld${meant ? `; gemeint ist wohl "${meant}"?` : ''} (die Spalte umbenennen, mit --map '${h}=FELD' zuordnen oder mit --ignore-column "${h}" auslassen)`,
      ),
    ];
  });

/**
 * Streams a CSV file's rows as Recipient inputs; the header row names the fields. A row whose
 * cells do not match the header is a BadRow (one invalid verdict naming its line); the run goes on.
 */
export async function* readCsvRecipients(file: string, warn: ReadWarning, options: ReadOptions = {}): AsyncGenerator<Record<string, unknown> | BadRow> {
  const ignore = new Set((options.ignoreColumns ?? []).map((c) => c.trim().toLowerCase()));
  const delimiter = await sniffDelimiter(file);
  const parser = createReadStream(file).pipe(parse({ delimiter, bom: true, skip_empty_lines: true, relax_quotes: false, relax_column_count: true, info: true }));
  let columns: (string | undefined)[] | null = null;
  try {
    for await (const { record: row, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (columns === null) {
        columns = columnsOf(file, row, options, warn);
        const issues = unknownColumns(file, row, columns, ignore);
        if (!columns.includes('address')) {
          issues.unshift(
            inputIssue(
              `recipients (${file}, line 1)`,
              `the header row needs an "address" column (or map one: --map 'E-Mail=address')`,
              `die Kopfzeile braucht eine Spalte "address" (oder eine zugeordnete: --map 'E-Mail=address')`,
            ),
          );
        }
        if (issues.length) throw new InputError(issues);
        const ignored = row.filter((h, i) => columns![i] === undefined && ignore.has(h.trim().toLowerCase())).map((h) => `"${h}"`);
        if (ignored.length) warn(options.locale === 'de' ? `${file}: die Spalten ${ignored.join(', ')} werden ausgelassen (--ignore-column)` : `${file}: leaving out the columns ${ignored.join(', ')} (--ignore-column)`);
        continue;
      }
      if (options.position) options.position.line = info.lines;
      if (row.length !== columns.length) yield new BadRow(file, info.lines, row.length, columns.length);
      else yield rowToRecipient(columns, row);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const line = (e as { lines?: number }).lines;
    const path = `recipients (${file}${line ? `, line ${line}` : ''})`;
    throw new InputError([inputIssue(path, `unreadable CSV: ${(e as Error).message}`, `unlesbares CSV: ${(e as Error).message}`)]);
  }
}
