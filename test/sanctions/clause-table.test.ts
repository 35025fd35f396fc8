import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedEmailServer } from '../../src/index.js';

// The clause → rule index (docs/rules/README.md, generated) covers every clause the seed pack
// declares (the rows of CLAUSES.md): a rule table for A/U/P/M clauses, the implementing API for S.
const index = readFileSync('docs/rules/README.md', 'utf8');
const pack = index.slice(index.indexOf('\n## managed-email-server '));
const section = (id: string): string => {
  const start = pack.indexOf(`\n### ${id}\n`);
  const end = [pack.indexOf('\n### ', start + 1), pack.indexOf('\n## ', start + 1)].filter((n) => n > 0);
  return start < 0 ? '' : pack.slice(start, end.length > 0 ? Math.min(...end) : undefined);
};
const clauseIds = managedEmailServer.clauses.map((c) => c.id);

describe('clause index', () => {
  it.each(clauseIds.filter((id) => !id.startsWith('S')))('%s lists at least one rule', (id) => {
    expect(section(id)).toMatch(/\| \[mes\/[a-z0-9-]+\]\(/);
  });
  it.each(clauseIds.filter((id) => id.startsWith('S')))('%s names what implements it', (id) => {
    expect(section(id)).toMatch(/renderNotice|escalation|interventions|governingVersion|`rate-limit`|`pause-campaign`|`suspend-account`|`rotate-ip`/);
    expect(section(id)).not.toContain('_No rule._');
  });
});
