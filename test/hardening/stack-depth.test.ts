// Issue 15, item 3: inputs deep or long enough to overflow the stack are an InputError or a
// PackError, never a RangeError.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicy, definePack, fromEml, fromNodemailer, InputError, PackError, type Pack } from '../../src/index.js';
import { loadPack } from '../../src/node/index.js';
import { goodRule, packOf } from '../helpers/rules.js';

const leaf = { fact: 'unsubscribe', path: '$.inBody', operator: 'equal', value: false };

const packIssues = (f: () => unknown): { code: string; pointer: string }[] => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    return e.issues.map((i) => ({ code: i.code, pointer: i.pointer }));
  }
  throw new Error('expected a PackError');
};

describe('no stack overflow on deep or long input', () => {
  it('reads an .eml with 300,000 header lines of one name', async () => {
    const eml = `From: a@shop.example\r\nSubject: x\r\n${'X-A: 1\r\n'.repeat(300_000)}\r\nhi`;
    const message = await fromEml(eml);
    const policy = createPolicy({ now: '2026-11-28T10:00:00Z' });
    const report = await policy.check({ message });
    expect(report.verdict).toBeDefined();
  });

  it('rejects fromNodemailer headers wrapped in wrappers, deep or cyclic, as InputError', () => {
    let deep: unknown = { value: 'x' };
    for (let i = 0; i < 100_000; i++) deep = { value: deep };
    const cyclic: { value?: unknown } = {};
    cyclic.value = cyclic;
    for (const value of [deep, cyclic]) {
      expect(() => fromNodemailer({ from: 'a@shop.example', subject: 's', headers: { 'X-A': value as never } })).toThrow(InputError);
    }
    // nodemailer's own shape still reads.
    expect(fromNodemailer({ from: 'a@shop.example', subject: 's', headers: { 'X-A': { prepared: true, value: 'v' } } }).headers).toMatchObject({ 'x-a': ['v'] });
  });

  it('rejects definePack conditions nested 2,000 deep with too-deep at a pointer', () => {
    let c: unknown = leaf;
    for (let i = 0; i < 2000; i++) c = { all: [c] };
    const issues = packIssues(() => definePack(packOf([goodRule({ conditions: c as never })])));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('too-deep');
    expect(issues[0]!.pointer).toMatch(/^\/rules\/0\/conditions\/all\/0\/all\/0\//);
    let n: unknown = leaf;
    for (let i = 0; i < 20_000; i++) n = { not: n };
    expect(packIssues(() => definePack(packOf([goodRule({ conditions: { all: [n] } as never })])))[0]!.code).toBe('too-deep');
  });

  it('rejects a cyclic pack object as too-deep', () => {
    const c: Record<string, unknown> = { all: [] };
    (c.all as unknown[]).push(c);
    expect(packIssues(() => definePack(packOf([goodRule({ conditions: c as never })])))[0]!.code).toBe('too-deep');
  });

  it('rejects an extends chain 20,000 deep (definePack, configurations, loadPack) with too-deep', () => {
    let pack: Pack = definePack(packOf([goodRule({ id: 'p0/r' })], { name: 'p0' }));
    let issues: { code: string }[] = [];
    for (let i = 1; i < 20_000 && issues.length === 0; i++) {
      try {
        pack = definePack(packOf([goodRule({ id: `p${i}/r` })], { name: `p${i}`, extends: [pack] }));
      } catch (e) {
        if (!(e instanceof PackError)) throw e;
        issues = [...e.issues];
      }
    }
    expect(issues.map((i) => i.code)).toEqual(['too-deep']);

    let config: object = { rules: {} };
    for (let i = 0; i < 20_000; i++) config = { extends: [config] };
    expect(packIssues(() => createPolicy(config as never)).map((i) => i.code)).toEqual(['too-deep']);

    const root = mkdtempSync(join(tmpdir(), 'mailpolicy-chain-'));
    const depth = 2_000;
    for (let i = 0; i < depth; i++) {
      mkdirSync(join(root, `p${i}`));
      const ext = i + 1 < depth ? { extends: [`../p${i + 1}`] } : {};
      writeFileSync(join(root, `p${i}`, 'pack.json'), JSON.stringify({ name: `p${i}`, version: '1', announcedAt: '2026-01-01', rules: [], ...ext }));
    }
    return expect(loadPack(join(root, 'p0'), { root })).rejects.toMatchObject({ name: 'PackError', issues: [expect.objectContaining({ code: 'too-deep' })] });
  });
});
