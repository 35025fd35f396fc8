// Errors a pack author can act on (issue 17 item 5): condition paths checked against the schema
// of their fact's value, and every unknown name answered with the closest known one.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { createPolicy, definePack, PackError, type PackIssue, type PackInput } from '../../../src/index.js';

const clauses = [{ id: 'X1', heading: { en: 'Test clause' } }];
const rule = (over: Record<string, unknown> = {}) => ({
  id: 'x/rule',
  clause: 'X1',
  scope: 'message',
  severity: 'advisory',
  description: { de: 'd', en: 'd' },
  fix: { de: 'f', en: 'f' },
  messages: { de: 'm', en: 'm' },
  conditions: { all: [{ fact: 'unsubscribe', path: '$.inBody', operator: 'equal', value: false }] },
  examples: { violating: [{ name: 'v' }], compliant: [{ name: 'c' }] },
  ...over,
});
const pack = (rules: unknown[], extra: Record<string, unknown> = {}) => ({ name: 'p', version: '1.0.0', announcedAt: '2026-01-01', clauses, rules, ...extra }) as PackInput;

const issuesOf = (f: () => unknown): PackIssue[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof PackError) return [...e.issues];
    throw e;
  }
  return [];
};
const leaf = (l: Record<string, unknown>) => rule({ scope: 'recipient', conditions: { all: [l] } });

describe('condition paths', () => {
  it('a path its fact does not have is unknown-path, with the path meant', () => {
    const issues = issuesOf(() => definePack(pack([leaf({ fact: 'unsubscribe', path: '$.inBdy', operator: 'equal', value: false })])));
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown-path', pointer: '/rules/0/conditions/all/0/path' })]);
    expect(issues[0]!.message).toContain('did you mean "$.inBody"?');
  });

  it('a path without "$." is unknown-path too, naming the path meant', () => {
    const [issue] = issuesOf(() => definePack(pack([leaf({ fact: 'unsubscribe', path: 'inBody', operator: 'equal', value: false })])));
    expect(issue).toMatchObject({ code: 'unknown-path', pointer: '/rules/0/conditions/all/0/path' });
    expect(issue!.message).toContain('did you mean "$.inBody"?');
  });

  it('walks nested objects, arrays (index, length), nullable values and the input records', () => {
    for (const [fact, path] of [
      ['sender', '$.replyTo.domain'],
      ['body', '$.anchors[0].href'],
      ['body', '$.anchors.length'],
      ['recipient', '$.consent.status'],
      ['message', '$.subject'],
      ['history', '$.window.sent'],
      ['unsubscribe', '$..href'], // JSONPath expressions are taken as written
    ]) {
      expect(issuesOf(() => definePack(pack([leaf({ fact, path, operator: 'equal', value: 'x' })]))), `${fact} ${path}`).toEqual([]);
    }
    const [deep] = issuesOf(() => definePack(pack([leaf({ fact: 'sender', path: '$.replyTo.domian', operator: 'equal', value: 'x' })])));
    expect(deep!.message).toContain('did you mean "$.replyTo.domain"?');
    const [scalar] = issuesOf(() => definePack(pack([leaf({ fact: 'sizeBytes', path: '$.value', operator: 'equal', value: 1 })])));
    expect(scalar).toMatchObject({ code: 'unknown-path' });
    expect(scalar!.message).toContain('is a number');
  });

  it('checks paths into a fact reference and into a custom fact that declares its schema', () => {
    const facts = { privacy: { scope: 'message' as const, compute: () => ({ links: 1 }), schema: z.object({ links: z.number() }) } };
    const issues = issuesOf(() =>
      definePack(pack([rule({ conditions: { all: [{ fact: 'privacy', path: '$.link', operator: 'equal', value: { fact: 'unsubscribe', path: '$.linkz' } }] } })], { facts })),
    );
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([
      ['unknown-path', '/rules/0/conditions/all/0/path'],
      ['unknown-path', '/rules/0/conditions/all/0/value/path'],
    ]);
    expect(issues[0]!.message).toContain('"$.links"');
    expect(issues[1]!.message).toContain('"$.links"');
    // A custom fact without a schema takes any path.
    expect(issuesOf(() => definePack(pack([leaf({ fact: 'loose', path: '$.anything', operator: 'equal', value: 1 })], { facts: { loose: () => ({}) } })))).toEqual([]);
  });

  it('a schema that is no zod schema is invalid-fact', () => {
    const issues = issuesOf(() => definePack(pack([rule()], { facts: { f: { compute: () => 1, schema: { type: 'number' } } } })));
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-fact', pointer: '/facts/f' })]);
  });
});

describe('did you mean', () => {
  it('unknown fact and operator name the closest known ones (createPolicy, or definePack with complete)', () => {
    const p = definePack(pack([leaf({ fact: 'consnt', path: '$.confirmed', operator: 'everyFact:equl', value: true })]));
    const issues = issuesOf(() => createPolicy({ packs: [p] }));
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['unknown-fact', 'unknown fact "consnt" (did you mean "consent"?)'],
      ['unknown-operator', 'unknown operator "everyFact:equl" (did you mean "everyFact:equal"?)'],
    ]);
    const complete = issuesOf(() => definePack(pack([leaf({ fact: 'consnt', operator: 'smeFact:equal', value: true })]), { complete: true }));
    expect(complete.map((i) => i.code)).toEqual(['unknown-fact', 'unknown-operator']);
    expect(complete[1]!.message).toContain('(did you mean "someFact"?)');
  });

  it('unknown option and placeholder name the closest known ones', () => {
    const options = { maxMonths: { default: 6, description: 'd', source: 's' } };
    const [option] = issuesOf(() => definePack(pack([rule({ options, conditions: { all: [{ fact: 'sizeBytes', operator: 'greaterThan', value: { fact: 'options', path: '$.maxMonth' } }] } })])));
    expect(option).toMatchObject({ code: 'unknown-option', message: 'rule has no option "maxMonth" (did you mean "maxMonths"?); its options: maxMonths' });
    const [placeholder] = issuesOf(() => definePack(pack([rule({ messages: { de: '{unsubscribe.inBdy}', en: 'x' } })])));
    expect(placeholder).toMatchObject({ code: 'template-missing-evidence', message: 'placeholder {unsubscribe.inBdy} names no evidence key of this rule (did you mean "unsubscribe.inBody"?)' });
  });

  it('a fact-name typo is reported as the unknown fact, not as the placeholders it leaves unfilled', () => {
    const facts = { privacyLinks: { scope: 'message' as const, compute: () => ({ count: 1 }) } };
    const typo = rule({ conditions: { all: [{ fact: 'privacyLinkz', path: '$.count', operator: 'equal', value: 0 }] }, messages: { de: '{privacyLinks.count} Links', en: '{privacyLinks.count} links' } });
    const issues = issuesOf(() => definePack(pack([typo], { facts })));
    expect(issues).toEqual([{ code: 'unknown-fact', pointer: '/rules/0/conditions/all/0/fact', message: 'unknown fact "privacyLinkz" (did you mean "privacyLinks"?)', pack: 'p' }]);
  });
});
