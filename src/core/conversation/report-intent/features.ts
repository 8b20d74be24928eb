/**
 * What the report/question classifier reads in a message. Citizens type with and without marks, so words are read
 * folded ("hỏng" → "hong"), with chat abbreviations expanded ("ko" → "không"); pairs of words carry most of the
 * meaning ("den duong", "can gi", "o dau"). A few shapes of the message are features too: how it ends (questions
 * end on "không", "gì", "đâu", "?"), where it starts, whether a number follows a place word ("ngõ 5", "số 18": a
 * report says where the problem is), and its length.
 */
import { expandChatAbbreviations, splitSyllables } from "../../procedures/normalize.js";

/** The first part of a long message says what it is about. */
const MAX_WORDS = 80;

/** The end of a message read on its own: how many words. */
const TAIL_WORDS = 5;

/** Words naming a place a problem can be at; followed by a number they pin an address ("ngõ 5", "tổ 3"). */
const PLACE_WORDS = new Set(["ngo", "hem", "kiet", "duong", "pho", "so", "to", "khu", "thon", "ap", "xom", "ngach", "lo", "block", "nha", "cot"]);

/**
 * The words of a message, folded, abbreviations expanded, a letter repeated three or more times shortened.
 *
 * @param text - the message as typed.
 */
export function intentWords(text: string): string[] {
  const squeezed = text.normalize("NFC").replace(/(\p{L})\1{2,}/gu, "$1");
  return expandChatAbbreviations(splitSyllables(squeezed))
    .map((s) => s.folded)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/**
 * The features of a message, each once: `w:` word, `b:` pair of words, `s:` first word, `e:`/`e2:` last word and
 * last pair, `q?` a question mark, `p#` a place word with a number, `n#` any number, `l:` a length band.
 *
 * @param text - the message as typed.
 * @returns distinct feature names.
 */
export function intentFeatures(text: string): string[] {
  const words = intentWords(text);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    out.add(`w:${w}`);
    if (i > 0) out.add(`b:${words[i - 1]} ${w}`);
    if (/^\d/u.test(w)) {
      out.add("n#");
      if (i > 0 && PLACE_WORDS.has(words[i - 1] as string)) out.add("p#");
    }
  }
  // a question says what it asks at its end ("… thì làm thế nào", "… được không"), a report what is wrong
  const tail = words.slice(-TAIL_WORDS);
  for (let i = 0; i < tail.length; i++) {
    out.add(`t:${tail[i]}`);
    if (i > 0) out.add(`tb:${tail[i - 1]} ${tail[i]}`);
  }
  const last = words.at(-1);
  if (last !== undefined) {
    out.add(`s:${words[0]}`);
    out.add(`e:${last}`);
    if (words.length > 1) out.add(`e2:${words.at(-2)} ${last}`);
  }
  if (/\?\s*$/u.test(text)) out.add("q?");
  out.add(`l:${words.length <= 2 ? "1-2" : words.length <= 5 ? "3-5" : words.length <= 12 ? "6-12" : "13+"}`);
  return [...out];
}
