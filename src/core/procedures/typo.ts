/**
 * Typo tolerance: a bounded Damerau-Levenshtein distance and the choice of the closest known syllable.
 */
import type { ProcedureIndex } from "./procedure-index.js";

/**
 * Optimal-string-alignment (Damerau-Levenshtein) distance, giving up above `max`.
 *
 * @param a - first string.
 * @param b - second string.
 * @param max - the largest distance of interest.
 * @returns the distance, or `max + 1` when it is larger than `max`.
 */
export function boundedDamerau(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0] ?? [];
  for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? [];
    const prev = rows[i - 1] ?? [];
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/**
 * SymSpell-style deletion index over the syllable inventory: every syllable is filed under itself and each form
 * with one (or, from 4 letters, two) letters deleted. A lookup generates the same deletions of the unknown syllable
 * and checks only the syllables filed under them, so typo repair costs a few dozen map look-ups instead of a scan
 * of the whole vocabulary.
 */
export class DeletionIndex {
  private readonly byKey = new Map<string, string[]>();

  /**
   * @param syllables - the known syllables (folded).
   */
  constructor(syllables: Iterable<string>) {
    for (const syllable of syllables) {
      if (syllable.length < 2 || /[^a-z]/u.test(syllable)) continue;
      for (const key of deletions(syllable, syllable.length >= 4 ? 2 : 1)) {
        const list = this.byKey.get(key);
        if (list) list.push(syllable);
        else this.byKey.set(key, [syllable]);
      }
    }
  }

  /** Known syllables that may lie within `max` edits of `word` (to be confirmed with {@link boundedDamerau}). */
  candidates(word: string, max: number): Set<string> {
    const out = new Set<string>();
    for (const key of deletions(word, max)) for (const syllable of this.byKey.get(key) ?? []) out.add(syllable);
    return out;
  }
}

/** The word and every form of it with up to `depth` letters deleted. */
function deletions(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (shorter.length > 0 && !out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

const DELETION_INDEXES = new WeakMap<ProcedureIndex, DeletionIndex>();

/**
 * The deletion index of an index's syllable inventory, built on first use and kept with the index.
 *
 * @param index - the procedure index.
 * @returns its deletion index.
 */
export function deletionIndexOf(index: ProcedureIndex): DeletionIndex {
  let deletionIndex = DELETION_INDEXES.get(index);
  if (!deletionIndex) DELETION_INDEXES.set(index, (deletionIndex = new DeletionIndex(index.syllableDf.keys())));
  return deletionIndex;
}

/**
 * The known syllable closest to an unknown one (distance 1; 2 for syllables of 6+ letters), preferring one that
 * forms a known bigram with its neighbours, then the most frequent. Looks up only the candidates the deletion index
 * files under the syllable's deletions.
 *
 * @returns the replacement, or null when nothing is close enough (short syllables and acronyms are never guessed).
 */
export function closestSyllable(folded: string, index: ProcedureIndex, prev?: string, next?: string): string | null {
  // every Vietnamese syllable has a vowel: a word without one is an acronym ("SJC", "TNHH"), not a typo
  if (folded.length < 3 || /[^a-z]/u.test(folded) || !/[aeiouy]/u.test(folded)) return null;
  const max = folded.length >= 6 ? 2 : 1;
  let best: string | null = null;
  let bestKey = -Infinity;
  for (const syllable of deletionIndexOf(index).candidates(folded, max)) {
    const d = boundedDamerau(folded, syllable, max);
    if (d > max) continue;
    const df = index.syllableDf.get(syllable) ?? 0;
    const context = (prev && index.hasTerm(`${prev} ${syllable}`) ? 1 : 0) + (next && index.hasTerm(`${syllable} ${next}`) ? 1 : 0);
    const key = context * 1e6 - d * 1e5 + df;
    if (key > bestKey) {
      bestKey = key;
      best = syllable;
    }
  }
  return best;
}
