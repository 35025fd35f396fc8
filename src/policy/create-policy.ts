import type { Locale, MessageInput, RecipientVerdict, Report, SendingHistoryInput, Violation } from '../model/index.js';
import { DateInputSchema, InputError, parseSendInput, toInputIssues } from '../model/index.js';
import { builtinFacts, type FactDefinition } from '../facts/index.js';
import { configureRules, type CompiledRule, type Pack } from '../engine/index.js';
import { decideSanction } from '../sanctions/index.js';
import { managedEmailServer } from '../packs/managed-email-server.js';
import { prepareCampaign, type Campaign } from './campaign.js';
import { parseOptions, type CustomFact, type PolicyOptions } from './options.js';

export interface SendInput {
  readonly message: MessageInput;
  readonly history?: SendingHistoryInput;
  /** Overrides the policy's `now` for this check. */
  readonly now?: Date | string;
}

export interface CheckInput extends SendInput {
  readonly recipients?: Iterable<unknown>;
}

export interface Policy {
  /** The enabled rules after configuration, in evaluation order. */
  readonly rules: readonly CompiledRule[];
  readonly locale: Locale;
  /** Validates message and history (InputError) and evaluates message- and history-level rules once. */
  prepare(input: SendInput): Campaign;
  check(input: CheckInput): Promise<Report>;
  checkRecipients(recipients: Iterable<unknown> | AsyncIterable<unknown>, input: SendInput): AsyncGenerator<RecipientVerdict, void, undefined>;
}

const toDefinition = (name: string, f: CustomFact): FactDefinition =>
  typeof f === 'function' ? { name, scope: 'recipient', description: `custom fact ${name}`, compute: f } : { ...f, name };

export const createPolicy = (options: PolicyOptions = {}): Policy => {
  const opts = parseOptions(options);
  const locale = opts.locale ?? 'de';
  const facts = new Map<string, FactDefinition>(builtinFacts.map((f) => [f.name, f]));
  for (const [name, f] of Object.entries(options.facts ?? {})) facts.set(name, toDefinition(name, f));
  const operators = new Map(Object.entries(options.operators ?? {}));
  const rules = configureRules({
    packs: options.packs ?? [managedEmailServer],
    settings: options.rules ?? {},
    facts,
    operators,
  });
  const account = { senderDomains: opts.account?.senderDomains ?? [] };
  const setup = { rules, facts, account, locale };

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
    async check(input) {
      const campaign = prepare(input);
      const recipients: RecipientVerdict[] = [];
      let index = 0;
      for (const r of input.recipients ?? []) recipients.push(campaign.checkRecipient(r, index++));
      const violations: Violation[] = [...campaign.violations, ...recipients.flatMap((r) => r.violations)];
      const { sanction, interventions } = decideSanction({
        violations, history: campaign.history, now: campaign.now, locale, repeatPeriodDays: opts.sanctions?.repeatPeriodDays,
      });
      return {
        verdict: campaign.verdict,
        purpose: campaign.purpose,
        checkedAt: campaign.now.toISOString(),
        violations,
        recipients,
        sanction,
        interventions,
      };
    },
    async *checkRecipients(source, input) {
      const campaign = prepare(input);
      let index = 0;
      for await (const r of source as AsyncIterable<unknown>) yield campaign.checkRecipient(r, index++);
    },
  };
};

const parseSendNow = (v: Date | string): Date => {
  const r = DateInputSchema.safeParse(v);
  if (!r.success) throw new InputError(toInputIssues('now', r.error));
  return r.data;
};
