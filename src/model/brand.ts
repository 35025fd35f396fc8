// `instanceof` for mailpolicy's error classes across copies of a class. Each CommonJS entry point
// (mailpolicy, mailpolicy/node, mailpolicy/testing) bundles its own copy of the code, so a
// PackError thrown by loadPack from mailpolicy/node does not have the prototype of the PackError
// that `require('mailpolicy')` exports. Instances carry a symbol from the global registry
// (Symbol.for), the same in every copy, and the class's instanceof asks for it.

/** Marks `instance` with `key` (not enumerable: JSON, spreads and equality checks do not see it). */
export const brand = (instance: object, key: symbol): void => {
  Object.defineProperty(instance, key, { value: true });
};

/** `value` was marked with `key` by some copy of the class. */
export const hasBrand = (value: unknown, key: symbol): boolean =>
  (typeof value === 'object' || typeof value === 'function') && value !== null && (value as Record<symbol, unknown>)[key] === true;

/**
 * The `Symbol.hasInstance` of a branded class `cls`: by brand for `cls` itself, by prototype for
 * a subclass (an instance of `cls` is not an instance of a subclass of it).
 */
export const brandedInstanceOf = (cls: Function, key: symbol, self: Function, value: unknown): boolean =>
  self === cls ? hasBrand(value, key) : Function.prototype[Symbol.hasInstance].call(self, value);
