import type { CliIO } from './io.js';

/**
 * Counts recipients as they stream past and, on a terminal, keeps one updating line on stderr
 * (at most ten updates a second). Off a terminal it stays silent: logs get no \r noise.
 */
export async function* withProgress<T>(source: AsyncIterable<T>, stderr: CliIO['stderr'], label: (n: number) => string): AsyncGenerator<T> {
  if (!stderr.isTTY) {
    yield* source;
    return;
  }
  let n = 0;
  let last = 0;
  try {
    for await (const item of source) {
      n++;
      const t = Date.now();
      if (t - last >= 100) {
        stderr.write(`\r${label(n)}`);
        last = t;
      }
      yield item;
    }
  } finally {
    stderr.write(`\r${label(n)}\n`);
  }
}
