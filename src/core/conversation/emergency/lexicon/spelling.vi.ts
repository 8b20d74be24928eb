/**
 * How Vietnamese syllables are spelt, as data for reading misspelt emergencies: the parts a well-formed syllable is
 * made of (a typed word that is not one is a typo, and only then is it read as the nearest lexicon word), and the
 * letters regional speech confuses in writing (s/x, tr/ch, d/gi/dz, l/n, -n/-ng/-nh, -t/-c/-ch), so "xập", "trết",
 * "dzật", "đức" and "hỏa hoạng" can be read as "sập", "chết", "giật", "đứt" and "hỏa hoạn".
 */

/** Initial consonants (folded), longest first. */
export const ONSETS: readonly string[] = [
  "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
  "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/** Vowel groups (folded, glides included) a syllable can have between its onset and its final consonant. */
export const NUCLEI: readonly string[] = [
  "a", "e", "i", "o", "u", "y",
  "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye",
  "ieu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye", "uyu", "yeu", "uai", "uau", "ueu",
];

/** Final consonants (folded). */
export const FINALS: readonly string[] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];

/** Initial consonants regional speech merges in writing, each mapped to one representative. */
export const REGIONAL_ONSETS: Readonly<Record<string, string>> = { tr: "ch", s: "x", gi: "d", dz: "d", z: "d", l: "n" };

/**
 * Merges that only hold in longer words: l/n joins too many short common pairs ("lên/nên", "lửa/nửa", "lo/no").
 * Letters of the whole folded word.
 */
export const REGIONAL_ONSET_MIN_LETTERS: Readonly<Record<string, number>> = { l: 4 };

/** Final consonants regional speech merges in writing, each mapped to one representative. */
export const REGIONAL_FINALS: Readonly<Record<string, string>> = { ng: "n", nh: "n", c: "t", ch: "t" };

/**
 * Words so common that, typed, they are always themselves and never a regional spelling of another: unmarked "dang"
 * is "đang" (as in "nước lũ đang vô nhà"), not "đánh" ("đánh vợ"); "trong" is "trong", not "chồng"; "dan" (dân, đàn
 * ông) is not "đánh".
 */
export const NEVER_REGIONAL: readonly string[] = ["dang", "trong", "dan", "con"];

/** Shortest typed word (letters) read as a misspelling of a lexicon word; shorter ones are too often another word. */
export const MIN_TYPO_LETTERS = 4;

/** Shortest lexicon word (letters) a regional spelling is read as. */
export const MIN_REGIONAL_LETTERS = 3;
