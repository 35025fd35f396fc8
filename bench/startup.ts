// Start-up of the `mailpolicy` command (issue 20 item 1), as ratios to a bare `node -e 0` on the
// same machine: `mailpolicy --version` (target ≤ 1.5) and `mailpolicy check` of one corpus .eml
// (target ≤ 3). Each is run ROUNDS times, interleaved; a run's cost is the child's CPU time
// (user + system, from the cutime/cstime fields of /proc/self/stat, which grow by exactly the
// CPU time of each child waited for) so a loaded machine's waiting is not counted. Where /proc
// is missing (macOS, Windows) wall-clock time stands in, and the lines say so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

const cost = (args: readonly string[]): number => {
  const before = hasProc ? childCpuMs() : performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  if (r.error) throw r.error;
  return (hasProc ? childCpuMs() : performance.now()) - before;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export interface Startup {
  readonly measure: 'cpu' | 'wall';
  readonly bareMs: number;
  readonly versionMs: number;
  readonly checkEmlMs: number;
  readonly versionRatio: number;
  readonly checkEmlRatio: number;
}

/** Runs the built bin (dist/cli.js: `npm run build` first). */
export const startupBench = (bin = 'dist/cli.js', eml = 'test/corpus/mail/mp-nl-carlance-fr.eml'): Startup => {
  if (!existsSync(new URL(`../${bin}`, import.meta.url))) throw new Error(`${bin} is missing: run \`npm run build\` first`);
  const runs = { bare: [] as number[], version: [] as number[], check: [] as number[] };
  cost([bin, '--version']); // warm the file cache once
  for (let i = 0; i < ROUNDS; i++) {
    runs.bare.push(cost(['-e', '0']));
    runs.version.push(cost([bin, '--version']));
    runs.check.push(cost([bin, 'check', eml, '--now', '2026-11-28T10:00:00Z']));
  }
  const bareMs = median(runs.bare);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    measure: hasProc ? 'cpu' : 'wall',
    bareMs,
    versionMs: median(runs.version),
    checkEmlMs: median(runs.check),
    versionRatio: round(median(runs.version) / bareMs),
    checkEmlRatio: round(median(runs.check) / bareMs),
  };
};

export const describeStartup = (s: Startup): string[] => [
  `Start-up of the built CLI (dist/cli.js), ${ROUNDS} interleaved runs each, median ${s.measure === 'cpu' ? 'CPU time of the child (user + system)' : 'wall-clock time (no /proc here)'}`,
  `  node -e 0 ${s.bareMs} ms   mailpolicy --version ${s.versionMs} ms   mailpolicy check <one .eml> ${s.checkEmlMs} ms`,
  `  versionRatio ${s.versionRatio} (target ≤ ${STARTUP_TARGETS.version}${s.versionRatio <= STARTUP_TARGETS.version ? ', met' : ', NOT MET'})   checkEmlRatio ${s.checkEmlRatio} (target ≤ ${STARTUP_TARGETS.checkEml}${s.checkEmlRatio <= STARTUP_TARGETS.checkEml ? ', met' : ', NOT MET'})`,
];

// `npx tsx bench/startup.ts` prints these lines alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(describeStartup(startupBench()).join('\n'));
