// Detection quality on real mail written by others (test/corpus, hand-labelled).
// The corpus must be there: a missing corpus fails this test instead of skipping it.
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, MEASURES, resolveCorpusDir, score, type FileResult } from '../../scripts/corpus-eval.js';

const MIN = 0.95;

describe('labelled corpus', () => {
  let results: FileResult[] = [];

  it('is found in test/corpus and has labelled files', async () => {
    const dir = resolveCorpusDir(); // throws, naming the places it looked, when absent
    results = await evaluateCorpus(dir);
    expect(results.length).toBeGreaterThan(20);
  });

  for (const measure of MEASURES) {
    it(`${measure}: precision and recall ≥ ${MIN}`, () => {
      expect(results.length, 'corpus not loaded').toBeGreaterThan(0);
      const s = score(results, measure);
      const misses = results.filter((r) => r.expected[measure] !== r.actual[measure]).map((r) => r.entry.id);
      expect(s.precision, `false positives/negatives: ${misses.join(', ')}`).toBeGreaterThanOrEqual(MIN);
      expect(s.recall, `false positives/negatives: ${misses.join(', ')}`).toBeGreaterThanOrEqual(MIN);
    });
  }
});
