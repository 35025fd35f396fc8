// The "hostile growth" section of `npm run bench`: how the cost of hostile input grows with its
// size, and what adversarial text costs against benign text of the same length. These were
// timed assertions in the suite once and flaked on busy machines; the suite now holds each
// input to a generous CPU cap (test/hardening/support/budget.ts) and the ratios live here.
import { analyzeMessage } from '../src/index.js';
import { detectors, fill } from '../test/hardening/support/detectors.js';
import { adversarial, adversarialStructure, benignHtml, benignText } from '../test/hardening/support/adversarial-bodies.js';
import { hostileShapes } from '../test/hardening/support/hostile.js';
import { median, timeMs } from './measure.js';

const FACTOR = 4;
const unlimited = { limits: { maxHtmlBytes: Infinity, maxTextBytes: Infinity, maxLinks: Infinity } };

/** Median CPU ms of `work` over `rounds` runs, after one warm-up run. */
const cost = async (work: () => unknown, rounds = 5): Promise<number> => {
  await work();
  const t: number[] = [];
  for (let i = 0; i < rounds; i++) t.push(await timeMs(work));
  return Math.max(median(t), 0.01);
};

export interface GrowthRow {
  readonly name: string;
  /** Cost of FACTOR× the input over the cost of the input: ≈ 4 for linear work, ≈ 16 for quadratic. */
  readonly growth: number;
}

export interface HostileGrowth {
  readonly bodies: GrowthRow[];
  readonly detectors: GrowthRow[];
  /** Adversarial 100 KB bodies against a benign 100 KB body of the same part. */
  readonly vsBenign: { readonly name: string; readonly ratio: number }[];
}

export const hostileGrowth = async (): Promise<HostileGrowth> => {
  const bodies: GrowthRow[] = [];
  for (const shape of hostileShapes) {
    const at = (n: number) => ({ from: '"Shop GmbH" <news@shop.example>', subject: 'x', [shape.part]: shape.make(n) });
    const small = at(shape.ratioBase);
    const large = at(shape.ratioBase * FACTOR);
    const a = await cost(() => analyzeMessage(small, unlimited), 3);
    const b = await cost(() => analyzeMessage(large, unlimited), 3);
    bodies.push({ name: shape.name, growth: b / a });
  }
  const rows: GrowthRow[] = [];
  for (const [name, run, units] of detectors) {
    for (const unit of units) {
      const small = fill(unit, 25_000);
      const large = fill(unit, 25_000 * FACTOR);
      const a = await cost(() => run(small));
      const b = await cost(() => run(large));
      rows.push({ name: `${name} ${JSON.stringify(unit.slice(0, 12))}`, growth: b / a });
    }
  }
  const vsBenign: { name: string; ratio: number }[] = [];
  const text = await cost(() => analyzeMessage({ from: 'a@shop.de', subject: 's', text: benignText }));
  const html = await cost(() => analyzeMessage({ from: 'a@shop.de', subject: 's', html: benignHtml }));
  for (const [name, body] of adversarial) {
    vsBenign.push({ name: `text: ${name}`, ratio: (await cost(() => analyzeMessage({ from: 'a@shop.de', subject: 's', text: body }))) / text });
    vsBenign.push({ name: `html: ${name}`, ratio: (await cost(() => analyzeMessage({ from: 'a@shop.de', subject: 's', html: body }))) / html });
  }
  for (const [name, body] of adversarialStructure) {
    vsBenign.push({ name: `html structure: ${name}`, ratio: (await cost(() => analyzeMessage({ from: 'a@shop.de', subject: 's', html: body }))) / html });
  }
  return { bodies, detectors: rows, vsBenign };
};

const worst = <T>(rows: readonly T[], by: (r: T) => number, n: number): T[] => [...rows].sort((x, y) => by(y) - by(x)).slice(0, n);

export const printHostileGrowth = (h: HostileGrowth, log: (s: string) => void): void => {
  const fmt = (x: number) => x.toFixed(1);
  log(`\nHostile growth: cost of ${FACTOR}× the input over the input (linear ≈ ${FACTOR}, quadratic ≈ ${FACTOR * FACTOR}), CPU time, median of runs`);
  log(`  hostile bodies (${h.bodies.length}): max ${fmt(Math.max(...h.bodies.map((r) => r.growth)))}; worst:`);
  for (const r of worst(h.bodies, (r) => r.growth, 4)) log(`    ${fmt(r.growth).padStart(5)}  ${r.name}`);
  log(`  regex detectors on adversarial strings (${h.detectors.length}), 25 KB → 100 KB: max ${fmt(Math.max(...h.detectors.map((r) => r.growth)))}; worst:`);
  for (const r of worst(h.detectors, (r) => r.growth, 4)) log(`    ${fmt(r.growth).padStart(5)}  ${r.name}`);
  log(`  adversarial 100 KB bodies against benign 100 KB of the same part (${h.vsBenign.length}): max ${fmt(Math.max(...h.vsBenign.map((r) => r.ratio)))}; worst:`);
  for (const r of worst(h.vsBenign, (r) => r.ratio, 4)) log(`    ${fmt(r.ratio).padStart(5)}  ${r.name}`);
};
