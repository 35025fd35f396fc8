import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicy, managedEmailServer, PackError, type PackIssue } from '../../src/index.js';
import { loadPack } from '../../src/node/index.js';
import { goodRule, testClauses } from '../helpers/rules.js';

const folder = (files: Record<string, unknown>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-pack-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
};

// A pack that extends another inherits its clauses instead of declaring them again.
const manifest = (rules: string[], over: Record<string, unknown> = {}) => ({ $schema: '../../schema/pack.schema.json', name: 'acme', version: '1.0.0', announcedAt: '2026-01-01', ...('extends' in over ? {} : { clauses: testClauses }), rules, ...over });

const issuesOf = async (p: Promise<unknown>): Promise<PackIssue[]> => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return [...(e as PackError).issues];
  }
  throw new Error('expected a PackError');
};

describe('loadPack (mailpolicy/node)', () => {
  it('loads the built-in pack folder to the same rules as the bundled pack', async () => {
    const pack = await loadPack('rules/managed-email-server');
    expect(pack.name).toBe(managedEmailServer.name);
    expect(pack.rules).toEqual(managedEmailServer.rules);
  });

  it('loads a folder a policy can use', async () => {
    const dir = folder({ 'pack.json': manifest(['no-link']), 'no-link.json': goodRule({ id: 'acme/no-link' }) });
    const policy = createPolicy({ packs: [await loadPack(dir)] });
    const report = await policy.check({ message: { from: '"A" <a@shop.example>', subject: 'x', purpose: 'newsletter', html: '<p>x</p>' } });
    expect(report.violations.map((v) => v.ruleId)).toEqual(['acme/no-link']);
  });

  it('reports missing and unparsable files and bad rules together, each with its file and a pointer into it', async () => {
    const dir = folder({
      'pack.json': manifest(['gone', 'broken', 'bad', 'fine']),
      'broken.json': '{ "id": ',
      'bad.json': goodRule({ id: 'acme/bad', clause: 'Z1', severity: 'fatal' as never }),
      'fine.json': goodRule({ id: 'acme/fine' }),
    });
    const issues = await issuesOf(loadPack(dir));
    expect(issues.map((i) => `${i.code} ${i.file!.slice(dir.length + 1)} ${i.pointer}`)).toEqual([
      'missing-file pack.json /rules/0',
      'invalid-json broken.json ',
    ]);
    const second = folder({ 'pack.json': manifest(['bad', 'fine']), 'bad.json': goodRule({ id: 'acme/bad', clause: 'Z1', severity: 'fatal' as never, messages: { de: '{x}', en: 'y' } }), 'fine.json': goodRule({ id: 'acme/fine' }) });
    expect((await issuesOf(loadPack(second))).map((i) => `${i.code} ${i.file!.slice(second.length + 1)} ${i.pointer}`)).toEqual([
      'invalid-severity bad.json /severity',
      'unknown-clause bad.json /clause',
      'template-missing-evidence bad.json /messages/de',
    ]);
  });

  it('reports a bad pack.json against its schema', async () => {
    const dir = folder({ 'pack.json': { name: 'acme', rules: 'all' } });
    expect((await issuesOf(loadPack(dir))).map((i) => `${i.code} ${i.pointer}`)).toEqual(['invalid-shape /version', 'invalid-shape /announcedAt', 'invalid-shape /rules']);
  });

  it('follows extends to other pack folders and points policy-time problems into the rule file', async () => {
    const dir = folder({
      'base/pack.json': manifest(['a'], { name: 'base' }),
      'base/a.json': goodRule({ id: 'base/a', conditions: { all: [{ fact: 'sendDay', operator: 'equal', value: 'sunday' }] }, messages: { de: 'x', en: 'x' } }),
      'kid/pack.json': manifest(['b'], { name: 'kid', extends: ['../base'] }),
      'kid/b.json': goodRule({ id: 'kid/b' }),
    });
    const kid = await loadPack(join(dir, 'kid'), { root: dir });
    expect(kid.rules.map((r) => r.id)).toEqual(['base/a', 'kid/b']);
    expect(kid.extends).toEqual(['base']);
    try {
      createPolicy({ packs: [kid] });
      expect.unreachable();
    } catch (e) {
      const [issue] = (e as PackError).issues;
      expect(issue).toMatchObject({ code: 'unknown-fact', pack: 'base', pointer: '/conditions/all/0/fact', file: join(dir, 'kid', '../base', 'a.json') });
    }
    expect(() => createPolicy({ packs: [kid], facts: { sendDay: { scope: 'message', compute: () => 'monday' } } })).not.toThrow();
  });

  it('reports a missing extended pack at its extends entry', async () => {
    const dir = folder({ 'pack.json': manifest([], { extends: ['../nowhere'] }) });
    expect((await issuesOf(loadPack(dir, { root: join(dir, '..') }))).map((i) => `${i.code} ${i.pointer}`)).toEqual(['missing-file /extends/0']);
  });
});

describe('the bundled pack', () => {
  it('records the rule file of each rule, so policy-time problems point into it', async () => {
    const { ruleOrigin } = await import('../../src/engine/index.js');
    for (const rule of managedEmailServer.rules) {
      const origin = ruleOrigin(rule)!;
      expect(JSON.parse(readFileSync(origin.file!, 'utf8')).id).toBe(rule.id);
    }
  });
});
