// The naive way to run the same pack: json-rules-engine, one `engine.run` per recipient, every
// recipient rule in one engine, facts as json-rules-engine dynamic facts (computed on demand,
// cached per run). Validation and the verdict are the same as mailpolicy's, so the comparison
// isolates the evaluator.
import { Engine } from 'json-rules-engine';
import type { Condition, CompiledRule } from '../src/engine/index.js';
import { compilePath } from '../src/engine/evaluate/compile-path.js';
import { builtinFacts, messageFacts, type FactContext } from '../src/facts/index.js';
import { parseRecipient, type Message, type SendingHistory } from '../src/model/index.js';

// One engine holds every rule, so a rule's `{ "fact": "options" }` values are replaced by the
// rule's resolved option values and named conditions are inlined (same meaning, one engine).
const withOptions = (c: Condition, rule: CompiledRule): Condition => {
  if ('all' in c) return { ...c, all: c.all.map((x) => withOptions(x, rule)) };
  if ('any' in c) return { ...c, any: c.any.map((x) => withOptions(x, rule)) };
  if ('not' in c) return { ...c, not: withOptions(c.not, rule) };
  if ('condition' in c) return withOptions(rule.pack.conditions![c.condition]!, rule);
  const v = c.value as { fact?: unknown; path?: string } | undefined;
  if (v && typeof v === 'object' && !Array.isArray(v) && v.fact === 'options') {
    return { ...c, value: compilePath(v.path)(rule.options) };
  }
  return c;
};

export const naiveJre = (rules: readonly CompiledRule[], message: Message, history: SendingHistory, now: Date) => {
  const account = { senderDomains: ['shop.example'] };
  const base: FactContext = { message, messageFacts: messageFacts(message, account), history, now, account };
  const purpose = base.messageFacts.purpose.value;
  const recipientRules = rules.filter((r) => r.scope === 'recipient' && (r.purposes === null || r.purposes.has(purpose)));
  const severity = new Map(recipientRules.map((r) => [r.id, r.severity]));
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  for (const def of builtinFacts) {
    if (def.scope === 'recipient') {
      engine.addFact(def.name, async (_params, almanac) => def.compute((await almanac.factValue('__context')) as FactContext));
    } else engine.addFact(def.name, def.compute(base));
  }
  for (const r of recipientRules) engine.addRule({ conditions: withOptions(r.rule.conditions, r) as never, event: { type: r.id } });
  return {
    ruleCount: recipientRules.length,
    async check(input: unknown, index: number) {
      const parsed = parseRecipient(input, `recipients[${index}]`);
      if (!parsed.ok) return { index, verdict: 'invalid' as const, fired: [] as string[] };
      const { events } = await engine.run({ __context: { ...base, recipient: parsed.value } });
      const fired = events.map((e) => e.type);
      const exclude = fired.some((id) => severity.get(id) !== 'advisory');
      return { index, verdict: exclude ? ('exclude' as const) : ('send' as const), fired };
    },
  };
};
