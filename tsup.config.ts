import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const shared = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  // vitest is the user's, never bundled: mailpolicy/testing/vitest extends their `expect`.
  external: ['vitest'],
};

// The `mailpolicy` command: Node only, ESM, with the version baked in. Exported so the CLI tests
// build exactly this (and only this) once.
export const cliConfig = {
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  define: { __MAILPOLICY_VERSION__: JSON.stringify(version) },
} satisfies Options;

// No `clean` here: tsup builds the configs in parallel, so one cleaning dist/ could delete
// another's output; `npm run build` empties dist/ first (prebuild).
export default defineConfig([
  // Browser-safe entries: the core and the testing helpers (test/package/browser-bundle.test.ts).
  {
    ...shared,
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', 'testing-vitest': 'src/testing/vitest.ts' },
    platform: 'neutral',
  },
  // Node-only entries (file system).
  {
    ...shared,
    entry: { node: 'src/node/index.ts' },
    platform: 'node',
  },
  cliConfig,
]);
