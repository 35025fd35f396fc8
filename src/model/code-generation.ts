// Whether this runtime lets code be generated from strings (`new Function`). A page under a
// strict Content-Security-Policy (no 'unsafe-eval'), an edge worker or
// `node --disallow-code-generation-from-strings` forbids it; under a CSP every failed attempt is
// also a `securitypolicyviolation` report to the site. So the runtime is asked once per process
// and the answer kept: the generated fast paths (compile-schema.ts, the engine's generated
// conditions and fact readers) ask here first and take their closure-built equivalents when the
// answer is no.
//
// The question is zod's own (`util.allowsEval`, computed once on first use): zod asks it before
// its object parsers generate code, so asking it here too keeps the process at one attempt,
// whichever of the two asks first. It also answers no without trying where zod knows eval is
// off (`z.config({ jitless: true })`, Cloudflare Workers).
import { util } from 'zod/v4/core';

/** True where `new Function` works; the runtime is tried at most once per process (per copy of zod). */
export const canGenerateCode = (): boolean => util.allowsEval.value;
