// npm run demo [-- --locale en|de] [-- --scenario 01-advent-newsletter] [-- --german-law]; the language
// follows LANG otherwise.
// Checks the campaigns shipped in examples/data/scenarios/ with their fixed evaluation date and
// prints a report grouped by severity. Add a scenario: drop another JSON file in that folder.
// --german-law checks against the germanLaw pack beside the provider's policy (docs/german-law.md).
import { createPolicy, germanLaw, managedEmailServer, type Locale, type Pack, type Report, type RecipientInput } from '../src/index.js';
import { listScenarios, loadScenario, type Scenario } from '../examples/lib/scenario.js';
import { formatReport } from './demo/format-report.js';

export interface DemoOptions {
  readonly locale?: Locale;
  /** Scenario ids to run; all when omitted. */
  readonly scenarios?: readonly string[];
  /** Check the germanLaw pack too, beside the provider's policy. */
  readonly germanLaw?: boolean;
}

export interface DemoRun {
  readonly scenario: Scenario;
  readonly report: Report;
  readonly text: string;
}

export const runScenario = async (scenario: Scenario, locale: Locale, packs: readonly Pack[] = [managedEmailServer]): Promise<DemoRun> => {
  const fixes = new Map(packs.flatMap((p) => p.rules.map((r) => [r.id, r.fix] as const)));
  const policy = createPolicy({ account: scenario.account, now: scenario.now, locale, packs: [...packs] });
  const report = await policy.check({ message: scenario.message, recipients: scenario.recipients as RecipientInput[], history: scenario.history });
  const text = formatReport(report, {
    locale,
    title: scenario.title[locale],
    subject: scenario.message.subject,
    from: scenario.message.from,
    pack: packs.map((p) => `${p.name} ${p.version}`).join(' + '),
    fixes,
  });
  return { scenario, report, text };
};

export const runDemo = async (options: DemoOptions = {}): Promise<DemoRun[]> => {
  const locale = options.locale ?? 'de';
  const ids = options.scenarios?.length ? options.scenarios : listScenarios();
  const runs: DemoRun[] = [];
  const packs = options.germanLaw ? [managedEmailServer, germanLaw] : [managedEmailServer];
  for (const id of ids) runs.push(await runScenario(loadScenario(id), locale, packs));
  return runs;
};

/** The terminal's language: German when LC_ALL, LC_MESSAGES or LANG start with "de", else English (as the CLI). */
export const localeFromEnv = (env: Readonly<Record<string, string | undefined>>): Locale =>
  /^de/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'de' : 'en';

/** The demo's last lines: how to switch the language and what to try next. */
export const demoFooter = (locale: Locale): string =>
  locale === 'de'
    ? [
        '──────────',
        'Auf Englisch: npm run demo -- --locale en (die Sprache folgt sonst LANG).',
        'Als Nächstes:',
        '  • eine eigene Mail prüfen:       npx mailpolicy check newsletter.eml --recipients liste.csv',
        '  • eine HTML-Vorlage prüfen:      npx mailpolicy check vorlage.html --from news@ihre-domain.de --subject "Betreff"',
        '  • mit deutschem Recht daneben:   npm run demo -- --german-law',
        '  • im Browser ausprobieren:       npm run playground',
        '  • Regeln ansehen:                npx mailpolicy rules --locale de',
        '  • im Code: examples/01-check-a-message.ts und docs/cli.md',
      ].join('\n')
    : [
        '──────────',
        'In German: npm run demo -- --locale de (otherwise the language follows LANG).',
        'What to try next:',
        '  • check a mail of your own:      npx mailpolicy check newsletter.eml --recipients list.csv',
        '  • check an HTML template:        npx mailpolicy check template.html --from news@your-domain.example --subject "Subject"',
        '  • German law beside the policy:  npm run demo -- --german-law',
        '  • try it in the browser:         npm run playground',
        '  • list the rules:                npx mailpolicy rules --locale en',
        '  • in code: examples/01-check-a-message.ts and docs/cli.md',
      ].join('\n');

export const parseArgs = (argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): DemoOptions => {
  let locale: Locale = localeFromEnv(env);
  const scenarios: string[] = [];
  let withGermanLaw = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--locale') {
      const v = value();
      if (v !== 'de' && v !== 'en') throw new Error(`--locale must be de or en, not ${v ?? 'nothing'}`);
      locale = v;
    } else if (flag === '--scenario') {
      const v = value();
      if (!v) throw new Error('--scenario needs a name, e.g. 01-advent-newsletter');
      scenarios.push(v);
    } else if (flag === '--german-law') withGermanLaw = true;
    else throw new Error(`unknown argument ${arg} (use --locale de|en, --scenario NAME, --german-law)`);
  }
  return { locale, scenarios, ...(withGermanLaw ? { germanLaw: true } : {}) };
};

if (process.argv[1]?.endsWith('demo.ts')) {
  try {
    const options = parseArgs(process.argv.slice(2), process.env);
    const runs = await runDemo(options);
    console.log(`${runs.map((r) => r.text).join('\n\n')}\n\n${demoFooter(options.locale ?? 'en')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
