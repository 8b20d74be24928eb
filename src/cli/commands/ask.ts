import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Option, type Command } from "commander";
import { AppError } from "../../core/shared/app-error.js";
import { describeFailure } from "../run-guarded.js";
import { readProcedures } from "../../core/procedures/import/read-procedures.js";
import { ProcedureQA } from "../../core/procedures/procedure-qa.js";
import type { PreferredLevel } from "../../core/procedures/search.js";
import type { ProcedureRecord } from "../../core/procedures/types.js";

/** Loads the active procedures of the configured database (wired by the CLI's composition). */
export type LoadStoredProcedures = () => Promise<ProcedureRecord[]>;

/** Bad input for a CLI command: printed as one line, exit code 2. */
export class CliInputError extends AppError {
  constructor(message: string) {
    super("bad_input", message, 400);
  }
}

export interface CliOutput {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * Loads a knowledge base file in any format the importer reads (portal JSONL, project JSONL or JSON array, CSV).
 *
 * @throws CliInputError when the file is missing, unusable, or has a rejected line (its number and reason).
 */
export async function loadKnowledgeBase(file: string): Promise<ProcedureRecord[]> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliInputError(`knowledge base file not found: ${file}`);
  const records: ProcedureRecord[] = [];
  try {
    for await (const item of readProcedures(createReadStream(file), path.basename(file))) {
      if (item.kind === "rejected") throw new CliInputError(`${file}: line ${item.line}: ${item.reason}`);
      if (item.kind === "record") records.push(item.record);
    }
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`${file}: ${(error as Error).message}`);
  }
  if (records.length === 0) throw new CliInputError(`${file}: no procedure records`);
  return records;
}

/** Runs a command body and returns its exit code; a failure is written as describeFailure says (no stack trace). */
export async function guardCli(io: CliOutput, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const { lines, exitCode } = describeFailure(error);
    for (const line of lines) io.stderr.write(`motcua: ${line}\n`);
    return exitCode;
  }
}

export interface AskCliOptions {
  kb?: string;
  json?: boolean;
  level?: PreferredLevel;
}

/**
 * Body of `motcua ask`: prints the answer, or with `--json` the outcome, aspect and ranked candidates.
 *
 * @returns the exit code (0 answered, also for "none"; 2 bad input).
 */
export async function runAsk(question: string, options: AskCliOptions, io: CliOutput, loadStored: LoadStoredProcedures): Promise<number> {
  return guardCli(io, async () => {
    if (!question.trim()) throw new CliInputError("the question is empty");
    const records = options.kb ? await loadKnowledgeBase(options.kb) : await loadStored();
    if (records.length === 0) throw new CliInputError("the knowledge base is empty: run `motcua import procedures <file>` or pass --kb <file>");
    const qa = new ProcedureQA(records, { preferLevel: options.level ?? "xa" });
    const result = qa.ask(question);
    if (options.json) {
      const { outcome, aspect, candidates, choices } = result;
      io.stdout.write(`${JSON.stringify({ outcome, aspect, candidates, ...(choices ? { choices } : {}), answerText: result.answerText })}\n`);
    } else {
      io.stdout.write(`${result.answerText}\n`);
    }
    return 0;
  });
}

/** Registers `motcua ask "<question>" [--kb <file>] [--json] [--level xa|tinh]`. */
export function registerAskCommand(program: Command, loadStored: LoadStoredProcedures): void {
  program
    .command("ask <question>")
    .description("answer a question about an administrative procedure from the knowledge base")
    .option("--kb <file>", "knowledge base file (portal JSONL, project JSON/JSONL or CSV); default: the service's database")
    .option("--json", "print outcome, aspect and ranked candidates with scores as JSON")
    .addOption(new Option("--level <level>", "the organisation's level, favoured in ranking").choices(["xa", "tinh"]).default("xa"))
    .action(async (question: string, opts: AskCliOptions) => {
      process.exitCode = await runAsk(question, opts, { stdout: process.stdout, stderr: process.stderr }, loadStored);
    });
}
