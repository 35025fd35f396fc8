#!/usr/bin/env node

declare const __MAILPOLICY_VERSION__: string;
const version = typeof __MAILPOLICY_VERSION__ === 'string' ? __MAILPOLICY_VERSION__ : '0.0.0-dev';

// Kept here rather than imported from main.ts: `--version` and the stream handlers must not load
// the library (start-up within 1.5× of bare node; `npm run bench` measures it).
const EXIT_INTERNAL = 3;
const EXIT_OUTPUT_CLOSED = 141;
const argv = process.argv.slice(2);

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

const start = async (): Promise<number> => {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  // Node 22.1+ keeps V8's compiled code of the bundle between runs (as ESLint's bin does); on
  // Node 20 the function is missing and nothing changes. Compiling the ~0.9 MB chunk is most of
  // a check's start-up (bench/startup.ts).
  const { default: nodeModule } = await import('node:module');
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  // Everything else loads the library, only now.
  const { run } = await import('./main.js');
  return run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }, version);
};

start().then(
  (code) => {
    // exitCode, not exit(): a large report piped to another program is flushed first.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mailpolicy: internal error (please report it): ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
