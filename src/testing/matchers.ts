// Report matchers for vitest and jest: expect(report).toBeCompliant(),
// expect(report).toViolate('mes/no-imprint', { recipient }). They accept a Report or anything
// with a `violations` array (a RecipientVerdict, a Campaign).
import type { Violation } from '../model/index.js';

export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

export interface ViolateOptions {
  /** Only violations about this recipient address count. */
  readonly recipient?: string;
}

interface MatcherContext {
  readonly isNot?: boolean;
}

const violationsOf = (received: unknown): Violation[] | null => {
  const v = (received as { violations?: unknown } | null)?.violations;
  return Array.isArray(v) ? (v as Violation[]) : null;
};

const list = (vs: readonly Violation[]): string =>
  vs.length === 0 ? '  (no violations)' : vs.map((v) => `  - ${v.ruleId} [${v.clause}]${v.recipient ? ` ${v.recipient}` : ' (message)'}: ${v.message}`).join('\n');

const notAReport = (name: string, received: unknown): MatcherResult => ({
  pass: false,
  message: () => `${name}: expected a mailpolicy report (an object with a violations array), got ${received === null ? 'null' : typeof received}`,
});

export function toBeCompliant(this: MatcherContext | void, received: unknown): MatcherResult {
  const vs = violationsOf(received);
  if (!vs) return notAReport('toBeCompliant', received);
  const pass = vs.length === 0;
  return {
    pass,
    message: () =>
      pass
        ? 'expected the report to have violations, but it is compliant'
        : `expected the report to be compliant, but it has ${vs.length} violation${vs.length === 1 ? '' : 's'}:\n${list(vs)}`,
  };
}

export function toViolate(this: MatcherContext | void, received: unknown, ruleId: string, options: ViolateOptions = {}): MatcherResult {
  const vs = violationsOf(received);
  if (!vs) return notAReport('toViolate', received);
  const target = `${ruleId}${options.recipient ? ` for recipient ${options.recipient}` : ''}`;
  const matching = vs.filter((v) => v.ruleId === ruleId && (options.recipient === undefined || v.recipient === options.recipient));
  const pass = matching.length > 0;
  const sameRule = vs.filter((v) => v.ruleId === ruleId);
  const hint = !pass && options.recipient && sameRule.length > 0
    ? `\n${ruleId} fired for: ${sameRule.map((v) => v.recipient ?? '(the message)').join(', ')}`
    : '';
  return {
    pass,
    message: () =>
      pass
        ? `expected no violation of ${target}, but found ${matching.length}:\n${list(matching)}`
        : `expected a violation of ${target}, but the report has:\n${list(vs)}${hint}`,
  };
}

/** For `expect.extend(matchers)` in vitest or jest. */
export const matchers = { toBeCompliant, toViolate };

/** The matcher signatures, for declaring them on your framework's Assertion type. */
export interface MailpolicyMatchers<R = unknown> {
  /** The report (or recipient verdict) has no violations. */
  toBeCompliant(): R;
  /** The report has a violation of `ruleId` (about `recipient`, when given). */
  toViolate(ruleId: string, options?: ViolateOptions): R;
}
