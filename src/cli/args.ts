import { parseArgs } from 'node:util';
import { formats, type Format } from '../report/index.js';
import { DEFAULT_FAIL_ON, locales, purposes, severities, type Locale, type Purpose, type Severity } from '../model/index.js';
import { closestField } from '../model/closest-field.js';

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
  /** The message files and glob patterns as given (expanded by expandGlobs). */
  readonly messages: readonly string[];
  readonly recipients?: string;
  readonly history?: string;
  readonly format: Format;
  readonly locale?: Locale;
  readonly now?: string;
  readonly failOn: Severity;
  readonly explain: boolean;
  readonly purpose?: Purpose;
  /** From and Subject of an .html or .txt message file, which has no header. */
  readonly from?: string;
  readonly subject?: string;
  readonly senderDomains: readonly string[];
  /** CSV columns to leave out (--ignore-column); any other unknown column is bad input. */
  readonly ignoreColumns: readonly string[];
  /** CSV column → Recipient field (--map 'E-Mail=address'). */
  readonly columnMap: Readonly<Record<string, string>>;
  /** Only violations at or above --fail-on are printed (the counts still hold all). */
  readonly quiet: boolean;
  /** Every recipient's violations, however many (stylish shows the first RECIPIENT_GROUPS otherwise). */
  readonly verbose: boolean;
  /** More violations below --fail-on than this fail the check (exit 1). */
  readonly maxWarnings?: number;
  /** Write the report here instead of to stdout. */
  readonly outputFile?: string;
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
  if (!(allowed as readonly string[]).includes(value)) {
    const meant = closestField(value, allowed);
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")${meant ? `; did you mean "${meant}"?` : ''}`);
  }
  return value as T;
};

export const options = {
  recipients: { type: 'string' },
  history: { type: 'string' },
  format: { type: 'string', short: 'f' },
  locale: { type: 'string' },
  now: { type: 'string' },
  'fail-on': { type: 'string' },
  explain: { type: 'boolean' },
  purpose: { type: 'string' },
  from: { type: 'string' },
  subject: { type: 'string' },
  'sender-domain': { type: 'string', multiple: true },
  'ignore-column': { type: 'string', multiple: true },
  map: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  config: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export const commands = ['check', 'rules', 'validate-pack'] as const;

/** Node's parser names an unknown option as `Unknown option '--quite'`; we add the one meant. */
const usageOf = (e: Error): UsageError => {
  const unknown = /Unknown option '(-{1,2})([^']*)'/.exec(e.message);
  if (unknown) {
    const [, dashes, name] = unknown;
    const meant = closestField(name!, Object.keys(options));
    return new UsageError(`unknown option "${dashes}${name}"${meant ? `; did you mean "--${meant}"?` : ''}`);
  }
  return new UsageError(e.message.split('. To specify a positional argument')[0]!);
};

const mapping = (specs: readonly string[]): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const at = spec.lastIndexOf('=');
    if (at <= 0 || at === spec.length - 1) throw new UsageError(`--map takes COLUMN=FIELD, e.g. --map 'E-Mail=address' (got "${spec}")`);
    out[spec.slice(0, at).trim()] = spec.slice(at + 1).trim();
  }
  return out;
};

/** Parses the command line; throws UsageError for anything it cannot take. */
export const parseCommandLine = (argv: readonly string[]): Args => {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageOf(e as Error);
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
    if (rest.length !== 1) throw new UsageError('"validate-pack" takes exactly one pack folder or module');
    return { command: 'validate-pack', dir: rest[0]! };
  }
  if (command !== 'check') {
    const meant = closestField(command!, commands);
    throw new UsageError(`unknown command "${command}"${meant ? `; did you mean "${meant}"?` : ' (use "check", "rules" or "validate-pack")'}`);
  }
  if (rest.length === 0) throw new UsageError('"check" takes one or more message files or globs (.eml, .json, .html, .txt)');
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!/^\d+$/.test(v['max-warnings'].trim())) throw new UsageError(`--max-warnings takes a whole number ≥ 0 (got "${v['max-warnings']}")`);
  }
  return {
    command: 'check',
    messages: rest,
    ...(v.recipients !== undefined ? { recipients: v.recipients } : {}),
    ...(v.history !== undefined ? { history: v.history } : {}),
    format: oneOf('format', v.format, formats) ?? 'stylish',
    ...(locale ? { locale } : {}),
    ...(v.now !== undefined ? { now: v.now } : {}),
    failOn: oneOf('fail-on', v['fail-on'], severities) ?? DEFAULT_FAIL_ON,
    explain: v.explain ?? false,
    ...(v.purpose !== undefined ? { purpose: oneOf('purpose', v.purpose, purposes) } : {}),
    ...(v.from !== undefined ? { from: v.from } : {}),
    ...(v.subject !== undefined ? { subject: v.subject } : {}),
    senderDomains: v['sender-domain'] ?? [],
    ignoreColumns: v['ignore-column'] ?? [],
    columnMap: mapping(v.map ?? []),
    quiet: v.quiet ?? false,
    verbose: v.verbose ?? false,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(v['output-file'] !== undefined ? { outputFile: v['output-file'] } : {}),
    ...(v.color ? { color: true } : v['no-color'] ? { color: false } : {}),
    policy,
  };
};
