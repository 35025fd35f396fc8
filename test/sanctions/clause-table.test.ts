import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauseIds } from '../../src/index.js';

// The clause → rule index (docs/rules/README.md, generated) covers every row of CLAUSES.md:
// a rule table for A/U/P/M clauses, the implementing API for S clauses.
const index = readFileSync('docs/rules/README.md', 'utf8');
const section = (id: string): string => {
  const start = index.indexOf(`\n## ${id}\n`);
  const next = index.indexOf('\n## ', start + 1);
  return start < 0 ? '' : index.slice(start, next < 0 ? undefined : next);
};

describe('clause index', () => {
  it.each(clauseIds.filter((id) => !id.startsWith('S')))('%s lists at least one rule', (id) => {
    expect(section(id)).toMatch(/\| \[mes\/[a-z0-9-]+\]\(/);
  });
  it.each(clauseIds.filter((id) => id.startsWith('S')))('%s names what implements it', (id) => {
    expect(section(id)).toMatch(/renderNotice|escalation|interventions|governingVersion|`rate-limit`|`pause-campaign`|`suspend-account`|`rotate-ip`/);
    expect(section(id)).not.toContain('_No rule._');
  });
});
