import type { CliIO } from './io.js';

const CHUNK = 64 * 1024;

/**
 * Writes to stdout in chunks of about 64 KB, waiting for 'drain' when the stream asks for it:
 * a million verdicts are never queued in memory ahead of a slow reader.
 */
export const outputWriter = (stdout: CliIO['stdout']) => {
  let buffer = '';
  const push = async (s: string): Promise<void> => {
    const ok = stdout.write(s);
    if (ok === false && typeof stdout.once === 'function') await new Promise<void>((resolve) => stdout.once!('drain', () => resolve()));
  };
  return {
    async write(s: string): Promise<void> {
      buffer += s;
      if (buffer.length >= CHUNK) {
        const out = buffer;
        buffer = '';
        await push(out);
      }
    },
    async flush(): Promise<void> {
      if (buffer) {
        const out = buffer;
        buffer = '';
        await push(out);
      }
    },
  };
};
