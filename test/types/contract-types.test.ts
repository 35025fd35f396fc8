// Issue 14.3: the types of inputs and outputs. Checked by `tsc --noEmit` (each @ts-expect-error
// must meet an error, or tsc fails); the runtime assertions keep vitest honest about the same values.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createPolicy, type ManagedEmailServerRuleId, type RecipientInput, type RecipientVerdict } from '../../src/index.js';

describe('contract types', () => {
  it('built-in rule ids are a literal union: a misspelled one does not compile', () => {
    expect(createPolicy({ rules: { 'mes/no-imprint': 'off' } }).rules.map((r) => r.id)).not.toContain('mes/no-imprint');
    // Ids of other packs are not checked by the compiler (their packs are data): only at run time.
    expect(() => createPolicy({ rules: { 'acme/own-rule': 'off' } })).toThrow(/acme\/own-rule/);
    // @ts-expect-error 'mes/no-imprnt' is no built-in rule id
    expect(() => createPolicy({ rules: { 'mes/no-imprnt': 'off' } })).toThrow();
    expectTypeOf<'mes/no-imprint'>().toExtend<ManagedEmailServerRuleId>();
    expectTypeOf<'mes/no-imprnt'>().not.toExtend<ManagedEmailServerRuleId>();
  });

  it('RecipientInput is the element type of check and checkRecipients', async () => {
    const policy = createPolicy({ now: '2026-11-28T10:00:00Z' });
    const message = { from: '"Shop" <news@shop.example>', subject: 's', text: 'hi', purpose: 'transactional' as const };
    const good: RecipientInput[] = [{ address: 'anna@example.org' }];
    await policy.check({ message, recipients: good });
    // @ts-expect-error a record without address is no RecipientInput
    await policy.check({ message, recipients: [{ name: 'Anna' }] });
    // @ts-expect-error unknown[] must be asserted: records from outside are validated at run time
    const r = await policy.check({ message, recipients: [7] as unknown[] });
    expect(r.recipients[0]!.verdict).toBe('invalid');
  });

  it('RecipientVerdict is a discriminated union: issues exactly when invalid', () => {
    const v = { address: 'a@b.de', index: 0, verdict: 'invalid', violations: [], issues: [] } as RecipientVerdict;
    if (v.verdict === 'invalid') expectTypeOf(v.issues).toEqualTypeOf<{ path: string; message: string }[]>();
    else expectTypeOf(v.issues).toEqualTypeOf<undefined>();
    // @ts-expect-error an invalid verdict needs its issues
    const missing: RecipientVerdict = { address: 'a@b.de', index: 0, verdict: 'invalid', violations: [] };
    // @ts-expect-error a send verdict carries no issues
    const extra: RecipientVerdict = { address: 'a@b.de', index: 0, verdict: 'send', violations: [], issues: [] };
    expect([missing, extra]).toHaveLength(2);
  });
});
