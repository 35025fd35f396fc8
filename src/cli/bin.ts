#!/usr/bin/env node
import { EXIT_INTERNAL, EXIT_OUTPUT_CLOSED, run } from './main.js';

declare const __MAILPOLICY_VERSION__: string;
const version = typeof __MAILPOLICY_VERSION__ === 'string' ? __MAILPOLICY_VERSION__ : '0.0.0-dev';

// The reader of our output went away (`mailpolicy check … | head`): stop quietly, with the
// status a shell gives a command SIGPIPE ended, instead of an unhandled 'error' event (exit 1,
// which is the "violations" code) and a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT_OUTPUT_CLOSED);
    process.stderr.write(`mailpolicy: internal error: ${e.stack ?? String(e)}\n`);
    process.exit(EXIT_INTERNAL);
  });
}

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }, version).then(
  (code) => {
    // exitCode, not exit(): a large report piped to another program is flushed first.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mailpolicy: internal error (please report it): ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
