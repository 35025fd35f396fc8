// Every detector that applies regular expressions to untrusted text, run on 100 KB strings built
// to make its patterns backtrack (support/detectors.ts). Each must finish within a generous CPU
// cap (support/budget.ts): linear work costs milliseconds here, quadratic backtracking over
// 100 KB costs many seconds. The growth ratios (4× the length against the time) are printed by
// `npm run bench`, not asserted: timing ratios flake on a shared machine.
import { describe, expect, it } from 'vitest';
import { cpuMs, CPU_CAP_MS } from './support/budget.js';
import { detectors, fill } from './support/detectors.js';

const SIZE = 100_000;

describe('regex detectors on adversarial 100 KB strings', () => {
  it.each(detectors.map((d) => [d[0], d] as const))('%s: within the CPU cap on strings built to backtrack', (_name, [, run, units]) => {
    for (const unit of units) {
      const evil = fill(unit, SIZE);
      const ms = cpuMs(() => run(evil));
      expect(ms, `${JSON.stringify(unit.slice(0, 16))} repeated to 100 KB cost ${ms.toFixed(0)} ms of CPU`).toBeLessThan(CPU_CAP_MS);
    }
  }, 120_000);
});
