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

// The `mailpolicy` command, Node only, in two files. dist/cli.js (src/cli/bin.ts, ESM) answers
// `--version` alone and loads the rest only after that (start-up within 1.5x of bare node).
// dist/cli-main.cjs (src/cli/main.ts) is the rest with every dependency bundled in, whitespace
// and syntax minified (names kept, so an internal error's stack stays readable): resolving ~300
// module files and scanning the CommonJS ones for exports took a third of a check's CPU time.
// It is CommonJS so that bin.ts can compile it with V8's code cache (src/cli/compile-cache.ts),
// which Node 20 offers for scripts only. Exported so the CLI tests build exactly these.
const cliShared = {
  dts: false,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  define: { __MAILPOLICY_VERSION__: JSON.stringify(version) },
} satisfies Options;

export const cliConfigs: Options[] = [
  { ...cliShared, entry: { cli: 'src/cli/bin.ts' }, format: ['esm'], splitting: true },
  {
    ...cliShared,
    entry: { 'cli-main': 'src/cli/main.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    noExternal: [/.*/],
    esbuildOptions(options) {
      options.minifyWhitespace = true;
      options.minifySyntax = true;
      // The ES module builds of dependencies that ship both: jsonc-parser's UMD one requires
      // its parts by computed names, which a bundle cannot follow.
      options.mainFields = ['module', 'main'];
      options.conditions = ['import', 'module'];
    },
  },
];

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
  ...cliConfigs,
]);
