import { expect } from 'vitest';
import { InputError } from '../../src/index.js';

/** The paths of the InputError that `f` throws; fails the test when it throws nothing or anything else. */
export const inputErrorPaths = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues.map((i) => i.path);
  }
  throw new Error('expected an InputError');
};
