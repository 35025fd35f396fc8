// Loads the hand-labelled corpus (test/corpus in this repo) and scores the detectors.
// Node-only: used by `npm run corpus` and test/corpus.test.ts, never by the library itself.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromEml } from '../src/adapters/eml.js';
import { analyzeMessage, type MessageFacts } from '../src/facts/index.js';
import type { MessageInput } from '../src/model/index.js';

export interface CorpusEntry {
  readonly id: string;
  readonly file: string;
  readonly format: 'eml' | 'html' | 'template';
  readonly unsubscribe: 'none' | 'header' | 'body-link' | 'both';
  readonly impressum: 'none' | 'link' | 'text';
  readonly kind?: string;
  readonly language?: string;
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
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusEntry[];
  if (!Array.isArray(manifest) || manifest.length === 0) throw new Error(`empty corpus manifest in ${dir}`);
  const results: FileResult[] = [];
  for (const entry of manifest) {
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
