import { createWriteStream } from 'node:fs';
import { createPolicy, internalsOf, type Policy } from '../policy/index.js';
import { PackError } from '../engine/index.js';
import { withPositions } from '../node/json-position.js';
import { policyOptions, type PolicySources } from './policy-options.js';
import { relative } from 'node:path';
import { InputError, inputIssue, severities, severityRank, type Locale, type Violation } from '../model/index.js';
import { escapeControl, reportStream } from '../report/index.js';
import { labels } from '../report/formatters/labels.js';
import { plural } from '../report/formatters/i18n.js';
import { expandGlob, isGlob } from './globs.js';
import { BadRow, badRowVerdict } from './recipients/bad-row.js';
import { checkReadable } from './read-inputs.js';
import { outputWriter } from './output.js';
import { ViolationTally } from './tally.js';
import { parseCommandLine, UsageError, type CheckArgs } from './args.js';
import { explainer } from './explain.js';
import { helpText } from './help.js';
import type { CliIO } from './io.js';
import { withProgress } from './progress.js';
import { readHistory, readMessage, type MessageFile } from './read-inputs.js';
import { readRecipients } from './recipients/index.js';
import { formatRules } from './rules-command.js';
import { validatePack } from './validate-pack.js';

export const EXIT_CLEAN = 0;
export const EXIT_VIOLATIONS = 1;
export const EXIT_BAD_INPUT = 2;
/** A fault of mailpolicy itself (a bug): the message and stack go to stderr. */
export const EXIT_INTERNAL = 3;
/** stdout was closed by its reader (EPIPE, e.g. `| head`): 128 + SIGPIPE, as a shell reports it. */
export const EXIT_OUTPUT_CLOSED = 141;

const localeFrom = (env: CliIO['env']): Locale =>
  /^de/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'de' : 'en';

const text = {
  usage: { de: 'Falscher Aufruf', en: 'Bad usage' },
  seeHelp: { de: 'Siehe: mailpolicy --help', en: 'See: mailpolicy --help' },
  badInput: { de: 'Fehlerhafte Eingabe', en: 'Bad input' },
  badPolicy: { de: 'Fehlerhaftes Regelpaket oder fehlerhafte Konfiguration', en: 'Bad rule pack or configuration' },
  invalidRecipients: { de: 'ungültige Empfänger-Datensätze', en: 'invalid recipient records' },
  progress: { de: (n: number) => `${new Intl.NumberFormat('de-DE').format(n)} Empfänger geprüft`, en: (n: number) => `${new Intl.NumberFormat('en').format(n)} recipients checked` },
  noMatch: { de: (p: string) => `keine Datei passt zu "${p}"`, en: (p: string) => `no file matches "${p}"` },
  tooManyWarnings: {
    de: (n: string, max: string) => `${n} Verstöße unter --fail-on, mehr als --max-warnings ${max} erlaubt`,
    en: (n: string, max: string) => `${n} violations below --fail-on, more than --max-warnings ${max} allows`,
  },
  files: {
    de: (n: string, failing: string) => `${n} Nachrichten geprüft, ${failing} mit Verstößen ab --fail-on`,
    en: (n: string, failing: string) => `${n} messages checked, ${failing} with violations at or above --fail-on`,
  },
} as const;

/**
 * The policy of a command: the configuration file and --pack / --rule (policy-options.ts), then
 * --locale (else the file's, else the environment's), --sender-domain (added to the file's) and --now.
 */
const cliPolicy = async (
  sources: PolicySources,
  io: CliIO,
  locale: Locale,
  localeGiven: boolean,
  flags: { readonly senderDomains?: readonly string[]; readonly now?: string },
): Promise<Policy> => {
  const { options } = await policyOptions(sources, io.cwd ?? '.');
  const senderDomains = [...(options.account?.senderDomains ?? []), ...(flags.senderDomains ?? [])];
  return createPolicy({
    ...options,
    locale: localeGiven || options.locale === undefined ? locale : options.locale,
    ...(senderDomains.length > 0 || options.account ? { account: { ...options.account, senderDomains } } : {}),
    ...(flags.now ? { now: flags.now } : {}),
  } as never);
};

/** Stylish prints the violations of this many recipients, then counts (--verbose: all). */
export const RECIPIENT_GROUPS = 20;

const numberFormat = (locale: Locale) => new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en');

/** The message files the arguments name: files as given, glob patterns expanded (none matching is bad input). */
const messageFiles = async (args: CheckArgs, locale: Locale): Promise<string[]> => {
  const files: string[] = [];
  for (const arg of args.messages) {
    if (!isGlob(arg)) {
      files.push(arg);
      continue;
    }
    const found = await expandGlob(arg);
    if (found.length === 0) throw new InputError([inputIssue('message', text.noMatch.en(arg), text.noMatch.de(arg))]);
    files.push(...found);
  }
  return [...new Set(files)];
};

interface FileResult {
  readonly code: number;
  /** Violations below --fail-on (ESLint's warnings), for --max-warnings. */
  readonly warnings: number;
}

/** `read`: the message file as the pre-pass over several files read it; absent, it is read here. */
const runCheck = async (args: CheckArgs, file: string, read: MessageFile | undefined, out: ReturnType<typeof outputWriter>, io: CliIO, locale: Locale, version: string, color: boolean, policy: Policy): Promise<FileResult> => {
  // Bad files are bad input before anything is read or written.
  if (args.recipients !== undefined) await checkReadable(args.recipients, '--recipients');
  const [{ message, headerLines }, history] = await Promise.all([
    read ?? readMessage(file, args.purpose, { from: args.from, subject: args.subject }),
    args.history === undefined ? undefined : readHistory(args.history),
  ]);
  const campaign = policy.prepare({ message, ...(history ? { history } : {}) });
  // The file line of the recipient being written (CSV rows and JSONL lines): SARIF regions and stylish headings.
  const position = { line: 0 };
  let currentIndex = -1;
  const shown = (v: Violation) => !args.quiet || severityRank(v.severity) >= severityRank(args.failOn);
  const stream = reportStream(args.format, {
    locale,
    rules: policy.rules,
    failOn: args.failOn,
    toolVersion: version,
    color,
    sources: { message: file, ...(args.recipients ? { recipients: args.recipients } : {}), ...(args.history ? { history: args.history } : {}) },
    lines: { recipientLine: (i) => (i === currentIndex && position.line > 0 ? position.line : undefined), ...(headerLines ? { headers: headerLines } : {}) },
    ...(args.verbose ? {} : { recipientGroups: RECIPIENT_GROUPS }),
    ...(args.explain ? { explain: explainer(policy, locale) } : {}),
  });
  const tally = new ViolationTally();
  for (const v of campaign.violations) tally.add(v);
  await out.write(stream.begin({ verdict: campaign.verdict, purpose: campaign.purpose, checkedAt: campaign.now.toISOString(), violations: campaign.violations.filter(shown), policyVersions: internalsOf(policy).versions(campaign.now) }));

  // Recipients stream through: each verdict is written and dropped; counts are kept.
  const counts = { send: 0, exclude: 0, invalid: 0 };
  let excluded = 0;
  if (args.recipients !== undefined) {
    const recipients = args.recipients;
    const warn = (w: string) => io.stderr.write(`mailpolicy: ${escapeControl(w)}\n`);
    const source = withProgress(readRecipients(recipients, warn, { ignoreColumns: args.ignoreColumns, columnMap: args.columnMap, locale, position }), io.stderr, text.progress[locale]);
    let index = 0;
    for await (const record of source) {
      const i = index++;
      currentIndex = i;
      const verdict = record instanceof BadRow ? badRowVerdict(record, i, locale) : campaign.checkRecipient(record, i);
      counts[verdict.verdict]++;
      if (verdict.verdict === 'invalid') {
        if (counts.invalid === 1) io.stderr.write(`mailpolicy: ${text.invalidRecipients[locale]}:\n`);
        // Each issue names the file line first, as a compiler does (recipients.csv:1043), then the record's path.
        const at = position.line > 0 ? `${recipients}:${position.line}: ` : '';
        for (const issue of verdict.issues ?? []) io.stderr.write(`  ${escapeControl(at)}${escapeControl(issue.path)}: ${escapeControl(issue.message)}\n`);
      }
      let excludes = false;
      for (const v of verdict.violations) {
        tally.add(v);
        if (v.severity === 'prohibited' && v.scope === 'recipient') excludes = true;
      }
      if (excludes) excluded++;
      const chunk = stream.recipient(args.quiet ? { ...verdict, violations: verdict.violations.filter(shown) } : verdict);
      if (chunk) await out.write(chunk);
    }
  }
  const { sanction, interventions } = internalsOf(policy).decide(tally.representatives(excluded), campaign.history, campaign.now);
  await out.write(stream.end({ sanction, interventions, counts: { recipients: counts, violations: tally.bySeverity, rules: tally.rules } }));
  const warnings = severities.filter((s) => severityRank(s) < severityRank(args.failOn)).reduce((sum, s) => sum + tally.bySeverity[s], 0);
  if (counts.invalid) {
    io.stderr.write(`mailpolicy: ${numberFormat(locale).format(counts.invalid)} ${plural(locale, counts.invalid, labels.invalidRecords[locale])}\n`);
    return { code: EXIT_BAD_INPUT, warnings };
  }
  const failing = [...tally.rules.values()].some((r) => severityRank(r.severity) >= severityRank(args.failOn));
  return { code: failing ? EXIT_VIOLATIONS : EXIT_CLEAN, warnings };
};

/**
 * Several message files in one document of the format: stylish and JUnit put them one after
 * the other (JUnit as one <testsuites>), JSON as an array of reports, SARIF as one log with a run each.
 */
const combined = (format: CheckArgs['format'], docs: readonly string[]): string => {
  if (docs.length === 1) return docs[0]!;
  switch (format) {
    case 'json':
      return `[\n${docs.map((d) => d.trimEnd()).join(',\n')}\n]\n`;
    case 'sarif': {
      const logs = docs.map((d) => JSON.parse(d) as { runs: unknown[] });
      return `${JSON.stringify({ ...logs[0], runs: logs.flatMap((l) => l.runs) }, null, 2)}\n`;
    }
    case 'junit': {
      const suites = docs.map((d) => /<testsuite [\s\S]*<\/testsuite>/.exec(d)?.[0] ?? '');
      const sum = (attr: string) => suites.reduce((n, s) => n + Number(new RegExp(`${attr}="(\\d+)"`).exec(s)?.[1] ?? 0), 0);
      const attrs = `tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}"`;
      return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="mailpolicy" ${attrs}>`, ...suites.map((s) => `  ${s}`), '</testsuites>', ''].join('\n');
    }
    default:
      return docs.join('\n');
  }
};

/** A buffer standing in for the output while several files are checked in a format that needs one document. */
const collector = () => {
  let text = '';
  return { write: (s: string) => ((text += s), true), take: () => ((t) => ((text = ''), t))(text) };
};

const runChecks = async (args: CheckArgs, io: CliIO, envLocale: Locale, version: string): Promise<number> => {
  // One policy for every file: the configuration file and --pack / --rule, then the flags.
  const policy = await cliPolicy(args.policy, io, envLocale, args.locale !== undefined, { senderDomains: args.senderDomains, ...(args.now ? { now: args.now } : {}) });
  const locale = args.locale ? envLocale : policy.locale;
  const files = await messageFiles(args, locale);
  // Every message is read (and each bad one named) before the first report is written; the
  // checks then take them from here rather than reading and parsing each file again.
  const read = new Map<string, MessageFile>();
  if (files.length > 1) {
    const all = await Promise.all(files.map((f) => readMessage(f, args.purpose, { from: args.from, subject: args.subject })));
    for (const [i, f] of files.entries()) read.set(f, all[i]!);
  }
  const file = args.outputFile === undefined ? undefined : createWriteStream(args.outputFile);
  if (file) await new Promise<void>((resolve, reject) => file.once('open', () => resolve()).once('error', (e) => reject(cannotWrite(args.outputFile!, e))));
  const target: CliIO['stdout'] = file ?? io.stdout;
  const color = args.color ?? (file === undefined && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);
  const oneDocument = files.length > 1 && args.format !== 'stylish';
  const buffer = collector();
  const out = outputWriter(oneDocument ? buffer : target);
  const docs: string[] = [];
  let code = EXIT_CLEAN;
  let warnings = 0;
  let failingFiles = 0;
  try {
    for (const [i, f] of files.entries()) {
      if (i > 0 && !oneDocument) await out.write('\n');
      const r = await runCheck(args, f, read.get(f), out, io, locale, version, color, policy);
      await out.flush();
      if (oneDocument) docs.push(buffer.take());
      code = Math.max(code, r.code);
      warnings += r.warnings;
      if (r.code !== EXIT_CLEAN) failingFiles++;
    }
    const final = outputWriter(target);
    if (oneDocument) await final.write(combined(args.format, docs));
    else if (files.length > 1) await final.write(`\n${text.files[locale](numberFormat(locale).format(files.length), numberFormat(locale).format(failingFiles))}\n`);
    await final.flush();
  } finally {
    if (file) await new Promise<void>((resolve) => file.end(() => resolve()));
  }
  if (code === EXIT_CLEAN && args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr.write(`mailpolicy: ${text.tooManyWarnings[locale](numberFormat(locale).format(warnings), numberFormat(locale).format(args.maxWarnings))}\n`);
    code = EXIT_VIOLATIONS;
  }
  return code;
};

const cannotWrite = (file: string, e: NodeJS.ErrnoException): InputError =>
  new InputError([inputIssue('--output-file', `cannot write "${file}" (${e.code ?? e.message})`, `"${file}" kann nicht geschrieben werden (${e.code ?? e.message})`)]);

/** Runs the CLI; resolves to the exit code. Nothing here calls process.exit. */
export const run = async (argv: readonly string[], io: CliIO, version = '0.0.0'): Promise<number> => {
  let locale = localeFrom(io.env);
  try {
    const args = parseCommandLine(argv);
    if ('locale' in args && args.locale) locale = args.locale;
    switch (args.command) {
      case 'version':
        io.stdout.write(`${version}\n`);
        return EXIT_CLEAN;
      case 'help':
        io.stdout.write(helpText(locale));
        return EXIT_CLEAN;
      case 'rules': {
        const policy = await cliPolicy(args.policy, io, locale, args.locale !== undefined, {});
        io.stdout.write(formatRules(policy.rules, policy.locale, args.format));
        return EXIT_CLEAN;
      }
      case 'check':
        return await runChecks(args, io, locale, version);
      case 'validate-pack': {
        const r = await validatePack(args.dir, io.cwd ?? '.');
        (r.ok ? io.stdout : io.stderr).write(r.text);
        return r.ok ? EXIT_CLEAN : EXIT_BAD_INPUT;
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`mailpolicy: ${text.usage[locale]}: ${e.message}\n${text.seeHelp[locale]}\n`);
      return EXIT_BAD_INPUT;
    }
    if (e instanceof PackError) {
      const lines = withPositions(e.issues).map((i) => {
        const where = i.file ? `${relative(io.cwd ?? '.', i.file) || i.file}${i.line !== undefined ? `:${i.line}:${i.column ?? 1}` : ''}` : (i.pack ?? '');
        return `  ${escapeControl(where ? `${where} ` : '')}${escapeControl(i.pointer || '/')}: ${i.code}: ${escapeControl(i.message)}`;
      });
      io.stderr.write(`mailpolicy: ${text.badPolicy[locale]}:\n${lines.join('\n')}\n`);
      return EXIT_BAD_INPUT;
    }
    if (e instanceof InputError) {
      const lines = e.issues.map((i) => `  ${escapeControl(i.path)}: ${escapeControl(i.messages?.[locale] ?? i.message)}`);
      io.stderr.write(`mailpolicy: ${text.badInput[locale]}:\n${lines.join('\n')}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
};
