import { definePack, PackError, setRuleOrigin, type Pack } from '../engine/index.js';
import { manifest, ruleFiles, type RuleId } from './bulk-sender.rules.js';
import { bulkSenderFacts } from './bulk-sender-facts.js';

/** The ids of the bulkSender pack's rules ('bulk/unauthenticated', …). */
export type BulkSenderRuleId = RuleId;

const fileOf = (i: number) => `rules/bulk-sender/${manifest.rules[i]}.json`;

// Built only through the public pack API: its own clauses (named after their source: GMAIL-…,
// YAHOO-…, MS-…, RFC8058-3.1), its own facts, and each rule's own sanction (no escalation ladder:
// a provider's requirement has no warnings, it has bounces).
const define = (): Pack => {
  try {
    return definePack({
      name: manifest.name,
      version: manifest.version,
      announcedAt: manifest.announcedAt,
      description: manifest.description,
      docsUrl: manifest.docsUrl,
      language: manifest.language as 'en',
      clauses: manifest.clauses,
      facts: bulkSenderFacts,
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

/**
 * The mailbox providers' bulk-sender requirements (Gmail, Yahoo, Outlook.com) and RFC 2369 /
 * RFC 8058. Not in createPolicy's defaults: `createPolicy({ packs: [bulkSender] })`, alone or next
 * to managedEmailServer. Reads check's `sender` input (probeSender in mailpolicy/node) and the
 * history's providerDays where given; a received test message (.eml) alone also works.
 */
export const bulkSender: Pack = define();
bulkSender.rules.forEach((rule, i) => setRuleOrigin(rule, { pack: manifest.name, pointer: '', file: fileOf(i) }));
