import { extname } from 'node:path';
import { InputError, inputIssue } from '../../model/index.js';
import type { ReadOptions, ReadWarning } from './csv.js';
import { readJsonlRecipients } from './jsonl.js';
import type { BadRow } from './bad-row.js';

/** Streams recipients from a .csv or .jsonl file. */
export const readRecipients = (file: string, warn: ReadWarning, options: ReadOptions = {}): AsyncIterable<unknown | BadRow> => {
  const ext = extname(file).toLowerCase();
  // csv-parse is loaded only for a CSV file: a check without one starts faster.
  if (ext === '.csv') return (async function* () { yield* (await import('./csv.js')).readCsvRecipients(file, warn, options); })();
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonlRecipients(file, options.position);
  throw new InputError([inputIssue('--recipients', `expected a .csv or .jsonl file, got "${file}"`, `erwartet wird eine .csv- oder .jsonl-Datei, nicht "${file}"`)]);
};
