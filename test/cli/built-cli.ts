// Builds the `mailpolicy` bin once (tsup, the same config as `npm run build`, CLI entry only) and
// runs it as a child process, as a user's shell or CI would.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { cliConfigs } from '../../tsup.config.js';

const root = join(import.meta.dirname, '../..');

/** Builds into node_modules/.cache so the bundle resolves the package's dependencies. */
export const buildCli = async (): Promise<{ bin: string; cleanup: () => void }> => {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'mailpolicy-cli-'));
  for (const config of cliConfigs) await build({ ...config, outDir, silent: true, config: false, sourcemap: false });
  return { bin: join(outDir, 'cli.js'), cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
};

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const runCli = (bin: string, args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      // No compile cache unless a test asks for one (compile-cache.test.ts): none written to the machine's temporary directory.
      env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', NODE_DISABLE_COMPILE_CACHE: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

export const fixture = (name: string): string => `test/cli/fixtures/${name}`;
