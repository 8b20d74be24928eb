/**
 * Vietnamese text normalisation for procedure search: Unicode NFC, lower case, punctuation, tone and diacritic
 * folding (đ → d), telex leftovers ("ddang", "kets", "lamf") and chat abbreviations ("ko", "dc", "ntn").
 * Both the accented and the folded form of each syllable are kept so an exact diacritic match can score higher.
 */
import { CHAT_ABBREVIATIONS } from "./lexicon.vi.js";

/** One syllable of a text, with and without diacritics. */
export interface Syllable {
  /** Lower case, NFC, diacritics kept, e.g. "đăng". */
  accented: string;
  /** Lower case ASCII, e.g. "dang". */
  folded: string;
}

const COMBINING_MARKS = /[\u0300-\u036f]/gu;
/** Anything that is not a letter or a digit separates syllables. Dots between digits are kept ("1.001193"). */
const SEPARATORS = /(?:(?<!\d)\.|\.(?!\d)|[^\p{L}\p{N}.])+/gu;

/**
 * Removes tones and diacritics and maps đ → d: "Đăng ký" → "dang ky". Keeps case.
 *
 * @param text - any text.
 * @returns the text with only ASCII letters where Vietnamese letters were.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/gu, "d")
    .replace(/Đ/gu, "D")
    .normalize("NFC");
}

/** True when a syllable carries a tone or diacritic (so the writer typed Vietnamese with marks). */
export function hasDiacritics(syllable: string): boolean {
  return foldDiacritics(syllable) !== syllable;
}

/**
 * Lower-cases and splits a text into syllables (NFC, punctuation removed), without any repair.
 *
 * @param text - raw text, NFC or NFD.
 * @returns the syllables in order, each with its accented and folded forms.
 */
export function splitSyllables(text: string): Syllable[] {
  const words = text.normalize("NFC").toLowerCase().split(SEPARATORS);
  const syllables: Syllable[] = [];
  for (const raw of words) {
    if (!raw) continue;
    // a key held down ("hoa giaii"): no Vietnamese syllable ends in "ii" (Roman numerals, "ii", "iii", are kept)
    const word = raw.endsWith("ii") && /[^i]/u.test(raw) ? raw.slice(0, -1) : raw;
    let known = SYLLABLE_CACHE.get(word);
    if (known === undefined) {
      known = { accented: withToneOnFirstVowel(word), folded: foldDiacritics(word) };
      if (SYLLABLE_CACHE.size < FOLD_CACHE_LIMIT) SYLLABLE_CACHE.set(word, known);
    }
    syllables.push({ accented: known.accented, folded: known.folded });
  }
  return syllables;
}

/** Syllables already seen, accented (tone placed one way) and folded (the vocabulary of a language is small). */
const SYLLABLE_CACHE = new Map<string, Syllable>();

/** The tone marks (combining, NFD). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** Open syllables whose tone two spellings place differently: "hoà"/"hòa", "khoẻ"/"khỏe", "huỷ"/"hủy" (not "quý"). */
const TWO_PLACEMENTS = /(^|[^q])(oa|oe|uy)$/u;

/**
 * One placement of the tone for the open syllables written both ways ("huỷ" in the records, "hủy" as most people
 * type it; "hoà"/"hòa", "khoẻ"/"khỏe", "thuỷ"/"thủy"): on the first vowel of "oa", "oe", "uy", so that both
 * spellings are one word with its marks.
 *
 * @param word - a lower-case NFC syllable.
 * @returns the syllable with its tone on the first vowel of such a pair, otherwise unchanged.
 */
function withToneOnFirstVowel(word: string): string {
  const decomposed = word.normalize("NFD");
  const tone = TONE_MARK.exec(decomposed);
  if (!tone || !TWO_PLACEMENTS.test(foldDiacritics(word))) return word;
  const letters = decomposed.replace(TONE_MARK, "");
  if (!/[aey]$/u.test(letters)) return word;
  // the pair's first vowel is the second-last letter: the tone goes right after it
  return `${letters.slice(0, -1)}${tone[0]}${letters.slice(-1)}`.normalize("NFC");
}
const FOLD_CACHE_LIMIT = 200_000;

/**
 * Normalises a text to a single folded string: "Đăng ký KẾT HÔN!" → "dang ky ket hon".
 *
 * @param text - raw text.
 * @returns space-separated folded syllables.
 */
export function foldText(text: string): string {
  return splitSyllables(text).map((s) => s.folded).join(" ");
}

const TONE_LETTERS = "sfrxj";

/** A folded Vietnamese syllable: onset, one to three vowels, final consonant. */
const VIETNAMESE_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/u;

/**
 * Whether a folded token could be a Vietnamese syllable. An abbreviation ("cccd", "gks", "attp") or a form code
 * ("ct07") cannot, so it is no chance collision with a word.
 *
 * @param folded - a folded token.
 * @returns true when it has the shape of a syllable.
 */
export function isVietnameseSyllable(folded: string): boolean {
  return VIETNAMESE_SYLLABLE.test(folded);
}

/**
 * Candidate repairs of a telex leftover, most specific first: "ddang" → "dang", "kets" → "ket", "hoon" → "hon",
 * "dduwowcj" → "duoc", "thuongwf" → "thuong". Only candidates are produced; the caller keeps one that is a known
 * syllable.
 */
export function telexCandidates(folded: string): string[] {
  if (folded.length < 2 || /[^a-z]/u.test(folded)) return [];
  const out = new Set<string>();
  const doubled = folded.replace(/^dd/u, "d").replace(/([aeo])\1/gu, "$1");
  const base = doubled.replace(/([uoa])w/gu, "$1").replace(/w/gu, "u");
  // the horn typed after the final consonant ("thuongw", "duwowcj" typed as "duocwj"): drop it
  const late = doubled.replace(/(?<=[aeiouy][a-z]*)w/gu, "");
  const variants = new Set([folded, base, late]);
  for (const v of variants) {
    if (v !== folded) out.add(v);
    // a tone letter typed at the end or after the vowel ("kets", "rust", "lamf")
    for (let i = 1; i < v.length; i++) {
      const ch = v[i] ?? "";
      if (TONE_LETTERS.includes(ch)) out.add(v.slice(0, i) + v.slice(i + 1));
    }
  }
  out.delete(folded);
  return [...out].filter((c) => c.length > 0);
}

/**
 * Repairs a telex leftover when the syllable is unknown and exactly one reading of it is known.
 *
 * @param folded - a folded syllable.
 * @param isKnown - whether a folded syllable belongs to the inventory (built from the index vocabulary).
 * @returns the repaired syllable, or the input unchanged when it is known or no repair is known.
 */
export function repairTelex(folded: string, isKnown: (syllable: string) => boolean): string {
  if (isKnown(folded)) return folded;
  for (const candidate of telexCandidates(folded)) {
    if (isKnown(candidate)) return candidate;
  }
  return folded;
}

/**
 * A syllable typed with marks went through the keyboard's Vietnamese input, so its letters are meant ("trời" is
 * not "toi" with a stray "r"); only a tone key pressed once more at its end is a leftover ("lụcj").
 */
function repairStrayToneKey(folded: string, isKnown: (syllable: string) => boolean): string {
  if (isKnown(folded) || folded.length < 2 || !TONE_LETTERS.includes(folded.slice(-1))) return folded;
  const trimmed = folded.slice(0, -1);
  return isKnown(trimmed) ? trimmed : folded;
}

/**
 * Expands chat abbreviations ("ko" → "không", "ntn" → "như thế nào"); other syllables pass through.
 *
 * @param syllables - syllables from {@link splitSyllables}.
 * @returns the syllables with abbreviations replaced by their accented expansion.
 */
export function expandChatAbbreviations(syllables: Syllable[]): Syllable[] {
  const out: Syllable[] = [];
  for (const s of syllables) {
    const expansion = CHAT_ABBREVIATIONS[s.accented] ?? (hasDiacritics(s.accented) ? undefined : CHAT_ABBREVIATIONS[s.folded]);
    if (expansion === undefined) {
      out.push(s);
    } else {
      out.push(...splitSyllables(expansion));
    }
  }
  return out;
}

/**
 * Full query normalisation: split, expand chat abbreviations, repair telex leftovers against the inventory.
 * A repaired syllable loses its accented form (the writer's marks were not typed as marks).
 *
 * @param text - the citizen's question.
 * @param isKnown - syllable inventory test; without it no telex repair is done.
 * @returns normalised syllables.
 */
export function normalizeQuery(text: string, isKnown?: (syllable: string) => boolean): Syllable[] {
  const expanded = expandChatAbbreviations(splitSyllables(text));
  if (!isKnown) return expanded;
  const repaired = expanded.map((s) => {
    const fixed = hasDiacritics(s.accented) ? repairStrayToneKey(s.folded, isKnown) : repairTelex(s.folded, isKnown);
    return fixed === s.folded ? s : { accented: fixed, folded: fixed };
  });
  // a telex fix can reveal an abbreviation ("khoong" → "khong")
  return expandChatAbbreviations(repaired);
}
