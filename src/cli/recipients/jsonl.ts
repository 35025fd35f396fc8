import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError, inputIssue } from '../../model/index.js';

/** Streams a JSON Lines file, one Recipient object per line; blank lines are skipped. */
export async function* readJsonlRecipients(file: string, position?: { line: number }): AsyncGenerator<unknown> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line) as unknown;
    } catch (e) {
      lines.close();
      throw new InputError([inputIssue(`recipients (${file}, line ${n})`, `not JSON: ${(e as Error).message}`, `kein JSON: ${(e as Error).message}`)]);
    }
    if (position) position.line = n;
    yield record;
  }
}
