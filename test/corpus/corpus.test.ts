// Detection quality on real mail written by others (test/corpus, hand-labelled).
// The corpus must be there: a missing corpus fails this test instead of skipping it.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluateCorpus, manifestProblems, MEASURES, partOf, readManifest, resolveCorpusDir, score, type FileResult,
} from '../../scripts/corpus-eval.js';

const MIN = 0.95;

describe('labelled corpus', () => {
  let results: FileResult[] = [];

  it('is found in test/corpus and has labelled files', async () => {
    const dir = resolveCorpusDir(); // throws, naming the places it looked, when absent
    results = await evaluateCorpus(dir);
    expect(results.length).toBeGreaterThan(20);
  });

  it('has a well-formed manifest: files exist, labels valid, source commit and licence recorded', () => {
    const dir = resolveCorpusDir();
    expect(manifestProblems(dir, readManifest(dir))).toEqual([]);
  });

  it('keeps a hold-out part and the seed files in the tuning part', () => {
    const entries = readManifest(resolveCorpusDir());
    const added = entries.filter((e) => e.set === 'added');
    expect(entries.filter((e) => e.set === 'seed' && e.part !== 'tuning')).toEqual([]);
    // A quarter of the added files (rounded down, at least one) is kept apart.
    expect(added.filter((e) => e.part === 'holdout').length).toBeGreaterThanOrEqual(Math.max(1, Math.floor(added.length / 4)));
  });

  // Issue 16's targets: precision and recall ≥ 0.95 on the whole corpus and on the hold-out part
  // (files the detectors were never tuned on: only measured, never read). A target not reached is
  // listed in KNOWN_SHORT with its misses, as `it.fails`: it fails the suite once it is reached,
  // so the entry is removed then.
  // (Empty: the last entry, hold-out unsubscribeInBody precision, went with the seen hold-out
  // file sa-spam-003-herbal; see README, "Hold-out files seen before a detector change".)
  const KNOWN_SHORT: ReadonlySet<string> = new Set<string>([]);
  for (const part of ['all', 'holdout'] as const) {
    for (const measure of MEASURES) {
      for (const figure of ['precision', 'recall'] as const) {
        const name = `${part} ${measure} ${figure}`;
        const test = KNOWN_SHORT.has(name) ? it.fails : it;
        test(`${part === 'all' ? 'whole corpus' : 'hold-out part'}: ${measure} ${figure} ≥ ${MIN}`, () => {
          const files = partOf(results, part);
          expect(files.length, 'corpus not loaded').toBeGreaterThan(0);
          const misses = files.filter((r) => r.expected[measure] !== r.actual[measure]).map((r) => r.entry.id);
          expect(score(files, measure)[figure], `misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(MIN);
        });
      }
    }
  }

  // The detectors were tuned on the seed files; the thresholds hold there.
  for (const measure of MEASURES) {
    it(`${measure} on the seed files: precision and recall ≥ ${MIN}`, () => {
      const seed = results.filter((r) => r.entry.set === 'seed');
      expect(seed.length, 'corpus not loaded').toBeGreaterThan(0);
      const s = score(seed, measure);
      const misses = seed.filter((r) => r.expected[measure] !== r.actual[measure]).map((r) => r.entry.id);
      expect(s.precision, `false positives/negatives: ${misses.join(', ')}`).toBeGreaterThanOrEqual(MIN);
      expect(s.recall, `false positives/negatives: ${misses.join(', ')}`).toBeGreaterThanOrEqual(MIN);
    });
  }
});

describe('manifestProblems', () => {
  const good = {
    id: 'x', file: 'mail/x.eml', repo: 'o/r', path: 'p', commit: 'a'.repeat(40), licence: 'MIT', format: 'eml',
    language: 'en', kind: 'spam', unsubscribe: 'none', impressum: 'none', sender_identified: 'no', part: 'tuning',
    set: 'added', notes: 'n',
  };
  const dir = mkdtempSync(join(tmpdir(), 'corpus-manifest-'));
  mkdirSync(join(dir, 'mail'));
  writeFileSync(join(dir, 'mail', 'x.eml'), 'From: a@b.example\n\nx');

  it('accepts a complete entry', () => {
    expect(manifestProblems(dir, [good])).toEqual([]);
  });

  it('names every bad field of an entry', () => {
    const bad = { ...good, commit: 'abc', licence: '', kind: 'ham', part: 'test', file: 'mail/missing.eml', address_country: 'FR' };
    const problems = manifestProblems(dir, [bad]);
    expect(problems).toEqual(expect.arrayContaining([
      'x: commit "abc" is not 40 hex digits',
      'x: licence missing or empty',
      expect.stringMatching(/^x: kind "ham" is not one of/),
      expect.stringMatching(/^x: part "test" is not one of/),
      'x: file mail/missing.eml does not exist',
      expect.stringMatching(/^x: address_country "FR" is not one of/),
    ]));
    expect(problems).toHaveLength(6);
  });

  it('refuses duplicate ids, files outside mail/ and sender labels on files without headers', () => {
    const problems = manifestProblems(dir, [good, { ...good }, { ...good, id: 'y', file: '../x.eml', format: 'html' }]);
    expect(problems).toEqual([
      'x: duplicate id',
      'x: duplicate file mail/x.eml',
      "y: sender_identified must be 'unknown' for a file without headers (html)",
      'y: file ../x.eml is not under mail/',
    ]);
  });
});
