// Issue 15, item 5: untrusted packs. Every operator declares the rule value it takes and a
// literal of another type is a PackError at load time; a fact reference of the wrong type makes
// the condition false at check time instead of throwing; loadPack reads nothing outside the
// pack's folder unless told to, never quotes a file, and reports "__proto__" in pack.json.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicy, definePack, PackError, type PackIssue } from '../../src/index.js';
import { loadPack } from '../../src/node/index.js';
import { goodRule, packOf } from '../helpers/rules.js';

const message = { from: '"Shop" <news@shop.example>', subject: 'Hallo', purpose: 'newsletter' as const, html: '<p>Hallo</p>' };
const leafRule = (operator: string, value: unknown, fact = 'unsubscribe', path: string | undefined = '$.inBody') =>
  goodRule({ id: 'test/op', conditions: { all: [{ fact, ...(path ? { path } : {}), operator, value }] } as never, messages: { de: 'x', en: 'x' } });

const packProblems = (f: () => unknown): PackIssue[] => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    return [...e.issues];
  }
  return [];
};

describe('operators declare the values they take', () => {
  it.each([
    ['everyValue:equal', 5],
    ['someValue:equal', 'not an array'],
    ['someValue:in', [1, 2]],
    ['in', 'abc'],
    ['not:notIn', 7],
    ['someFact:in', { a: 1 }],
    ['swap:contains', 'x'],
    ['swap:greaterThan', 'abc'],
  ])('%s with %j is a PackError at /value', (operator, value) => {
    const issues = packProblems(() => definePack(packOf([leafRule(operator, value)])));
    expect(issues.map((i) => i.pointer)).toEqual(['/rules/0/conditions/all/0/value']);
    expect(['invalid-value', 'in-needs-array']).toContain(issues[0]!.code);
  });

  it.each([
    ['swap:in', [true, false]],
    ['everyValue:equal', [false]],
    ['someValue:in', [[false], [true]]],
    ['in', [false]],
    ['greaterThan', 'a string compares as text'],
    ['swap:contains', [false]],
  ])('%s with %j loads', (operator, value) => {
    expect(packProblems(() => definePack(packOf([leafRule(operator, value)])))).toEqual([]);
  });

  it('a fact reference of the wrong type makes in / someValue / swap:in false at check time, never a TypeError', async () => {
    for (const operator of ['in', 'notIn', 'someValue:equal', 'everyValue:equal', 'swap:in', 'swap:notIn']) {
      // subject is a string, htmlBytes a number: neither has the shape these operators read.
      const value = operator.startsWith('swap') ? false : { fact: 'htmlBytes' };
      const fact = operator.startsWith('swap') ? 'htmlBytes' : 'unsubscribe';
      const pack = definePack(packOf([leafRule(operator, value, fact, operator.startsWith('swap') ? '' : '$.inBody')]));
      const policy = createPolicy({ packs: [pack] });
      const report = await policy.check({ message });
      expect(report.violations.map((v) => v.ruleId), operator).toEqual([]);
    }
    // swap:in with 5 reads the fact's indexOf: a fact that is no list makes it false.
    const swapped = createPolicy({ packs: [definePack(packOf([leafRule('swap:in', 5)]))] });
    expect((await swapped.check({ message })).violations).toEqual([]);
  });
});

const folder = (files: Record<string, unknown>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-untrusted-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
};
const manifest = (rules: string[], over: Record<string, unknown> = {}) => JSON.stringify({ name: 'acme', version: '1.0.0', announcedAt: '2026-01-01', rules, ...over });

const loadIssues = async (dir: string, options = {}): Promise<PackIssue[]> => {
  try {
    await loadPack(dir, options);
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    return [...e.issues];
  }
  return [];
};

describe('loadPack stays in the pack folder', () => {
  const SECRET = '{"apiKey": "hunter2-SECRET", "password": "x"}';

  it('does not read a rule file outside the pack, and its message quotes nothing of it', async () => {
    const dir = folder({ 'outside/secret.json': SECRET, 'pack/pack.json': manifest(['../outside/secret']) });
    const issues = await loadIssues(join(dir, 'pack'));
    expect(issues.map((i) => `${i.code} ${i.pointer}`)).toEqual(['outside-pack /rules/0']);
    const text = JSON.stringify(issues);
    for (const word of ['apiKey', 'hunter2', 'password']) expect(text).not.toContain(word);
  });

  it('does not follow extends out of the pack folder, nor a symbolic link out of it', async () => {
    const dir = folder({ 'outside/pack.json': manifest([], { name: 'other' }), 'pack/pack.json': manifest([], { extends: ['../outside'] }), 'secret.json': SECRET });
    expect((await loadIssues(join(dir, 'pack'))).map((i) => `${i.code} ${i.pointer}`)).toEqual(['outside-pack /extends/0']);
    symlinkSync(join(dir, 'secret.json'), join(dir, 'pack', 'link.json'));
    writeFileSync(join(dir, 'pack', 'pack.json'), manifest(['link']));
    expect((await loadIssues(join(dir, 'pack'))).map((i) => `${i.code} ${i.pointer}`)).toEqual(['outside-pack /rules/0']);
  });

  it('reads outside with an explicit root or allowOutside, and still quotes no content of a bad file', async () => {
    const dir = folder({ 'base/pack.json': manifest([], { name: 'base' }), 'pack/pack.json': manifest([], { extends: ['../base'] }) });
    await expect(loadPack(join(dir, 'pack'), { root: dir })).resolves.toMatchObject({ extends: ['base'] });
    await expect(loadPack(join(dir, 'pack'), { allowOutside: true })).resolves.toMatchObject({ extends: ['base'] });
    const bad = folder({ 'pack.json': manifest(['r']), 'r.json': `{"apiKey": "hunter2-SECRET" oops}` });
    const issues = await loadIssues(bad);
    expect(issues.map((i) => i.code)).toEqual(['invalid-json']);
    expect(issues[0]!.message).toMatch(/line 1, column/);
    expect(JSON.stringify(issues)).not.toContain('hunter2');
    expect(JSON.stringify(issues)).not.toContain('oops');
  });

  it('reports __proto__ in pack.json as forbidden-key', async () => {
    const dir = folder({ 'pack.json': `{"__proto__": {"polluted": true}, ${manifest([]).slice(1)}` });
    const issues = await loadIssues(dir);
    expect(issues.map((i) => `${i.code} ${i.pointer}`)).toEqual(['forbidden-key /__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses files past the size limit with too-large, and deep pack.json with too-deep', async () => {
    const big = folder({ 'pack.json': manifest(['r']), 'r.json': `{"x": "${'a'.repeat(5_000_001)}"}` });
    expect((await loadIssues(big)).map((i) => i.code)).toEqual(['too-large']);
    const deep = folder({ 'pack.json': `{"name": "d", "version": "1", "announcedAt": "2026-01-01", "rules": [], "conditions": {"c": ${'{"not":'.repeat(500)}1${'}'.repeat(500)}}}` });
    expect((await loadIssues(deep)).map((i) => i.code)).toEqual(['too-deep']);
  });

  it('definePack refuses a pack of more values than the limit with too-large', () => {
    const rule = goodRule({ id: 'test/big', evidence: Array.from({ length: 300_000 }, (_, i) => `k${i}`) });
    expect(packProblems(() => definePack(packOf([rule]))).map((i) => i.code)).toEqual(['too-large']);
  });

  it('a frozen hand-built pack is checked like any other', () => {
    const evil = Object.freeze({ name: 'evil', version: '1', announcedAt: '2026-01-01', rules: [leafRule('everyValue:equal', 5)] });
    expect(packProblems(() => createPolicy({ packs: [evil as never] })).map((i) => i.code)).toContain('invalid-value');
  });
});
