import { describe, expect, it } from 'vitest';
import { managedEmailServer } from '../../src/index.js';

describe('monitoring clauses M1–M6', () => {
  it.each(['M1', 'M2', 'M3', 'M4', 'M5', 'M6'])('clause %s has a history rule whose thresholds cite a source', (clause) => {
    const rules = managedEmailServer.rules.filter((r) => r.clause === clause && r.scope === 'history');
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) for (const o of Object.values(r.options ?? {})) expect(o.source.length).toBeGreaterThan(20);
  });
});
