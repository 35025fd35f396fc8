// Start-up of the `mailpolicy` command (issue 20 item 1), as ratios to a bare `node -e 0` on the
// same machine: `mailpolicy --version` (target ≤ 1.5) and `mailpolicy check` of one corpus .eml
// (target ≤ 3), with the compile cache warm as every start after the first finds it, and
// without. Each is run ROUNDS times, interleaved; a run's cost is the child's CPU time
// (user + system, from the cutime/cstime fields of /proc/self/stat, which grow by exactly the
// CPU time of each child waited for) so a loaded machine's waiting is not counted. Where /proc
// is missing (macOS, Windows) wall-clock time stands in, and the lines say so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUNDS = 9;
export const STARTUP_TARGETS = { version: 1.5, checkEml: 3 } as const;

const root = fileURLToPath(new URL('..', import.meta.url));
const procStat = '/proc/self/stat';
const hasProc = existsSync(procStat);
// USER_HZ is 100 on every Linux build Node supports.
const childCpuMs = (): number => {
  const fields = readFileSync(procStat, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
};

const cost = (args: readonly string[], env: Record<string, string> = {}): number => {
  const before = hasProc ? childCpuMs() : performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', env: { ...process.env, LANG: 'en_US.UTF-8', ...env } });
  if (r.error) throw r.error;
  return (hasProc ? childCpuMs() : performance.now()) - before;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** A typical HTML newsletter (25 KB): the mail of the target. */
export const TYPICAL_EML = 'test/corpus/mail/splice-nl-issue97.eml';
/** A heavy one (220 KB, five base64 parts): what the work of the check itself adds. */
export const HEAVY_EML = 'test/corpus/mail/mp-nl-carlance-fr.eml';

export interface Startup {
  readonly measure: 'cpu' | 'wall';
  readonly bareMs: number;
  readonly versionMs: number;
  /** Check of TYPICAL_EML, the compile cache warm (every start but the first after an install or upgrade). */
  readonly checkEmlMs: number;
  /** The same with NODE_DISABLE_COMPILE_CACHE=1: a first start. */
  readonly checkEmlColdMs: number;
  /** Check of HEAVY_EML, the compile cache warm. */
  readonly checkHeavyMs: number;
  readonly versionRatio: number;
  readonly checkEmlRatio: number;
  readonly checkEmlColdRatio: number;
  readonly checkHeavyRatio: number;
}

/** Runs the built bin (dist/cli.js: `npm run build` first). The compile cache goes to a fresh temporary directory. */
export const startupBench = (bin = 'dist/cli.js'): Startup => {
  if (!existsSync(new URL(`../${bin}`, import.meta.url))) throw new Error(`${bin} is missing: run \`npm run build\` first`);
  const tmp = mkdtempSync(join(tmpdir(), 'mailpolicy-startup-'));
  try {
    const warm = { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '' };
    const cold = { NODE_DISABLE_COMPILE_CACHE: '1' };
    const check = (eml: string) => [bin, 'check', eml, '--now', '2026-11-28T10:00:00Z'];
    const runs = { bare: [] as number[], version: [] as number[], check: [] as number[], cold: [] as number[], heavy: [] as number[] };
    // Warms the file cache, and writes the compile cache as a first start does.
    cost(check(TYPICAL_EML), warm);
    for (let i = 0; i < ROUNDS; i++) {
      runs.bare.push(cost(['-e', '0']));
      runs.version.push(cost([bin, '--version']));
      runs.check.push(cost(check(TYPICAL_EML), warm));
      runs.cold.push(cost(check(TYPICAL_EML), cold));
      runs.heavy.push(cost(check(HEAVY_EML), warm));
    }
    const bareMs = median(runs.bare);
    const ratio = (xs: number[]) => Math.round((median(xs) / bareMs) * 100) / 100;
    return {
      measure: hasProc ? 'cpu' : 'wall',
      bareMs,
      versionMs: median(runs.version),
      checkEmlMs: median(runs.check),
      checkEmlColdMs: median(runs.cold),
      checkHeavyMs: median(runs.heavy),
      versionRatio: ratio(runs.version),
      checkEmlRatio: ratio(runs.check),
      checkEmlColdRatio: ratio(runs.cold),
      checkHeavyRatio: ratio(runs.heavy),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
};

const verdict = (x: number, target: number) => `target ≤ ${target}${x <= target ? ', met' : ', NOT MET'}`;

export const describeStartup = (s: Startup): string[] => [
  `Start-up of the built CLI (dist/cli.js), ${ROUNDS} interleaved runs each, median ${s.measure === 'cpu' ? 'CPU time of the child (user + system)' : 'wall-clock time (no /proc here)'}`,
  `  node -e 0 ${s.bareMs} ms   mailpolicy --version ${s.versionMs} ms   versionRatio ${s.versionRatio} (${verdict(s.versionRatio, STARTUP_TARGETS.version)})`,
  `  check of a 25 KB newsletter: ${s.checkEmlMs} ms   checkEmlRatio ${s.checkEmlRatio} (${verdict(s.checkEmlRatio, STARTUP_TARGETS.checkEml)})`,
  `    first start (no compile cache) ${s.checkEmlColdMs} ms, ratio ${s.checkEmlColdRatio}   a 220 KB newsletter ${s.checkHeavyMs} ms, ratio ${s.checkHeavyRatio}`,
];

// `npx tsx bench/startup.ts` prints these lines alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(describeStartup(startupBench()).join('\n'));
