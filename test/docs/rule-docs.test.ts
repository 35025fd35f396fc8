import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauses, managedEmailServer } from '../../src/index.js';
import { renderDocs, writeDocs } from '../../scripts/gen-docs.js';

const docs = renderDocs();

describe('generated rule docs (docs/rules)', () => {
  it.each(Object.entries(docs))('%s is current (run npm run gen)', (path, want) => {
    expect(existsSync(path) ? readFileSync(path, 'utf8') : '(missing)').toBe(want);
  });

  it('has no page left over from a removed rule', () => {
    expect(writeDocs(true)).toEqual([]);
  });

  it.each(managedEmailServer.rules.map((r) => [r.id, r] as const))('documents %s: clause in German, severity, sanction, options with sources, examples', (id, rule) => {
    const page = docs[`docs/rules/${id}.md`]!;
    expect(page).toContain(`„${clauses.get(rule.clause)!.heading}“`);
    expect(page).toContain(`| Severity | \`${rule.severity}\` |`);
    expect(page).toContain(`| Sanction | \`${rule.sanction}\` |`);
    for (const [name, o] of Object.entries(rule.options ?? {})) {
      expect(page).toContain(`| \`${name}\` |`);
      expect(page).toContain(o.source.replace(/\|/g, '\\|').replace(/\n/g, ' '));
    }
    for (const e of [...rule.examples.violating, ...rule.examples.compliant]) expect(page).toContain(`#### ${e.name}`);
  });

  it('gives every rule a docs url that names its generated page, and the package ships the pages', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { name: string; files: string[] };
    expect(pkg.files).toContain('docs/rules');
    for (const rule of managedEmailServer.rules) {
      expect(rule.url).toBe(`https://unpkg.com/${pkg.name}/docs/rules/${rule.id}.md`);
      expect(docs[`docs/rules/${rule.id}.md`]).toBeDefined();
    }
  });

  it('indexes every rule under its clause', () => {
    const index = docs['docs/rules/README.md']!;
    for (const r of managedEmailServer.rules) {
      const start = index.indexOf(`## ${r.clause}\n`);
      const end = index.indexOf('\n## ', start + 1);
      expect(index.slice(start, end < 0 ? undefined : end)).toContain(`[${r.id}](${r.id}.md)`);
    }
  });
});
