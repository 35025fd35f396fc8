import { describe, expect, it } from 'vitest';
import { createPolicy, definePack, managedEmailServer, PackError, type PackIssue, type PolicyConfig } from '../../src/index.js';
import { goodRule, packOf } from '../helpers/rules.js';

const noLink = { from: '"Shop GmbH" <news@shop.example>', subject: 'Neu', purpose: 'newsletter', html: '<p>Hallo</p>' } as const;

// A pack of two rules: a recommended one with a threshold option and one outside the recommended set.
const pack = definePack(packOf([
  goodRule({
    id: 'acme/big-html',
    clause: 'U8',
    severity: 'advisory',
    sanction: 'notice',
    options: { maxBytes: { type: 'integer', default: 1000, minimum: 1, description: 'largest HTML body', source: 'Gmail clips at about 102 KB' } },
    conditions: { all: [{ fact: 'htmlBytes', operator: 'greaterThan', value: { fact: 'options', path: '$.maxBytes' } }] },
    messages: { de: 'HTML hat {htmlBytes} Bytes (max. {options.maxBytes}).', en: 'HTML has {htmlBytes} bytes (max {options.maxBytes}).' },
  }),
  goodRule({ id: 'acme/no-unsubscribe', recommended: false }),
], { name: 'acme' }));

const ids = async (config: PolicyConfig, html = '<p>Hallo</p>') => {
  const report = await createPolicy({ ...config, now: '2026-11-28T00:00:00Z' }).check({ message: { ...noLink, html } });
  return report.violations.map((v) => `${v.ruleId}:${v.severity}:${v.sanction}`);
};

const issuesOf = (config: PolicyConfig): string[] => {
  try {
    createPolicy(config);
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).issues.map((i: PackIssue) => `${i.code} ${i.pointer}`);
  }
  throw new Error('expected a PackError');
};

describe('createPolicy configuration', () => {
  it('takes a pack\'s recommended rules by default and all of them with use: "all"', async () => {
    expect(await ids({ packs: [pack] }, 'x'.repeat(2000))).toEqual(['acme/big-html:advisory:notice']);
    expect(await ids({ packs: [{ pack, use: 'all' }] }, 'x'.repeat(2000))).toEqual(['acme/big-html:advisory:notice', 'acme/no-unsubscribe:undesired:rate-limit']);
  });

  it('uses the built-in pack when no pack is named', () => {
    expect(createPolicy().describe().packs.map((p) => p.name)).toEqual([managedEmailServer.name]);
  });

  describe('rule overrides', () => {
    it("turns a rule off with 'off' or { severity: 'off' }", async () => {
      expect(await ids({ packs: [pack], rules: { 'acme/big-html': 'off' } }, 'x'.repeat(2000))).toEqual([]);
      expect(await ids({ packs: [pack], rules: { 'acme/big-html': { severity: 'off' } } }, 'x'.repeat(2000))).toEqual([]);
    });
    it('changes the severity with a severity string', async () => {
      expect(await ids({ packs: [pack], rules: { 'acme/big-html': 'prohibited' } }, 'x'.repeat(2000))).toEqual(['acme/big-html:prohibited:notice']);
    });
    it('changes severity, sanction and options with an object', async () => {
      const config = { packs: [pack], rules: { 'acme/big-html': { severity: 'undesired', sanction: 'rate-limit', options: { maxBytes: 5000 } } } } as const;
      expect(await ids(config, 'x'.repeat(2000))).toEqual([]);
      expect(await ids(config, 'x'.repeat(6000))).toEqual(['acme/big-html:undesired:rate-limit']);
    });
    it('enables a rule outside the recommended set when it is configured', async () => {
      expect(await ids({ packs: [pack], rules: { 'acme/no-unsubscribe': 'undesired' } })).toEqual(['acme/no-unsubscribe:undesired:rate-limit']);
    });
    it('reports the option values a rule used in its evidence and message', async () => {
      const report = await createPolicy({ packs: [pack], rules: { 'acme/big-html': { options: { maxBytes: 10 } } } }).check({ message: noLink });
      expect(report.violations[0]!.evidence['options.maxBytes']).toBe(10);
      expect(report.violations[0]!.messages.en).toBe('HTML has 12 bytes (max 10).');
    });
  });

  describe('extends', () => {
    const shared: PolicyConfig = { packs: [pack], rules: { 'acme/big-html': { severity: 'prohibited', options: { maxBytes: 5000 } } } };
    it('applies extended configurations first and lets later entries win field by field', async () => {
      expect(await ids({ extends: [shared] }, 'x'.repeat(6000))).toEqual(['acme/big-html:prohibited:notice']);
      // The severity string replaces the severity only: the extended options stay.
      expect(await ids({ extends: [shared], rules: { 'acme/big-html': 'advisory' } }, 'x'.repeat(3000))).toEqual([]);
      expect(await ids({ extends: [shared], rules: { 'acme/big-html': 'advisory' } }, 'x'.repeat(6000))).toEqual(['acme/big-html:advisory:notice']);
      expect(await ids({ extends: [shared, { rules: { 'acme/big-html': 'off' } }] }, 'x'.repeat(6000))).toEqual([]);
    });
    it('lets a later entry take all of a pack an extended configuration took recommended', async () => {
      expect(await ids({ extends: [{ packs: [pack] }], packs: [{ pack, use: 'all' }] }, 'x'.repeat(2000))).toHaveLength(2);
    });
    it('keeps an object setting without severity from re-enabling a rule turned off before', async () => {
      expect(await ids({ extends: [{ packs: [pack], rules: { 'acme/big-html': 'off' } }], rules: { 'acme/big-html': { options: { maxBytes: 5 } } } })).toEqual([]);
    });
  });

  describe('packs extending packs', () => {
    const child = definePack(packOf([goodRule({ id: 'kid/no-unsubscribe' })], { name: 'kid', extends: pack }));
    it('includes the base pack\'s rules first and names the base', () => {
      expect(child.rules.map((r) => r.id)).toEqual(['acme/big-html', 'acme/no-unsubscribe', 'kid/no-unsubscribe']);
      expect(child.extends).toEqual(['acme']);
    });
    it('rejects a rule id the base pack already has', () => {
      expect(() => definePack(packOf([goodRule({ id: 'acme/big-html' })], { name: 'kid', extends: [pack] }))).toThrow(/already used by pack acme/);
    });
    it('points problems found by the policy into the pack that defined the rule', () => {
      const base = definePack(packOf([goodRule({ id: 'base/x', conditions: { all: [{ fact: 'myFact', operator: 'equal', value: 1 }] }, messages: { de: 'x', en: 'x' } })], { name: 'base' }));
      const kid = definePack(packOf([goodRule({ id: 'kid/y', conditions: { all: [{ fact: 'otherFact', operator: 'equal', value: 1 }] }, messages: { de: 'x', en: 'x' } })], { name: 'kid', extends: base }));
      try {
        createPolicy({ packs: [kid] });
        expect.unreachable();
      } catch (e) {
        expect((e as PackError).issues.map((i) => `${i.pack} ${i.pointer}`)).toEqual(['base /rules/0/conditions/all/0/fact', 'kid /rules/0/conditions/all/0/fact']);
      }
    });
  });

  describe('configuration problems, all at once', () => {
    it('reports bad severities, sanctions, options, settings and unknown rules with pointers into the options', () => {
      expect(issuesOf({
        packs: [pack],
        rules: {
          'acme/big-html': { severity: 'fatal', sanction: 'jail', options: { maxBytes: 0.5, maxbytes: 3 }, color: 'red' } as never,
          'acme/no-unsubscribe': 'error' as never,
          'acme/nope': 'off',
        },
        extends: [{ rules: { 'acme/big-html': 42 as never } }],
      })).toEqual([
        'invalid-setting /extends/0/rules/acme~1big-html',
        'invalid-severity /rules/acme~1big-html/severity',
        'invalid-sanction /rules/acme~1big-html/sanction',
        'invalid-option /rules/acme~1big-html/options/maxBytes',
        'unknown-option /rules/acme~1big-html/options/maxbytes',
        'invalid-setting /rules/acme~1big-html/color',
        'invalid-severity /rules/acme~1no-unsubscribe',
        'unknown-rule /rules/acme~1nope',
      ]);
    });
    it('rejects an option override below the minimum and an option named __proto__', () => {
      expect(issuesOf({ packs: [pack], rules: { 'acme/big-html': { options: { ...JSON.parse('{"__proto__": 1}'), maxBytes: 0 } } } })).toEqual([
        'forbidden-key /rules/acme~1big-html/options/__proto__',
        'invalid-option /rules/acme~1big-html/options/maxBytes',
      ]);
    });
    it('reports the same rule id in two packs', () => {
      const twin = definePack(packOf([goodRule({ id: 'acme/big-html' })], { name: 'twin' }));
      expect(issuesOf({ packs: [pack, twin] })).toEqual(['duplicate-rule-id /rules/0/id']);
    });
    it('rejects something that is not a pack', () => {
      expect(issuesOf({ packs: [{ name: 'x' } as never, { pack, use: 'most' } as never] })).toEqual(['invalid-setting /packs/0', 'invalid-setting /packs/1']);
    });
  });

  describe('describe()', () => {
    it('prints the effective configuration: packs, every rule with its settings and where they came from', () => {
      const policy = createPolicy({ extends: [{ packs: [pack], rules: { 'acme/big-html': 'prohibited' } }], rules: { 'acme/big-html': { options: { maxBytes: 9 } } } });
      const d = policy.describe();
      expect(d.packs).toEqual([{ name: 'acme', version: '1.0.0', announcedAt: '2026-01-01', use: 'recommended', extends: [] }]);
      expect(d.rules).toEqual([
        { id: 'acme/big-html', pack: 'acme', clause: 'U8', scope: 'message', enabled: true, recommended: true, severity: 'prohibited', sanction: 'notice', options: { maxBytes: 9 }, configuredBy: ['/extends/0/rules/acme~1big-html', '/rules/acme~1big-html'] },
        { id: 'acme/no-unsubscribe', pack: 'acme', clause: 'U2', scope: 'message', enabled: false, recommended: false, severity: 'undesired', sanction: 'rate-limit', options: {}, configuredBy: [] },
      ]);
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
      expect(d.facts.find((f) => f.name === 'unsubscribe')).toMatchObject({ scope: 'message', custom: false });
    });
  });
});

describe('hand-built packs', () => {
  it('validates a pack object that did not come from definePack, with pointers into the options', () => {
    const handMade = { name: 'hand', version: '1', announcedAt: '2026-01-01', rules: [{ id: 'hand/x', clause: 'U2' }] };
    try {
      createPolicy({ packs: [{ pack: handMade as never, use: 'all' }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PackError);
      expect((e as PackError).issues.map((i) => `${i.code} ${i.pointer}`)).toContain('invalid-shape /packs/0/pack/rules/0/scope');
    }
  });
  it('accepts a spread copy of a valid pack', async () => {
    expect(await ids({ packs: [{ ...pack }] }, 'x'.repeat(2000))).toEqual(['acme/big-html:advisory:notice']);
  });
});
