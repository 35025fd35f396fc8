import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { InputError } from '../../model/index.js';
import { closestField } from '../../model/closest-field.js';
import { fieldOf, recipientFields } from './fields.js';
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
}

/**
 * The issues of header cells that name no Recipient field and are not ignored: bad input, not a
 * warning, since a misspelled `unsubscribed_at` column dropped in silence mails unsubscribed people.
 */
const unknownColumns = (file: string, header: readonly string[], columns: readonly (string | undefined)[], ignore: ReadonlySet<string>) =>
  header.flatMap((h, i) => {
    if (columns[i] !== undefined || ignore.has(h.trim().toLowerCase())) return [];
    const meant = closestField(h.trim(), [...recipientFields.keys()]);
    return [{
      path: `recipients (${file}, line 1, column ${i + 1})`,
      message: `"${h}" is not a Recipient field${meant ? `; did you mean "${meant}"?` : ''} (rename the column, or leave it out with --ignore-column "${h}")`,
    }];
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
        columns = row.map((h) => fieldOf(h));
        const issues = unknownColumns(file, row, columns, ignore);
        if (!columns.includes('address')) issues.unshift({ path: `recipients (${file}, line 1)`, message: 'the header row needs an "address" column' });
        if (issues.length) throw new InputError(issues);
        const ignored = row.filter((h, i) => columns![i] === undefined && ignore.has(h.trim().toLowerCase())).map((h) => `"${h}"`);
        if (ignored.length) warn(`${file}: leaving out the columns ${ignored.join(', ')} (--ignore-column)`);
        continue;
      }
      if (row.length !== columns.length) yield new BadRow(file, info.lines, row.length, columns.length);
      else yield rowToRecipient(columns, row);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const line = (e as { lines?: number }).lines;
    throw new InputError([{ path: `recipients (${file}${line ? `, line ${line}` : ''})`, message: `unreadable CSV: ${(e as Error).message}` }]);
  }
}
