import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every PackIssue code a user can receive is documented in docs/custom-packs.md and asserted
// by some test (a test that expects exactly that code at a pointer).
const source = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? source(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
const emittedBy = /(?:code: |add\()'([a-z-]+)'/g;
const listed = readFileSync('src/engine/pack/pack-error.ts', 'utf8').split('readonly code')[0]!;
const emitted = [...new Set([
  ...source('src').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(emittedBy)].map((m) => m[1]!)),
  ...[...listed.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)].map((m) => m[1]!),
])].sort();
const tests = source('test').filter((f) => !f.endsWith('issue-codes.test.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');
const docs = readFileSync('docs/custom-packs.md', 'utf8');

describe('PackError codes', () => {
  it('finds the codes the source emits', () => {
    expect(emitted).toContain('forbidden-key');
    expect(emitted.length).toBeGreaterThan(15);
  });
  it.each(emitted)('%s is asserted by a test and documented', (code) => {
    expect(tests).toMatch(new RegExp(`['"\`]${code}[ '"\`]`));
    expect(docs).toContain(`\`${code}\``);
  });
});
