import type { Report, Severity, Violation } from '../../model/index.js';

/** Why mailpolicyPlugin refused a send: the full report and the violations at or above `failOn`. */
export class PolicyRejectedError extends Error {
  /** nodemailer passes plugin errors through; a code lets callers tell this one apart. */
  readonly code = 'EMAILPOLICY';
  readonly report: Report;
  readonly failOn: Severity;
  readonly violations: readonly Violation[];
  constructor(report: Report, failOn: Severity, violations: readonly Violation[]) {
    super(
      `mailpolicy rejected the send (${violations.length} at or above "${failOn}"):\n` +
        violations.map((v) => `  - ${v.ruleId} [${v.clause}, ${v.severity}]: ${v.message}`).join('\n'),
    );
    this.name = 'PolicyRejectedError';
    this.report = report;
    this.failOn = failOn;
    this.violations = violations;
  }
}
