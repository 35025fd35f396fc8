import type { Locale, Severity, Violation } from '../../model/index.js';
import type { CompiledRule } from '../../engine/index.js';

/** What a formatter needs to know about a rule: `policy.rules` fits as is. */
export type FormatRule = Pick<CompiledRule, 'id' | 'clause' | 'severity' | 'sanction' | 'scope'> & {
  readonly rule: Pick<CompiledRule['rule'], 'description' | 'fix'> & { readonly url?: string | undefined };
  /** The rule's configured options: SARIF lists them once in the rule's descriptor. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The heading of the rule's clause, quoted in SARIF's fullDescription. */
  readonly clauseHeading?: string;
};

export interface FormatOptions {
  /** Language of headings and of the violation messages (default: each violation's own message). */
  readonly locale?: Locale;
  /** The rules that ran; SARIF lists them in tool.driver.rules, JUnit makes a testcase of each. */
  readonly rules?: readonly FormatRule[];
  /** Names of the inputs, shown as locations (SARIF artifact URIs, stylish heading). */
  readonly sources?: { readonly message?: string; readonly recipients?: string; readonly history?: string };
  /** Violations below this count as passed in JUnit (default 'advisory': every violation fails). */
  readonly failOn?: Severity;
  /** ANSI colours (stylish). The CLI turns them on for a terminal. */
  readonly color?: boolean;
  /** Extra lines under each violation (stylish), e.g. its condition trace. */
  readonly explain?: (violation: Violation) => readonly string[];
  /**
   * Lines in the input files, for SARIF regions: `recipientLine(index)` gives the file line of the
   * recipient at that index (a CSV row, counted from 1 with the header row), `headers` the line of
   * each header in the message file (`headerLines(raw)` of an .eml).
   */
  readonly lines?: {
    readonly recipientLine?: (index: number) => number | undefined;
    readonly headers?: Readonly<Record<string, number>>;
  };
  /**
   * Stylish while recipients stream (the CLI): print the violations of the first this many
   * recipients, then only count them; the per-rule counts at the end hold them all. Default: all.
   */
  readonly recipientGroups?: number;
  /** The tool's version, for SARIF. */
  readonly toolVersion?: string;
}

export const messageOf = (v: Violation, locale: Locale | undefined): string => (locale ? v.messages[locale] : v.message);
