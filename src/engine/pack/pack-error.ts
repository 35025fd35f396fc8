export interface PackIssue {
  /**
   * Stable machine-readable code: 'invalid-shape', 'invalid-severity', 'invalid-sanction',
   * 'unknown-fact', 'fact-out-of-scope', 'unknown-operator', 'in-needs-array',
   * 'unresolved-condition', 'condition-cycle', 'duplicate-rule-id', 'duplicate-condition',
   * 'unknown-clause', 'template-missing-evidence', 'unknown-option', 'invalid-option',
   * 'forbidden-key', 'unknown-rule', 'invalid-setting', 'duplicate-fact', 'duplicate-operator',
   * 'invalid-value' (a rule value of a type its operator does not take), 'unknown-path' (a
   * condition path its fact's value does not have), 'too-deep', 'too-large',
   * and for files (loadPack) 'missing-file', 'invalid-json', 'outside-pack'.
   */
  readonly code: string;
  /**
   * JSON pointer, e.g. '/rules/3/conditions/all/0/operator'. Relative to the pack (`pack` names
   * it) for pack problems, or to the createPolicy options for configuration problems
   * ('/rules/mes~1no-imprint/options/months').
   */
  readonly pointer: string;
  readonly message: string;
  /** The pack the pointer points into, when the problem is in a pack. */
  readonly pack?: string;
  /** The file the problem is in, when the pack was loaded from files (loadPack). */
  readonly file?: string;
  /** 1-based line of the pointer in `file` (loadPack, `mailpolicy validate-pack`). */
  readonly line?: number;
  /** 1-based column of the pointer in `file`. */
  readonly column?: number;
}

const where = (i: PackIssue): string =>
  `${i.file ? `${i.file}${i.line !== undefined ? `:${i.line}:${i.column ?? 1}` : ''} ` : i.pack ? `${i.pack} ` : ''}${i.pointer || '/'}`;

/** A rule pack or rule configuration that cannot be used; `issues` lists every problem at once. */
export class PackError extends Error {
  readonly issues: readonly PackIssue[];

  constructor(issues: readonly PackIssue[]) {
    super(`Invalid rule pack or configuration (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  - ${where(i)} [${i.code}] ${i.message}`).join('\n')}`);
    this.name = 'PackError';
    this.issues = issues;
  }
}

export const pointer = (path: readonly PropertyKey[]): string =>
  path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
