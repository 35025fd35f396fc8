// `npm pack` ships only what a user needs: the build, the rule files, their docs pages (each rule's
// docs url points there), the schemas, README, LICENSE.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const allowed = [/^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/, /^rules\/[\w-]+\/[\w-]+\.json$/, /^schema\/[\w.-]+\.json$/, /^docs\/rules\/([\w-]+\/)?[\w-]+\.md$/, /^(README\.md|LICENSE|package\.json)$/];

describe('npm pack', () => {
  it('lists only the build, rules, rule docs, schemas, README, LICENSE and package.json', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'rules/managed-email-server/pack.json', 'docs/rules/mes/no-imprint.md', 'docs/rules/README.md']) expect(files).toContain(needed);
  });

  it('declares the mailpolicy bin and ships the built file it points at', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { bin: Record<string, string>; files: string[] };
    expect(pkg.bin.mailpolicy).toBe('./dist/cli.js');
    expect(pkg.files).toContain('dist');
  });
});
