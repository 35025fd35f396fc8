// Loads the hand-labelled corpus (test/corpus in this repo) and scores the detectors.
// Node-only: used by `npm run corpus` and test/corpus.test.ts, never by the library itself.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromEml } from '../src/adapters/eml.js';
import { analyzeMessage, type MessageFacts } from '../src/facts/index.js';
import type { MessageInput } from '../src/model/index.js';

export const FORMATS = ['eml', 'html', 'template'] as const;
export const KINDS = ['newsletter', 'transactional', 'doi-confirmation', 'system-alert', 'spam', 'other'] as const;
export const UNSUBSCRIBE_LABELS = ['none', 'header', 'body-link', 'both'] as const;
export const IMPRESSUM_LABELS = ['none', 'link', 'text'] as const;
export const SENDER_LABELS = ['yes', 'no', 'unknown'] as const;
export const PARTS = ['tuning', 'holdout'] as const;
/** `seed`: the first 36 files the detectors were tuned on; `added`: the files added for issue 16. */
export const SETS = ['seed', 'added'] as const;
/** Countries of a sender postal address worth counting separately (the non-German forms the detectors must read). */
export const ADDRESS_COUNTRIES = ['DE', 'AT', 'CH', 'US', 'CA', 'UK', 'other'] as const;

export type Part = (typeof PARTS)[number];

export interface CorpusEntry {
  readonly id: string;
  readonly file: string;
  readonly repo: string;
  readonly path: string;
  readonly commit: string;
  readonly licence: string;
  readonly format: (typeof FORMATS)[number];
  readonly language: string;
  readonly kind: (typeof KINDS)[number];
  readonly unsubscribe: (typeof UNSUBSCRIBE_LABELS)[number];
  readonly impressum: (typeof IMPRESSUM_LABELS)[number];
  readonly sender_identified: (typeof SENDER_LABELS)[number];
  readonly part: Part;
  readonly set: (typeof SETS)[number];
  /** Where the sender's postal address in the file is (absent when it has none, or only a placeholder). */
  readonly address_country?: (typeof ADDRESS_COUNTRIES)[number];
  readonly notes: string;
}

export interface FileResult {
  readonly entry: CorpusEntry;
  readonly expected: Record<Measure, boolean>;
  readonly actual: Record<Measure, boolean>;
  readonly facts: MessageFacts;
}

export const MEASURES = ['unsubscribeInBody', 'unsubscribeInHeader', 'imprint'] as const;
export type Measure = (typeof MEASURES)[number];

export interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** tp / (tp + fp); 1 when nothing was predicted positive (no false alarm was raised). */
  readonly precision: number;
  /** tp / (tp + fn); 1 when the corpus has no positive of this kind. */
  readonly recall: number;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** test/corpus in this repo, or MAILPOLICY_CORPUS for another labelled set of the same shape. */
export const resolveCorpusDir = (): string => {
  const dir = process.env.MAILPOLICY_CORPUS ?? join(repoRoot, 'test', 'corpus');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`labelled corpus not found: no manifest.json in ${dir}`);
  return dir;
};

export const readManifest = (dir: string): CorpusEntry[] => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusEntry[];
  if (!Array.isArray(manifest) || manifest.length === 0) throw new Error(`empty corpus manifest in ${dir}`);
  return manifest;
};

const REQUIRED_TEXT = ['id', 'file', 'repo', 'path', 'licence', 'language', 'notes'] as const;
const ENUMS: readonly (readonly [keyof CorpusEntry, readonly string[]])[] = [
  ['format', FORMATS], ['kind', KINDS], ['unsubscribe', UNSUBSCRIBE_LABELS], ['impressum', IMPRESSUM_LABELS],
  ['sender_identified', SENDER_LABELS], ['part', PARTS], ['set', SETS],
];

/**
 * Every problem of the manifest, one line each (`id: field …`): required fields, label values,
 * a 40-hex commit, a licence, a file that exists under the corpus dir, unique ids and files.
 * An empty list means the manifest is well-formed.
 */
export const manifestProblems = (dir: string, entries: readonly unknown[]): string[] => {
  const problems: string[] = [];
  const ids = new Set<string>();
  const files = new Set<string>();
  entries.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`#${i}: not an object`);
      return;
    }
    const e = raw as Record<string, unknown>;
    const name = typeof e.id === 'string' && e.id ? e.id : `#${i}`;
    for (const field of REQUIRED_TEXT) {
      if (typeof e[field] !== 'string' || (e[field] as string).trim() === '') problems.push(`${name}: ${field} missing or empty`);
    }
    for (const [field, allowed] of ENUMS) {
      if (!allowed.includes(e[field] as string)) problems.push(`${name}: ${field} ${JSON.stringify(e[field])} is not one of ${allowed.join(', ')}`);
    }
    if (typeof e.commit !== 'string' || !/^[0-9a-f]{40}$/.test(e.commit)) problems.push(`${name}: commit ${JSON.stringify(e.commit)} is not 40 hex digits`);
    if (e.address_country !== undefined && !ADDRESS_COUNTRIES.includes(e.address_country as never)) {
      problems.push(`${name}: address_country ${JSON.stringify(e.address_country)} is not one of ${ADDRESS_COUNTRIES.join(', ')}`);
    }
    if (e.format !== 'eml' && e.sender_identified !== undefined && e.sender_identified !== 'unknown') {
      problems.push(`${name}: sender_identified must be 'unknown' for a file without headers (${String(e.format)})`);
    }
    if (typeof e.id === 'string') {
      if (ids.has(e.id)) problems.push(`${name}: duplicate id`);
      ids.add(e.id);
    }
    if (typeof e.file === 'string' && e.file) {
      if (files.has(e.file)) problems.push(`${name}: duplicate file ${e.file}`);
      files.add(e.file);
      if (!e.file.startsWith('mail/') || e.file.includes('..')) problems.push(`${name}: file ${e.file} is not under mail/`);
      else if (!existsSync(join(dir, e.file))) problems.push(`${name}: file ${e.file} does not exist`);
    }
  });
  return problems;
};

// Template files are stored as written; a few are ISO-8859-1. Fall back to latin1 when not UTF-8.
const decodeText = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
};

export const loadMessage = async (dir: string, entry: CorpusEntry): Promise<MessageInput> => {
  const bytes = new Uint8Array(readFileSync(join(dir, entry.file)));
  if (entry.format === 'eml') return fromEml(bytes);
  return { from: 'corpus@example.invalid', subject: entry.id, html: decodeText(bytes) };
};

export const expectedOf = (e: CorpusEntry): Record<Measure, boolean> => ({
  unsubscribeInBody: e.unsubscribe === 'body-link' || e.unsubscribe === 'both',
  unsubscribeInHeader: e.unsubscribe === 'header' || e.unsubscribe === 'both',
  imprint: e.impressum !== 'none',
});

export const actualOf = (f: MessageFacts): Record<Measure, boolean> => ({
  unsubscribeInBody: f.unsubscribe.inBody,
  unsubscribeInHeader: f.unsubscribe.inHeader,
  imprint: f.imprint.present,
});

export const evaluateCorpus = async (dir = resolveCorpusDir()): Promise<FileResult[]> => {
  const results: FileResult[] = [];
  for (const entry of readManifest(dir)) {
    const facts = analyzeMessage(await loadMessage(dir, entry));
    results.push({ entry, expected: expectedOf(entry), actual: actualOf(facts), facts });
  }
  return results;
};

export const score = (results: readonly FileResult[], measure: Measure): Score => {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of results) {
    const e = r.expected[measure], a = r.actual[measure];
    if (e && a) tp++;
    else if (a) fp++;
    else if (e) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
};

/** The results of one part of the corpus (`all` for the whole). */
export const partOf = (results: readonly FileResult[], part: Part | 'all'): FileResult[] =>
  part === 'all' ? [...results] : results.filter((r) => r.entry.part === part);

export interface Miss {
  readonly id: string;
  readonly part: Part;
  readonly measure: Measure;
  readonly expected: boolean;
  readonly actual: boolean;
  /** What the detector saw: the links, header URIs, imprint link, placeholder or address signals. */
  readonly evidence: string;
}

const clip = (s: string, n = 100): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const list = (xs: readonly string[]): string => (xs.length ? xs.map((x) => clip(x)).join(' | ') : '(none)');

/** The detector's evidence for one measure, for the list of misses. */
export const evidenceOf = (f: MessageFacts, measure: Measure): string => {
  switch (measure) {
    case 'unsubscribeInBody':
      return `unsubscribe.found: ${list(f.unsubscribe.found.map((l) => `${l.href} [${l.source}, ${l.reason}]`))}`;
    case 'unsubscribeInHeader':
      return `unsubscribe.headerUris: ${list(f.unsubscribe.headerUris)}`;
    case 'imprint': {
      const i = f.imprint;
      const how = i.via === 'link' ? `link ${clip(i.link ?? '')}` : i.placeholder ? `placeholder ${i.placeholder}` : i.block.length ? `block ${i.block.map((s) => `${s.kind}: ${s.match}`).join(' + ')}` : 'nothing';
      return `imprint.via: ${i.via ?? 'null'} (${how}); signals: ${list(i.signals)}`;
    }
  }
};

export const missesOf = (results: readonly FileResult[]): Miss[] =>
  results.flatMap((r) =>
    MEASURES.filter((m) => r.expected[m] !== r.actual[m]).map((m) => ({
      id: r.entry.id, part: r.entry.part, measure: m, expected: r.expected[m], actual: r.actual[m], evidence: evidenceOf(r.facts, m),
    })),
  );
