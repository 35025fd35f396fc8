import type { Pack } from '../engine/index.js';
import { managedEmailServer } from './managed-email-server.js';

/**
 * Every pack that ships with mailpolicy. The test suite runs the examples of each; tools that
 * list or document packs read it. It is not the default of `createPolicy` (that is
 * `[managedEmailServer]`, see docs/custom-packs.md).
 */
export const builtinPacks: readonly Pack[] = [managedEmailServer];
