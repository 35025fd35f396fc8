// Prototype pollution and path escapes: hostile rule packs and hostile mail name `__proto__`,
// `constructor` or `prototype`. Packs are rejected at load time (PackError, code forbidden-key,
// a pointer to the key); JSON rule files are parsed without reviving prototypes; headers so
// named stay plain data; JSONPath expressions of a pack can neither pollute nor crash a check.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeMessage, createPolicy, definePack, managedEmailServer, MessageSchema, PackError, type PackIssue } from '../../src/index.js';
import { loadPack } from '../../src/node/index.js';
import { goodRule, packOf } from '../helpers/rules.js';
import { fuzz } from './support/fuzz.js';

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = prototypeKeys();

afterAll(() => {
  // Whatever ran in this file, Object.prototype gained nothing.
  expect(prototypeKeys()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const issuesOf = async (f: () => unknown): Promise<PackIssue[]> => {
  try {
    await f();
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    return [...e.issues];
  }
  throw new Error('expected a PackError');
};

/** Pointers (`/a/0/b`) of every plain object inside a JSON value. */
const objectPointers = (v: unknown, at = ''): string[] => {
  if (v === null || typeof v !== 'object') return [];
  const here = Array.isArray(v) ? [] : [at];
  return [...here, ...Object.entries(v).flatMap(([k, x]) => objectPointers(x, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
};

const at = (v: unknown, pointer: string): Record<string, unknown> =>
  pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<any>((o, k) => o[k], v);

describe('hostile rule packs', () => {
  const rules = managedEmailServer.rules.map((r) => JSON.parse(JSON.stringify(r)));

  it('a forbidden key anywhere in any rule is rejected with forbidden-key and its pointer', async () => {
    await fuzz(
      'forbiddenKeyAnywhere',
      fc.property(fc.constantFrom(...rules.keys()), fc.nat(), fc.constantFrom(...FORBIDDEN), fc.jsonValue({ maxDepth: 1 }), (ri, pick, key, value) => {
        const rule = structuredClone(rules[ri]);
        const pointers = objectPointers(rule);
        const where = pointers[pick % pointers.length]!;
        // An own property, as JSON.parse creates it for "__proto__" (no prototype is set).
        Object.defineProperty(at(rule, where), key, { value, enumerable: true, writable: true, configurable: true });
        let issues: PackIssue[] = [];
        try {
          definePack(packOf([rule]));
        } catch (e) {
          if (!(e instanceof PackError)) throw e;
          issues = [...e.issues];
        }
        expect(issues).toContainEqual(expect.objectContaining({ code: 'forbidden-key', pointer: `/rules/0${where}/${key}` }));
      }),
    );
  });

  it.each(FORBIDDEN)('a fact or path naming %s is rejected, in dotted, bracket and JSONPath forms', async (key) => {
    const paths = [`$.${key}`, `$['${key}']`, `$["${key}"].x`, `$..${key}`, `$[?(@.${key})]`, `$.links[0].${key}`];
    for (const path of paths) {
      const rule = goodRule({ conditions: { all: [{ fact: 'unsubscribe', path, operator: 'equal', value: 1 }] }, messages: { de: 'x', en: 'x' } });
      expect(await issuesOf(() => definePack(packOf([rule])))).toContainEqual(expect.objectContaining({ code: 'forbidden-key', pointer: '/rules/0/conditions/all/0/path' }));
    }
    const byFact = goodRule({ conditions: { all: [{ fact: key, operator: 'equal', value: 1 }] }, messages: { de: 'x', en: 'x' } });
    expect(await issuesOf(() => definePack(packOf([byFact])))).toContainEqual(expect.objectContaining({ code: 'forbidden-key', pointer: '/rules/0/conditions/all/0/fact' }));
  });

  it('per-policy rule settings naming __proto__ are rejected, not merged into an object', async () => {
    const issues = await issuesOf(() => createPolicy({ rules: JSON.parse('{"__proto__": {"severity": "advisory"}}') }));
    expect(issues).toContainEqual(expect.objectContaining({ pointer: '/rules/__proto__' }));
  });

  it('loadPack reads JSON rule files without reviving prototypes and reports the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-hostile-'));
    const rule = JSON.stringify(goodRule({ id: 'evil/rule' }));
    writeFileSync(join(dir, 'pack.json'), JSON.stringify({ name: 'evil', version: '1.0.0', announcedAt: '2026-01-01', rules: ['top', 'nested'] }));
    writeFileSync(join(dir, 'top.json'), `{"__proto__": {"polluted": true}, ${rule.slice(1)}`);
    writeFileSync(join(dir, 'nested.json'), rule.replace('"id":"evil/rule"', '"id":"evil/nested"').replace('"conditions":{', '"conditions":{"constructor":{"prototype":{"polluted":true}},'));
    const issues = await issuesOf(() => loadPack(dir));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'forbidden-key', pointer: '/__proto__', file: join(dir, 'top.json') }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'forbidden-key', pointer: '/conditions/constructor', file: join(dir, 'nested.json') }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a JSONPath expression that throws on a fact value finds nothing instead of crashing the check', async () => {
    const message = { from: '"Shop GmbH" <news@shop.example>', subject: 'x', html: '<a href="https://shop.example/u">Abmelden</a>' };
    for (const path of ['$.links[?(@.a.b.c)]', '$[(@.length-1)]', '$[?(@path.x())]', '$[?(Function("return 1")())]']) {
      const rule = goodRule({ messages: { de: 'x', en: 'x' }, conditions: { all: [{ fact: 'unsubscribe', path, operator: 'equal', value: 1 }] } });
      const policy = createPolicy({ packs: [definePack(packOf([rule]))] });
      const report = await policy.check({ message });
      expect(report.violations).toEqual([]);
    }
  });

  it('a JSONPath script cannot assign or reach globals', async () => {
    const message = { from: '"Shop GmbH" <news@shop.example>', subject: 'x' };
    for (const path of ['$[?(globalThis.polluted = 1)]', '$[?(this.polluted = 1)]', "$[?(@.inBody = 'x')]"]) {
      const rule = goodRule({ messages: { de: 'x', en: 'x' }, conditions: { all: [{ fact: 'unsubscribe', path, operator: 'equal', value: 1 }] } });
      await createPolicy({ packs: [definePack(packOf([rule]))] }).check({ message });
    }
    expect((globalThis as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile mail naming prototype keys', () => {
  it('headers named __proto__, constructor and prototype stay plain data in a null-prototype record', () => {
    const headers = JSON.parse('{"__proto__": "<https://evil.example/u>", "constructor": ["a", "b"], "Prototype": "p", "List-Unsubscribe": "<https://shop.example/u>"}');
    const message = MessageSchema.parse({ from: 'a@shop.example', subject: 'x', headers });
    expect(Object.getPrototypeOf(message.headers)).toBeNull();
    expect(message.headers!['__proto__']).toEqual(['<https://evil.example/u>']);
    expect(message.headers!['constructor']).toEqual(['a', 'b']);
    expect(message.headers!['prototype']).toEqual(['p']);
    const facts = analyzeMessage({ from: 'a@shop.example', subject: 'x', headers });
    expect(facts.unsubscribe.headerUris).toEqual(['https://shop.example/u']);
    expect(({} as Record<string, unknown>)['0']).toBeUndefined();
  });

  it('a bad header value is an InputError naming the header, __proto__ included', () => {
    const headers = JSON.parse('{"__proto__": 42, "X-Ok": "fine", "X-Bad": [1]}');
    const r = MessageSchema.safeParse({ from: 'a@shop.example', subject: 'x', headers });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['headers.__proto__', 'headers.X-Bad']);
  });

  it('a message without headers does not read Object.prototype members as headers', () => {
    const facts = analyzeMessage({ from: 'a@shop.example', subject: 'x', headers: {} });
    expect(facts.unsubscribe.inHeader).toBe(false);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(MessageSchema.parse({ from: 'a@shop.example', subject: 'x', headers: {} }).headers![name]).toBeUndefined();
    }
  });

  it('message, recipient and history records carrying __proto__ keys pollute nothing and check normally', async () => {
    const message = JSON.parse('{"from": "a@shop.example", "subject": "x", "__proto__": {"polluted": true, "purpose": "transactional"}}');
    const recipient = JSON.parse('{"address": "r@x.example", "__proto__": {"polluted": true, "source": "purchased"}, "consent": {"__proto__": {"status": "confirmed"}, "status": "none"}}');
    const history = JSON.parse('{"__proto__": {"polluted": true}, "window": {"days": 1, "sent": 1, "__proto__": {"complaints": 1000}}}');
    const report = await createPolicy({ now: '2026-11-28T10:00:00Z' }).check({ message, history, recipients: [recipient] });
    expect(report.purpose).toBe('newsletter'); // the __proto__ purpose was not inherited
    // An own "__proto__" key is an unknown field like any other: the record is invalid, by name.
    expect(report.recipients[0]).toMatchObject({ verdict: 'invalid', issues: [{ path: 'recipients[0].consent.__proto__' }, { path: 'recipients[0].__proto__' }] });
    expect(report.violations.map((v) => v.ruleId)).not.toContain('mes/purchased-list');
    const stripped = await createPolicy({ now: '2026-11-28T10:00:00Z', recipientFields: 'strip' }).check({ message, history, recipients: [recipient] });
    expect(stripped.recipients[0]!.verdict).not.toBe('invalid');
    expect(stripped.violations.map((v) => v.ruleId)).not.toContain('mes/purchased-list');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
