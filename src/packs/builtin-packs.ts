import type { Pack } from '../engine/index.js';
import { germanLaw } from './german-law.js';
import { managedEmailServer } from './managed-email-server.js';
import { bulkSender } from './bulk-sender.js';

/**
 * Every pack that ships with mailpolicy. The test suite runs the examples of each; tools that
 * list or document packs read it.
 */
export const builtinPacks: readonly Pack[] = [managedEmailServer, bulkSender, germanLaw];

/**
 * The packs `createPolicy` uses when its options name none: the provider policy mailpolicy was
 * first written for. Name packs explicitly (`packs: [...]`) to check against another policy, or
 * add `germanLaw` beside it for German law (docs/german-law.md).
 */
export const defaultPacks: readonly Pack[] = [managedEmailServer];
