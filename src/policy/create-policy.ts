import type { Locale, MessageInput, RecipientVerdict, Report, SendingHistoryInput, Violation } from '../model/index.js';
import { compileRecipientParser, DateInputSchema, InputError, parseSendInput, RecipientSchema, toInputIssues } from '../model/index.js';
import { configureRules, explain as explainViolation, PackError, scopedFactGetters, type CompiledRule, type ConfiguredRule, type Explanation, type PackIssue, type PackMode } from '../engine/index.js';
import { decideSanction, governingVersion } from '../sanctions/index.js';
import { calendarZone, DEFAULT_TIME_ZONE } from '../facts/index.js';
import { managedEmailServer } from '../packs/managed-email-server.js';
import { prepareCampaign, type Campaign } from './campaign.js';
import { syncVerdictStream } from './verdict-stream.js';
import { resolveConfig, resolveFacts, resolveOperators } from './config.js';
import { parseOptions, type PolicyOptions } from './options.js';
import { ANALYSIS_LIMIT_RULE, explainAnalysisLimit, resolveLimits, tooManyRecipients } from './policy-limits.js';

export interface SendInput {
  readonly message: MessageInput;
  readonly history?: SendingHistoryInput;
  /** Overrides the policy's `now` for this check. */
  readonly now?: Date | string;
}

export interface CheckInput extends SendInput {
  /** Sync or async: a stream of records (the CLI's CSV reader) is checked as it arrives. */
  readonly recipients?: Iterable<unknown> | AsyncIterable<unknown>;
}

/** The effective configuration of a policy (JSON-serialisable): what `policy.describe()` returns. */
export interface PolicyDescription {
  readonly locale: Locale;
  readonly packs: readonly { readonly name: string; readonly version: string; readonly announcedAt: string; readonly use: PackMode; readonly extends: readonly string[] }[];
  /** Every rule of the packs, enabled or not, with its effective severity, sanction and options. */
  readonly rules: readonly ConfiguredRule[];
  readonly facts: readonly { readonly name: string; readonly scope: string; readonly description: string; readonly custom: boolean }[];
  readonly operators: readonly string[];
}

export interface Policy {
  /** The enabled rules after configuration, in evaluation order. */
  readonly rules: readonly CompiledRule[];
  readonly locale: Locale;
  /** The effective configuration: packs, every rule (enabled or not) with its settings, facts, custom operators. */
  describe(): PolicyDescription;
  /**
   * Why a violation fired, condition by condition. Works on violations straight from a report and,
   * by replaying the rule over `violation.evidence`, on violations that went through JSON.
   */
  explain(violation: Violation): Explanation;
  /** Validates message and history (InputError) and evaluates message- and history-level rules once. */
  prepare(input: SendInput): Campaign;
  check(input: CheckInput): Promise<Report>;
  checkRecipients(recipients: Iterable<unknown> | AsyncIterable<unknown>, input: SendInput): AsyncGenerator<RecipientVerdict, void, undefined>;
}

export const createPolicy = (options: PolicyOptions = {}): Policy => {
  const opts = parseOptions(options);
  const locale = opts.locale ?? 'de';
  const issues: PackIssue[] = [];
  const facts = resolveFacts(opts.facts, issues);
  const operators = resolveOperators(opts.operators, issues);
  const config = resolveConfig(options, [managedEmailServer], issues);
  if (issues.length > 0) throw new PackError(issues);
  const configuration = configureRules({ packs: config.packs, settings: config.settings, facts, operators });
  const rules = configuration.compiled;
  const customFacts = new Set(Object.keys(opts.facts ?? {}));
  const description: PolicyDescription = {
    locale,
    packs: config.packs.map((u) => ({ name: u.pack.name, version: u.pack.version, announcedAt: u.pack.announcedAt, use: u.mode, extends: u.pack.extends ?? [] })),
    rules: configuration.rules,
    facts: [...facts.values()].map((f) => ({ name: f.name, scope: f.scope, description: f.description, custom: customFacts.has(f.name) })),
    operators: [...operators.keys()],
  };
  const account = { senderDomains: opts.account?.senderDomains ?? [] };
  const limits = resolveLimits(opts.limits);
  const zone = calendarZone(opts.timeZone ?? DEFAULT_TIME_ZONE);
  const setup = { rules, facts, account, locale, limits, zone, parseRecipient: compileRecipientParser(), recipientFacts: scopedFactGetters(facts, 'recipient') };

  const prepare = (input: SendInput): Campaign => {
    const { message, history } = parseSendInput(input?.message, input?.history);
    const nowInput = input.now ?? opts.now;
    const now = nowInput === undefined ? new Date() : nowInput instanceof Date && input.now === undefined ? nowInput : parseSendNow(nowInput);
    return prepareCampaign(setup, message, history, now);
  };

  return {
    rules,
    locale,
    prepare,
    describe: () => structuredCloneJson(description),
    explain: (violation) => (violation?.ruleId === ANALYSIS_LIMIT_RULE ? explainAnalysisLimit(violation) : explainViolation(violation, rules)),
    async check(input) {
      const list = input?.recipients ?? [];
      if (Array.isArray(list) && list.length > limits.maxRecipients) throw tooManyRecipients(limits.maxRecipients);
      const campaign = prepare(input);
      const recipients: RecipientVerdict[] = [];
      let index = 0;
      for await (const r of list) {
        if (index >= limits.maxRecipients) throw tooManyRecipients(limits.maxRecipients);
        recipients.push(campaign.checkRecipient(r, index++));
      }
      const violations: Violation[] = [...campaign.violations, ...recipients.flatMap((r) => r.violations)];
      const { sanction, interventions } = decideSanction({
        violations, history: campaign.history, now: campaign.now, locale, repeatPeriodDays: opts.sanctions?.repeatPeriodDays, warningValidityDays: opts.sanctions?.warningValidityDays,
      });
      return {
        verdict: campaign.verdict,
        purpose: campaign.purpose,
        checkedAt: campaign.now.toISOString(),
        violations,
        recipients,
        sanction,
        interventions,
        policyVersions: config.packs.map(({ pack }) => {
          const g = governingVersion([pack], { at: campaign.now, timeZone: opts.timeZone });
          return g.status === 'none'
            ? { pack: pack.name, version: pack.version, announcedAt: pack.announcedAt, status: 'announced-later' as const, objectionWindow: null }
            : { pack: pack.name, version: pack.version, announcedAt: pack.announcedAt, status: 'in-force' as const, objectionWindow: g.objectionWindow };
        }),
      };
    },
    checkRecipients(source, input) {
      // A sync source is read with for…of semantics: for await would wrap every item in a
      // promise of its own. Either way the source is closed when the consumer stops early.
      // A missing source fails on the first pull, as an async generator's loop would fail.
      if (source != null && typeof (source as Iterable<unknown>)[Symbol.iterator] === 'function') {
        return syncVerdictStream(source as Iterable<unknown>, () => prepare(input));
      }
      return asyncVerdicts(source as AsyncIterable<unknown>, () => prepare(input));
    },
  };
};

async function* asyncVerdicts(source: AsyncIterable<unknown>, start: () => Campaign): AsyncGenerator<RecipientVerdict, void, undefined> {
  const campaign = start();
  let index = 0;
  for await (const r of source) yield campaign.checkRecipient(r, index++);
}

const parseSendNow = (v: Date | string): Date => {
  const r = DateInputSchema.safeParse(v);
  if (!r.success) throw new InputError(toInputIssues('now', r.error));
  return r.data;
};

// describe() hands out a copy, so callers cannot change the policy through it.
const structuredCloneJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
