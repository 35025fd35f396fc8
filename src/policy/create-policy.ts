import type { CompiledParser, Locale, PolicyVersion, SendingHistory, MessageInput, RecipientInput, RecipientVerdict, Report, Sender, SenderInput, SendingHistoryInput, Violation } from '../model/index.js';
import { compileRecipientParser, DateInputSchema, describeValue, describeValueDe, InputError, inputIssue, parseSendInput, RecipientSchema, toInputIssues } from '../model/index.js';
import { configureRules, explain as explainViolation, PackError, scopedFactGetters, type CompiledRule, type ConfiguredRule, type Explanation, type OperatorFn, type PackIssue, type PackMode } from '../engine/index.js';
import { combineSanctions, governingVersion, suggestedSanctions } from '../sanctions/index.js';
import { calendarZone, DEFAULT_TIME_ZONE } from '../facts/index.js';
import { type ManagedEmailServerRuleId } from '../packs/managed-email-server.js';
import { defaultPacks } from '../packs/builtin-packs.js';
import { prepareCampaign, type Campaign, type CampaignSetup } from './campaign.js';
import type { ParsedSend } from './send-context.js';
import { syncVerdictStream } from './verdict-stream.js';
import { resolveConfig, resolveFacts, resolveOperators } from './config.js';
import { parseOptions, type PolicyOptions } from './options.js';
import type { RuleSetting } from '../engine/index.js';
import { coreFiling, type CoreFiling, explainAnalysisLimit, explainDuplicateRecipient, resolveLimits, tooManyRecipients } from './policy-limits.js';

export interface SendInput {
  readonly message: MessageInput;
  readonly history?: SendingHistoryInput;
  /**
   * What DNS and the MTA say about the sending domain and IP (SPF, DMARC, DKIM keys, MX, PTR,
   * TLS): `probeSender` from mailpolicy/node returns it. Read by packs such as bulkSender.
   */
  readonly sender?: SenderInput;
  /** Overrides the policy's `now` for this check. */
  readonly now?: Date | string;
}

export interface CheckInput extends SendInput {
  /**
   * Sync or async: a stream of records (the CLI's CSV reader) is checked as it arrives. Typed as
   * RecipientInput; each record is still validated at run time (a bad one gets verdict 'invalid').
   */
  readonly recipients?: Iterable<RecipientInput> | AsyncIterable<RecipientInput>;
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
  checkRecipients(recipients: Iterable<RecipientInput> | AsyncIterable<RecipientInput>, input: SendInput): AsyncGenerator<RecipientVerdict, void, undefined>;
}

/**
 * Rule settings whose built-in ids ('mes/…') are checked by the compiler: `'mes/no-imprnt': 'off'`
 * does not compile. Ids of other packs stay free (their packs are data, known at run time, where
 * an unknown id is a PackError).
 */
export type CheckedRules<R> = {
  readonly [K in keyof R]: K extends `mes/${string}` ? (K extends ManagedEmailServerRuleId ? RuleSetting : never) : RuleSetting;
};

export const createPolicy = <const R extends Readonly<Record<string, RuleSetting>> = Record<never, RuleSetting>>(
  options: PolicyOptions & { readonly rules?: R & CheckedRules<R> } = {},
): Policy => {
  const opts = parseOptions(options);
  const locale = opts.locale ?? 'de';
  const issues: PackIssue[] = [];
  const config = resolveConfig(options, defaultPacks, issues);
  const facts = resolveFacts(config.packs, opts.facts, issues);
  const operators = resolveOperators(config.packs, opts.operators, issues);
  if (issues.length > 0) throw new PackError(issues);
  const configuration = configureRules({ packs: config.packs, settings: config.settings, facts, operators });
  const rules = configuration.compiled;
  const customFacts = new Set([...Object.keys(opts.facts ?? {}), ...config.packs.flatMap((u) => Object.keys(u.pack.facts ?? {}))]);
  const description: PolicyDescription = {
    locale,
    packs: config.packs.map((u) => ({ name: u.pack.name, version: u.pack.version, announcedAt: u.pack.announcedAt, use: u.mode, extends: u.pack.extends ?? [] })),
    rules: configuration.rules,
    facts: [...facts.values()].map((f) => ({ name: f.name, scope: f.scope, description: f.description, custom: customFacts.has(f.name) })),
    operators: [...operators.keys()],
  };
  const account = { senderDomains: opts.account?.senderDomains ?? [] };
  const limits = resolveLimits(opts.limits);
  const recipientFields = opts.recipientFields ?? 'strict';
  const zone = calendarZone(opts.timeZone ?? DEFAULT_TIME_ZONE);
  const filing = coreFiling(config.packs);
  // Each violation goes to the sanction policy of the pack its rule came from; the library's own
  // findings to the pack they are filed with.
  const packOfRule = new Map(rules.map((r) => [r.id, r.pack.name]));
  const filedWith = config.packs.find((u) => u.pack.coreFindings !== undefined)?.pack.name ?? config.packs[0]?.pack.name;
  packOfRule.set(filing.analysisLimit, filedWith ?? '');
  packOfRule.set(filing.duplicateRecipient, filedWith ?? '');
  const sanctionOptions: Readonly<Record<string, unknown>> = { ...opts.sanctions };
  // Which version of each pack governs on the check's day (S8): one announced later is not applied.
  const versions = (now: Date): PolicyVersion[] =>
    config.packs.map(({ pack }) => {
      const g = governingVersion([pack], { at: now, timeZone: opts.timeZone });
      return g.status === 'none'
        ? { pack: pack.name, version: pack.version, announcedAt: pack.announcedAt, status: 'announced-later' as const, objectionWindow: null }
        : { pack: pack.name, version: pack.version, announcedAt: pack.announcedAt, status: 'in-force' as const, objectionWindow: g.objectionWindow };
    });
  const decide = (violations: readonly Violation[], history: Campaign['history'], now: Date) => {
    const byPack = new Map<string, Violation[]>(config.packs.map((u) => [u.pack.name, []]));
    for (const v of violations) byPack.get(packOfRule.get(v.ruleId) ?? '')?.push(v);
    return combineSanctions(
      config.packs.map(({ pack }) => (pack.sanctions ?? suggestedSanctions)({ violations: byPack.get(pack.name)!, history, now, locale, options: sanctionOptions })),
    );
  };
  const setup = { filing, rules, facts, account, locale, limits, zone, recipientFields, parseRecipient: compileRecipientParser(recipientFields), recipientFacts: scopedFactGetters(facts, 'recipient') };

  const parseSend = (input: SendInput): ParsedSend => {
    const { message, history, sender } = parseSendInput(input?.message, input?.history, input?.sender);
    const nowInput = input.now ?? opts.now;
    // The policy's own Date (parseOptions copied the caller's) is copied again per campaign:
    // campaign.now is handed out, and the policy's clock must not move with it.
    const now = nowInput === undefined ? new Date() : nowInput instanceof Date && input.now === undefined ? new Date(nowInput.getTime()) : parseSendNow(nowInput);
    return { message, history, now, sender };
  };
  const prepare = (input: SendInput): Campaign => {
    const { message, history, now, sender } = parseSend(input);
    return prepareCampaign(setup, message, history, now, sender);
  };

  const policy: Policy = {
    rules,
    locale,
    prepare,
    describe: () => structuredCloneJson(description),
    explain: (violation) =>
      violation !== null && typeof violation === 'object' && violation.ruleId === filing.analysisLimit
        ? explainAnalysisLimit(violation)
        : violation !== null && typeof violation === 'object' && violation.ruleId === filing.duplicateRecipient
          ? explainDuplicateRecipient(violation)
          : explainViolation(violation, rules),
    async check(input) {
      const list = recipientSource(input?.recipients ?? []);
      if (Array.isArray(list) && list.length > limits.maxRecipients) throw tooManyRecipients(limits.maxRecipients);
      const campaign = prepare(input);
      const recipients: RecipientVerdict[] = [];
      const add = (r: unknown): void => {
        if (recipients.length >= limits.maxRecipients) throw tooManyRecipients(limits.maxRecipients);
        recipients.push(campaign.checkRecipient(r, recipients.length));
      };
      // A sync source is read with for…of (a promise in it read as its value): for await would
      // wrap every record in a promise of its own, about half the cost of checking it.
      if (isSyncIterable(list)) for (const r of list) add(isThenable(r) ? await r : r);
      else for await (const r of list) add(r);
      const violations: Violation[] = campaign.violations.slice();
      for (const r of recipients) for (const v of r.violations) violations.push(v);
      const { sanction, interventions } = decide(violations, campaign.history, campaign.now);
      return {
        verdict: campaign.verdict,
        purpose: campaign.purpose,
        checkedAt: campaign.now.toISOString(),
        violations,
        recipients,
        sanction,
        interventions,
        policyVersions: versions(campaign.now),
      };
    },
    checkRecipients(source, input) {
      // A sync source is read with for…of semantics: for await would wrap every item in a
      // promise of its own. Either way the source is closed when the consumer stops early.
      // A source that is no (async) iterable fails on the first pull, with an InputError.
      if (isSyncIterable(source)) return syncVerdictStream(source, () => prepare(input));
      return asyncVerdicts(source as AsyncIterable<unknown>, () => prepare(input));
    },
  };
  policyInternals.set(policy, { setup, operators, parseSend, decide, versions });
  return policy;
};

/** What a policy was built from, for the library's other entries (mailpolicy/json-rules-engine). */
export interface PolicyInternals {
  readonly setup: CampaignSetup & { readonly filing: CoreFiling; readonly parseRecipient: CompiledParser | null };
  readonly operators: ReadonlyMap<string, OperatorFn>;
  /** Validates a send's message and history (InputError) and fixes its `now`, as `prepare` does. */
  readonly parseSend: (input: SendInput) => ParsedSend;
  /** The suggested sanction of a send's violations, by the sanction policies of the packs in use (as check does). */
  readonly decide: (violations: readonly Violation[], history: SendingHistory, now: Date) => { readonly sanction: Report['sanction']; readonly interventions: Report['interventions'] };
  /** Which version of each pack governs on a day, as report.policyVersions says. */
  readonly versions: (now: Date) => PolicyVersion[];
}

const policyInternals = new WeakMap<Policy, PolicyInternals>();

/** The internals of a policy createPolicy made (this copy of the library). */
export const internalsOf = (policy: Policy): PolicyInternals => {
  const found = policyInternals.get(policy);
  if (!found) throw new TypeError('expected a policy made by createPolicy');
  return found;
};

async function* asyncVerdicts(source: AsyncIterable<unknown>, start: () => Campaign): AsyncGenerator<RecipientVerdict, void, undefined> {
  recipientSource(source);
  const campaign = start();
  let index = 0;
  for await (const r of source) yield campaign.checkRecipient(r, index++);
}

const isSyncIterable = (v: unknown): v is Iterable<unknown> =>
  v != null && typeof v !== 'string' && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function';

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  v != null && typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  v !== null && (typeof v === 'object' || typeof v === 'function') && typeof (v as { then?: unknown }).then === 'function';

/** The recipients as given, when they are an array or an (async) iterable of records (not a string). */
const recipientSource = (v: unknown): Iterable<unknown> | AsyncIterable<unknown> => {
  if (isSyncIterable(v) || isAsyncIterable(v)) return v;
  throw new InputError([
    inputIssue(
      'recipients',
      `expected an array or an (async) iterable of recipient records, got ${describeValue(v)}`,
      `erwartet eine Liste oder einen (asynchronen) Iterator von Empfänger-Datensätzen, erhalten: ${describeValueDe(v)}`,
    ),
  ]);
};

const parseSendNow = (v: Date | string): Date => {
  const r = DateInputSchema.safeParse(v);
  if (!r.success) throw new InputError(toInputIssues('now', r.error));
  return r.data;
};

// describe() hands out a copy, so callers cannot change the policy through it.
const structuredCloneJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
