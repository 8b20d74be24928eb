/**
 * Imports started from the console by uploading a file: the same reader and importer as `motcua import
 * procedures`, run in the background so the page can show a progress bar (it polls the job), and always a dry run
 * first. A file with rejected lines is never applied: it changes nothing, and the page lists each line and why.
 * Jobs live in memory for an hour (the file is kept only as long as its job, to apply what was dry-run), so a
 * restart loses a job in progress: the page then says so and asks for the file again. A write already made stays
 * (batches are all-or-nothing) and a new upload's dry run shows what is left to do.
 */
import { randomUUID } from "node:crypto";
import type { AuditTrail } from "../../audit/audit-trail.js";
import { AppError } from "../../shared/app-error.js";
import type { Actor } from "../../staff/actor.js";
import { assertAllowed } from "../../staff/permissions.js";
import { ImportInputError, type ImportFormat } from "../import/detect-format.js";
import { importProcedures, type ImportReport } from "../import/import-procedures.js";
import { readProcedures, type ReadItem } from "../import/read-procedures.js";
import type { ProcedureRepository } from "../ports.js";

const KEEP_MS = 60 * 60_000;
const MAX_JOBS = 20;

/** Where a job is. */
export type ImportJobState = "reading" | "writing" | "done" | "failed";

/** An import as the page shows it. */
export interface ImportJob {
  id: string;
  fileName: string;
  dryRun: boolean;
  state: ImportJobState;
  /** 0–100. */
  percent: number;
  format: ImportFormat | null;
  report: ImportReport | null;
  /** Why the file could not be read at all (nothing was changed). */
  failure: string | null;
  /** The dry run this job applies. */
  appliesJobId: string | null;
  startedBy: string;
  startedAt: Date;
}

/**
 * A failed job, for the log: ids and counts, never the file's content or the error's message (which may quote a
 * line of the file).
 */
export interface ImportFailure {
  jobId: string;
  dryRun: boolean;
  startedBy: string;
  bytes: number;
  format: ImportFormat | null;
  /** "input": the file as a whole is unusable (the page says why); "unexpected": e.g. the database went away. */
  kind: "input" | "unexpected";
  /** The error's class name (and code, when it has one). */
  error: string;
}

interface StoredJob extends ImportJob {
  bytes: Buffer;
}

/** Keeps the console's import jobs and runs them one file at a time per job. */
export class ImportJobs {
  private readonly jobs = new Map<string, StoredJob>();

  constructor(
    private readonly deps: { procedures: ProcedureRepository; audit: AuditTrail; clock?: () => Date; onApplied?: () => void; onFailure?: (failure: ImportFailure) => void },
  ) {}

  /**
   * Starts a dry run of an uploaded file.
   *
   * @returns the job, still running.
   * @throws AppError `empty_file` (422) when nothing was uploaded.
   */
  dryRun(actor: Actor, fileName: string, bytes: Buffer): ImportJob {
    assertAllowed(actor, "kb.edit");
    if (bytes.byteLength === 0) throw new AppError("empty_file", "the file is empty", 422, undefined, { file: "required" });
    return this.start(actor, fileName, bytes, true, null);
  }

  /**
   * Applies a finished dry run without rejected lines (the same file, read again).
   *
   * @throws AppError `not_found` (404) for an unknown or expired job; `not_applicable` (409) when the dry run is not
   *   finished, failed, or rejected lines.
   */
  apply(actor: Actor, dryRunId: string): ImportJob {
    assertAllowed(actor, "kb.edit");
    const dry = this.jobs.get(dryRunId);
    if (!dry || !dry.dryRun) throw new AppError("not_found", "no such import", 404);
    if (dry.state !== "done" || !dry.report || dry.report.rejected > 0) throw new AppError("not_applicable", "this dry run cannot be applied", 409);
    return this.start(actor, dry.fileName, dry.bytes, false, dry.id);
  }

  /** A job by id, or null (unknown or expired). */
  get(actor: Actor, id: string): ImportJob | null {
    assertAllowed(actor, "kb.edit");
    const job = this.jobs.get(id);
    return job ? publicView(job) : null;
  }

  /** Resolves when the job has finished (tests and the CLI-like callers). */
  async settled(id: string): Promise<ImportJob | null> {
    for (;;) {
      const job = this.jobs.get(id);
      if (!job || job.state === "done" || job.state === "failed") return job ? publicView(job) : null;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private start(actor: Actor, fileName: string, bytes: Buffer, dryRun: boolean, appliesJobId: string | null): ImportJob {
    this.prune();
    const job: StoredJob = {
      id: randomUUID(), fileName, dryRun, state: "reading", percent: 0, format: null, report: null, failure: null,
      appliesJobId, startedBy: actor.kind === "staff" ? actor.id : "", startedAt: this.now(), bytes,
    };
    this.jobs.set(job.id, job);
    void this.run(actor, job);
    return publicView(job);
  }

  private async run(actor: Actor, job: StoredJob): Promise<void> {
    try {
      const items: ReadItem[] = [];
      const size = Math.max(1, job.bytes.byteLength);
      for await (const item of readProcedures(chunks(job.bytes), job.fileName, {
        onFormat: (f) => (job.format = f),
        onProgress: (p) => (job.percent = Math.min(job.dryRun ? 99 : 50, Math.round((p.bytes / size) * (job.dryRun ? 100 : 50)))),
      })) {
        items.push(item);
      }
      if (!job.dryRun && items.some((i) => i.kind === "rejected")) throw new AppError("not_applicable", "the file changed", 409);
      job.state = job.dryRun ? "reading" : "writing";
      job.report = await importProcedures(items, this.deps.procedures, {
        dryRun: job.dryRun,
        onWriteProgress: (written, total) => (job.percent = 50 + Math.round((written / Math.max(1, total)) * 49)),
      });
      if (!job.dryRun) {
        const r = job.report;
        await this.deps.audit.record({ actor, action: "procedures.import", entityType: "procedure", detail: { file: job.fileName, created: r.created, updated: r.updated, unchanged: r.unchanged } });
        this.deps.onApplied?.();
      }
      job.percent = 100;
      job.state = "done";
    } catch (err) {
      job.state = "failed";
      // the page shows the reason; an unexpected error (database down) leaves written batches as they are
      const input = err instanceof ImportInputError || err instanceof AppError;
      job.failure = input ? err.message : "unexpected";
      const code = err instanceof AppError ? `:${err.code}` : "";
      this.deps.onFailure?.({
        jobId: job.id, dryRun: job.dryRun, startedBy: job.startedBy, bytes: job.bytes.byteLength, format: job.format,
        kind: input ? "input" : "unexpected", error: `${err instanceof Error ? err.name : typeof err}${code}`,
      });
    }
  }

  private prune(): void {
    const now = this.now().getTime();
    for (const [id, job] of this.jobs) if (now - job.startedAt.getTime() > KEEP_MS && job.state !== "reading" && job.state !== "writing") this.jobs.delete(id);
    while (this.jobs.size >= MAX_JOBS) {
      const oldest = [...this.jobs.values()].find((j) => j.state === "done" || j.state === "failed");
      if (!oldest) throw new AppError("busy", "too many imports at once", 429);
      this.jobs.delete(oldest.id);
    }
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }
}

function publicView(job: StoredJob): ImportJob {
  const { bytes: _bytes, ...view } = job;
  return { ...view, ...(view.report ? { report: { ...view.report, rejections: [...view.report.rejections] } } : {}) };
}

/** The uploaded bytes as the reader's stream, in 64 KiB pieces so progress moves. */
async function* chunks(bytes: Buffer): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += 65_536) {
    yield bytes.subarray(i, i + 65_536);
    await new Promise((r) => setImmediate(r));
  }
}
