/**
 * Words the project's own lists use that no record holds and that are not shaped like a Vietnamese syllable
 * ("visa", "pet", "iphone", "zalo", "hack", "momo"): they are meant as typed, not telex leftovers to repair ("visa"
 * was read as "vía", and the off-topic "gia hạn visa" then named nothing the lists know).
 */
import { NO_NEED_ANYWHERE, NO_PROCEDURE_NEED, NOT_AT_WARD } from "./concepts.vi.js";
import { SYNONYMS } from "./lexicon.vi.js";
import { foldText, isVietnameseSyllable } from "./normalize.js";

const LISTED = [...NO_NEED_ANYWHERE, ...NO_PROCEDURE_NEED, ...NOT_AT_WARD, ...SYNONYMS.flatMap((s) => [s.phrase, s.official])];

const FOREIGN_WORDS: ReadonlySet<string> = new Set(
  LISTED.flatMap((phrase) => foldText(phrase).split(" ")).filter((w) => /^[a-z]{3,}$/u.test(w) && !isVietnameseSyllable(w)),
);

/**
 * The index's syllable test, widened to the foreign words the lists use.
 *
 * @param isKnownSyllable - the index's test (the records' vocabulary).
 * @returns a test for telex repair: known syllables and listed foreign words are left as typed.
 */
export function withListedWords(isKnownSyllable: (folded: string) => boolean): (folded: string) => boolean {
  return (folded) => isKnownSyllable(folded) || FOREIGN_WORDS.has(folded);
}
