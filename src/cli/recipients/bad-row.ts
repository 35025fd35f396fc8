import type { Locale, RecipientVerdict } from '../../model/index.js';

/** A CSV row that cannot be a record (its cells do not match the header): one invalid verdict, the run goes on. */
export class BadRow {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly cells: number,
    readonly columns: number,
  ) {}
}

export const badRowVerdict = (row: BadRow, index: number, locale: Locale): RecipientVerdict => {
  const messages = {
    de: `Zeile ${row.line} von ${row.file} hat ${row.cells} ${row.cells === 1 ? 'Zelle' : 'Zellen'}, die Kopfzeile ${row.columns} ${row.columns === 1 ? 'Spalte' : 'Spalten'}`,
    en: `line ${row.line} of ${row.file} has ${row.cells} ${row.cells === 1 ? 'cell' : 'cells'} where the header has ${row.columns} ${row.columns === 1 ? 'column' : 'columns'}`,
  };
  return { address: '', index, verdict: 'invalid', violations: [], issues: [{ path: `recipients[${index}]`, message: messages[locale] }] };
};
