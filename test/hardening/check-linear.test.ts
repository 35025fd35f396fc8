// check() is linear in recipients and violations (issue 15, item 1). Counted, not timed: every
// element that an array spread or for…of over an array reads is one step, so a list copied
// once per violation (`[...old, v]`) shows up as n² steps. Array.prototype[Symbol.iterator] is
// replaced with a counting one for the duration of one check.
import { describe, expect, it } from 'vitest';
import { createPolicy } from '../../src/index.js';

const NOW = '2026-11-28T10:00:00Z';
const message = {
  from: 'Shop <news@shop.example>',
  subject: 'Neuheiten',
  purpose: 'newsletter' as const,
  html: '<p>Hallo</p><a href="https://shop.example/unsubscribe">Abmelden</a><p>Shop GmbH, Hauptstr. 1, 10115 Berlin</p>',
};

/** A recipient that breaks four rules with three different sanctions. */
const badRecipient = (i: number) => ({
  address: `r${i}@gmx.de`,
  source: 'purchased',
  hardBounces: 2,
  consent: { status: 'pending', method: 'double-opt-in', requestedAt: '2026-01-01T00:00:00Z' },
  unsubscribedAt: '2026-11-01T00:00:00Z',
});

const arrayIteratorSteps = async (work: () => Promise<unknown>): Promise<number> => {
  const original = Array.prototype[Symbol.iterator];
  let steps = 0;
  Array.prototype[Symbol.iterator] = function counted(this: unknown[]) {
    const it = original.call(this);
    return {
      next() {
        steps++;
        return it.next();
      },
      [Symbol.iterator]() {
        return this;
      },
    } as ArrayIterator<unknown>;
  };
  try {
    await work();
  } finally {
    Array.prototype[Symbol.iterator] = original;
  }
  return steps;
};

describe('check() is linear in violations', () => {
  const policy = createPolicy({ now: NOW, account: { senderDomains: ['shop.example'] } });

  it('reads each violation a bounded number of times: 4× the recipients, at most 5× the steps', async () => {
    const run = (n: number) => async () => {
      const recipients = Array.from({ length: n }, (_, i) => badRecipient(i));
      const report = await policy.check({ message, recipients: recipients as never });
      expect(report.violations.length).toBeGreaterThanOrEqual(4 * n);
      return report;
    };
    const small = await arrayIteratorSteps(run(500));
    const large = await arrayIteratorSteps(run(2000));
    // Linear work gives 4, copying the list per violation about 16.
    expect(large / small).toBeLessThan(5);
    // And in absolute terms: a bounded number of steps per violation.
    expect(large / (4 * 2000)).toBeLessThan(40);
  });
});
