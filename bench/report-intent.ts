/**
 * How well free text is told apart: reports (a feedback set) should become the feedback intent (or an emergency,
 * whose reply offers an urgent report), procedure questions (question sets) should not. Prints one JSON line.
 *
 *   npx tsx bench/report-intent.ts [--reports ../shared/data/eval/feedback_dev.jsonl]
 *     [--questions ../shared/data/eval/qa_dev.jsonl,../shared/data/eval/faq_official_dev.jsonl] [--show]
 */
import { readFileSync } from "node:fs";
import { detectIntent } from "../src/core/conversation/intents.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const show = process.argv.includes("--show");
const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

const reports = lines(arg("--reports", "../shared/data/eval/feedback_dev.jsonl")).map((r) => String(r.text));
const questions = arg("--questions", "../shared/data/eval/qa_dev.jsonl,../shared/data/eval/faq_official_dev.jsonl")
  .split(",")
  .flatMap((f) => lines(f).map((q) => String(q.question ?? q.text)));

let found = 0;
let emergencies = 0;
for (const text of reports) {
  const kind = detectIntent(text).kind;
  if (kind === "feedback") found++;
  else if (kind === "emergency") emergencies++;
  else if (show) console.log(`missed [${kind}] ${text}`);
}
let falseReports = 0;
for (const text of questions) {
  if (detectIntent(text).kind === "feedback") {
    falseReports++;
    if (show) console.log(`taken as report: ${text}`);
  }
}
const round = (n: number) => Math.round(n * 1000) / 1000;
console.log(
  JSON.stringify({
    reports: reports.length,
    reportRecall: round((found + emergencies) / reports.length),
    asFeedback: found,
    asEmergency: emergencies,
    questions: questions.length,
    questionsTakenAsReports: falseReports,
    falseReportRate: round(falseReports / questions.length),
  }),
);
