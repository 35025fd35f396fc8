// ACME's etiquette pack, written only through the public API: its own clauses (ACME-1, ACME-2),
// the facts and the operator its rules need bundled with it (as a Spectral ruleset brings its
// functions), one rule without a sanction. `createPolicy({ packs: [acmePack] })`, `testRule`
// and `mailpolicy check --pack examples/custom-pack/pack.ts` need nothing else.
//
// Static JSON imports work in browsers and bundlers; in your project import from 'mailpolicy'.
import { definePack, type Pack } from '../../src/index.js';
import manifest from './rules/pack.json';
import maxPerWeek from './rules/max-newsletters-per-week.json';
import noSunday from './rules/no-sunday-or-holiday-sends.json';
import { acmeFacts, acmeOperators, type SendLog } from './facts.js';

/**
 * The pack over your app's send log (address → send times), which the fact
 * `newslettersThisWeek` reads; `sendDay` and the operator `isPublicHolidayIn` need no data.
 */
export const createAcmePack = (sendLog: SendLog = new Map()): Pack =>
  definePack({
    name: manifest.name,
    version: manifest.version,
    announcedAt: manifest.announcedAt,
    description: manifest.description,
    language: 'en',
    clauses: manifest.clauses,
    facts: acmeFacts(sendLog),
    operators: acmeOperators,
    rules: [maxPerWeek, noSunday] as never,
  });

/** The pack with an empty send log (so ACME-1 never fires): for the CLI and for a first look. */
export const acmePack: Pack = createAcmePack();

export default acmePack;
