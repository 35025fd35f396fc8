import { parseArgs } from 'node:util';
import { formats, type Format } from '../report/index.js';
import { DEFAULT_FAIL_ON, locales, purposes, severities, type Locale, type Purpose, type Severity } from '../model/index.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Where a command's policy comes from: --config, --pack and --rule (policy-options.ts reads them). */
export interface PolicySources {
  /** --config FILE; omitted, the first of mailpolicy.config.js/.mjs/.json in the working directory. */
  readonly config?: string;
  /** --pack DIR|MODULE, in order. */
  readonly packs: readonly string[];
  /** --rule ID:SETTING, in order. */
  readonly rules: readonly string[];
}

export interface CheckArgs {
  readonly command: 'check';
  readonly message: string;
  readonly recipients?: string;
  readonly history?: string;
  readonly format: Format;
  readonly locale?: Locale;
  readonly now?: string;
  readonly failOn: Severity;
  readonly explain: boolean;
  readonly purpose?: Purpose;
  readonly senderDomains: readonly string[];
  /** CSV columns to leave out (--ignore-column); any other unknown column is bad input. */
  readonly ignoreColumns: readonly string[];
  readonly color?: boolean;
  readonly policy: PolicySources;
}

export type Args =
  | CheckArgs
  | { readonly command: 'rules'; readonly format: 'stylish' | 'json'; readonly locale?: Locale; readonly policy: PolicySources }
  | { readonly command: 'validate-pack'; readonly dir: string }
  | { readonly command: 'help'; readonly locale?: Locale }
  | { readonly command: 'version' };

const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
};

const options = {
  recipients: { type: 'string' },
  history: { type: 'string' },
  format: { type: 'string', short: 'f' },
  locale: { type: 'string' },
  now: { type: 'string' },
  'fail-on': { type: 'string' },
  explain: { type: 'boolean' },
  purpose: { type: 'string' },
  'sender-domain': { type: 'string', multiple: true },
  'ignore-column': { type: 'string', multiple: true },
  color: { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  config: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Parses the command line; throws UsageError for anything it cannot take. */
export const parseCommandLine = (argv: readonly string[]): Args => {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  const locale = oneOf('locale', v.locale, locales);
  if (v.version) return { command: 'version' };
  if (v.help || positionals.length === 0) return { command: 'help', ...(locale ? { locale } : {}) };
  const [command, ...rest] = positionals;
  const policy: PolicySources = { ...(v.config !== undefined ? { config: v.config } : {}), packs: v.pack ?? [], rules: v.rule ?? [] };
  if (command === 'rules') {
    if (rest.length) throw new UsageError(`"rules" takes no file (got "${rest.join(' ')}")`);
    const format = oneOf('format', v.format, ['stylish', 'json'] as const) ?? 'stylish';
    return { command: 'rules', format, ...(locale ? { locale } : {}), policy };
  }
  if (command === 'validate-pack') {
    if (rest.length !== 1) throw new UsageError('"validate-pack" takes exactly one pack folder');
    return { command: 'validate-pack', dir: rest[0]! };
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (use "check", "rules" or "validate-pack")`);
  if (rest.length !== 1) throw new UsageError('"check" takes exactly one message file (.eml or .json)');
  return {
    command: 'check',
    message: rest[0]!,
    ...(v.recipients !== undefined ? { recipients: v.recipients } : {}),
    ...(v.history !== undefined ? { history: v.history } : {}),
    format: oneOf('format', v.format, formats) ?? 'stylish',
    ...(locale ? { locale } : {}),
    ...(v.now !== undefined ? { now: v.now } : {}),
    failOn: oneOf('fail-on', v['fail-on'], severities) ?? DEFAULT_FAIL_ON,
    explain: v.explain ?? false,
    ...(v.purpose !== undefined ? { purpose: oneOf('purpose', v.purpose, purposes) } : {}),
    senderDomains: v['sender-domain'] ?? [],
    ignoreColumns: v['ignore-column'] ?? [],
    ...(v.color ? { color: true } : v['no-color'] ? { color: false } : {}),
    policy,
  };
};
