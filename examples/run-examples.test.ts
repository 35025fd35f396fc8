// Every numbered example runs as a user would run it (npx tsx examples/NN-….ts) and exits 0;
// the examples assert their own claims, so a change in behaviour fails here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const examples = readdirSync('examples').filter((f) => /^\d\d-.*\.ts$/.test(f)).sort();
const tsx = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('examples', () => {
  it('are numbered from 01 without gaps', () => {
    expect(examples.map((f) => f.slice(0, 2))).toEqual(examples.map((_, i) => String(i + 1).padStart(2, '0')));
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples)('%s runs and exits 0', (file) => {
    const r = tsx([`examples/${file}`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('npm run demo prints the report', () => {
    const r = tsx(['scripts/demo.ts', '--locale', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/PROHIBITED[\s\S]*UNDESIRED[\s\S]*ADVISORY/);
  });
});
