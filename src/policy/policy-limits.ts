// Limits a user can set on one check (PolicyOptions.limits): how much of a message is analysed
// and how many recipients one `check` call takes. Past an analysis limit the report carries the
// advisory violation <prefix>/analysis-limit naming what was left out; past the recipient limit
// `check` throws an InputError. Nothing is skipped silently. docs/security.md.
import type { Locale, Violation } from '../model/index.js';
import { InputError } from '../model/index.js';
import { defaultAnalysisLimits, type AnalysisFacts, type AnalysisLimitName, type AnalysisLimits } from '../facts/index.js';
import { clauseHeadingOf, type ExplainedFact, type Explanation, type PackUse } from '../engine/index.js';
import { formatNumber } from '../report/formatters/i18n.js';

export interface Limits extends AnalysisLimits {
  /** Most recipients one `check` call takes; stream larger lists through `checkRecipients`. */
  readonly maxRecipients: number;
}

export const defaultLimits: Limits = { ...defaultAnalysisLimits, maxRecipients: 100_000 };

export const resolveLimits = (given: Partial<Limits> | undefined): Limits => ({ ...defaultLimits, ...given });

/**
 * Where the library's own findings are filed: rule ids and the clause they cite. They belong to
 * no rule file; the first pack in use that declares `coreFindings` files them under its clause
 * (the seed pack: mes/…, U8 "Email-Etikette"); with none, under "mailpolicy".
 */
export interface CoreFiling {
  readonly analysisLimit: string;
  readonly duplicateRecipient: string;
  readonly clause: string;
  readonly clauseHeading: string;
}

export const coreFiling = (packs: readonly PackUse[]): CoreFiling => {
  for (const { pack } of packs) {
    const f = pack.coreFindings;
    const clause = f && pack.clauses.find((c) => c.id === f.clause);
    if (f && clause) return { analysisLimit: `${f.idPrefix}/analysis-limit`, duplicateRecipient: `${f.idPrefix}/duplicate-recipient`, clause: f.clause, clauseHeading: clauseHeadingOf(clause, pack.language) };
  }
  return { analysisLimit: 'mailpolicy/analysis-limit', duplicateRecipient: 'mailpolicy/duplicate-recipient', clause: 'mailpolicy', clauseHeading: 'mailpolicy' };
};

const n = (locale: Locale, x: number | undefined): string => (x === undefined ? '–' : formatNumber(locale, x));

const what = {
  maxHtmlBytes: (a: AnalysisFacts) => ({
    de: `vom HTML-Teil nur ${n('de', a.htmlBytesAnalysed)} von ${n('de', a.htmlBytes)} Bytes (maxHtmlBytes)`,
    en: `only ${n('en', a.htmlBytesAnalysed)} of ${n('en', a.htmlBytes)} bytes of the HTML part (maxHtmlBytes)`,
  }),
  maxTextBytes: (a: AnalysisFacts) => ({
    de: `vom Textteil nur ${n('de', a.textBytesAnalysed)} von ${n('de', a.textBytes)} Bytes (maxTextBytes)`,
    en: `only ${n('en', a.textBytesAnalysed)} of ${n('en', a.textBytes)} bytes of the text part (maxTextBytes)`,
  }),
  maxLinks: (a: AnalysisFacts) => ({
    de: `nur ${n('de', a.linksAnalysed)} von mindestens ${n('de', a.links)} Links (maxLinks; nach weiteren Links wurde nicht gesucht)`,
    en: `only ${n('en', a.linksAnalysed)} of at least ${n('en', a.links)} links (maxLinks; links past the limit were not searched for)`,
  }),
} as const;

/** The advisory violation for a message that was not analysed in full (U8: the provider inspects size and content). */
const headerNames = { from: 'From', 'reply-to': 'Reply-To', sender: 'Sender' } as const;

export const analysisLimitViolation = (a: AnalysisFacts, locale: Locale, filing: CoreFiling): Violation => {
  const parts = a.exceeded.map((name) => what[name](a));
  const cut = a.cutHeaders ?? [];
  if (cut.length > 0) {
    const names = cut.map((h) => headerNames[h]).join(', ');
    parts.push({
      de: `${cut.length === 1 ? 'vom Header' : 'von den Headern'} ${names} nur die Adressen (länger als 998 Zeichen oder mehr als 32 Klammern; Anzeigename und Kommentare nicht gelesen)`,
      en: `only the addresses of the ${names} header${cut.length === 1 ? '' : 's'} (longer than 998 characters or more than 32 parentheses; display name and comments not read)`,
    });
  }
  const messages = {
    de: `Die Nachricht ist größer als die eingestellten Analysegrenzen; geprüft wurden ${parts.map((p) => p.de).join(', ')}. Befunde zum Rest fehlen.`,
    en: `The message exceeds the configured analysis limits; checked were ${parts.map((p) => p.en).join(', ')}. Findings about the rest are missing.`,
  };
  return {
    ruleId: filing.analysisLimit,
    clause: filing.clause,
    clauseHeading: filing.clauseHeading,
    severity: 'advisory',
    sanction: 'notice',
    scope: 'message',
    message: messages[locale],
    messages,
    fix: {
      de: 'Die Nachricht verkleinern oder die Grenzen in createPolicy({ limits }) anheben, damit sie ganz geprüft wird.',
      en: 'Make the message smaller, or raise the limits in createPolicy({ limits }) so that all of it is checked.',
    },
    evidence: {
      'analysis.exceeded': [...a.exceeded],
      'analysis.htmlBytes': a.htmlBytes,
      'analysis.htmlBytesAnalysed': a.htmlBytesAnalysed,
      'analysis.textBytes': a.textBytes,
      'analysis.textBytesAnalysed': a.textBytesAnalysed,
      'analysis.links': a.links,
      'analysis.linksAnalysed': a.linksAnalysed,
      ...(cut.length > 0 ? { 'analysis.cutHeaders': [...cut] } : {}),
      ...Object.fromEntries(a.exceeded.map((name) => [`limits.${name}`, a.limits[name]])),
    },
  };
};

/**
 * A later record of an address already checked in this send (seen-addresses.ts says how
 * addresses compare). Not a breach of the policy, so advisory with no sanction; the record is
 * excluded all the same, so that nobody gets the mail twice (duplicates are what recipients
 * report as spam, and the provider watches abuse reports: M2). A core rule like
 * <prefix>/analysis-limit: no fact of one recipient can say what an earlier record held.
 */
export const duplicateRecipientViolation = (address: string, firstIndex: number, locale: Locale, filing: CoreFiling): Violation => {
  const messages = {
    de: `Doppelter Empfänger: ${address} steht schon an Position ${firstIndex} der Liste (gezählt ab 0); dieser Eintrag wird ausgeschlossen, damit die Email nicht zweimal ankommt.`,
    en: `Duplicate recipient: ${address} is already at position ${firstIndex} of the list (counted from 0); this record is excluded so that the email does not arrive twice.`,
  };
  return {
    ruleId: filing.duplicateRecipient,
    clause: filing.clause,
    clauseHeading: filing.clauseHeading,
    severity: 'advisory',
    sanction: 'none',
    scope: 'recipient',
    recipient: address,
    message: messages[locale],
    messages,
    fix: {
      de: 'Entfernen Sie doppelte Adressen aus der Liste (Groß- und Kleinschreibung zählt nicht).',
      en: 'Remove duplicate addresses from the list (upper and lower case do not count).',
    },
    evidence: { 'recipient.address': address, 'duplicate.firstIndex': firstIndex },
  };
};

/** The explanation of a core violation that no rule file defines: its header and one `any` of facts. */
const evidenceExplanation = (v: Violation, conditions: ExplainedFact[]): Explanation => ({
  ruleId: v.ruleId,
  clause: v.clause,
  clauseHeading: v.clauseHeading,
  severity: v.severity,
  sanction: v.sanction,
  message: v.message,
  source: 'evidence',
  conditions: { kind: 'any', status: 'passed', conditions },
});

/** `policy.explain` for <prefix>/duplicate-recipient, which no rule file defines. */
export const explainDuplicateRecipient = (v: Violation): Explanation =>
  evidenceExplanation(v, [
    {
      kind: 'fact',
      fact: 'duplicate',
      path: '$.firstIndex',
      key: 'duplicate.firstIndex',
      operator: 'greaterThanInclusive',
      expected: 0,
      actual: v.evidence['duplicate.firstIndex'],
      status: 'passed',
    },
  ]);

export const tooManyRecipients = (max: number): InputError =>
  new InputError([{ path: 'recipients', message: `more than ${max} recipients in one check call (limits.maxRecipients); stream larger lists through checkRecipients` }]);

// The measured value each limit is compared with, as evidence keys.
const measured: Record<AnalysisLimitName, string> = {
  maxHtmlBytes: 'analysis.htmlBytes',
  maxTextBytes: 'analysis.textBytes',
  maxLinks: 'analysis.links',
};

/** `policy.explain` for <prefix>/analysis-limit, which no rule file defines: each exceeded limit as a condition. */
export const explainAnalysisLimit = (v: Violation): Explanation => {
  const exceeded = (Array.isArray(v.evidence['analysis.exceeded']) ? v.evidence['analysis.exceeded'] : []) as AnalysisLimitName[];
  const conditions: ExplainedFact[] = exceeded
    .filter((name) => name in measured)
    .map((name) => ({
      kind: 'fact',
      fact: 'analysis',
      path: `$.${measured[name].slice('analysis.'.length)}`,
      key: measured[name],
      operator: 'greaterThan',
      expected: v.evidence[`limits.${name}`],
      expectedFrom: `limits.${name}`,
      actual: v.evidence[measured[name]],
      status: 'passed',
    }));
  return evidenceExplanation(v, conditions);
};
