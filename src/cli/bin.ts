#!/usr/bin/env node
import { run } from './main.js';

declare const __MAILPOLICY_VERSION__: string;
const version = typeof __MAILPOLICY_VERSION__ === 'string' ? __MAILPOLICY_VERSION__ : '0.0.0-dev';

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, version).then(
  (code) => {
    // exitCode, not exit(): a large report piped to another program is flushed first.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mailpolicy: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
