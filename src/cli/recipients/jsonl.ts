import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../../model/index.js';

/** Streams a JSON Lines file, one Recipient object per line; blank lines are skipped. */
export async function* readJsonlRecipients(file: string): AsyncGenerator<unknown> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as unknown;
    } catch (e) {
      lines.close();
      throw new InputError([{ path: `recipients (${file}, line ${n})`, message: `not JSON: ${(e as Error).message}` }]);
    }
  }
}
