import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { InputError } from '../../model/index.js';
import { fieldOf } from './fields.js';
import { rowToRecipient } from './coerce.js';

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

/** Streams a CSV file's rows as Recipient inputs; the header row names the fields. */
export async function* readCsvRecipients(file: string, warn: ReadWarning): AsyncGenerator<Record<string, unknown>> {
  const delimiter = await sniffDelimiter(file);
  const parser = createReadStream(file).pipe(parse({ delimiter, bom: true, skip_empty_lines: true, relax_quotes: false }));
  let columns: (string | undefined)[] | null = null;
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      if (columns === null) {
        columns = row.map((h) => fieldOf(h));
        const unknown = row.filter((_, i) => columns![i] === undefined).map((h) => `"${h}"`);
        if (!columns.includes('address')) {
          throw new InputError([{ path: `recipients (${file}, line 1)`, message: 'the header row needs an "address" column' }]);
        }
        if (unknown.length) warn(`${file}: ignoring columns that are not Recipient fields: ${unknown.join(', ')}`);
        continue;
      }
      yield rowToRecipient(columns, row);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const line = (e as { lines?: number }).lines;
    throw new InputError([{ path: `recipients (${file}${line ? `, line ${line}` : ''})`, message: `unreadable CSV: ${(e as Error).message}` }]);
  }
}
