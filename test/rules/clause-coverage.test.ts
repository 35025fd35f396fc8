import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedEmailServer } from '../../src/index.js';
import { renderPackIndex, packFolders } from '../../scripts/gen-pack-index.js';
import { readdirSync } from 'node:fs';

const contentClauses = ['A1', 'A2', 'A3', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'];

describe('managed-email-server pack', () => {
  it.each(contentClauses)('implements clause %s with at least one rule', (clause) => {
    expect(managedEmailServer.rules.some((r) => r.clause === clause)).toBe(true);
  });

  it('names a rule file for each rule and lists every JSON file', () => {
    const files = readdirSync('rules/managed-email-server').filter((f) => f.endsWith('.json') && f !== 'pack.json');
    const manifest = JSON.parse(readFileSync('rules/managed-email-server/pack.json', 'utf8')) as { rules: string[] };
    expect([...manifest.rules].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    for (const r of managedEmailServer.rules) expect(manifest.rules).toContain(r.id.split('/')[1]);
  });

  it.each(packFolders())('has a current generated import list for %s', (pack) => {
    expect(readFileSync(`src/packs/${pack}.rules.ts`, 'utf8')).toBe(renderPackIndex(pack));
  });
});
