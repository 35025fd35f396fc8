import { createPolicy, managedEmailServer, type Report, type RecipientInput } from '../../src/index.js';

export interface Case {
  readonly history?: Record<string, unknown>;
  readonly message?: Record<string, unknown>;
  readonly recipient?: Record<string, unknown>;
  readonly options?: Record<string, unknown>;
}

/** Checks one send with only `ruleId` of the built-in pack enabled. */
export const checkWith = (ruleId: string, c: Case = {}): Promise<Report> => {
  const rule = managedEmailServer.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const policy = createPolicy({
    packs: [{ ...managedEmailServer, rules: [rule] }],
    rules: c.options ? { [ruleId]: { options: c.options } } : {},
    now: '2026-11-28T10:00:00Z',
    locale: 'en',
  });
  return policy.check({
    message: { from: '"Shop GmbH" <news@shop.example>', subject: 'News', purpose: 'newsletter', ...c.message } as never,
    history: c.history as never,
    recipients: (c.recipient ? [c.recipient] : []) as RecipientInput[],
  });
};

export const fires = async (ruleId: string, c: Case = {}): Promise<boolean> =>
  (await checkWith(ruleId, c)).violations.some((v) => v.ruleId === ruleId);
