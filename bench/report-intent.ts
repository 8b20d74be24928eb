/**
 * How well free text is told apart. Reports should become the feedback intent (or an emergency, whose reply offers
 * an urgent report); procedure questions and other messages should not. A message the detector is unsure of is
 * asked about ("Phản ánh sự việc" / "Hỏi thủ tục"), so it is counted apart: nothing is lost, it costs a tap.
 * Prints one JSON line per set, then the time per message.
 *
 *   npx tsx bench/report-intent.ts [--reports ../shared/data/eval/feedback_dev.jsonl]
 *     [--questions ../shared/data/eval/qa_dev.jsonl,../shared/data/eval/faq_official_dev.jsonl]
 *     [--set <file.jsonl>]   a labelled set: {"text", "kind": "report" | "question" | "other"} per line
 *     [--show]               print each miss
 */
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { readReport } from "../src/core/conversation/detect-report.js";
import { detectIntent, type Intent } from "../src/core/conversation/intents.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const show = process.argv.includes("--show");
type Row = Record<string, unknown>;
const lines = (file: string): Row[] => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
const round = (n: number) => Math.round(n * 1000) / 1000;

/** What a message came to: taken as a report, asked about, or left to the Q&A and the other intents. */
function outcome(kind: Intent["kind"]): "report" | "asked" | "not" {
  if (kind === "feedback" || kind === "emergency") return "report";
  return kind === "report_or_question" ? "asked" : "not";
}

function score(texts: string[], expectReport: boolean, label: string) {
  const counts = { report: 0, asked: 0, not: 0 };
  for (const text of texts) {
    const o = outcome(detectIntent(text).kind);
    counts[o]++;
    if (show && (expectReport ? o !== "report" : o !== "not")) console.log(`${label} → ${o}: ${text}`);
  }
  const n = texts.length || 1;
  return expectReport
    ? { n: texts.length, detected: round(counts.report / n), asked: round(counts.asked / n), missed: round(counts.not / n) }
    : { n: texts.length, takenAsReports: round(counts.report / n), asked: round(counts.asked / n), kept: round(counts.not / n) };
}

const setFile = process.argv.includes("--set") ? arg("--set", "") : "";
const all: string[] = [];
if (setFile) {
  const rows = lines(setFile);
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => String(r.text));
  const sets = { report: of("report"), question: of("question"), other: of("other") };
  all.push(...sets.report, ...sets.question, ...sets.other);
  console.log(JSON.stringify({ set: setFile, reports: score(sets.report, true, "report"), questions: score(sets.question, false, "question"), others: score(sets.other, false, "other") }));
} else {
  const reportsFile = arg("--reports", "../shared/data/eval/feedback_dev.jsonl");
  const questionFiles = arg("--questions", "../shared/data/eval/qa_dev.jsonl,../shared/data/eval/faq_official_dev.jsonl").split(",");
  if (!existsSync(reportsFile) || questionFiles.some((f) => !existsSync(f))) {
    console.log(JSON.stringify({ skipped: "evaluation sets not found" }));
    process.exit(0);
  }
  const reports = lines(reportsFile).map((r) => String(r.text));
  const questions = questionFiles.flatMap((f) => lines(f).map((q) => String(q.question ?? q.text)));
  all.push(...reports, ...questions);
  console.log(JSON.stringify({ reports: score(reports, true, "report"), questions: score(questions, false, "question") }));
}
/** Mean time per message of `fn` over every text, five passes after a warm-up pass. */
function timePerMessage(fn: (text: string) => unknown): number {
  for (const text of all) fn(text);
  const start = performance.now();
  for (let pass = 0; pass < 5; pass++) for (const text of all) fn(text);
  return Math.round(((performance.now() - start) / (5 * all.length)) * 10_000) / 10_000;
}
// the whole intent detection (the emergency detector included), and the report/question reading alone
console.log(JSON.stringify({ msPerMessage: { detectIntent: timePerMessage(detectIntent), readReport: timePerMessage(readReport) } }));
