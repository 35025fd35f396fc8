/** What the CLI touches of the process, passed in so tests and the bin share one code path. */
export interface CliIO {
  readonly stdout: { write(s: string): unknown; readonly isTTY?: boolean; once?(event: 'drain', listener: () => void): unknown };
  readonly stderr: { write(s: string): unknown; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working directory: where mailpolicy.config.* is looked for, what file names are relative to. */
  readonly cwd?: string;
}
