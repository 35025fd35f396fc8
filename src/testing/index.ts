// mailpolicy/testing: test helpers for rule authors and for apps that check their own mail.
export { testRule, testPack } from './test-rule.js';
export type { RuleCase, RuleTestCases, RuleTestInput, InvalidCase, TestRuleOptions } from './test-rule.js';
export type { ExpectedViolation } from '../engine/pack/rule-schema.js';
export { matchers, toBeCompliant, toViolate } from './matchers.js';
export type { MatcherResult, ViolateOptions, MailpolicyMatchers } from './matchers.js';
export { RuleTestError } from './assertion-error.js';
export { runExample, runCase, rulePack, EXAMPLE_MESSAGE, EXAMPLE_NOW, type CaseContext } from './run-example.js';
