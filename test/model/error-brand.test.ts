// InputError and PackError answer instanceof for instances of another copy of their class, as
// each CommonJS entry point bundles (test/policy/dist.test.ts runs it on the built package).
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/model/input-error.js';
import { PackError } from '../../src/engine/pack/pack-error.js';

/** A second copy of both modules, as a second bundle would hold them. */
const otherCopy = async () => {
  vi.resetModules();
  const model = await import('../../src/model/input-error.js');
  const engine = await import('../../src/engine/pack/pack-error.js');
  return { InputError: model.InputError, PackError: engine.PackError };
};

describe('error classes across copies of the code', () => {
  it('an InputError or PackError of another copy is an instance of this copy’s class, and the other way round', async () => {
    const other = await otherCopy();
    expect(other.InputError).not.toBe(InputError); // really another class
    const theirs = new other.InputError([{ path: 'message.subject', message: 'required' }]);
    const ours = new InputError([]);
    expect(Object.getPrototypeOf(theirs)).not.toBe(InputError.prototype);
    expect(theirs instanceof InputError).toBe(true);
    expect(ours instanceof other.InputError).toBe(true);
    expect(new other.PackError([]) instanceof PackError).toBe(true);
    expect(new PackError([]) instanceof other.PackError).toBe(true);
  });

  it('keeps the two classes apart, and everything else out', async () => {
    const other = await otherCopy();
    expect(new other.PackError([]) instanceof InputError).toBe(false);
    expect(new InputError([]) instanceof PackError).toBe(false);
    for (const value of [new Error('x'), { issues: [], name: 'InputError' }, null, undefined, 'InputError', 42]) {
      expect(value instanceof InputError).toBe(false);
      expect(value instanceof PackError).toBe(false);
    }
    expect(new InputError([]) instanceof Error).toBe(true);
  });

  it('leaves a subclass to the prototype chain: an InputError is not an instance of a subclass', () => {
    class BadSubject extends InputError {}
    expect(new BadSubject([]) instanceof BadSubject).toBe(true);
    expect(new BadSubject([]) instanceof InputError).toBe(true);
    expect(new InputError([]) instanceof BadSubject).toBe(false);
  });

  it('adds nothing a caller sees: same keys, same JSON', () => {
    const e = new InputError([{ path: 'a', message: 'b' }]);
    expect(Object.keys(e)).toEqual(['issues', 'name']);
    expect(JSON.stringify(e)).toBe('{"issues":[{"path":"a","message":"b"}],"name":"InputError"}');
    expect(Object.getOwnPropertySymbols(e).every((k) => !Object.getOwnPropertyDescriptor(e, k)!.enumerable)).toBe(true);
    expect({ ...e }).toEqual({ issues: [{ path: 'a', message: 'b' }], name: 'InputError' });
  });
});
