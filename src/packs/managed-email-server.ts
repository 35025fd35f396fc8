import { definePack, PackError, setRuleOrigin, type Pack } from '../engine/index.js';
import { manifest, ruleFiles, type RuleId } from './managed-email-server.rules.js';

/** The ids of the built-in pack's rules ('mes/no-imprint', …): a misspelled one in createPolicy({ rules }) does not compile. */
export type ManagedEmailServerRuleId = RuleId;

const fileOf = (i: number) => `rules/managed-email-server/${manifest.rules[i]}.json`;

// A broken rule file fails at import with pointers into that file, not into the assembled pack.
const define = (): Pack => {
  try {
    return definePack({
      name: manifest.name,
      version: manifest.version,
      announcedAt: manifest.announcedAt,
      description: manifest.description,
      docsUrl: manifest.docsUrl,
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
