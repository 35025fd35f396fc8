import type { FactDefinition } from '../types.js';

export interface BlocklistingFacts {
  readonly count: number;
  /** The list names as given, lower-cased and trimmed. */
  readonly lists: readonly string[];
  /**
   * The operator behind each listing ("spamhaus" for "zen.spamhaus.org" or "Spamhaus SBL"), or the
   * lower-cased name when the operator is not known: rules match major lists against this (M1).
   */
  readonly operators: readonly string[];
  readonly targets: readonly string[];
}

// Operators of the widely used DNS blocklists; a listing's name is matched by plain substring
// (no regex on the caller's text), so "b.barracudacentral.org" and "Barracuda BRBL" both count.
const knownOperators: ReadonlyArray<readonly [string, string]> = [
  ['spamhaus', 'spamhaus'],
  ['barracuda', 'barracuda'],
  ['spamcop', 'spamcop'],
  ['uceprotect', 'uceprotect'],
  ['mailspike', 'mailspike'],
  ['invaluement', 'invaluement'],
  ['abusix', 'abusix'],
  ['psbl', 'psbl'],
  ['surbl', 'surbl'],
  ['uribl', 'uribl'],
  ['spameatingmonkey', 'spameatingmonkey'],
];

export const blocklistOperator = (list: string): string => {
  const name = list.trim().toLowerCase();
  return knownOperators.find(([needle]) => name.includes(needle))?.[1] ?? name;
};

export const blocklistings: FactDefinition<BlocklistingFacts> = {
  name: 'blocklistings',
  scope: 'history',
  description: 'Current blocklistings of the sending IPs or domains, with the list operator of each (M1).',
  compute: ({ history }) => {
    const all = history.blocklistings ?? [];
    return {
      count: all.length,
      lists: all.map((b) => b.list.trim().toLowerCase()),
      operators: [...new Set(all.map((b) => blocklistOperator(b.list)))],
      targets: [...new Set(all.map((b) => b.target.trim().toLowerCase()))],
    };
  },
};
