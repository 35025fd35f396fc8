import { describe, expect, it } from 'vitest';
import { isThreaded, replyPrefixOf } from '../../../src/facts/message/reply-prefix.js';
import { analyzeHeaderForm } from '../../../src/facts/message/auth/header-form.js';
import { findSubjectConcealment } from '../../../src/facts/message/law/subject-concealment.js';
import type { Message } from '../../../src/model/index.js';

// The bulkSender pack (bulkForm.fakeReply) and the germanLaw pack (subjectConcealment) once read
// reply prefixes each their own way; both now read replyPrefixOf and must agree on every subject.
const subjects = [
  'Re: Ihre Anfrage', 'RE : x', '  AW: Rechnung', 'Aw[2]: x', 'Re [12]: x', 'SV: x', 'Vs: x', 'RIF: x', 'Antw: x', 'Antwort: x',
  'Fwd: news', 'FW:x', 'WG: x', 'TR: x', 'Weitergeleitet: x', 'Review: 5 tips', 'Trust: x', 'Fwdx: x', 'Re x', '', ' '.repeat(5000),
];

describe('replyPrefixOf', () => {
  it('finds reply and forward prefixes as written, counters included', () => {
    expect(replyPrefixOf('RE : x')).toEqual({ prefix: 'RE :', kind: 'reply' });
    expect(replyPrefixOf('  Aw[2]: x')).toEqual({ prefix: 'Aw[2]:', kind: 'reply' });
    expect(replyPrefixOf('Antwort: x')).toEqual({ prefix: 'Antwort:', kind: 'reply' });
    expect(replyPrefixOf('Weitergeleitet: x')).toEqual({ prefix: 'Weitergeleitet:', kind: 'forward' });
    expect(replyPrefixOf('Fwd:')).toEqual({ prefix: 'Fwd:', kind: 'forward' });
    for (const s of ['Review: 5 tips', 'Trust: x', 'Fwdx: x', 'Re x', '']) expect(replyPrefixOf(s), s).toBeNull();
  });

  it('counts only In-Reply-To or References with a value as a thread', () => {
    expect(isThreaded({ 'in-reply-to': ['<1@x>'] })).toBe(true);
    expect(isThreaded({ references: ['<1@x> <2@x>'] })).toBe(true);
    expect(isThreaded({ 'in-reply-to': [' '] })).toBe(false);
    expect(isThreaded(undefined)).toBe(false);
  });

  it('gives the bulkSender and germanLaw packs one verdict on every subject', () => {
    const cases: (Record<string, string[]> | undefined)[] = [undefined, { 'in-reply-to': ['<1@x>'] }, { references: [''] }];
    for (const headers of cases) {
      for (const subject of subjects) {
        const form = analyzeHeaderForm({ from: 'a@shop.example', subject, ...(headers ? { headers } : {}) } as Message);
        const law = findSubjectConcealment(subject, headers);
        expect(form.fakeReply || form.fakeForward, subject).toBe(law.reason === 'fake-reply');
        if (law.reason === 'fake-reply') expect(form.replyPrefix).toBe(law.match);
      }
    }
  });
});
