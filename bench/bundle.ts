// Builds a bench script the way `npm run build` builds the package: tsup (esbuild), ESM, the
// dependencies left as imports from node_modules, as an application that installed mailpolicy
// loads them. Used for the memory figure, so it counts the library's memory and not that of the
// tsx loader (a worker thread, transpile and source-map caches: ~70 MiB in Node 20).
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const outDir = fileURLToPath(new URL('../node_modules/.cache/mailpolicy-bench/', import.meta.url));

/** Bundles `bench/<name>.ts`; returns the path of the built `.mjs`. */
export const bundleBenchScript = async (name: string): Promise<string> => {
  await build({
    entry: { [name]: fileURLToPath(new URL(`./${name}.ts`, import.meta.url)) },
    format: ['esm'],
    platform: 'node',
    target: 'es2022',
    treeshake: true,
    dts: false,
    sourcemap: false,
    outDir,
    outExtension: () => ({ js: '.mjs' }),
    // Only these options: not the package's tsup.config.ts, which builds dist/.
    config: false,
    silent: true,
  });
  return `${outDir}${name}.mjs`;
};
