// Loads the command's CommonJS bundle (dist/cli-main.cjs) with V8's code cache, as Node 22's
// module.enableCompileCache does for any module and ESLint's bin did through v8-compile-cache:
// Node 20 has neither for ES modules, and compiling the ~1.3 MB bundle anew, plus every function
// a check runs, was about a sixth of a one-mail check's CPU time (bench/startup.ts).
//
// The cache is a file per bundle content and Node version in a directory of the user's own
// under the system's temporary directory, as Node's own compile cache keeps it. V8 checks only a
// cache's length, version and flags against the source, so the file name carries a hash of the
// whole source: a changed bundle never meets an old cache. NODE_DISABLE_COMPILE_CACHE=1 (Node's
// own switch) turns it off.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script, constants } from 'node:vm';

/** The directory the cache files go in, or null when caching is off or the directory is not safe to trust. */
export const compileCacheDir = (env: NodeJS.ProcessEnv = process.env): string | null => {
  if (env.NODE_DISABLE_COMPILE_CACHE) return null;
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `mailpolicy-compile-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    // Code read from a cache runs as ours: only from a directory nobody else could have written.
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (process.platform !== 'win32' && (st.mode & 0o022) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
};

export interface CachedModule<T> {
  readonly exports: T;
  /** Whether the compiled code came from the cache. */
  readonly fromCache: boolean;
  /** Writes the code compiled so far (the load and whatever has run since) for the next start, unless it came from the cache. */
  readonly save: () => void;
}

const quietly = (f: () => void) => {
  try {
    f();
  } catch {
    // A cache that cannot be written costs the next start its speed, nothing else.
  }
};

/** `require(file)` of a CommonJS file, compiled with the code cache where there is one. */
export const requireCached = <T>(file: string, env: NodeJS.ProcessEnv = process.env): CachedModule<T> => {
  const source = readFileSync(file, 'utf8');
  const dir = compileCacheDir(env);
  const cacheFile = dir && join(dir, `${basename(file)}-${createHash('sha256').update(process.version).update(process.arch).update(source).digest('hex').slice(0, 32)}.bin`);
  let cachedData: Buffer | undefined;
  if (cacheFile) quietly(() => (cachedData = readFileSync(cacheFile)));
  // On one line with the source's first, so that stack traces keep the bundle's line numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // import() of a configuration file or a pack module resolves as in any module.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const mod = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(mod.exports, createRequire(file), mod, file, dirname(file));
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: mod.exports,
    fromCache,
    save: () => {
      if (!cacheFile || fromCache) return;
      quietly(() => {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, cacheFile);
      });
    },
  };
};

/** Whether this Node can run a cached script's import() (20.12 and later); older ones get a plain require. */
export const canCache = (): boolean => constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER !== undefined;
