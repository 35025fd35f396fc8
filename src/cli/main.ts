import { relative } from 'node:path';
import { createPolicy, internalsOf, type Policy } from '../policy/index.js';
import { PackError } from '../engine/index.js';
import { withPositions } from '../node/index.js';
import { policyOptions, type PolicySources } from './policy-options.js';
import { InputError, severityRank, type Locale } from '../model/index.js';
import { escapeControl, reportStream } from '../report/index.js';
import { BadRow, badRowVerdict } from './recipients/bad-row.js';
import { checkReadable } from './read-inputs.js';
import { outputWriter } from './output.js';
import { ViolationTally } from './tally.js';
import { parseCommandLine, UsageError, type CheckArgs } from './args.js';
import { explainer } from './explain.js';
import { helpText } from './help.js';
import type { CliIO } from './io.js';
import { withProgress } from './progress.js';
import { readHistory, readMessage } from './read-inputs.js';
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
  progress: { de: (n: number) => `${n} Empfänger geprüft`, en: (n: number) => `${n} recipients checked` },
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

const runCheck = async (args: CheckArgs, io: CliIO, envLocale: Locale, version: string): Promise<number> => {
  let locale = envLocale;
  // Bad files are bad input before anything is read or written.
  if (args.recipients !== undefined) await checkReadable(args.recipients, '--recipients');
  const [message, history] = await Promise.all([
    readMessage(args.message, args.purpose),
    args.history === undefined ? undefined : readHistory(args.history),
  ]);
  const policy = await cliPolicy(args.policy, io, locale, args.locale !== undefined, { senderDomains: args.senderDomains, ...(args.now ? { now: args.now } : {}) });
  if (!args.locale) locale = policy.locale;
  const campaign = policy.prepare({ message, ...(history ? { history } : {}) });
  const out = outputWriter(io.stdout);
  const stream = reportStream(args.format, {
    locale,
    rules: policy.rules,
    failOn: args.failOn,
    toolVersion: version,
    color: args.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR),
    sources: { message: args.message, ...(args.recipients ? { recipients: args.recipients } : {}), ...(args.history ? { history: args.history } : {}) },
    ...(args.explain ? { explain: explainer(policy, locale) } : {}),
  });
  const tally = new ViolationTally();
  for (const v of campaign.violations) tally.add(v);
  await out.write(stream.begin({ verdict: campaign.verdict, purpose: campaign.purpose, checkedAt: campaign.now.toISOString(), violations: campaign.violations }));

  // Recipients stream through: each verdict is written and dropped; counts are kept.
  const counts = { send: 0, exclude: 0, invalid: 0 };
  let excluded = 0;
  if (args.recipients !== undefined) {
    const source = withProgress(readRecipients(args.recipients, (w) => io.stderr.write(`mailpolicy: ${escapeControl(w)}\n`), { ignoreColumns: args.ignoreColumns }), io.stderr, text.progress[locale]);
    let index = 0;
    for await (const record of source) {
      const i = index++;
      const verdict = record instanceof BadRow ? badRowVerdict(record, i, locale) : campaign.checkRecipient(record, i);
      counts[verdict.verdict]++;
      if (verdict.verdict === 'invalid') {
        if (counts.invalid === 1) io.stderr.write(`mailpolicy: ${text.invalidRecipients[locale]}:\n`);
        for (const issue of verdict.issues ?? []) io.stderr.write(`  ${escapeControl(issue.path)}: ${escapeControl(issue.message)}\n`);
      }
      let excludes = false;
      for (const v of verdict.violations) {
        tally.add(v);
        if (v.severity === 'prohibited' && v.scope === 'recipient') excludes = true;
      }
      if (excludes) excluded++;
      const chunk = stream.recipient(verdict);
      if (chunk) await out.write(chunk);
    }
  }
  const { sanction, interventions } = internalsOf(policy).decide(tally.representatives(excluded), campaign.history, campaign.now);
  await out.write(stream.end({ sanction, interventions, counts: { recipients: counts, violations: tally.bySeverity, rules: tally.rules } }));
  await out.flush();
  if (counts.invalid) {
    io.stderr.write(`mailpolicy: ${new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en').format(counts.invalid)} ${text.invalidRecipients[locale]}\n`);
    return EXIT_BAD_INPUT;
  }
  const failing = [...tally.rules.values()].some((r) => severityRank(r.severity) >= severityRank(args.failOn));
  return failing ? EXIT_VIOLATIONS : EXIT_CLEAN;
};

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
        return await runCheck(args, io, locale, version);
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
