import type { Locale, Message, Purpose, RecipientVerdict, Sender, SendingHistory, Violation } from '../model/index.js';
import { REJECTED, parseRecipient, type CompiledParser, type Recipient, type RecipientFieldsMode } from '../model/index.js';
import type { Account, AnalysisLimits, CalendarZone, FactDefinition, MessageFacts } from '../facts/index.js';
import { calendarZone, DEFAULT_TIME_ZONE } from '../facts/index.js';
import { calendarDayOrNull } from '../facts/clock.js';
import { evaluateRules, factGetter, ruleRunner, type CompiledRule, type FactGetter, type ScopedGetterFactory } from '../engine/index.js';
import { recipientVerdict, sendVerdict } from '../report/index.js';
import { analysisLimitViolation, coreFiling, duplicateRecipientViolation, type CoreFiling } from './policy-limits.js';
import { SeenAddresses } from './seen-addresses.js';
import { recipientContext, sendContext } from './send-context.js';

/** One send, prepared: message and history facts and rules evaluated once; recipients one by one. */
export interface Campaign {
  readonly message: Message;
  readonly history: SendingHistory;
  readonly purpose: Purpose;
  readonly facts: MessageFacts;
  /** Message- and history-level violations. */
  readonly violations: readonly Violation[];
  readonly verdict: 'send' | 'fix' | 'hold';
  readonly now: Date;
  /**
   * One recipient's verdict. A later record of an address already checked in this campaign is
   * excluded (mes/duplicate-recipient, naming the first index): one campaign is one check.
   */
  checkRecipient(input: unknown, index: number): RecipientVerdict;
}

export interface CampaignSetup {
  readonly rules: readonly CompiledRule[];
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly account: Account;
  readonly locale: Locale;
  /** Where the library's own findings are filed (coreFiling); omitted, under "mailpolicy". */
  readonly filing?: CoreFiling;
  /** The time zone whose calendar days legal periods count in; absent: Europe/Berlin. */
  readonly zone?: CalendarZone;
  /** How much of the message is analysed; absent: the defaults. */
  readonly limits?: AnalysisLimits;
  /** The recipient schema of `recipientFields` compiled (compileSchema); null or absent: zod parses every record. */
  readonly parseRecipient?: CompiledParser | null;
  /** Unknown fields of a recipient record: 'strict' (default) makes it invalid, 'strip' drops them. */
  readonly recipientFields?: RecipientFieldsMode;
  /** Readers of the recipient-scope facts (scopedFactGetters over `facts`). */
  readonly recipientFacts: ScopedGetterFactory;
}

const addressOf = (input: unknown): string => {
  const a = (input as { address?: unknown } | null)?.address;
  return typeof a === 'string' ? a : '';
};

/**
 * Whether a rule applies to a send of `purpose` checked at `now`. A pack announced after the
 * check's day does not govern yet (S8: "so gilt die neue Richtlinie ab dem Zeitpunkt der
 * Mitteilung"): its rules are not applied; the report says so.
 */
export const ruleApplies = (setup: Pick<CampaignSetup, 'zone'>, now: Date, purpose: Purpose): ((r: CompiledRule) => boolean) => {
  const today = calendarDayOrNull(now, setup.zone ?? calendarZone(DEFAULT_TIME_ZONE))!;
  return (r) => r.pack.announcedAt <= today && (r.purposes === null || r.purposes.has(purpose));
};

export const prepareCampaign = (setup: CampaignSetup, message: Message, history: SendingHistory, now: Date, sender?: Sender): Campaign => {
  const baseCtx = sendContext(setup, { message, history, now, sender });
  const mf = baseCtx.messageFacts;
  const purpose = mf.purpose.value;
  const applies = ruleApplies(setup, now, purpose);
  const byScope = (scope: CompiledRule['scope']) => setup.rules.filter((r) => r.scope === scope && applies(r));
  const shared: FactGetter = factGetter(setup.facts, baseCtx);
  const violations = [
    // A message analysed only in part says so first: findings about the rest are missing.
    ...(mf.analysis.complete ? [] : [analysisLimitViolation(mf.analysis, setup.locale, setup.filing ?? coreFiling([]))]),
    ...evaluateRules(byScope('message'), shared, setup.locale),
    ...evaluateRules(byScope('history'), shared, setup.locale),
  ];
  const verdict = sendVerdict(violations);
  const held = verdict === 'hold';
  const runRecipientRules = ruleRunner(byScope('recipient'), setup.locale);
  const { account, recipientFacts } = setup;
  const fastParse = setup.parseRecipient;
  const mode = setup.recipientFields ?? 'strict';
  const seen = new SeenAddresses();
  const { locale } = setup;
  return {
    message,
    history,
    purpose,
    facts: mf,
    violations,
    verdict,
    now,
    checkRecipient(input, index) {
      // Valid records take the compiled schema; zod itself names the faults of the others.
      let recipient = (fastParse ? fastParse(input) : REJECTED) as Recipient | typeof REJECTED;
      if (recipient === REJECTED) {
        const parsed = parseRecipient(input, `recipients[${index}]`, mode);
        // Each issue in the policy's language (zod's own are worded in German by model/zod-messages.ts).
        if (!parsed.ok) return { address: addressOf(input), index, verdict: 'invalid', violations: [], issues: parsed.issues.map((i) => ({ path: i.path, message: i.messages?.[locale] ?? i.message })) };
        recipient = parsed.value;
      }
      const first = seen.add(recipient.address, index);
      if (first >= 0) {
        return { address: recipient.address, index, verdict: 'exclude', violations: [duplicateRecipientViolation(recipient.address, first, locale, setup.filing ?? coreFiling([]))] };
      }
      const get = recipientFacts(recipientContext(baseCtx, recipient), shared);
      const own = runRecipientRules(get, recipient.address);
      return { address: recipient.address, index, verdict: recipientVerdict(own, held), violations: own };
    },
  };
};
