import { definePack, PackError, setRuleOrigin, type Pack, type SanctionPolicy } from '../engine/index.js';
import { decideSanction } from '../sanctions/index.js';
import { manifest, ruleFiles, type RuleId } from './managed-email-server.rules.js';

/** The ids of the built-in pack's rules ('mes/no-imprint', …): a misspelled one in createPolicy({ rules }) does not compile. */
export type ManagedEmailServerRuleId = RuleId;

const fileOf = (i: number) => `rules/managed-email-server/${manifest.rules[i]}.json`;

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** S5–S7: the escalation ladder from the documented history, plus each rule's own action. */
const escalation: SanctionPolicy = ({ violations, history, now, locale, options }) =>
  decideSanction({ violations, history, now, locale, repeatPeriodDays: num(options.repeatPeriodDays), warningValidityDays: num(options.warningValidityDays) });

// A broken rule file fails at import with pointers into that file, not into the assembled pack.
const define = (): Pack => {
  try {
    return definePack({
      name: manifest.name,
      version: manifest.version,
      announcedAt: manifest.announcedAt,
      description: manifest.description,
      docsUrl: manifest.docsUrl,
      language: manifest.language as 'de',
      clauses: manifest.clauses,
      coreFindings: manifest.coreFindings,
      sanctions: escalation,
      rules: ruleFiles as never,
    });
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    throw new PackError(e.issues.map((x) => {
      const m = /^\/rules\/(\d+)(\/.*)?$/.exec(x.pointer);
      return m ? { ...x, file: fileOf(Number(m[1])), pointer: m[2] ?? '' } : x;
    }));
  }
};

/** The built-in pack: the provider's "Richtlinien Managed Email Server" (CLAUSES.md). */
export const managedEmailServer: Pack = define();
managedEmailServer.rules.forEach((rule, i) => setRuleOrigin(rule, { pack: manifest.name, pointer: '', file: fileOf(i) }));

/** @deprecated read `managedEmailServer.clauses`. The seed's clauses by id, heading in German. */
export const clauses: ReadonlyMap<string, { readonly id: string; readonly group: string; readonly heading: string; readonly summary: string }> = new Map(
  managedEmailServer.clauses.map((c) => [c.id, Object.freeze({ id: c.id, group: c.group ?? '', heading: c.heading.de ?? c.heading.en, summary: c.summary?.en ?? '' })]),
);

/** @deprecated read `managedEmailServer.clauses`. */
export const clauseIds: readonly string[] = managedEmailServer.clauses.map((c) => c.id);
