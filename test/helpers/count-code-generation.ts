// Counts every attempt to generate code from a string in this process: `new Function(…)`,
// `Function(…)` and indirect `eval(…)`, whether the runtime allows it or not. Imported first by
// a program (its module body runs before the modules imported after it), so the library's
// `Function` and `eval` are these wrappers.
export const codeGeneration = { attempts: 0 };

const RealFunction = Function;
const realEval = globalThis.eval;

globalThis.Function = new Proxy(RealFunction, {
  construct(target, args, newTarget) {
    codeGeneration.attempts++;
    return Reflect.construct(target, args, newTarget === globalThis.Function ? target : newTarget);
  },
  apply(target, self, args) {
    codeGeneration.attempts++;
    return Reflect.apply(target, self, args);
  },
});
globalThis.eval = (source: string) => {
  codeGeneration.attempts++;
  return realEval(source);
};
