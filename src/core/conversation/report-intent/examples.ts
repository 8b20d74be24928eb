/**
 * The classifier's training set, built only from the project's own data: the routing and urgency examples and the
 * short casual reports of prisma/seed/intent-examples.jsonl (every one a report), the demo knowledge base's procedure
 * names and search keywords turned into questions, and the project's own question and small-talk examples (the same
 * file).
 */
import { foldDiacritics } from "../../procedures/normalize.js";
import type { IntentExample } from "./train.js";

/** How citizens wrap a procedure's name into a question; each keyword gets two of them, chosen by position. */
const QUESTION_FRAMES: readonly string[] = [
  "{k} cần giấy tờ gì",
  "{k} làm ở đâu",
  "{k} mất bao lâu",
  "{k} lệ phí bao nhiêu",
  "cho hỏi {k}",
  "{k} có làm online được không",
  "thủ tục {k} thế nào",
  "muốn {k} thì làm sao",
  "{k}",
  "hỏi về {k} ạ",
];

/** A procedure as the knowledge base names it. */
export interface ProcedureWording {
  name: string;
  keywords: readonly string[];
}

/** A short form of an official name: without "Thủ tục", the bracketed list, or what follows a colon. */
function shortName(name: string): string {
  return name.replace(/^thủ tục\s+/iu, "").replace(/\s*\(.*$/u, "").replace(/:.*$/u, "").slice(0, 80).trim();
}

/**
 * Assembles the labelled examples.
 *
 * @param reports - report texts (the routing examples).
 * @param procedures - the knowledge base's procedures.
 * @param own - the project's own examples: questions and other messages, none a report.
 */
export function intentTrainingSet(reports: readonly string[], procedures: readonly ProcedureWording[], own: readonly string[]): IntentExample[] {
  const examples: IntentExample[] = reports.map((text) => ({ text, report: true }));
  let n = 0;
  for (const p of procedures) {
    for (const wording of [shortName(p.name), ...p.keywords]) {
      for (const frame of [QUESTION_FRAMES[n % QUESTION_FRAMES.length], QUESTION_FRAMES[(n * 7 + 3) % QUESTION_FRAMES.length]]) {
        const text = (frame as string).replace("{k}", wording.toLowerCase());
        // every other one typed without marks, as many citizens do
        examples.push({ text: n % 2 === 0 ? text : foldDiacritics(text), report: false });
        n++;
      }
    }
  }
  for (const text of own) examples.push({ text, report: false });
  return examples;
}
