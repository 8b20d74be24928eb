/**
 * Words citizens type that the records never use ("xóm", "ruộng", "miếng", "mệt", "quê"): read off the kept
 * questions (`asked-examples.gen.ts`), where a syllable typed with its marks at least {@link MIN_TIMES} times is a
 * word, not a slip of the keyboard (a typo rarely repeats, and a marked one even less). Typo repair leaves them
 * alone: without this list "miếng đất" was read as "miễn đất" and "xóm" as "gom", because only the records'
 * vocabulary counted as known. A syllable Vietnamese spelling does not allow ("khôg") is a shared slip, not a word.
 */
import { ASKED_EXAMPLES } from "./asked-examples.gen.js";
import { isVietnameseSyllable, splitSyllables } from "./normalize.js";

const MIN_TIMES = 4;

let words: ReadonlySet<string> | undefined;

function everydayWords(): ReadonlySet<string> {
  if (words) return words;
  const seen = new Map<string, number>();
  for (const questions of Object.values(ASKED_EXAMPLES)) {
    for (const question of questions) {
      for (const syllable of splitSyllables(question)) {
        // (a slip many writers share is still no word: "khôg" cannot be a Vietnamese syllable)
        if (syllable.accented === syllable.folded || !isVietnameseSyllable(syllable.folded)) continue;
        seen.set(syllable.folded, (seen.get(syllable.folded) ?? 0) + 1);
      }
    }
  }
  words = new Set([...seen].filter(([, times]) => times >= MIN_TIMES).map(([word]) => word));
  return words;
}

/** Reads the words off the kept questions now, so that the first citizen's question does not pay for it. */
export function prepareEverydayWords(): void {
  everydayWords();
}

/**
 * Whether a folded syllable is a word citizens type (see the module comment), so not a typo to repair.
 *
 * @param folded - a folded syllable.
 */
export function isEverydayWord(folded: string): boolean {
  return everydayWords().has(folded);
}
