// mailpolicy/json-rules-engine: a policy's rules in a real json-rules-engine Engine, for teams
// that already run json-rules-engine. The Engine holds every enabled rule with its conditions
// as written (json-rules-engine-rules.ts says the two rewrites options and named conditions
// need); its facts are the policy's facts, read from one context per run. `run` gives the
// Violation[] that policy.check reports for the same message and recipient.
import type { Almanac, Engine } from 'json-rules-engine';
import type { RecipientInput, Violation, Recipient } from '../model/index.js';
import { InputError, parseRecipient, REJECTED } from '../model/index.js';
import { factGetter, violationBuilder, type FactGetter } from '../engine/index.js';
// Not through the engine's index: the entries share the modules it reaches (one chunk), and
// json-rules-engine must load only with this entry.
import { firedIn, rulesEngine, type RuleEventParams } from '../engine/evaluate/json-rules-engine-rules.js';
import { createPolicy, internalsOf, recipientContext, ruleApplies, sendContext, type Policy, type PolicyOptions, type SendInput } from '../policy/index.js';
import { analysisLimitViolation } from '../policy/policy-limits.js';

export type { RuleEventParams };

/** The runtime fact every fact of the engine reads its value from (see `facts`). */
export const CONTEXT_FACT = 'mailpolicy:context';

/**
 * The fact each rule's conditions are guarded by (`{ all: [guard, conditions as written] }`):
 * true when the rule applies to the run's send: its scope has what it reads (a recipient rule
 * needs a recipient), its purposes include the message's, its pack is in force.
 */
export const APPLIES_FACT = 'mailpolicy:applies';

interface RunContext {
  readonly get: FactGetter;
  readonly applies: (ruleId: string) => boolean;
}

/** A send as policy.check takes it (message, history, sender, now), with one recipient. */
export interface RunInput extends SendInput {
  /** One recipient record; omitted, only message- and history-scope rules can fire. */
  readonly recipient?: RecipientInput;
}

/** One run's facts, as `engine.run` takes them: the context the policy's facts are read from. */
export interface RunFacts {
  readonly [CONTEXT_FACT]: RunContext;
}

export interface MailpolicyEngine {
  /** A json-rules-engine Engine: one rule per enabled rule (event type: the rule id; params: RuleEventParams). */
  readonly engine: Engine;
  /** The policy the engine was built from (createPolicy with the same options). */
  readonly policy: Policy;
  /**
   * The violations policy.check reports for this message and this one recipient, in its order:
   * the engine decides which rules fire (each guarded by APPLIES_FACT, so a rule not for the
   * message's purpose, or of a pack not in force yet, does not run); violations are built as
   * policy.check builds them (evidence, messages, explanation). A recipient record
   * that is not valid is an InputError (policy.check gives it the verdict 'invalid').
   */
  run(input: RunInput): Promise<Violation[]>;
  /**
   * The runtime facts for `engine.run(facts(input))`, for those who run the engine themselves
   * (with rules of their own added, say): its events are then the rules that fire for the send.
   */
  facts(input: RunInput): RunFacts;
}

/**
 * Builds a json-rules-engine Engine from createPolicy options (packs, rules, facts, operators,
 * account, locale, limits …); invalid options throw as createPolicy does.
 */
export const createEngine = (options: PolicyOptions = {}): MailpolicyEngine => {
  const policy = createPolicy(options as never);
  const { setup, operators, parseSend } = internalsOf(policy);
  const engine = rulesEngine(policy.rules, operators, { guard: APPLIES_FACT });
  const context = async (almanac: Almanac) => (await almanac.factValue(CONTEXT_FACT)) as RunContext;
  for (const name of setup.facts.keys()) engine.addFact(name, async (_params, almanac) => (await context(almanac)).get(name));
  engine.addFact(APPLIES_FACT, async (params: { rule?: string }, almanac) => (await context(almanac)).applies(String(params?.rule)), { cache: false });
  const byId = new Map(policy.rules.map((r) => [r.id, r]));
  const builders = new Map(policy.rules.map((r) => [r.id, violationBuilder(r, setup.locale)]));
  const scopeOrder = { message: 0, history: 1, recipient: 2 } as const;
  const ordered = policy.rules.map((r, i) => ({ r, i })).sort((a, b) => scopeOrder[a.r.scope] - scopeOrder[b.r.scope] || a.i - b.i).map(({ r }) => r);

  const contextOf = (input: RunInput) => {
    const send = parseSend(input);
    let recipient: Recipient | undefined;
    if (input.recipient !== undefined) {
      const fast = setup.parseRecipient ? setup.parseRecipient(input.recipient) : REJECTED;
      if (fast !== REJECTED) recipient = fast as Recipient;
      else {
        const parsed = parseRecipient(input.recipient, 'recipient', setup.recipientFields ?? 'strict');
        if (!parsed.ok) throw new InputError(parsed.issues);
        recipient = parsed.value;
      }
    }
    const base = sendContext(setup, send);
    const mf = base.messageFacts;
    const shared = factGetter(setup.facts, base);
    // Without a recipient, recipient facts are undefined (their rules cannot fire in run()).
    const get: FactGetter = recipient
      ? setup.recipientFacts(recipientContext(base, recipient), shared)
      : (name) => (setup.facts.get(name)?.scope === 'recipient' ? undefined : shared(name));
    const applicable = ruleApplies(setup, send.now, mf.purpose.value);
    const applies = (id: string) => {
      const rule = byId.get(id);
      return rule !== undefined && applicable(rule) && (rule.scope !== 'recipient' || recipient !== undefined);
    };
    return { recipient, shared, get, analysis: mf.analysis, facts: { [CONTEXT_FACT]: { get, applies } } };
  };

  return {
    engine,
    policy,
    facts: (input) => contextOf(input).facts,
    async run(input) {
      const { analysis, recipient, shared, get, facts } = contextOf(input);
      const { events } = await engine.run(facts);
      const violations: Violation[] = analysis.complete ? [] : [analysisLimitViolation(analysis, setup.locale, setup.filing)];
      for (const rule of firedIn(ordered, events)) {
        const build = builders.get(rule.id)!;
        violations.push(rule.scope === 'recipient' ? build(get, recipient!.address) : build(shared));
      }
      return violations;
    },
  };
};
