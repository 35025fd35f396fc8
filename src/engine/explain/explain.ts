// explain(violation): why a rule fired, condition by condition.
//
// A violation carries its explanation in a non-enumerable symbol property: it costs nothing in
// JSON output and reports stay as they were. After a JSON round trip (or a spread copy) that
// property is gone; `policy.explain(violation)` then replays the rule's conditions over the
// violation's `evidence`, which holds every value the explanation shows. A replay compares the
// values as serialised (a Date became an ISO string), and is marked `source: 'evidence'`.
import type { Locale, Violation } from '../../model/index.js';
import { describeValue, describeValueDe, InputError, inputIssue } from '../../model/index.js';
import type { CompiledRule } from '../config/configure-rules.js';
import type { ExplainedCondition, ExplainedFact, FactReader } from './explain-condition.js';
import { evidenceKey } from '../evaluate/compile-path.js';

const EXPLAINED = Symbol.for('mailpolicy.explanation');

export interface Explanation {
  readonly ruleId: string;
  readonly clause: string;
  readonly clauseHeading: string;
  readonly severity: Violation['severity'];
  readonly sanction: Violation['sanction'];
  readonly recipient?: string;
  readonly message: string;
  /** 'evaluation': recorded when the rule fired; 'evidence': replayed from `violation.evidence`. */
  readonly source: 'evaluation' | 'evidence';
  /** The rule's condition tree, each node passed, failed or not evaluated. */
  readonly conditions: ExplainedCondition;
}

/** An explanation worked out on first use, then kept. */
class LazyExplanation {
  #tree: ExplainedCondition | undefined;
  constructor(
    private readonly rule: CompiledRule,
    private readonly evidence: Readonly<Record<string, unknown>>,
  ) {}
  get tree(): ExplainedCondition {
    return (this.#tree ??= this.rule.explain(evidenceReader(this.evidence)));
  }
}

/**
 * Attaches the explanation computed on first use: the rule's conditions replayed over the
 * violation's evidence, which holds every value the live evaluation read (the same values, not
 * serialised), so the tree is the one a live explanation gives. Campaigns with many violations
 * build no trees nobody asks for. A data property holding the lazy value, not an accessor: V8
 * defines a getter per violation on its slow path.
 *
 * Defining it costs V8 a runtime call (about 0.3 µs here, a fifth of building a violation). A
 * private field stamped on through a base class that returns the violation costs 7 ns and was
 * tried, but only the copy of the class that wrote it can read it, and the CommonJS build has
 * one copy per entry point: `explain` from `mailpolicy` could not read a violation made by
 * `mailpolicy/testing`. The registered symbol is read by every copy.
 */
export const attachLazyExplanation = (violation: Violation, rule: CompiledRule, evidence: Readonly<Record<string, unknown>>): Violation =>
  Object.defineProperty(violation, EXPLAINED, { value: new LazyExplanation(rule, evidence), enumerable: false, writable: false, configurable: false });

const evidenceReader = (evidence: Readonly<Record<string, unknown>>): FactReader => (fact, path) => {
  const key = evidenceKey(fact, path);
  return Object.prototype.hasOwnProperty.call(evidence, key) ? { found: true, value: evidence[key] } : { found: false };
};

/**
 * Explains a violation: the recorded explanation when it has one, otherwise a replay of its rule
 * (found by id in `rules`, e.g. `policy.rules`) over its evidence. Throws a TypeError when
 * neither is possible.
 */
export const explain = (violation: Violation, rules: readonly CompiledRule[] = []): Explanation => {
  if (violation === null || typeof violation !== 'object' || typeof violation.ruleId !== 'string') {
    throw new InputError([
      inputIssue(
        'violation',
        `expected a violation (an object with a ruleId), got ${describeValue(violation)}`,
        `erwartet einen Verstoß (ein Objekt mit ruleId), erhalten: ${describeValueDe(violation)}`,
      ),
    ]);
  }
  if (!Array.isArray(rules)) throw new InputError([inputIssue('rules', `expected a list of rules, got ${describeValue(rules)}`, `erwartet eine Liste von Regeln, erhalten: ${describeValueDe(rules)}`)]);
  const attached = (violation as unknown as Record<symbol, ExplainedCondition | LazyExplanation | undefined>)?.[EXPLAINED];
  const recorded = attached instanceof LazyExplanation ? attached.tree : attached;
  const rule = rules.find((r) => r.id === violation?.ruleId);
  const header = {
    ruleId: violation.ruleId,
    clause: violation.clause,
    clauseHeading: violation.clauseHeading ?? (rule?.clause === violation.clause ? rule.clauseHeading : violation.clause),
    severity: violation.severity,
    sanction: violation.sanction,
    ...(violation.recipient === undefined ? {} : { recipient: violation.recipient }),
    message: violation.message,
  };
  if (recorded) return { ...header, source: 'evaluation', conditions: recorded };
  if (!rule) throw new TypeError(`cannot explain a violation of "${String(violation?.ruleId)}": it carries no explanation and the policy has no such enabled rule`);
  return { ...header, source: 'evidence', conditions: rule.explain(evidenceReader(violation.evidence ?? {})) };
};

const words = {
  en: { passed: 'passed', failed: 'failed', 'not-evaluated': 'not evaluated', all: 'all of', any: 'any of', not: 'not', condition: 'condition', actual: 'actual', expected: 'expected', fired: 'fired', missing: '(no value)' },
  de: { passed: 'erfüllt', failed: 'nicht erfüllt', 'not-evaluated': 'nicht ausgewertet', all: 'alle', any: 'eine von', not: 'nicht', condition: 'Bedingung', actual: 'Ist', expected: 'Soll', fired: 'ausgelöst', missing: '(kein Wert)' },
} as const;

const mark = { passed: '✓', failed: '✗', 'not-evaluated': '·' } as const;

const show = (v: unknown): string => {
  if (v === undefined) return 'undefined';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

const leafLine = (l: ExplainedFact, w: (typeof words)[Locale]): string => {
  const expected = 'expected' in l ? show(l.expected) : w.missing;
  const from = l.expectedFrom ? ` (${l.expectedFrom})` : '';
  const actual = l.status === 'not-evaluated' ? '' : ` → ${w.actual} ${'actual' in l ? show(l.actual) : w.missing}`;
  return `${mark[l.status]} ${l.key} ${l.operator} ${expected}${from}${actual}: ${w[l.status]}`;
};

/** The explanation as indented text lines (what `--explain` prints). */
export const formatExplanation = (e: Explanation, locale: Locale = 'en'): string => {
  const w = words[locale];
  const q = (s: string): string => (locale === 'de' ? `„${s}“` : `"${s}"`);
  const lines = [`${e.ruleId} [${e.clause} ${e.clauseHeading}]${e.recipient ? ` ${e.recipient}` : ''}: ${e.message}`];
  const walk = (c: ExplainedCondition, depth: number) => {
    const pad = '  '.repeat(depth);
    if (c.kind === 'fact') {
      lines.push(pad + leafLine(c, w));
      return;
    }
    const label = c.kind === 'condition' ? `${w.condition} ${q(c.condition)}` : `${w[c.kind]}${c.name ? ` ${q(c.name)}` : ''}`;
    lines.push(`${pad}${mark[c.status]} ${label}: ${w[c.status]}`);
    for (const x of c.conditions) walk(x, depth + 1);
  };
  walk(e.conditions, 1);
  return lines.join('\n');
};
