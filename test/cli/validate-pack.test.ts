// `mailpolicy validate-pack DIR` prints every problem like a compiler (file:line:col: code:
// message), exit 2; a sound pack exits 0. Run in process (src/cli/main.ts), as the bin does.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const root = join(import.meta.dirname, '../..');

const cli = async (args: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd: root });
  return { code, stdout, stderr };
};

describe('mailpolicy validate-pack', () => {
  it('prints all five mistakes of a pack, sorted by file and position, and exits 2', async () => {
    const dir = relative(root, join(import.meta.dirname, 'fixtures/bad-pack'));
    const r = await cli(['validate-pack', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.split(': ').slice(0, 2).join(': '))).toEqual([
      `${dir}/inactive.json:12:9: unknown-fact`,
      `${dir}/inactive.json:13:60: unknown-operator`,
      `${dir}/inactive.json:13:116: unknown-option`,
      `${dir}/unsubscribe-link.json:3:3: unknown-clause`,
      `${dir}/unsubscribe-link.json:12:32: unknown-path`,
      `5 problems in ${dir}`,
    ]);
    for (const meant of ['"consent"', '"greaterThan"', '"maxMonths"', '"NL-1"', '"$.inBody"']) expect(r.stderr).toContain(`did you mean ${meant}?`);
  });

  it('exits 0 for a sound pack, saying what it checked', async () => {
    const r = await cli(['validate-pack', 'rules/managed-email-server']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^rules\/managed-email-server: pack managed-email-server \S+, 40 rules, \d+ clauses: no problems\n$/);
  });

  it('reports a missing folder, exit 2', async () => {
    const r = await cli(['validate-pack', 'no/such/pack']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('validate-pack no/such/pack: no pack folder, built-in pack (managed-email-server, bulk-sender, german-law), file or package of that name');
  });
});
