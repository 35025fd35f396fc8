// The core entry must run in a browser: bundled for the browser platform it may import no Node
// builtin and read no Node global. esbuild's `define` replaces only free (global) identifiers,
// so a property or local variable named `process` is not mistaken for the global.
import { builtinModules } from 'node:module';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const nodeGlobals = ['process', 'Buffer', 'global', '__dirname', '__filename', 'require', 'setImmediate', 'clearImmediate'];
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

const bundle = async (entry: string) => {
  const imports: string[] = [];
  const recordBuiltins: Plugin = {
    name: 'record-node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!builtins.has(args.path) && !args.path.startsWith('node:')) return undefined;
        imports.push(`${args.path} (from ${args.importer.replace(/^.*node_modules\//, '')})`);
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [recordBuiltins],
    define: Object.fromEntries(nodeGlobals.map((g) => [g, `__NODE_GLOBAL__${g}`])),
  });
  const code = result.outputFiles[0]!.text;
  const globals = [...new Set([...code.matchAll(/__NODE_GLOBAL__(\w+)/g)].map((m) => m[1]))];
  return { imports, globals };
};

describe('the browser-safe entries in a browser bundle', () => {
  it.each([
    ['mailpolicy', 'src/index.ts'],
    ['mailpolicy/testing', 'src/testing/index.ts'],
  ])('%s imports no Node builtin and reads no Node global', async (_name, entry) => {
    const { imports, globals } = await bundle(entry);
    expect(imports).toEqual([]);
    expect(globals).toEqual([]);
  });

  it('would catch both (the check itself works)', async () => {
    const { imports, globals } = await bundle('src/cli/main.ts');
    expect(imports.some((i) => i.startsWith('node:fs'))).toBe(true);
    expect(globals.length + imports.length).toBeGreaterThan(0);
  });
});
