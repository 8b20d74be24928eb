/**
 * What the routing classifier reads in a message: its syllables folded ("đèn" → "den", so a message typed without
 * marks reads like one typed with them), the marked syllables as typed (where marks tell words apart), pairs of
 * folded syllables ("den duong", "mat nuoc") and character n-grams of the folded words, which survive typos,
 * doubled letters ("hongg") and telex leftovers ("hongr"). Chat abbreviations are expanded first ("ko" → "không").
 */
import { expandChatAbbreviations, splitSyllables, type Syllable } from "../../procedures/normalize.js";

/** Longest message read: a pasted letter's first part says what it is about. */
const MAX_SYLLABLES = 200;
/** Character n-gram lengths over folded words. */
const CHAR_GRAMS = [3, 4] as const;

/** Abbreviations of feedback messages that the procedure lexicon does not know. */
const FEEDBACK_ABBREVIATIONS: Readonly<Record<string, string>> = {
  dg: "đường", đg: "đường", nc: "nước", nvqs: "nghĩa vụ quân sự", cb: "cán bộ", cccd: "căn cước", cmnd: "căn cước",
  tdp: "tổ dân phố", kp: "khu phố", ubnd: "ủy ban", wá: "quá", wa: "quá", hư: "hỏng", dt: "điện thoại",
};

/**
 * The syllables of a message after abbreviation expansion, each letter repeated three or more times shortened
 * ("quáaaa" → "quá"), a word typed with a doubled last letter left to the character n-grams.
 *
 * @param text - the message as typed.
 */
export function routingSyllables(text: string): Syllable[] {
  const squeezed = text.normalize("NFC").replace(/(\p{L})\1{2,}/gu, "$1");
  const expanded: Syllable[] = [];
  for (const s of expandChatAbbreviations(splitSyllables(squeezed))) {
    const own = FEEDBACK_ABBREVIATIONS[s.accented] ?? (s.accented === s.folded ? FEEDBACK_ABBREVIATIONS[s.folded] : undefined);
    if (own) expanded.push(...splitSyllables(own));
    else expanded.push(s);
  }
  return expanded.slice(0, MAX_SYLLABLES);
}

/**
 * The features of a message, each once, prefixed by kind (`w:` folded syllable, `a:` marked syllable, `b:` pair of
 * folded syllables, `c:` character n-gram).
 *
 * @param text - the message as typed.
 * @returns distinct feature names, in no particular order.
 */
export function routingFeatures(text: string): string[] {
  const syllables = routingSyllables(text);
  const out = new Set<string>();
  let previous: string | null = null;
  for (const s of syllables) {
    out.add(`w:${s.folded}`);
    if (s.accented !== s.folded) out.add(`a:${s.accented}`);
    if (previous !== null) out.add(`b:${previous} ${s.folded}`);
    previous = s.folded;
    const padded = `<${s.folded}>`;
    if (padded.length <= CHAR_GRAMS[0] + 1) continue;
    for (const n of CHAR_GRAMS) {
      for (let i = 0; i + n <= padded.length; i++) out.add(`c:${padded.slice(i, i + n)}`);
    }
  }
  return [...out];
}
