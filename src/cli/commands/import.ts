import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Option, type Command } from "commander";
import cliProgress from "cli-progress";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { AppError } from "../../core/shared/app-error.js";
import { ImportInputError, type ImportFormat } from "../../core/procedures/import/detect-format.js";
import { importProcedures, type ImportReport } from "../../core/procedures/import/import-procedures.js";
import { readProcedures, type ImportLevel, type ReadItem } from "../../core/procedures/import/read-procedures.js";
import { createProcedureRepository } from "../../db/repositories/procedure-repository.js";
import type { ProcedureRecord } from "../../core/procedures/types.js";
import { runGuarded } from "../run-guarded.js";

/** Opens the configured database; wired by the composition root. */
export type OpenImportDatabase = () => Promise<{
  prisma: PrismaClient;
  close(): Promise<void>;
  /** Tells citizens who asked about a changed or removed procedure (wired by the CLI; absent in some tests). */
  procedureAlerts?: (before: ProcedureRecord[], after: ProcedureRecord[]) => Promise<{ alerts: number; recipients: number }>;
}>;

export interface ImportProceduresCliOptions {
  level?: ImportLevel;
  dryRun?: boolean;
  deactivateMissing?: boolean;
  json?: boolean;
  format?: ImportFormat;
}

/** Where the command writes; the process streams in production, buffers in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Files above this size get a progress bar (on a TTY, and not with --json). */
const PROGRESS_MIN_BYTES = 1024 * 1024;

/**
 * `motcua import procedures <file>`: reads the whole file first (an unusable file imports nothing and exits 2),
 * then upserts by national code and prints the counts and every rejected line with its reason.
 */
export function registerImportCommand(program: Command, openDatabase: OpenImportDatabase): void {
  const importCmd = program.command("import").description("import data into the knowledge base");
  importCmd
    .command("procedures <file>")
    .description("import procedures from JSON Lines (portal or project shape), a JSON array, or CSV (docs/import-formats.md)")
    .addOption(new Option("--level <level>", "keep only procedures carried out at this level").choices(["xa", "tinh"]))
    .addOption(
      new Option("--format <format>", "skip detection").choices(["portal-jsonl", "project-jsonl", "project-json", "csv"]),
    )
    .option("--dry-run", "report what would change, write nothing")
    .option("--deactivate-missing", "deactivate active procedures absent from this (complete) file")
    .option("--json", "print the report as one JSON object")
    .action((file: string, opts: ImportProceduresCliOptions) =>
      runGuarded(async () => {
        const io: CliIo = { stdout: process.stdout, stderr: process.stderr };
        process.exitCode = await runImportProcedures(file, opts, openDatabase, io);
      }),
    );
}

/**
 * Body of the command, returning the exit code: 0 done (rejected lines are reported, not fatal), 2 bad input.
 * Unexpected failures (database down) are thrown for runGuarded.
 */
export async function runImportProcedures(
  file: string,
  opts: ImportProceduresCliOptions,
  openDatabase: OpenImportDatabase,
  io: CliIo,
): Promise<number> {
  const started = performance.now();
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new AppError("import_not_a_file", `${file} is not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof AppError) return fail(io, err.message);
    return fail(io, `cannot read ${file}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }

  const bar = io.stderr.isTTY && !opts.json && size >= PROGRESS_MIN_BYTES
    ? new cliProgress.SingleBar(
        { stream: io.stderr, format: "reading {bar} {percentage}% | {items} records", hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(size, 0, { items: 0 });

  let format: ImportFormat | null = null;
  const items: ReadItem[] = [];
  try {
    const source = createReadStream(file);
    for await (const item of readProcedures(source, file, {
      ...(opts.level ? { level: opts.level } : {}),
      ...(opts.format ? { format: opts.format } : {}),
      onFormat: (f) => (format = f),
      onProgress: (p) => bar?.update(p.bytes, { items: p.items }),
    })) {
      items.push(item);
    }
  } catch (err) {
    bar?.stop();
    if (err instanceof ImportInputError) return fail(io, `${file}: ${err.message}`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EISDIR") return fail(io, `cannot read ${file}: ${(err as Error).message}`);
    throw err;
  }
  bar?.stop();
  const readMs = performance.now() - started;

  const db = await openDatabase();
  let report: ImportReport;
  let alerts: { alerts: number; recipients: number } | undefined;
  try {
    const repo = createProcedureRepository(db.prisma);
    const tellChanges = opts.dryRun ? undefined : db.procedureAlerts;
    const before = tellChanges ? await repo.listActive() : [];
    report = await importProcedures(items, repo, {
      dryRun: opts.dryRun === true,
      deactivateMissing: opts.deactivateMissing === true,
      ...(opts.level ? { level: opts.level } : {}),
    });
    if (tellChanges && report.updated + report.deactivated > 0) alerts = await tellChanges(before, await repo.listActive());
  } finally {
    await db.close();
  }
  const elapsedMs = Math.round(performance.now() - started);

  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ file, format, ...report, ...(alerts ? { procedureAlerts: alerts } : {}), readMs: Math.round(readMs), elapsedMs })}\n`);
  } else {
    io.stdout.write(formatReport(file, format, report, elapsedMs));
    if (alerts) io.stdout.write(`  procedure-change alerts: ${alerts.alerts} (to ${alerts.recipients} citizens)\n`);
  }
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`motcua: ${message}\n`);
  return 2;
}

/** Human-readable report: the counts, then one line per rejected input line. */
export function formatReport(file: string, format: ImportFormat | null, r: ImportReport, elapsedMs: number): string {
  const lines = [
    `${r.dryRun ? "Dry run (nothing written): " : ""}${file} (${format ?? "unknown format"}), ${elapsedMs} ms`,
    `  created:     ${r.created}`,
    `  updated:     ${r.updated}`,
    `  unchanged:   ${r.unchanged}`,
    `  rejected:    ${r.rejected}`,
  ];
  if (r.skipped > 0) lines.push(`  other level: ${r.skipped} (skipped)`);
  if (r.deactivated > 0 || r.deactivationRefused) lines.push(`  deactivated: ${r.deactivated}`);
  if (r.deactivationRefused) lines.push(`  --deactivate-missing not applied: ${r.deactivationRefused}`);
  if (r.rejections.length > 0) {
    lines.push("Rejected lines:");
    for (const rej of r.rejections) lines.push(`  line ${rej.line}: ${rej.reason}`);
  }
  return `${lines.join("\n")}\n`;
}
