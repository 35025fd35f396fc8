import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const shared = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  // An import whose bindings all went unused is dropped, not kept as a bare `import 'pkg'`: none
  // of the dependencies is imported for its side effects, and a consumer's esbuild warns about
  // a bare import of a package that declares none (ignored-bare-import).
  treeshake: { moduleSideEffects: 'no-external' as const },
  // vitest is the user's, never bundled: mailpolicy/testing/vitest extends their `expect`.
  external: ['vitest'],
};

// The `mailpolicy` command: Node only, ESM, with the version baked in. Exported so the CLI tests
// build exactly this (and only this) once.
//
// Start-up (issue 20): the dependencies are bundled in, whitespace and syntax minified (names
// kept, so an internal error's stack stays readable), because a check of one .eml spent about a
// third of its CPU time resolving ~300 module files and scanning the CommonJS ones for their
// exports; one file of ~0.9 MB parses faster. `--version` is answered by bin.ts alone, and the
// rest of the command (chunk main-*.js) is imported only after that (splitting).
export const cliConfig = {
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  splitting: true,
  noExternal: [/.*/],
  // Bundled CommonJS dependencies call require() for Node's built-ins; ESM has none of its own.
  banner: { js: "import { createRequire as __mailpolicyRequire } from 'node:module'; const require = __mailpolicyRequire(import.meta.url);" },
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
  define: { __MAILPOLICY_VERSION__: JSON.stringify(version) },
} satisfies Options;

// No `clean` here: tsup builds the configs in parallel, so one cleaning dist/ could delete
// another's output; `npm run build` empties dist/ first (prebuild).
export default defineConfig([
  // The library's entries, built together with shared chunks (`splitting`, in CommonJS too), so
  // mailpolicy, mailpolicy/testing, mailpolicy/testing/vitest, mailpolicy/node and
  // mailpolicy/json-rules-engine load one copy
  // of the code they share: one InputError and one PackError class, whichever entry a value
  // came from (test/policy/dist.test.ts). Platform neutral: the core and the testing helpers
  // run in browsers (test/package/browser-bundle.test.ts); mailpolicy/node imports node:fs and
  // node:path, which stay imports.
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      'testing-vitest': 'src/testing/vitest.ts',
      node: 'src/node/index.ts',
      'json-rules-engine': 'src/json-rules-engine/index.ts',
    },
    platform: 'neutral',
    splitting: true,
    external: [...shared.external, /^node:/],
  },
  cliConfig,
]);
