import { readFile, stat } from "node:fs/promises";
import type { Command } from "commander";
import { z } from "zod";
import { RoutingTextClassifier } from "../../core/feedback/routing/classifier.js";
import { scoreRouting, type RoutingCase, type RoutingReport } from "../../core/feedback/routing/evaluate.js";
import { FeedbackRouting } from "../../core/feedback/routing/router.js";
import { RoutingRules } from "../../core/feedback/routing/rules.js";
import { trainRoutingModel } from "../../core/feedback/routing/train.js";
import { readOwnRoutingExamples } from "../../db/seed/routing-examples.js";
import { CliInputError, guardCli, type CliOutput } from "./ask.js";
import { ownUrgencyDetector } from "../../wiring/urgency.js";

/** The service's default FEEDBACK_TRIAGE_BELOW (src/config.ts). */
export const DEFAULT_THRESHOLD = 0.75;

const lineSchema = z.object({
  id: z.string().optional(),
  text: z.string().min(1, "text is empty"),
  department: z.string().min(1, "department is empty"),
  urgent: z.boolean().optional(),
});

/**
 * Reads a labelled feedback set (JSON Lines in the format of feedback_dev.jsonl: `text`, `department`, `urgent`).
 *
 * @throws CliInputError naming the file and line of the first malformed line.
 */
export async function loadRoutingSet(file: string): Promise<RoutingCase[]> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliInputError(`set not found: ${file}`);
  const cases: RoutingCase[] = [];
  (await readFile(file, "utf8")).split(/\r?\n/u).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliInputError(`${file}: line ${i + 1}: not valid JSON`);
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliInputError(`${file}: line ${i + 1}: ${issue ? `${issue.path.join(".") || "line"}: ${issue.message}` : "invalid"}`);
    }
    const { id, text, department, urgent } = parsed.data;
    cases.push({ ...(id ? { id } : {}), text, department, ...(urgent !== undefined ? { urgent } : {}) });
  });
  if (cases.length === 0) throw new CliInputError(`${file}: no messages`);
  return cases;
}

/**
 * The router as a fresh installation has it: no administrator's rules, the classifier trained on the project's own
 * examples (prisma/seed/routing-examples.jsonl), and urgency detection (wording and the model learnt from them).
 */
export function ownExamplesRouter(): Promise<FeedbackRouting> {
  // trained once per process: the examples file ships with the code and training is deterministic
  ownRouter ??= Promise.all([readOwnRoutingExamples(), ownUrgencyDetector()]).then(([examples, urgency]) => {
    const model = trainRoutingModel(examples.map((e) => ({ text: e.text, departmentCode: e.department, categoryCode: e.category, source: "seed" as const })));
    return new FeedbackRouting(new RoutingRules([]), new RoutingTextClassifier(model), urgency);
  });
  return ownRouter;
}

let ownRouter: Promise<FeedbackRouting> | undefined;

/** Routes every case and scores the decisions. */
export function evaluateRoutingSet(router: FeedbackRouting, cases: readonly RoutingCase[], threshold: number): RoutingReport {
  return scoreRouting(
    cases.map((item) => ({ item, decision: router.route(item.text) })),
    threshold,
  );
}

/** A readable table of a report. */
export function formatRoutingReport(report: RoutingReport): string {
  const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
  const rows = [
    `messages             ${report.n}`,
    `accuracy             ${pct(report.accuracy)}`,
    `macro F1             ${report.macroF1.toFixed(3)}`,
    `auto-routed          ${pct(report.autoRouted.coverage)} at confidence ≥ ${report.autoRouted.threshold} (precision ${pct(report.autoRouted.precision)}); the rest go to triage`,
    `urgent               precision ${pct(report.urgent.precision)}, recall ${pct(report.urgent.recall)}`,
    "",
    "department   n     precision  recall",
    ...Object.entries(report.perDepartment).map(([code, d]) => `${code.padEnd(10)} ${String(d.n).padStart(4)}     ${pct(d.precision).padStart(6)}  ${pct(d.recall).padStart(6)}`),
  ];
  return `${rows.join("\n")}\n`;
}

export interface EvalRoutingCliOptions {
  set?: string;
  json?: boolean;
  threshold?: string;
}

/** Body of `motcua eval routing`; returns the exit code (2 on bad input). */
export async function runEvalRouting(options: EvalRoutingCliOptions, io: CliOutput): Promise<number> {
  return guardCli(io, async () => {
    if (!options.set) throw new CliInputError("missing --set <feedback.jsonl>");
    const threshold = options.threshold === undefined ? DEFAULT_THRESHOLD : Number(options.threshold);
    if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) throw new CliInputError("--threshold must be a number from 0 to 1");
    const cases = await loadRoutingSet(options.set);
    const report = evaluateRoutingSet(await ownExamplesRouter(), cases, threshold);
    io.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatRoutingReport(report));
    return 0;
  });
}

/** Registers `motcua eval routing --set <file.jsonl> [--json] [--threshold <0-1>]` under `eval`. */
export function registerEvalRoutingCommand(program: Command): void {
  const existing = program.commands.find((c) => c.name() === "eval");
  const evalCmd = existing ?? program.command("eval").description("measure the bot on labelled question sets");
  evalCmd
    .command("routing")
    .description("measure feedback routing (classifier trained on the project's own examples, and urgency) on a labelled set")
    .option("--set <file>", "JSON Lines: text, department (VP, KTHTDT, …), urgent")
    .option("--threshold <confidence>", `confidence below which a report goes to triage (default ${DEFAULT_THRESHOLD}, as FEEDBACK_TRIAGE_BELOW)`)
    .option("--json", "print one JSON object")
    .action(async (opts: EvalRoutingCliOptions) => {
      process.exitCode = await runEvalRouting(opts, { stdout: process.stdout, stderr: process.stderr });
    });
}
