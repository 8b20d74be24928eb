/**
 * Groups unanswered questions by similar wording, so the page shows "asked 12 times" once instead of twelve rows:
 * two questions fall together when their content words (folded, without filler words such as "cho hỏi", "ạ")
 * overlap by at least {@link SIMILAR}. Each group keeps its newest example first.
 */
import { splitSyllables } from "../procedures/normalize.js";

/** Share of shared content words (Jaccard) from which two questions are one group. */
export const SIMILAR = 0.6;
/** Examples kept per group. */
const EXAMPLES = 5;

/** Words that say nothing about what was asked. */
const FILLER = new Set(
  "a ad ah ak alo anh b ban bac cho chi chu co con cua da dc di duoc em giup gi hoi la lam loi m minh muon nao nay nhe nho oi o roi sao the thi toi u va vay voi vs xin ko khong k can".split(" "),
);

/** A stored question as the grouping reads it. */
export interface QuestionRow {
  id: string;
  text: string;
  reason: string;
  createdAt: Date;
}

/** Similar questions, newest first. */
export interface QuestionGroup {
  count: number;
  /** The newest example: what the "thử" and "thêm từ địa phương" actions start from. */
  newest: QuestionRow;
  examples: QuestionRow[];
  /** How many of the group were declined, and how many asked for a person after an answer. */
  reasons: Record<string, number>;
}

/** The content words of a question (folded, filler words left out; all words when only filler is left). */
export function contentWords(text: string): Set<string> {
  const words = splitSyllables(text).map((s) => s.folded);
  const content = words.filter((w) => !FILLER.has(w));
  return new Set(content.length > 0 ? content : words);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups questions; groups are ordered by size, then by their newest question.
 *
 * @param rows - the questions of the period, in any order.
 */
export function groupQuestions(rows: readonly QuestionRow[]): QuestionGroup[] {
  const newestFirst = [...rows].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const groups: Array<{ words: Set<string>; rows: QuestionRow[] }> = [];
  for (const row of newestFirst) {
    const words = contentWords(row.text);
    let best: { words: Set<string>; rows: QuestionRow[] } | undefined;
    let bestScore = 0;
    for (const g of groups) {
      const score = similarity(words, g.words);
      if (score >= SIMILAR && score > bestScore) [best, bestScore] = [g, score];
    }
    if (best) best.rows.push(row);
    else groups.push({ words, rows: [row] });
  }
  return groups
    .map(({ rows: members }) => ({
      count: members.length,
      newest: members[0]!,
      examples: members.slice(0, EXAMPLES),
      reasons: members.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.reason]: (acc[r.reason] ?? 0) + 1 }), {}),
    }))
    .sort((a, b) => b.count - a.count || b.newest.createdAt.getTime() - a.newest.createdAt.getTime());
}
