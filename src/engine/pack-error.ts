export interface PackIssue {
  /** Stable machine-readable code, e.g. 'unknown-fact', 'duplicate-rule-id'. */
  readonly code: string;
  /** JSON pointer into the pack, e.g. '/rules/3/conditions/all/0/operator'. */
  readonly pointer: string;
  readonly message: string;
}

/** A rule pack or rule configuration that cannot be used; `issues` lists every problem at once. */
export class PackError extends Error {
  readonly issues: readonly PackIssue[];
  constructor(issues: readonly PackIssue[]) {
    super(`Invalid rule pack:\n${issues.map((i) => `  - ${i.pointer || '/'} [${i.code}] ${i.message}`).join('\n')}`);
    this.name = 'PackError';
    this.issues = issues;
  }
}

export const pointer = (path: readonly PropertyKey[]): string =>
  path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
