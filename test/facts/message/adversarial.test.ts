// Untrusted HTML and text must cost linear time. Each adversarial 100 KB input (long runs that
// make a backtracking regex explode) must be analysed within a generous CPU cap: linear work
// costs milliseconds here, backtracking over 100 KB costs seconds. The ratios against a benign
// input of the same length are printed by `npm run bench` (hostile growth), not asserted.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../src/facts/index.js';
import { cpuMs, CPU_CAP_MS } from '../../hardening/support/budget.js';
import { adversarial, adversarialStructure, fill } from '../../hardening/support/adversarial-bodies.js';

const analyze = (body: { html?: string; text?: string }, from = '"Shop" <a@shop.de>') => () => {
  analyzeMessage({ from, subject: 's', ...body });
};

const within = (work: () => void, what: string): void => {
  const ms = cpuMs(work);
  expect(ms, `${what}: ${ms.toFixed(0)} ms of CPU`).toBeLessThan(CPU_CAP_MS);
};

describe('adversarial 100 KB bodies stay within the CPU cap', () => {
  it.each(adversarial)('text part: %s', (name, input) => within(analyze({ text: input }), name));

  it.each(adversarial)('HTML part: %s', (name, input) => within(analyze({ html: input }), name));

  it.each(adversarialStructure)('HTML structure: %s', (name, input) => within(analyze({ html: input }), name));

  it('display names and List-Unsubscribe headers', () => {
    within(() => analyzeMessage({ from: `"${fill('a.')}" <a@shop.de>`, subject: 's', headers: { 'List-Unsubscribe': fill('<') } }), 'display name and header');
  });
});
