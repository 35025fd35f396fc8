// The example pack, bundled: static JSON imports work in browsers and bundlers. In Node you can
// load the folder instead: `await loadPack('examples/custom-pack/rules')` from 'mailpolicy/node'.
import { definePack } from '../../src/index.js';
import manifest from './rules/pack.json';
import maxPerWeek from './rules/max-newsletters-per-week.json';
import noSunday from './rules/no-sunday-or-holiday-sends.json';

export const acmePack = definePack({
  name: manifest.name,
  version: manifest.version,
  announcedAt: manifest.announcedAt,
  description: manifest.description,
  clauses: manifest.clauses,
  rules: [maxPerWeek, noSunday] as never,
});
