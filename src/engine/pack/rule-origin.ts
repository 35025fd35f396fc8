// Where each rule object was defined (pack, pointer, file), so problems found later, when a
// policy combines packs that extend each other, still point into the file the user edits.
import type { Rule } from './rule-schema.js';

export interface RuleOrigin {
  readonly pack: string;
  readonly pointer: string;
  readonly file?: string;
}

const origins = new WeakMap<Rule, RuleOrigin>();

export const setRuleOrigin = (rule: Rule, origin: RuleOrigin): void => {
  origins.set(rule, origin);
};

export const ruleOrigin = (rule: Rule): RuleOrigin | undefined => origins.get(rule);
