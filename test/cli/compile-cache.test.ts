// The CLI's bundle is compiled through V8's code cache (src/cli/compile-cache.ts): a second start
// reads the compiled code instead of compiling it again, and nothing else may change: exports,
// import() from inside, stack line numbers, and a changed bundle never meets an old cache.
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileCacheDir, requireCached } from '../../src/cli/compile-cache.js';
import { buildCli, runCli } from './built-cli.js';

let base: string;
let savedTmp: string | undefined;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'mailpolicy-cc-test-'));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = join(base, 'tmp');
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(base, { recursive: true, force: true });
});

const script = (name: string, source: string): string => {
  const file = join(base, name);
  writeFileSync(file, source);
  return file;
};
const cacheFiles = () => readdirSync(compileCacheDir({})!).filter((f) => f.endsWith('.bin'));

describe('requireCached', () => {
  it('compiles on the first load, reads the cache on the second, with the same exports', () => {
    const file = script('m.cjs', 'exports.twice = (n) => 2 * n;\n');
    const first = requireCached<{ twice: (n: number) => number }>(file, {});
    expect(first.fromCache).toBe(false);
    expect(first.exports.twice(21)).toBe(42);
    first.save();
    expect(cacheFiles()).toHaveLength(1);
    const second = requireCached<{ twice: (n: number) => number }>(file, {});
    expect(second.fromCache).toBe(true);
    expect(second.exports.twice(21)).toBe(42);
  });

  it('never reads the cache of another source, even one of the same length', () => {
    const file = script('m.cjs', 'module.exports = 1;\n');
    requireCached(file, {}).save();
    writeFileSync(file, 'module.exports = 2;\n');
    const changed = requireCached<number>(file, {});
    expect(changed.fromCache).toBe(false);
    expect(changed.exports).toBe(2);
  });

  it('lets the code import() modules and keeps its line numbers in stack traces', async () => {
    const file = script('m.cjs', 'exports.load = () => import("node:path");\nexports.fail = () => {\n  throw new Error("x");\n};\n');
    const { exports } = requireCached<{ load: () => Promise<typeof import('node:path')>; fail: () => void }>(file, {});
    expect((await exports.load()).join('a', 'b')).toBe(join('a', 'b'));
    expect(() => exports.fail()).toThrow(expect.objectContaining({ stack: expect.stringContaining(`${file}:3:`) }));
  });

  it('writes nothing with NODE_DISABLE_COMPILE_CACHE, and trusts no directory others can write', () => {
    const file = script('m.cjs', 'module.exports = 3;\n');
    expect(compileCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeNull();
    requireCached(file, { NODE_DISABLE_COMPILE_CACHE: '1' }).save();
    const dir = compileCacheDir({})!;
    expect(readdirSync(dir)).toEqual([]);
    if (process.platform !== 'win32') {
      chmodSync(dir, 0o777);
      expect(compileCacheDir({})).toBeNull();
    }
  });
});

describe('the built command', () => {
  let bin: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ bin, cleanup } = await buildCli());
  }, 120_000);
  afterAll(() => cleanup());

  it('writes its cache on the first check and gives the same report from it', async () => {
    const args = ['check', 'test/corpus/mail/splice-nl-issue97.eml', '--now', '2026-11-28T10:00:00Z'];
    const env = { NODE_DISABLE_COMPILE_CACHE: '', TMPDIR: process.env.TMPDIR! };
    const first = await runCli(bin, args, env);
    expect(cacheFiles()).toHaveLength(1);
    const second = await runCli(bin, args, env);
    expect(cacheFiles()).toHaveLength(1);
    expect(second).toEqual(first);
    expect(first.stdout).toContain('mes/');
  }, 60_000);
});
