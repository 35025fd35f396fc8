// Random inputs for the differential test: recipient records, and rule packs built from every
import { managedEmailServer } from '../../src/packs/managed-email-server.js';
// fact path the built-in facts expose (found by computing the facts on sample inputs, so new
// facts are covered without touching this file), every built-in operator and decorator, nested
// all/any/not, named conditions, priorities, option references and fact-to-fact comparisons.
import fc from 'fast-check';
import { builtinFacts, messageFacts, type FactContext, type FactScope } from '../../src/facts/index.js';
import type { Condition, LeafCondition, Pack, Rule, RuleSetting } from '../../src/engine/index.js';
import { compilePath } from '../../src/engine/evaluate/compile-path.js';
import { operatorTypes } from '../../src/engine/evaluate/operators.js';
import { parseRecipient, parseSendInput, purposes, recipientSources, type MessageInput, type SendingHistoryInput } from '../../src/model/index.js';

export const NOW = new Date('2026-11-28T10:00:00Z');
export const ACCOUNT = { senderDomains: ['shop.example'] };

const TOPICS = ['angebote', ' Neuheiten', 'ratgeber', 'ANGEBOTE '];
const date = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-03-01T00:00:00Z'), noInvalidDate: true });
const dateInput = fc.oneof(date, date.map((d) => d.toISOString()), date.map((d) => d.toISOString().slice(0, 10)));

export const recipientArb = fc.record(
  {
    address: fc.oneof(
      fc.constantFrom('anna.mueller@gmx.de', 'xkqzvbtrwpsd@mailinator.com', 'a82133794013@web.de', 'info@shop.example', 'noat'),
      fc.emailAddress(),
    ),
    name: fc.string({ maxLength: 8 }),
    source: fc.constantFrom(...recipientSources),
    consent: fc.record(
      {
        status: fc.constantFrom('none', 'pending', 'confirmed'),
        method: fc.constantFrom('double-opt-in', 'single-opt-in', 'existing-customer'),
        requestedAt: dateInput,
        confirmedAt: dateInput,
        topics: fc.array(fc.constantFrom(...TOPICS), { maxLength: 3 }),
      },
      { requiredKeys: ['status'] },
    ),
    lastOpenAt: dateInput,
    lastClickAt: dateInput,
    lastSentAt: dateInput,
    doiRequestsSent: fc.nat(4),
    hardBounces: fc.nat(3),
    unsubscribedAt: dateInput,
    signup: fc.record(
      { at: dateInput, ip: fc.constant('203.0.113.9'), honeypotFilled: fc.boolean(), botScore: fc.double({ min: 0, max: 1, noNaN: true }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['address'] },
);

const html = (unsub: boolean) =>
  `<p>Angebote der Woche</p>${unsub ? '<a href="https://shop.example/abmelden">Newsletter abbestellen</a>' : ''}<p>Beispiel Shop GmbH, HRB 1234, Amtsgericht Berlin</p>`;

export const messageInputs: readonly MessageInput[] = [
  { from: '"Beispiel Shop GmbH" <news@shop.example>', subject: 'Angebote', purpose: 'newsletter', topic: 'angebote', html: html(true),
    headers: { 'List-Unsubscribe': '<https://shop.example/u/1>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } },
  { from: 'news@other.example', subject: 'News', purpose: 'newsletter', html: html(false), contentLabels: ['Erotic'], spamScore: 7.5, replyTo: 'x@free.example' },
  { from: '"Shop" <service@shop.example>', subject: 'Passwort', purpose: 'transactional', text: 'Ihr Link: https://shop.example/reset' },
  { from: '"Shop" <service@shop.example>', subject: 'Bitte bestätigen', purpose: 'doi-confirmation', topic: 'ratgeber', text: 'https://shop.example/confirm' },
];

export const historyInputs: readonly SendingHistoryInput[] = [
  {},
  { lastCampaignAt: '2026-03-01', window: { days: 30, sent: 1000, delivered: 990, hardBounces: 30, complaints: 4, abuseReports: 1, deferrals: 50 }, dailyVolumes: [100, 200, 5000] },
  { lastCampaignAt: '2026-11-20T08:00:00Z', blocklistings: [{ list: 'spamhaus', target: '203.0.113.1' }], incidents: [{ at: '2026-10-01', severity: 'prohibited' }], warnings: [{ at: '2026-10-02' }] },
];

// --- the fact catalog: every (fact, path) with the values seen on sample inputs -------------

export interface Slot {
  readonly fact: string;
  readonly path?: string;
  readonly scope: FactScope;
  readonly values: readonly unknown[];
  /** Seen as an array on every sample: safe as the value of `in` or `someValue`. */
  readonly alwaysArray: boolean;
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

const buildCatalog = (): Slot[] => {
  const slots = new Map<string, { fact: string; path?: string; scope: FactScope; values: Set<unknown>; seen: number; arrays: number }>();
  const note = (fact: string, scope: FactScope, path: string | undefined, v: unknown) => {
    const key = `${fact}|${path ?? ''}`;
    const s = slots.get(key) ?? { fact, path, scope, values: new Set(), seen: 0, arrays: 0 };
    slots.set(key, s);
    s.seen++;
    if (Array.isArray(v)) {
      s.arrays++;
      for (const x of v) if (isScalar(x) && s.values.size < 12) s.values.add(x);
    } else if (isScalar(v) && s.values.size < 12) s.values.add(v);
  };
  const walk = (fact: string, scope: FactScope, path: string | undefined, v: unknown, depth: number) => {
    if (isPlain(v)) {
      if (depth < 2) for (const [k, x] of Object.entries(v)) walk(fact, scope, `${path ?? '$'}.${k}`, x, depth + 1);
      return;
    }
    if (Array.isArray(v) && v.some((x) => !isScalar(x))) return;
    note(fact, scope, path, v);
    if (Array.isArray(v) && v.length > 0) note(fact, scope, `${path ?? '$'}[0]`, v[0]);
  };
  const samples = fc.sample(recipientArb, { numRuns: 150, seed: 7 }).flatMap((input) => {
    const r = parseRecipient(input);
    return r.ok ? [r.value] : [];
  });
  // Every fact value on every sample context, to walk now and to check `alwaysArray` after.
  const values: { def: (typeof builtinFacts)[number]; value: unknown }[] = [];
  for (const m of messageInputs) {
    for (const h of historyInputs) {
      const { message, history } = parseSendInput(m, h);
      const base: FactContext = { message, messageFacts: messageFacts(message, ACCOUNT), history, now: NOW, account: ACCOUNT };
      for (const def of builtinFacts) {
        if (def.scope !== 'recipient') values.push({ def, value: def.compute(base) });
        else for (const recipient of samples) values.push({ def, value: def.compute({ ...base, recipient }) });
      }
    }
  }
  for (const { def, value } of values) walk(def.name, def.scope, undefined, value, 0);
  return [...slots.values()].map((s) => {
    const read = compilePath(s.path);
    const alwaysArray = values.every(({ def, value }) => def.name !== s.fact || Array.isArray(read(value)));
    return { fact: s.fact, path: s.path, scope: s.scope, values: [...s.values], alwaysArray };
  });
};

export const catalog: readonly Slot[] = buildCatalog();

// --- rule packs ----------------------------------------------------------------------------

const readable: Record<FactScope, readonly FactScope[]> = {
  message: ['message'],
  history: ['message', 'history'],
  recipient: ['message', 'recipient', 'history'],
};

const EDGE = [0, 1, 6, 0.5, -1, '', 'none', 'confirmed', 'newsletter', true, false, null];
const SCALAR_OPS = ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'contains', 'doesNotContain'];
const LIST_OPS = ['in', 'notIn'];

type Gen = fc.GeneratorValue;
const pick = <T>(g: Gen, xs: readonly T[]): T => g(fc.constantFrom, ...xs);
const chance = (g: Gen, p: number) => g(fc.double, { min: 0, max: 1, noNaN: true, maxExcluded: true }) < p;

interface RuleEnv {
  readonly scope: FactScope;
  readonly slots: readonly Slot[];
  readonly options: Record<string, unknown>;
}

const scalarFrom = (g: Gen, slot: Slot): unknown => pick(g, [...slot.values, ...EDGE]);
const listFrom = (g: Gen, slot: Slot): unknown[] => {
  const pool = [...slot.values, ...EDGE];
  return g(fc.uniqueArray, fc.constantFrom(...pool), { maxLength: 4 });
};
const ref = (s: Slot) => (s.path ? { fact: s.fact, path: s.path } : { fact: s.fact });

/** A value for the operator: a constant, an option reference or another fact. */
const valueFor = (g: Gen, env: RuleEnv, slot: Slot, list: boolean): unknown => {
  const how = pick(g, ['constant', 'constant', 'option', 'fact']);
  if (how === 'option') {
    const names = Object.keys(env.options).filter((k) => Array.isArray(env.options[k]) === list);
    if (names.length > 0) return { fact: 'options', path: `$.${pick(g, names)}` };
  }
  if (how === 'fact') {
    const others = env.slots.filter((s) => !list || s.alwaysArray);
    if (others.length > 0) return ref(pick(g, others));
  }
  return list ? listFrom(g, slot) : scalarFrom(g, slot);
};

const leaf = (g: Gen, env: RuleEnv): LeafCondition => {
  const slot = pick(g, env.slots);
  const shape = pick(g, ['scalar', 'scalar', 'list', 'someFact', 'everyFact', 'someValue', 'everyValue', 'swap']);
  let operator: string;
  let value: unknown;
  if (shape === 'scalar' || shape === 'swap') {
    operator = pick(g, SCALAR_OPS);
    value = valueFor(g, env, slot, false);
    if (shape === 'swap') operator = `swap:${operator}`;
  } else if (shape === 'list') {
    operator = pick(g, LIST_OPS);
    value = valueFor(g, env, slot, true);
  } else if (shape === 'someFact' || shape === 'everyFact') {
    const list = chance(g, 0.5);
    operator = `${shape}:${pick(g, list ? LIST_OPS : SCALAR_OPS)}`;
    value = valueFor(g, env, slot, list);
  } else {
    operator = `${shape}:${pick(g, SCALAR_OPS)}`;
    value = valueFor(g, env, slot, true);
  }
  // A constant of a type the operator does not take is a PackError (operatorTypes): it threw at
  // check time or could never match. Such a leaf compares with equal / in instead.
  const declared = operatorTypes(operator)?.value;
  const isRef = value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value;
  if (!isRef && declared && !declared.test(value)) operator = Array.isArray(value) ? 'in' : 'equal';
  if (chance(g, 0.15)) operator = `not:${operator}`;
  const c: LeafCondition = { fact: slot.fact, operator, value, ...(slot.path ? { path: slot.path } : {}) };
  return chance(g, 0.2) ? { ...c, priority: g(fc.integer, { min: 1, max: 3 }) } : c;
};

const condition = (g: Gen, env: RuleEnv, depth: number, named: readonly string[]): Condition => {
  const kinds = depth >= 3 ? ['leaf'] : ['leaf', 'leaf', 'all', 'any', 'not', ...(named.length > 0 ? ['ref'] : [])];
  const kind = pick(g, kinds);
  const priority = chance(g, 0.15) ? { priority: g(fc.integer, { min: 1, max: 3 }) } : {};
  if (kind === 'all' || kind === 'any') {
    const n = g(fc.integer, { min: 0, max: 3 });
    const parts = Array.from({ length: n }, () => condition(g, env, depth + 1, named));
    return kind === 'all' ? { all: parts, ...priority } : { any: parts, ...priority };
  }
  if (kind === 'not') return { not: condition(g, env, depth + 1, named), ...priority };
  if (kind === 'ref') return { condition: pick(g, named), ...priority };
  return leaf(g, env);
};

const top = (g: Gen, env: RuleEnv, named: readonly string[]): Rule['conditions'] => {
  const n = g(fc.integer, { min: 1, max: 3 });
  const parts = Array.from({ length: n }, () => condition(g, env, 1, named));
  const kind = pick(g, ['all', 'any', 'not']);
  return kind === 'not' ? { not: parts[0]! } : kind === 'all' ? { all: parts } : { any: parts };
};

/** Typed options (as the pack validator demands): a number, a string, a list, maybe a flag. */
const randomOptions = (g: Gen, slots: readonly Slot[]): Record<string, unknown> => {
  const s = pick(g, slots);
  const numbers = s.values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const strings = s.values.filter((v): v is string => typeof v === 'string');
  const list: unknown[] =
    numbers.length > 0 && chance(g, 0.5)
      ? g(fc.uniqueArray, fc.constantFrom(...numbers, 0, 1, 6), { minLength: 1, maxLength: 4 })
      : g(fc.uniqueArray, fc.constantFrom(...strings, 'none', 'confirmed', 'newsletter'), { maxLength: 4 });
  return {
    n: pick(g, [...numbers, 0, 1, 3, 6, 0.5]),
    word: pick(g, [...strings, '', 'none']),
    list,
    ...(chance(g, 0.5) ? { flag: chance(g, 0.5) } : {}),
  };
};

/** A per-policy override of the same type as the default. */
const override = (g: Gen, defaults: Record<string, unknown>): Record<string, unknown> => {
  const list = defaults.list as unknown[];
  const numeric = list.length > 0 && typeof list[0] === 'number';
  return { n: pick(g, [2, 12]), list: numeric ? [1, 2] : [...list.slice(1), 'confirmed'] };
};

export interface RandomPack {
  readonly pack: Pack;
  readonly settings: Record<string, RuleSetting>;
}

/** A pack of 1–5 rules over random scopes, with named conditions and option overrides. */
export const randomPack = (g: Gen): RandomPack => {
  // Named conditions are pack-wide: they read message facts only, so every scope may use them.
  const messageSlots = catalog.filter((s) => s.scope === 'message');
  const conditions: Record<string, Rule['conditions']> = {};
  const namedCount = g(fc.integer, { min: 0, max: 2 });
  for (let i = 0; i < namedCount; i++) {
    conditions[`named${i}`] = top(g, { scope: 'message', slots: messageSlots, options: {} }, Object.keys(conditions));
  }
  const named = Object.keys(conditions);
  const settings: Record<string, RuleSetting> = {};
  const rules: Rule[] = [];
  const count = g(fc.integer, { min: 1, max: 5 });
  for (let i = 0; i < count; i++) {
    const scope = pick(g, ['recipient', 'recipient', 'recipient', 'message', 'history'] as const);
    const slots = catalog.filter((s) => readable[scope].includes(s.scope));
    const defaults = randomOptions(g, slots);
    const id = `rnd/rule-${i}`;
    const options = Object.fromEntries(
      Object.entries(defaults).map(([k, v]) => [k, { default: v, description: 'random option', source: 'test' }]),
    );
    rules.push({
      id,
      clause: pick(g, ['P1', 'U4', 'A3', 'M6']),
      scope,
      severity: pick(g, ['prohibited', 'undesired', 'advisory'] as const),
      sanction: 'notice',
      description: { de: 'Zufallsregel', en: 'random rule' },
      fix: { de: '–', en: '–' },
      ...(chance(g, 0.3) ? { appliesTo: { purpose: g(fc.subarray, [...purposes], { minLength: 1 }) } } : {}),
      options: options as Rule['options'],
      messages: { de: 'Regel {options.n} hat gegriffen', en: 'rule {options.n} fired' },
      conditions: top(g, { scope, slots, options: defaults }, named),
      examples: { violating: [{ name: 'v' }], compliant: [{ name: 'c' }] },
    } as Rule);
    if (chance(g, 0.2)) settings[id] = { options: override(g, defaults) };
  }
  return { pack: { name: 'random', version: '1.0.0', announcedAt: '2026-11-01', clauses: managedEmailServer.clauses, conditions, rules }, settings };
};
