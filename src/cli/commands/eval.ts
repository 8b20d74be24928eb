import { readFile, stat } from "node:fs/promises";
import { Option, type Command } from "commander";
import { z } from "zod";
import { scoreQa, type QaQuestion, type QaReport } from "../../core/procedures/evaluate.js";
import { ProcedureQA } from "../../core/procedures/procedure-qa.js";
import type { PreferredLevel } from "../../core/procedures/search.js";
import type { ProcedureRecord } from "../../core/procedures/types.js";
import { CliInputError, guardCli, loadKnowledgeBase, type CliOutput } from "./ask.js";

const questionSchema = z.object({
  id: z.string().optional(),
  question: z.string().min(1, "question is empty"),
  expected: z.array(z.string()).optional(),
  /** The official FAQ set names its targets this way. */
  matched_ma_thu_tuc: z.array(z.string()).optional(),
  style: z.array(z.string()).optional(),
});

/**
 * Reads a question set (JSON Lines in the format of qa_dev.jsonl: `question`, `expected`, `style`).
 *
 * @throws CliInputError naming the file and line of the first malformed line.
 */
export async function loadQuestionSet(file: string): Promise<QaQuestion[]> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliInputError(`question set not found: ${file}`);
  const lines = (await readFile(file, "utf8")).split(/\r?\n/u);
  const questions: QaQuestion[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliInputError(`${file}: line ${i + 1}: not valid JSON`);
    }
    const parsed = questionSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliInputError(`${file}: line ${i + 1}: ${issue ? `${issue.path.join(".") || "line"}: ${issue.message}` : "invalid"}`);
    }
    const expected = parsed.data.expected ?? parsed.data.matched_ma_thu_tuc;
    if (!expected) throw new CliInputError(`${file}: line ${i + 1}: missing "expected"`);
    questions.push({ id: parsed.data.id, question: parsed.data.question, expected, style: parsed.data.style ?? [] });
  });
  if (questions.length === 0) throw new CliInputError(`${file}: no questions`);
  return questions;
}

/**
 * Builds the index over `records` and runs every question, timing each.
 *
 * @returns the report (see {@link scoreQa}).
 */
export function evaluateQuestionSet(
  records: readonly ProcedureRecord[],
  questions: readonly QaQuestion[],
  preferLevel: PreferredLevel = "xa",
): QaReport {
  const start = performance.now();
  const qa = new ProcedureQA(records, { preferLevel });
  const indexBuildMs = performance.now() - start;
  const results = questions.map((question) => {
    const t0 = performance.now();
    const answer = qa.ask(question.question);
    const latencyMs = performance.now() - t0;
    const choiceCount = answer.choices?.length ?? 0;
    return { question, prediction: { outcome: answer.outcome, codes: answer.candidates.map((c) => c.code), choiceCount, latencyMs } };
  });
  return scoreQa(results, indexBuildMs);
}

/** A readable table of a report. */
export function formatQaReport(report: QaReport): string {
  const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
  const rows = [
    `in-scope questions   ${report.n}`,
    `top-1                ${pct(report.top1)}`,
    `top-3                ${pct(report.top3)}`,
    `MRR                  ${report.mrr.toFixed(3)}`,
    `answered             ${report.outcomes.answered.n} (correct ${report.outcomes.answered.correct}; confidently wrong ${pct(report.rates.confidentlyWrong)} of in-scope)`,
    `clarified            ${report.outcomes.clarified.n} (right procedure among the choices ${report.outcomes.clarified.containsExpected})`,
    `declined             ${report.outcomes.declined.n}`,
    `right or offered     ${pct(report.rates.rightOrOffered)}`,
    `out of scope         ${report.outOfScope.n}: declined ${report.outOfScope.declined}, clarified ${report.outOfScope.clarified}, answered ${report.outOfScope.answered} (declined ${pct(report.rates.outOfScopeDeclined)})`,
    `latency p50 / p99    ${report.latencyMs.p50} ms / ${report.latencyMs.p99} ms`,
    `index build          ${report.indexBuildMs} ms`,
    "",
    "style               n   top-1 (declined without choices for out_of_scope)",
    ...Object.entries(report.byStyle).map(([tag, s]) => `${tag.padEnd(18)} ${String(s.n).padStart(3)}   ${pct(s.top1)}`),
  ];
  return `${rows.join("\n")}\n`;
}

export interface EvalQaCliOptions {
  kb?: string;
  set?: string;
  json?: boolean;
  level?: PreferredLevel;
}

/** Body of `motcua eval qa`; returns the exit code (2 on bad input). */
export async function runEvalQa(options: EvalQaCliOptions, io: CliOutput): Promise<number> {
  return guardCli(io, async () => {
    if (!options.kb) throw new CliInputError("missing --kb <file>");
    if (!options.set) throw new CliInputError("missing --set <questions.jsonl>");
    const records = await loadKnowledgeBase(options.kb);
    const questions = await loadQuestionSet(options.set);
    const report = evaluateQuestionSet(records, questions, options.level ?? "xa");
    io.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatQaReport(report));
    return 0;
  });
}

/** Registers `motcua eval qa --kb <file> --set <questions.jsonl> [--json]` (other `eval` subcommands may join). */
export function registerEvalCommand(program: Command): void {
  const existing = program.commands.find((c) => c.name() === "eval");
  const evalCmd = existing ?? program.command("eval").description("measure the bot on labelled question sets");
  evalCmd
    .command("qa")
    .description("evaluate procedure question answering over a question set (in-memory index, no database)")
    .option("--kb <file>", "knowledge base file (portal JSONL, project JSON/JSONL or CSV)")
    .option("--set <file>", "questions as JSON Lines: question, expected (codes; empty = out of scope), style")
    .option("--json", "print one JSON object")
    .addOption(new Option("--level <level>", "the organisation's level").choices(["xa", "tinh"]).default("xa"))
    .action(async (opts: EvalQaCliOptions) => {
      process.exitCode = await runEvalQa(opts, { stdout: process.stdout, stderr: process.stderr });
    });
}
