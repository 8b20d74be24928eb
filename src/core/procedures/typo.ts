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
 * The known syllable closest to an unknown one (distance 1; 2 for syllables of 6+ letters), preferring one that
 * forms a known bigram with its neighbours, then the most frequent.
 *
 * @returns the replacement, or null when nothing is close enough (short syllables are never guessed).
 */
export function closestSyllable(folded: string, index: ProcedureIndex, prev?: string, next?: string): string | null {
  if (folded.length < 3) return null;
  const max = folded.length >= 6 ? 2 : 1;
  let best: string | null = null;
  let bestKey = -Infinity;
  for (const [syllable, df] of index.syllableDf) {
    if (syllable.length < 2) continue;
    const d = boundedDamerau(folded, syllable, max);
    if (d > max) continue;
    const context = (prev && index.hasTerm(`${prev} ${syllable}`) ? 1 : 0) + (next && index.hasTerm(`${syllable} ${next}`) ? 1 : 0);
    const key = context * 1e6 - d * 1e5 + df;
    if (key > bestKey) {
      bestKey = key;
      best = syllable;
    }
  }
  return best;
}
