// mailpolicy/testing: test helpers for rule authors and for apps that check their own mail.
export { testRule } from './test-rule.js';
export type { RuleTestCases, RuleTestInput, InvalidCase, ExpectedViolation, TestRuleOptions } from './test-rule.js';
export { matchers, toBeCompliant, toViolate } from './matchers.js';
export type { MatcherResult, ViolateOptions, MailpolicyMatchers } from './matchers.js';
export { RuleTestError } from './assertion-error.js';
export { runExample, EXAMPLE_MESSAGE, EXAMPLE_NOW } from './run-example.js';
