// Builds the playground (examples/playground/): bundles the page script with the core for the
// browser (esbuild, one IIFE so the page also opens from file://). `npm run playground`; then open
// examples/playground/index.html, or serve the folder.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const playgroundDir = fileURLToPath(new URL('../examples/playground/', import.meta.url));

/** Writes examples/playground/dist/playground.js; resolves to its size in bytes. */
export const buildPlayground = async (): Promise<number> => {
  const result = await build({
    entryPoints: [`${playgroundDir}main.ts`],
    outfile: `${playgroundDir}dist/playground.js`,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bytes = await buildPlayground();
  console.log(`examples/playground/dist/playground.js: ${(bytes / 1024).toFixed(0)} KiB; open examples/playground/index.html`);
}
