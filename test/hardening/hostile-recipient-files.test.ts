// Hostile recipient files (the CLI's --recipients): header cells and JSON keys naming
// __proto__ / constructor / prototype, garbage rows and huge cells are data, never a way into
// Object.prototype, and every row still becomes exactly one verdict.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPolicy, type InputError, type RecipientInput } from '../../src/index.js';
import { readRecipients } from '../../src/cli/recipients/index.js';

const before = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
});

const file = (name: string, content: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-recipients-'));
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

const readAll = async (path: string, ignoreColumns: string[] = []): Promise<unknown[]> => {
  const out: unknown[] = [];
  for await (const r of readRecipients(path, () => {}, { ignoreColumns })) out.push(r);
  return out;
};

const message = { from: '"Shop GmbH" <news@shop.example>', subject: 'x', html: '<a href="https://shop.example/u">Abmelden</a>' };

describe('hostile recipient files', () => {
  it('CSV header cells naming prototype keys set nothing on Object.prototype', async () => {
    const csv = ['address,__proto__.polluted,constructor.prototype.polluted,prototype,consent.__proto__.status', 'a@x.example,yes,yes,yes,confirmed', 'b@x.example,1,1,1,1'].join('\n');
    // Columns that are no Recipient field are bad input, named one by one; ignored, they set nothing.
    const refused = await readAll(file('r.csv', csv)).catch((e: unknown) => e);
    expect((refused as InputError).issues.map((i) => i.message)).toEqual([
      expect.stringContaining('"__proto__.polluted"'), expect.stringContaining('"constructor.prototype.polluted"'),
      expect.stringContaining('"prototype"'), expect.stringContaining('"consent.__proto__.status"'),
    ]);
    const rows = await readAll(file('r.csv', csv), ['__proto__.polluted', 'constructor.prototype.polluted', 'prototype', 'consent.__proto__.status']);
    expect(rows).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const report = await createPolicy({ now: '2026-11-28T10:00:00Z' }).check({ message, recipients: rows as Iterable<RecipientInput> });
    expect(report.recipients.map((r) => r.address)).toEqual(['a@x.example', 'b@x.example']);
  });

  it('JSONL records with __proto__ keys inherit nothing and pollute nothing', async () => {
    const jsonl = ['{"address":"a@x.example","__proto__":{"polluted":true,"source":"purchased"}}', '{"address":"b@x.example","consent":{"__proto__":{"status":"confirmed"},"status":"none"}}', 'not json', '{"__proto__":null}', '[1,2]'].join('\n');
    let rows: unknown[] = [];
    try {
      rows = await readAll(file('r.jsonl', jsonl));
    } catch (e) {
      expect((e as Error).name).toBe('InputError'); // a broken line may be refused as a whole, by name
      return;
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const report = await createPolicy({ now: '2026-11-28T10:00:00Z' }).check({ message, recipients: rows as Iterable<RecipientInput> });
    expect(report.recipients).toHaveLength(rows.length);
    expect(report.violations.map((v) => v.ruleId)).not.toContain('mes/purchased-list');
  });

  it('a CSV with a 1 MB cell and 10,000 garbage rows gives one verdict a row', async () => {
    const lines = ['address,hardBounces,consent.status', `${'a'.repeat(1_000_000)}@x.example,1,confirmed`];
    for (let i = 0; i < 10_000; i++) lines.push(`r${i}@x.example,${i % 3 === 0 ? 'many' : i},${i % 5 === 0 ? '\u0000' : 'confirmed'}`);
    const rows = await readAll(file('big.csv', lines.join('\n')));
    expect(rows).toHaveLength(10_001);
    const report = await createPolicy({ now: '2026-11-28T10:00:00Z' }).check({ message, recipients: rows as Iterable<RecipientInput> });
    expect(report.recipients).toHaveLength(10_001);
    expect(report.recipients.filter((r) => r.verdict === 'invalid').length).toBeGreaterThan(3_000);
  }, 300_000);
});
