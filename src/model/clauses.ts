// Clause table of the policy, transcribed from CLAUSES.md: ids A1…S8, the German heading a customer
// finds in the policy text, and an English summary of what must hold.

export type ClauseGroup = 'acceptable' | 'undesired' | 'prohibited' | 'monitoring' | 'sanctions';

export interface Clause {
  readonly id: string;
  readonly group: ClauseGroup;
  /** The policy's own German wording (heading or list item). */
  readonly heading: string;
  /** What must hold, in English. */
  readonly summary: string;
}

const group = (id: string): ClauseGroup =>
  ({ A: 'acceptable', U: 'undesired', P: 'prohibited', M: 'monitoring', S: 'sanctions' } as const)[id[0] as 'A'];

const table: ReadonlyArray<readonly [string, string, string]> = [
  ["A1", "Akzeptabel sind die folgenden Zwecke", "a message has one of the purposes `doi-confirmation`, `newsletter` (newsletters and mailings), `transactional` (order confirmations, reports, password resets), `system-notification` (alerts, reports, notifications from the customer's systems). A missing purpose is treated as `newsletter` (the strictest) and reported."],
  ["A2", "Double Opt In Bestätigungsmails (einmalig)", "a DOI confirmation request goes to a recipient once; a second request to the same address is opt-in spam"],
  ["A3", "...die durch die vor dem Opt-In erhaltenen Informationen mutmaßlich Inhalte dieser Art erwarten", "the message's topic is one the recipient consented to, where the consent records topics"],
  ["U1", "Emails ohne klaren, richtig angegebenen Absender", "the sender is clearly recognisable: a valid From mailbox, with a display name, not a role-less random address"],
  ["U2", "Emails ohne Abmeldelink / technische Möglichkeiten zur Abmeldung", "list mail (newsletter and mailings) carries a working way to unsubscribe: a link in the body, and the List-Unsubscribe header (RFC 2369; one-click RFC 8058 recommended)"],
  ["U3", "Emails ohne Impressum (Link oder Text)", "the message carries an imprint: a link to it or the text itself (German law: § 5 DDG, which replaced § 5 TMG in May 2024)"],
  ["U4", "Versand an Email-Empfänger, deren letzte Aktivität (Open, Click) länger als sechs Monate zurückliegt", "the recipient opened or clicked within the last six months (a recipient who never acted counts from the opt-in confirmation)"],
  ["U5", "Versand an Empfänger, die ein Opt-In begonnen, aber nicht abgeschlossen haben", "the opt-in is confirmed (the DOI confirmation message itself excepted)"],
  ["U6", "Versand an bestätigte Listen früher aktiver Empfänger", "consent lapses when the list has not been mailed for a long time: the last mailing to the recipient lies within a configurable period (default: six months, the policy's own figure for inactivity)"],
  ["U7", "Versand an Empfänger, die mutmaßlich durch Bots angemeldet wurden", "recipients presumably signed up by bots (form spam, opt-in spam) are not contacted again: unconfirmed sign-ups with bot signals (honeypot, burst of sign-ups from one source, disposable or gibberish addresses, a score from the customer's own bot detection)"],
  ["U8", "Email-Etikette", "the technical properties the provider inspects (size, unsubscribe link, imprint) are within bounds: message size (a very large message is reported; an HTML body over about 102 KB is clipped by Gmail)"],
  ["P1", "Nutzung gekaufter oder von Dritten bereitgestellter Email-Listen", "no recipient comes from a bought, rented, third-party, scraped or co-registration list"],
  ["P2", "Versand an Empfänger die kein Opt-In erteilt haben", "newsletters and mailings go only to recipients with an opt-in; transactional and system messages need no marketing consent, a DOI confirmation needs a started opt-in"],
  ["P3", "Verwendung falscher Absender-Identitäten", "the From domain is one of the customer's own sending domains, and the display name does not pose as another organisation or domain"],
  ["P4", "Verschleierung der Identität des Absenders", "the sender's identity is not hidden: a From header exists, Reply-To / Sender do not lead to an unrelated domain, the imprint is not missing on a message that also lacks a display name"],
  ["P5", "Werbung für verbotene, beleidigende, gefährliche Angebote oder verbotene Handlungen", "no advertising for forbidden, offensive or dangerous offers or forbidden acts"],
  ["P6", "Erotische, pornografische, extremistische oder gegen die guten Sitten verstoßende Inhalte", "no erotic, pornographic, extremist or immoral content"],
  ["M1", "IP-Reputationsmonitoring, Blacklist-Überwachung", "the sending IPs or domains are on a blocklist"],
  ["M2", "Bearbeitungen von Abuse-Meldungen, SPAM-Filter Scoring", "complaint (spam report) rate and abuse reports over a window"],
  ["M3", "Bounce-Analyse", "hard-bounce rate; addresses that hard-bounced are still on the list"],
  ["M4", "Transaktions-Analyse, Logfile-Analyse", "sudden volume spikes against the sender's own baseline"],
  ["M5", "Blockaden-Analyse", "receiving providers are deferring or blocking the sender"],
  ["M6", "Inhalts-Analyse, SPAM-Filter Scoring", "a spam score supplied by the user's filter is over its threshold"],
  ["S1", "Begrenzen der Senderate", "suggested sanction `rate-limit`"],
  ["S2", "Anhalten oder abbrechen von laufenden Email-Massenversänden", "suggested sanctions `pause-campaign`, `abort-campaign`"],
  ["S3", "Sperren von Zugängen oder Servern", "suggested sanction `suspend-account`"],
  ["S4", "Wechseln von Systemressourcen, IP-Adressen", "suggested sanction `rotate-ip`"],
  ["S5", "Wiederherstellung der Verfügbarkeit", "contact the customer first and name the triggering circumstances: every report can render a notice to the customer (German and English) naming each violation, its clause and its evidence"],
  ["S6", "Kündigung bei wiederholten Verstößen", "termination only after documented repeated violations and a formal warning (Abmahnung): escalation from the documented history: a first undesired use gets a notice, repeats get a rate limit, a prohibited use pauses or aborts the campaign and earns a warning, a prohibited use after a warning makes the contract eligible for termination"],
  ["S7", "Aufwendungsersatz", "costs of interventions are billed at the agreed hourly rate: the report records each intervention so its cost can be billed (hours are the caller's input)"],
  ["S8", "Anpassungsregelung", "a new policy version applies from its announcement unless the customer objects within six weeks: rule packs carry a version and an announcement date; the caller can ask which version governs on a given day and whether the objection window is still open"],
];

export const clauses: ReadonlyMap<string, Clause> = new Map(
  table.map(([id, heading, summary]) => [id, Object.freeze({ id, group: group(id), heading, summary })]),
);

export const clauseIds: readonly string[] = table.map(([id]) => id);
