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
  // Everything else loads the library, only now: the bundled command (dist/cli-main.cjs)
  // through V8's code cache (compile-cache.ts), or the sources when run with tsx from src/.
  const { existsSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const bundle = fileURLToPath(new URL('./cli-main.cjs', import.meta.url));
  type Main = typeof import('./main.js');
  let run: Main['run'];
  let save = () => {};
  if (existsSync(bundle)) {
    const { canCache, requireCached } = await import('./compile-cache.js');
    if (canCache()) ({ exports: { run }, save } = requireCached<Main>(bundle));
    else ({ run } = (await import('node:module')).createRequire(import.meta.url)(bundle) as Main);
  } else {
    const sources = './main.js'; // not a literal: the build must not bundle main.ts into this file
    ({ run } = (await import(sources)) as Main);
  }
  const code = await run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }, version);
  save();
  return code;
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
