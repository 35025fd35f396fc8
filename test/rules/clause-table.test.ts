import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderClauseTable, renderReadme } from '../../scripts/gen-clause-table.js';

describe('README clause → rule table', () => {
  it('is current (regenerate with npx tsx scripts/gen-clause-table.ts)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(renderReadme(readme)).toBe(readme);
  });

  it('names a rule for every content clause A1–P6 and M1–M6', () => {
    const table = renderClauseTable();
    for (const line of table.split('\n').filter((l) => /^\| [AUPM]\d /.test(l))) expect(line).toContain('`mes/');
    expect(table).not.toContain('**missing**');
  });
});
