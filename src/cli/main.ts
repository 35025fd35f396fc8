import { createPolicy } from '../policy/index.js';
import { InputError, severityRank, type Locale, type RecipientInput, type Report } from '../model/index.js';
import { formatReport } from '../report/index.js';
import { parseCommandLine, UsageError, type CheckArgs } from './args.js';
import { explainer } from './explain.js';
import { helpText } from './help.js';
import type { CliIO } from './io.js';
import { withProgress } from './progress.js';
import { readHistory, readMessage } from './read-inputs.js';
import { readRecipients } from './recipients/index.js';
import { formatRules } from './rules-command.js';

export const EXIT_CLEAN = 0;
export const EXIT_VIOLATIONS = 1;
export const EXIT_BAD_INPUT = 2;

const localeFrom = (env: CliIO['env']): Locale =>
  /^de/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'de' : 'en';

const text = {
  usage: { de: 'Falscher Aufruf', en: 'Bad usage' },
  seeHelp: { de: 'Siehe: mailpolicy --help', en: 'See: mailpolicy --help' },
  badInput: { de: 'Fehlerhafte Eingabe', en: 'Bad input' },
  invalidRecipients: { de: 'ungültige Empfänger-Datensätze', en: 'invalid recipient records' },
  progress: { de: (n: number) => `${n} Empfänger geprüft`, en: (n: number) => `${n} recipients checked` },
} as const;

const runCheck = async (args: CheckArgs, io: CliIO, locale: Locale, version: string): Promise<number> => {
  const [message, history] = await Promise.all([
    readMessage(args.message, args.purpose),
    args.history === undefined ? undefined : readHistory(args.history),
  ]);
  const policy = createPolicy({ locale, account: { senderDomains: [...args.senderDomains] }, ...(args.now ? { now: args.now } : {}) });
  const recipients =
    args.recipients === undefined
      ? undefined
      : withProgress(readRecipients(args.recipients, (w) => io.stderr.write(`mailpolicy: ${w}\n`), { ignoreColumns: args.ignoreColumns }), io.stderr, text.progress[locale]);
  const report: Report = await policy.check({ message, ...(history ? { history } : {}), ...(recipients ? { recipients: recipients as AsyncIterable<RecipientInput> } : {}) });
  io.stdout.write(
    formatReport(report, args.format, {
      locale,
      rules: policy.rules,
      failOn: args.failOn,
      toolVersion: version,
      color: args.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR),
      sources: { message: args.message, ...(args.recipients ? { recipients: args.recipients } : {}), ...(args.history ? { history: args.history } : {}) },
      ...(args.explain ? { explain: explainer(policy, locale) } : {}),
    }),
  );
  const invalid = report.recipients.filter((r) => r.verdict === 'invalid');
  if (invalid.length) {
    io.stderr.write(`mailpolicy: ${invalid.length} ${text.invalidRecipients[locale]}:\n`);
    for (const r of invalid) for (const i of r.issues ?? []) io.stderr.write(`  ${i.path}: ${i.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const failing = report.violations.some((v) => severityRank(v.severity) >= severityRank(args.failOn));
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
      case 'rules':
        io.stdout.write(formatRules(createPolicy({ locale }).rules, locale, args.format));
        return EXIT_CLEAN;
      case 'check':
        return await runCheck(args, io, locale, version);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`mailpolicy: ${text.usage[locale]}: ${e.message}\n${text.seeHelp[locale]}\n`);
      return EXIT_BAD_INPUT;
    }
    if (e instanceof InputError) {
      io.stderr.write(`mailpolicy: ${text.badInput[locale]}:\n${e.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
};
