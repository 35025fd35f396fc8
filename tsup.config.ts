import { defineConfig } from 'tsup';

const shared = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  // vitest is the user's, never bundled: mailpolicy/testing/vitest extends their `expect`.
  external: ['vitest'],
};

export default defineConfig([
  // Browser-safe entries: the core and the testing helpers.
  {
    ...shared,
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', 'testing-vitest': 'src/testing/vitest.ts' },
    platform: 'neutral',
    clean: true,
  },
  // Node-only entries (file system).
  {
    ...shared,
    entry: { node: 'src/node/index.ts' },
    platform: 'node',
    clean: false,
  },
]);
