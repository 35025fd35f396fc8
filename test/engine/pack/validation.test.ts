import { describe, expect, it } from 'vitest';
import { createPolicy, definePack, PackError, type PackIssue } from '../../../src/index.js';
import { goodRule, packOf } from '../../helpers/rules.js';

const issuesOf = (f: () => unknown): PackIssue[] => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return [...(e as PackError).issues];
  }
  throw new Error('expected a PackError');
};

const codes = (issues: PackIssue[]) => issues.map((i) => `${i.code} ${i.pointer}`);

describe('pack validation at load time', () => {
  it('accepts a valid pack', () => {
    expect(definePack(packOf([goodRule()])).rules).toHaveLength(1);
  });

  it('refuses a compliant example that lists violations (they belong to violating cases)', () => {
    const rule = goodRule();
    const examples = { ...rule.examples, compliant: [{ name: 'confused', violations: [{}] }] };
    try {
      definePack(packOf([{ ...rule, examples }]));
      expect.unreachable('definePack accepted the rule');
    } catch (e) {
      expect(e).toBeInstanceOf(PackError);
      expect(codes([...(e as PackError).issues])).toEqual(['invalid-shape /rules/0/examples/compliant']);
    }
  });

  it('fills a rule\'s docs url from the pack\'s docsUrl, keeps a rule\'s own, and rejects bad ones by pointer', () => {
    const pack = definePack(packOf([goodRule({ id: 'test/a' }), goodRule({ id: 'test/b', url: 'https://own.example/b' })], { docsUrl: 'https://docs.example/{id}.md' }));
    expect(pack.rules.map((r) => r.url)).toEqual(['https://docs.example/test/a.md', 'https://own.example/b']);
    expect(definePack(packOf([goodRule()])).rules[0]!.url).toBeUndefined();
    const bad = issuesOf(() => definePack(packOf([goodRule({ url: 'javascript:alert(1)' })], { docsUrl: 'https://docs.example/rules' })));
    expect(codes(bad)).toEqual(['invalid-shape /docsUrl', 'invalid-shape /rules/0/url']);
  });

  it('reports every problem of a pack at once, each with its code and JSON pointer', () => {
    const pack = packOf([
      goodRule({ id: 'test/a', clause: 'Z9' }),
      goodRule({
        id: 'test/b',
        conditions: {
          all: [
            { fact: 'unsubscribe', path: '$.inBody', operator: 'in', value: 'yes' },
            { condition: 'nowhere' },
          ],
        },
      }),
      goodRule({ id: 'test/c', messages: { de: 'Fehlt: {imprint.present}', en: 'Missing {unsubscribe.inBody}' } }),
      goodRule({ id: 'test/a' }),
      goodRule({ id: 'test/d', severity: 'fatal' as never, sanction: 'jail' as never }),
    ]);
    expect(codes(issuesOf(() => definePack(pack)))).toEqual([
      'invalid-severity /rules/4/severity',
      'invalid-sanction /rules/4/sanction',
      'duplicate-rule-id /rules/3/id',
      'unknown-clause /rules/0/clause',
      'in-needs-array /rules/1/conditions/all/0/value',
      'unresolved-condition /rules/1/conditions/all/1/condition',
      'template-missing-evidence /rules/2/messages/de',
    ]);
  });

  it('names the pack in every issue and in the error message', () => {
    const e = (() => { try { definePack(packOf([goodRule({ clause: 'Z9' })], { name: 'acme' })); } catch (x) { return x as PackError; } })()!;
    expect(e.issues[0]!.pack).toBe('acme');
    expect(e.message).toContain('acme /rules/0/clause [unknown-clause]');
  });

  it('reports unknown facts, operators and facts out of scope when a policy uses the pack', () => {
    const pack = packOf([
      goodRule({
        conditions: {
          all: [
            { fact: 'unsubscrbe', path: '$.inBody', operator: 'equal', value: false },
            { fact: 'unsubscribe', path: '$.inBody', operator: 'equals', value: false },
            { fact: 'consent', path: '$.status', operator: 'equal', value: 'none' },
          ],
        },
        messages: { de: 'x', en: 'x' },
      }),
    ]);
    expect(codes(issuesOf(() => createPolicy({ packs: [pack] })))).toEqual([
      'unknown-fact /rules/0/conditions/all/0/fact',
      'unknown-operator /rules/0/conditions/all/1/operator',
      'fact-out-of-scope /rules/0/conditions/all/2/fact',
    ]);
  });

  it('accepts decorated operators and a fact reference as the value of "in"', () => {
    const pack = definePack(packOf([goodRule({
      conditions: { all: [
        { fact: 'unsubscribe', path: '$.inBody', operator: 'not:in', value: [true] },
        { fact: 'purpose', path: '$.value', operator: 'in', value: { fact: 'unsubscribe', path: '$.headerUris' } },
      ] },
      messages: { de: 'x', en: 'x' },
    })]));
    expect(() => createPolicy({ packs: [pack] })).not.toThrow();
  });

  it('reports a named condition that refers back to itself instead of looping', () => {
    const pack = packOf([goodRule({ conditions: { condition: 'a' }, messages: { de: 'x', en: 'x' } })], {
      conditions: { a: { all: [{ condition: 'b' }] }, b: { any: [{ condition: 'a' }] } },
    });
    expect(codes(issuesOf(() => definePack(pack)))).toEqual(['condition-cycle /conditions/a', 'condition-cycle /conditions/b']);
  });

  it('checks option defaults against their declared type and bounds, and option references', () => {
    const pack = packOf([goodRule({
      options: {
        months: { type: 'integer', default: 6.5, description: 'd', source: 's' },
        share: { default: 2, maximum: 1, description: 'd', source: 's' },
      },
      conditions: { all: [{ fact: 'unsubscribe', path: '$.inBody', operator: 'equal', value: { fact: 'options', path: '$.mnths' } }] },
      messages: { de: 'x', en: 'x' },
    })]);
    expect(codes(issuesOf(() => definePack(pack)))).toEqual([
      'invalid-option /rules/0/options/months/default',
      'invalid-option /rules/0/options/share/default',
      'unknown-option /rules/0/conditions/all/0/value/path',
    ]);
  });

  describe('forbidden keys', () => {
    it.each([
      ['a rule id', { id: 'test/constructor' }, '/rules/0/id'],
      ['a fact name', { conditions: { all: [{ fact: '__proto__', operator: 'equal', value: 1 }] }, messages: { de: 'x', en: 'x' } }, '/rules/0/conditions/all/0/fact'],
      ['a path', { conditions: { all: [{ fact: 'unsubscribe', path: '$.constructor.name', operator: 'equal', value: 1 }] }, messages: { de: 'x', en: 'x' } }, '/rules/0/conditions/all/0/path'],
      ['a bracket path', { conditions: { all: [{ fact: 'unsubscribe', path: "$['prototype']", operator: 'equal', value: 1 }] }, messages: { de: 'x', en: 'x' } }, '/rules/0/conditions/all/0/path'],
      ['a referenced fact path', { conditions: { all: [{ fact: 'unsubscribe', operator: 'equal', value: { fact: 'options', path: '$.__proto__' } }] }, messages: { de: 'x', en: 'x' } }, '/rules/0/conditions/all/0/value/path'],
      ['an evidence key', { evidence: ['recipient.constructor'] }, '/rules/0/evidence/0'],
    ])('rejects %s', (_what, over, pointer) => {
      const issues = issuesOf(() => definePack(packOf([goodRule(over as never)])));
      expect(issues).toContainEqual(expect.objectContaining({ code: 'forbidden-key', pointer }));
    });

    it('rejects an option named __proto__ from a JSON file and still reports the other problems', () => {
      const rule = JSON.parse(JSON.stringify(goodRule({ clause: 'Q1' })).replace('"id":', '"options":{"__proto__":{"default":1,"description":"d","source":"s"}},"id":'));
      expect(codes(issuesOf(() => definePack(packOf([rule]))))).toEqual(['forbidden-key /rules/0/options/__proto__', 'unknown-clause /rules/0/clause']);
      expect(({} as Record<string, unknown>).default).toBeUndefined();
    });

    it('rejects a condition name "constructor"', () => {
      const pack = packOf([goodRule()], { conditions: JSON.parse('{"constructor":{"all":[]}}') });
      expect(codes(issuesOf(() => definePack(pack)))).toEqual(['forbidden-key /conditions/constructor']);
    });

    it('rejects forbidden custom fact, operator and option-override names', () => {
      const facts = JSON.parse('{"__proto__": 1}');
      const issues = issuesOf(() =>
        createPolicy({ facts: { ...facts, constructor: () => 1 }, operators: { prototype: () => true }, rules: { 'mes/no-unsubscribe-link': { options: JSON.parse('{"__proto__": 1}') } } }),
      );
      expect(codes(issues)).toEqual(['forbidden-key /facts/__proto__', 'forbidden-key /facts/constructor', 'forbidden-key /operators/prototype']);
    });
  });
});

describe('message placeholders and short-circuit evaluation', () => {
  const anyRule = (over: Record<string, unknown> = {}) => goodRule({
    conditions: { any: [
      { fact: 'unsubscribe', path: '$.inBody', operator: 'equal', value: false },
      { fact: 'imprint', path: '$.present', operator: 'equal', value: false },
    ] },
    messages: { de: 'Impressum: {imprint.present}', en: 'Imprint: {imprint.present}' },
    ...over,
  });
  it('reports a placeholder only a later `any` branch reads: it may stay unfilled', () => {
    expect(codes(issuesOf(() => definePack(packOf([anyRule()]))))).toEqual([
      'template-missing-evidence /rules/0/messages/de',
      'template-missing-evidence /rules/0/messages/en',
    ]);
  });
  it('accepts it once the key is listed in the rule\'s evidence', () => {
    expect(() => definePack(packOf([anyRule({ evidence: ['imprint.present'] })]))).not.toThrow();
  });
});

describe('clauses are pack data', () => {
  const rfc = { id: 'RFC8058-3.1', heading: { en: 'One-click unsubscription' }, source: 'https://www.rfc-editor.org/rfc/rfc8058#section-3.1' };
  it('accepts a clause id of the pack\'s own, in any form, and carries its heading into the compiled rule', () => {
    const pack = definePack(packOf([goodRule({ clause: 'RFC8058-3.1' })], { clauses: [rfc] }));
    expect(pack.clauses.map((c) => c.id)).toEqual(['RFC8058-3.1']);
  });
  it('lets a rule name a clause of an extended pack, and refuses to declare it again', () => {
    const base = definePack(packOf([], { name: 'base', clauses: [rfc] }));
    const kid = definePack(packOf([goodRule({ id: 'kid/a', clause: 'RFC8058-3.1' })], { name: 'kid', extends: base }));
    expect(kid.clauses.map((c) => c.id)).toEqual(['RFC8058-3.1']);
    expect(codes(issuesOf(() => definePack(packOf([], { name: 'kid', extends: base, clauses: [rfc] }))))).toEqual(['duplicate-clause /clauses/0/id']);
  });
  it('reports a clause declared twice, and an unknown clause with the closest known id', () => {
    const issues = issuesOf(() => definePack(packOf([goodRule({ clause: 'RFC8058-31' })], { clauses: [rfc, rfc] })));
    expect(codes(issues)).toEqual(['duplicate-clause /clauses/1/id', 'unknown-clause /rules/0/clause']);
    expect(issues[1]!.message).toContain('did you mean "RFC8058-3.1"');
  });
  it('says so when a pack declares no clauses at all', () => {
    const issues = issuesOf(() => definePack(packOf([goodRule()], { clauses: [] })));
    expect(issues.map((i) => i.message).join('\n')).toContain('the pack declares no clauses');
  });
});
