/**
 * What the routing classifier reads in a message: its syllables folded ("đèn" → "den", so a message typed without
 * marks reads like one typed with them), the marked syllables as typed (where marks tell words apart), pairs of
 * folded syllables ("den duong", "mat nuoc") and character n-grams of the folded words, which survive typos,
 * doubled letters ("hongg") and telex leftovers ("hongr"). Chat abbreviations are expanded first ("ko" → "không").
 */
import { expandChatAbbreviations, isVietnameseSyllable, splitSyllables, telexCandidates, type Syllable } from "../../procedures/normalize.js";

/** Longest message read: a pasted letter's first part says what it is about. */
const MAX_SYLLABLES = 200;
/** Character n-gram lengths over folded words. */
const CHAR_GRAMS = [4] as const;

/**
 * Abbreviations of feedback messages, read before the chat's: "hem" is a lane (hẻm) here, not "không", and "hs"
 * may be a pupil (học sinh) as well as a dossier, so it stays as typed.
 */
const FEEDBACK_ABBREVIATIONS: Readonly<Record<string, string>> = {
  dg: "đường", đg: "đường", nc: "nước", nvqs: "nghĩa vụ quân sự", cb: "cán bộ", cccd: "căn cước", cmnd: "căn cước",
  tdp: "tổ dân phố", hem: "hẻm", hs: "hs", kp: "khu phố", ubnd: "ủy ban", wá: "quá", wa: "quá", hư: "hỏng", dt: "điện thoại",
};

/**
 * The syllables of a message after abbreviation expansion and telex repair, a letter repeated four or more times
 * shortened ("rồiiii" → "rồi"; "cccd" stays), a word typed with a doubled last letter left to the character n-grams.
 *
 * @param text - the message as typed.
 */
export function routingSyllables(text: string): Syllable[] {
  const squeezed = text.normalize("NFC").replace(/(\p{L})\1{3,}/gu, "$1");
  const expanded: Syllable[] = [];
  for (const s of splitSyllables(squeezed)) {
    const own = FEEDBACK_ABBREVIATIONS[s.accented] ?? (s.accented === s.folded ? FEEDBACK_ABBREVIATIONS[s.folded] : undefined);
    if (own !== undefined) expanded.push(...splitSyllables(own));
    else expanded.push(...expandChatAbbreviations([s.accented === s.folded ? repairTelexKeys(s) : s]));
  }
  return expanded.slice(0, MAX_SYLLABLES);
}

/** Letters only a telex keyboard leaves in a word typed without marks: "dd", a doubled vowel, a "w". */
const TELEX_LEFTOVER = /dd|aa|ee|oo|w/u;

/**
 * A syllable typed on a telex keyboard with the marks left as letters ("nuwowcs", "caats", "bij") read as the
 * unmarked syllable it spells ("nuoc", "cat", "bi"), when it cannot be a syllable as typed or carries a leftover.
 * The tone is lost, as in any unmarked message, and the folded features match.
 */
function repairTelexKeys(s: Syllable): Syllable {
  if (s.folded.length < 3 || (isVietnameseSyllable(s.folded) && !TELEX_LEFTOVER.test(s.folded))) return s;
  const fixed = telexCandidates(s.folded).find((c) => isVietnameseSyllable(c) && !TELEX_LEFTOVER.test(c));
  return fixed ? { accented: fixed, folded: fixed } : s;
}

/**
 * The features of a message, each once, prefixed by kind (`w:` folded syllable, `a:` marked syllable, `b:` pair of
 * folded syllables, `c:` character n-gram).
 *
 * @param text - the message as typed.
 * @returns distinct feature names, in no particular order.
 */
export function routingFeatures(text: string): readonly string[] {
  // the router reads each message twice (department, then urgency): the second read is free
  if (text === last.text) return last.features;
  const features = computeFeatures(text);
  last = { text, features };
  return features;
}

/** The features of the message read last. */
let last: { text: string | null; features: readonly string[] } = { text: null, features: [] };

function computeFeatures(text: string): readonly string[] {
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
