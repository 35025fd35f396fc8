import type { Locale, Report, Violation } from '../model/index.js';
import { severityRank } from '../model/index.js';
import { noticeText } from './notice-text.js';
import { formatNumber } from './formatters/i18n.js';

/** Inline text: plain strings, or a label the renderer may emphasise. */
export type Inline = string | { readonly strong: string };

/** A renderer-neutral notice: headings, paragraphs and lists of lines. */
export type Block =
  | { readonly type: 'title'; readonly text: string }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'subheading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly parts: readonly Inline[] }
  | { readonly type: 'list'; readonly items: readonly (readonly Inline[])[] };

export interface NoticeDocOptions {
  readonly locale: Locale;
  /** At most this many recipient addresses per rule are listed. */
  readonly maxRecipients: number;
  /** The headings of the clauses the notice may cite, by id, in the order the glossary lists them. */
  readonly clauses: ReadonlyMap<string, string>;
}

const MAX_VALUE_CHARS = 200;

/** An evidence value on one line, shortened: evidence may carry customer text. */
export const showValue = (v: unknown): string => {
  let s: string;
  if (v === null || v === undefined) s = '–';
  else if (v instanceof Date) s = v.toISOString();
  else if (typeof v === 'number') s = Number.isInteger(v) ? String(v) : String(Math.round(v * 10000) / 10000);
  else if (typeof v === 'string') s = v;
  else s = JSON.stringify(v) ?? String(v);
  const oneLine = s.split(/\r\n|\r|\n/).join(' ');
  return oneLine.length > MAX_VALUE_CHARS ? `${oneLine.slice(0, MAX_VALUE_CHARS)}…` : oneLine;
};

/** An evidence value in the notice's locale: numbers with its decimal comma, yes/no in words; the rest as showValue. */
const showEvidence = (v: unknown, locale: Locale): string => {
  if (typeof v === 'number' && Number.isFinite(v)) return formatNumber(locale, v);
  if (typeof v === 'boolean') return locale === 'de' ? (v ? 'ja' : 'nein') : v ? 'yes' : 'no';
  return showValue(v);
};

const clauseLine = (id: string, clauses: ReadonlyMap<string, string>): string => {
  const heading = clauses.get(id);
  return heading ? `${id} „${heading}“` : id;
};

/** Violations grouped by rule, strongest severity first, then in report order. */
const byRule = (violations: readonly Violation[]): Violation[][] => {
  const groups = new Map<string, Violation[]>();
  for (const v of violations) groups.set(v.ruleId, [...(groups.get(v.ruleId) ?? []), v]);
  return [...groups.values()].sort((a, b) => severityRank(b[0]!.severity) - severityRank(a[0]!.severity));
};

const breachBlocks = (group: readonly Violation[], n: number, { locale, maxRecipients, clauses }: NoticeDocOptions): Block[] => {
  const t = noticeText[locale];
  const first = group[0]!;
  const recipients = group.filter((v) => v.recipient !== undefined);
  const blocks: Block[] = [
    { type: 'subheading', text: `${n}. ${t.clause} ${clauseLine(first.clause, clauses)}` },
    { type: 'paragraph', parts: [{ strong: `${t.rule}:` }, ` ${first.ruleId} (${t.severity[first.severity]})`] },
    { type: 'paragraph', parts: [{ strong: `${t.finding}:` }, ` ${showValue(first.messages[locale])}`] },
  ];
  const evidence = Object.entries(first.evidence);
  if (evidence.length > 0) {
    blocks.push({ type: 'paragraph', parts: [{ strong: `${t.evidence}${recipients.length > 0 ? ` (${showValue(first.recipient)})` : ''}:` }] });
    blocks.push({ type: 'list', items: evidence.map(([k, v]) => [`${k}: ${showEvidence(v, locale)}`]) });
  }
  if (recipients.length > 0) {
    const shown = recipients.slice(0, maxRecipients).map((v): Inline[] => [`${showValue(v.recipient)}: ${showValue(v.messages[locale])}`]);
    if (recipients.length > maxRecipients) shown.push([t.more(recipients.length - maxRecipients)]);
    blocks.push({ type: 'paragraph', parts: [{ strong: `${t.recipients(recipients.length)}:` }] }, { type: 'list', items: shown });
  }
  if (first.fix) blocks.push({ type: 'paragraph', parts: [{ strong: `${t.fix}:` }, ` ${first.fix[locale]}`] });
  return blocks;
};

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every known clause id the text mentions as a word of its own, in the order of `ids`. */
export const clausesMentioned = (text: string, ids: Iterable<string>): string[] =>
  [...ids].filter((id) => {
    if (id.length === 0) return false;
    for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + id.length])) return true;
    }
    return false;
  });

const plain = (b: Block): string =>
  b.type === 'list' ? b.items.map((i) => i.map((p) => (typeof p === 'string' ? p : p.strong)).join('')).join('\n')
  : b.type === 'paragraph' ? b.parts.map((p) => (typeof p === 'string' ? p : p.strong)).join('')
  : b.text;

/** The notice as blocks: breaches with clause, evidence and fix; intended actions; clause glossary. */
export const noticeDocument = (report: Report, options: NoticeDocOptions): Block[] => {
  const { locale } = options;
  const t = noticeText[locale];
  const checkedOn = report.checkedAt.slice(0, 10);
  const blocks: Block[] = [{ type: 'title', text: t.title }];
  if (report.violations.length === 0) {
    blocks.push({ type: 'paragraph', parts: [t.none] });
  } else {
    blocks.push({ type: 'paragraph', parts: [t.intro(checkedOn)] }, { type: 'paragraph', parts: [t.verdict[report.verdict]] });
    blocks.push({ type: 'heading', text: t.breaches });
    byRule(report.violations).forEach((g, i) => blocks.push(...breachBlocks(g, i + 1, options)));
  }
  blocks.push({ type: 'heading', text: t.action });
  blocks.push(
    report.interventions.length > 0
      ? { type: 'list', items: report.interventions.map((iv): Inline[] => [iv.reasons[locale]]) }
      : { type: 'paragraph', parts: [t.noAction] },
  );
  const mentioned = clausesMentioned(blocks.map(plain).join('\n'), options.clauses.keys());
  if (mentioned.length > 0) {
    blocks.push({ type: 'heading', text: t.clausesReferred }, { type: 'list', items: mentioned.map((id) => [clauseLine(id, options.clauses)]) });
  }
  return blocks;
};
