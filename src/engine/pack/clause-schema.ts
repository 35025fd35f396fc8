import * as z from 'zod';

/** Text in English, optionally also in German (the two locales reports are written in). */
export const EnglishFirstSchema = z.object({ de: z.string().min(1).optional(), en: z.string().min(1) }).strict();

/**
 * One clause of the policy a pack encodes: the unit a rule cites and a customer looks up. Ids
 * are the pack's own ("U2", "RFC8058-3.1", "UWG-7-2-2"); the core knows none of them.
 */
export const ClauseSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9 ._§()-]{0,63}$/, 'clause ids are 1–64 letters, digits, spaces and . _ § ( ) -, starting with a letter or digit')
      .describe('The id rules cite in "clause", e.g. "U2", "RFC8058-3.1", "UWG-7-2-2".'),
    heading: EnglishFirstSchema.describe("The clause's heading; in the pack's language it is the policy's own wording."),
    summary: EnglishFirstSchema.optional().describe('What must hold, in a sentence or two.'),
    source: z.string().min(1).optional().describe('Where the clause comes from: a URL, a statute or a court decision.'),
    enforcedBy: EnglishFirstSchema.optional().describe('How the pack applies a clause that no rule checks (its sanction policy, a function of its API); the docs print it.'),
    group: z.string().min(1).optional().describe("The part of the policy the clause belongs to, in the pack's own terms (e.g. 'undesired')."),
  })
  .strict();

export type Clause = z.infer<typeof ClauseSchema>;

/** The language a pack's policy text is written in: clause headings are quoted in it. */
export const PackLanguageSchema = z.enum(['de', 'en']);

/** The heading a violation quotes: the clause's words in the language of the pack's policy text. */
export const clauseHeadingOf = (clause: Clause, language: 'de' | 'en' | undefined): string =>
  (language === 'de' ? clause.heading.de : undefined) ?? clause.heading.en;
