// The imprint duty moved from § 5 TMG to § 5 DDG on 14 May 2024 (Digitale-Dienste-Gesetz); the
// TMG is repealed. An imprint still headed "Angaben gemäß § 5 TMG" cites a law that no longer
// exists: harmless in substance, but a cheap target for a warning letter and a sign the imprint
// was not reviewed. This finds such citations in the visible text.

export interface OutdatedCitationFacts {
  /** The message cites a paragraph of the repealed Telemediengesetz (TMG). */
  readonly present: boolean;
  /** The citations as written ("§ 5 TMG"), at most five. */
  readonly citations: readonly string[];
  /** What replaced them, for the message: "§ 5 DDG" for § 5 TMG, "DDG" otherwise. */
  readonly replacement: string | null;
}

// "§ 5 TMG", "§5 Abs. 1 TMG", "§§ 5 TMG", "Paragraph 5 Telemediengesetz", "Sec. 5 TMG". Bounded
// quantifiers only: linear per start position.
const CITATION = /(?:§{1,2}|\bparagraph|\bsec(?:tion)?\.?)\s{0,3}(\d{1,2}[a-z]?)(?:\s{0,3}(?:abs\.?|absatz)\s{0,3}\d{1,2})?(?:\s{0,3}(?:s\.|satz)\s{0,3}\d{1,2})?(?:\s{0,3}(?:nr\.?|nummer)\s{0,3}\d{1,2})?\s{0,3}(?:des\s{1,3})?(?:tmg|telemediengesetz(?:es)?)\b/gi;

/** The TMG citations in a message's visible text. Pure. */
export const findOutdatedCitations = (visibleText: string): OutdatedCitationFacts => {
  const citations: string[] = [];
  let paragraphFive = false;
  for (const m of visibleText.matchAll(CITATION)) {
    if (m[1] === '5') paragraphFive = true;
    if (citations.length < 5) citations.push(m[0].replace(/\s+/g, ' '));
  }
  return { present: citations.length > 0, citations, replacement: citations.length === 0 ? null : paragraphFive ? '§ 5 DDG' : 'DDG' };
};
