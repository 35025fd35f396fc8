// Run by test-rule.test.ts with `node --import tsx --test`: testRule inside node:test. The
// third test fails on purpose (the vitest side checks that node:test reports it as failed).
import { test } from 'node:test';
import { testRule } from '../../src/testing/index.js';
import { active, dormant, inactiveRule } from './fixtures.js';

test('compliant and violating cases pass', async () => {
  await testRule(inactiveRule, { compliant: [{ recipient: active }], violating: [{ recipient: dormant, violations: [{ recipient: dormant.address }] }] });
});

test('options are applied', async () => {
  await testRule(inactiveRule, { compliant: [{ recipient: dormant, options: { months: 13 } }] });
});

test('a wrong expectation fails the test (deliberate)', async () => {
  await testRule(inactiveRule, { compliant: [{ recipient: dormant }] });
});
