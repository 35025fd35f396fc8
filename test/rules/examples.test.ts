import { describe, expect, it } from 'vitest';
import { managedEmailServer } from '../../src/index.js';
import { runExample } from '../../src/testing/run-example.js';

// Every rule's inline examples (SpamAssassin style): violating ones fire the rule, compliant ones do not.
describe.each(managedEmailServer.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.examples.violating.map((e) => [e.name, e] as const))('violating: %s', async (_name, example) => {
    const report = await runExample(managedEmailServer, rule, example);
    expect(report.violations.map((v) => v.ruleId)).toContain(rule.id);
    for (const v of report.violations) {
      expect(v.message).not.toMatch(/\{[\w.]+\}/);
      expect(v.messages.de).not.toMatch(/\{[\w.]+\}/);
    }
  });
  it.each(rule.examples.compliant.map((e) => [e.name, e] as const))('compliant: %s', async (_name, example) => {
    const report = await runExample(managedEmailServer, rule, example);
    expect(report.violations.map((v) => v.ruleId)).not.toContain(rule.id);
    expect(report.recipients.every((r) => r.verdict !== 'invalid')).toBe(true);
  });
});
