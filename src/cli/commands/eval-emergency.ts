import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { z } from "zod";
import { evaluateEmergencies, type EmergencyCase, type EmergencyReport } from "../../core/conversation/emergency/evaluate.js";
import { CliInputError, guardCli, type CliOutput } from "./ask.js";

/** The project's own emergency sets (tests/fixtures/emergency/*.jsonl), found from src/ (tsx) and dist/src/ (built). */
const OWN_SETS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`) ? "../../../../tests/fixtures/emergency" : "../../../tests/fixtures/emergency",
);

/**
 * One line of a set, in any of three shapes: the project's own (`text`, `emergency`, and the number that should
 * lead the reply as `service` or, in the blind sets, `number`, null when none is expected), a procedure
 * question set (`question`: never an emergency) or a feedback set (`text`, `urgent`: only `urgent: false` lines are
 * used, as non-emergencies; an urgent feedback is not necessarily an emergency, so it is left out).
 */
const lineSchema = z.union([
  z.object({
    id: z.string().optional(),
    text: z.string().min(1, "text is empty"),
    emergency: z.boolean(),
    service: z.enum(["113", "114", "115"]).nullish(),
    number: z.enum(["113", "114", "115"]).nullish(),
    style: z.array(z.string()).optional(),
  }),
  z.object({ id: z.string().optional(), question: z.string().min(1, "question is empty"), style: z.array(z.string()).optional() }),
  z.object({ id: z.string().optional(), text: z.string().min(1, "text is empty"), urgent: z.boolean(), style: z.array(z.string()).optional() }),
]);

/**
 * Reads a set of labelled messages (JSON Lines, shapes above).
 *
 * @throws CliInputError naming the file and line of the first malformed line.
 */
export async function loadEmergencySet(file: string): Promise<EmergencyCase[]> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CliInputError(`set not found: ${file}`);
  const name = path.basename(file);
  const cases: EmergencyCase[] = [];
  (await readFile(file, "utf8")).split(/\r?\n/u).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliInputError(`${file}: line ${i + 1}: not valid JSON`);
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) throw new CliInputError(`${file}: line ${i + 1}: needs "text" with "emergency" (or "urgent"), or "question"`);
    const item = parsed.data;
    const base = { ...(item.id ? { id: item.id } : {}), style: item.style ?? [], set: name };
    if ("question" in item) cases.push({ ...base, text: item.question, emergency: false });
    else if ("emergency" in item) {
      const service = item.service ?? item.number;
      cases.push({ ...base, text: item.text, emergency: item.emergency, ...(service ? { service } : {}) });
    }
    else if (!item.urgent) cases.push({ ...base, text: item.text, emergency: false });
  });
  if (cases.length === 0) throw new CliInputError(`${file}: no usable lines`);
  return cases;
}

async function ownSets(): Promise<string[]> {
  const names = await readdir(OWN_SETS_DIR).catch(() => []);
  const files = names.filter((n) => n.endsWith(".jsonl")).sort().map((n) => path.join(OWN_SETS_DIR, n));
  if (files.length === 0) throw new CliInputError(`no --set given and no sets in ${OWN_SETS_DIR}`);
  return files;
}

/** A readable table of a report. */
export function formatEmergencyReport(report: EmergencyReport): string {
  const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
  const e = report.emergencies;
  const o = report.nonEmergencies;
  const rows = [
    `emergencies          ${e.n} (recognised ${e.detected}, recall ${pct(e.recall)})`,
    `right number first   ${e.rightNumberFirst.correct} of ${e.rightNumberFirst.n} labelled with a number`,
    `non-emergencies      ${o.n} (false alarms ${o.falseAlarms}, ${pct(o.falseAlarmRate)})`,
    "",
    "set                                  emergencies  recall   non-emergencies  false alarms",
    ...Object.entries(report.bySet).map(
      ([name, s]) =>
        `${name.padEnd(36)} ${String(s.emergencies).padStart(11)}  ${(s.emergencies ? pct(s.recall) : "–").padStart(6)}   ${String(s.nonEmergencies).padStart(15)}  ${String(s.falseAlarms).padStart(12)}`,
    ),
    "",
    "style (emergencies)  n     recall",
    ...Object.entries(report.byStyle).map(([tag, s]) => `${tag.padEnd(20)} ${String(s.n).padStart(3)}   ${pct(s.recall)}`),
  ];
  if (report.missed.length) rows.push("", `missed: ${report.missed.join(", ")}`);
  if (report.falseAlarms.length) rows.push("", `false alarms: ${report.falseAlarms.join(", ")}`);
  return `${rows.join("\n")}\n`;
}

export interface EvalEmergencyCliOptions {
  set?: string[];
  json?: boolean;
}

/** Body of `motcua eval emergency`; returns the exit code (2 on bad input). */
export async function runEvalEmergency(options: EvalEmergencyCliOptions, io: CliOutput): Promise<number> {
  return guardCli(io, async () => {
    const files = options.set?.length ? options.set : await ownSets();
    const cases = (await Promise.all(files.map(loadEmergencySet))).flat();
    const report = evaluateEmergencies(cases);
    io.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatEmergencyReport(report));
    return 0;
  });
}

/** Registers `motcua eval emergency [--set <file>]... [--json]` under `eval`. */
export function registerEvalEmergencyCommand(program: Command): void {
  const existing = program.commands.find((c) => c.name() === "eval");
  const evalCmd = existing ?? program.command("eval").description("measure the bot on labelled question sets");
  evalCmd
    .command("emergency")
    .description("measure emergency detection: recall over emergencies, false alarms over ordinary messages")
    .option(
      "--set <file>",
      "JSON Lines: {text, emergency, service?}, or a question set ({question}) or a feedback set ({text, urgent}) as non-emergencies; repeat for several (default: the project's own sets)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option("--json", "print one JSON object")
    .action(async (opts: EvalEmergencyCliOptions) => {
      process.exitCode = await runEvalEmergency(opts, { stdout: process.stdout, stderr: process.stderr });
    });
}
