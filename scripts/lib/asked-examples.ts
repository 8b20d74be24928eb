/** The kept question sets read as examples of how each procedure is asked (scripts/collect-asked-examples.ts). */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Code → questions, codes sorted, questions in file order; a question with two acceptable codes is an example of
 * both, an out-of-scope question of none.
 */
export function askedExamplesOf(root: string): Record<string, string[]> {
  const dir = path.join(root, "tests/fixtures");
  const byCode = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => /^qa-own.*\.jsonl$/u.test(f)).sort()) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n").filter((l) => l.trim())) {
      const row = JSON.parse(line) as { question: string; expected?: string[] };
      const asked = withoutDenials(row.question.trim());
      for (const code of row.expected ?? []) byCode.set(code, [...(byCode.get(code) ?? []), asked]);
    }
  }
  return Object.fromEntries([...byCode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A question without what it denies: "giữ nguyên đất nông nghiệp, không chuyển mục đích" says the procedure is not a
 * change of use, so "chuyển mục đích" must not become a word of how it is asked. "chưa" is kept: "chưa có giấy khai
 * sinh" tells the very case a procedure is for.
 */
const DENIAL = /(?<![\p{L}])(?:không|khong|chẳng|chang|ko|hổng)\s+(?:phải\s+)?[\p{L}\d]+(?:\s+[\p{L}\d]+)?/giu;

export function withoutDenials(question: string): string {
  return question.replace(DENIAL, " ").replace(/\s{2,}/gu, " ").trim();
}

