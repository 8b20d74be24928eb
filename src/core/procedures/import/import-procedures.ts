/**
 * Use case: import procedure records into the knowledge base. Upserts by national code, tells created / updated /
 * unchanged apart by content hash, optionally deactivates active procedures missing from a full import.
 */
import type { ProcedureRepository, ProcedureWrite } from "../ports.js";
import { procedureContentHash } from "./content-hash.js";
import type { ImportLevel, ReadItem } from "./read-procedures.js";

export interface ImportOptions {
  /** Deactivate active procedures absent from this import (within `level` when one is given). */
  deactivateMissing?: boolean;
  /** Compute the report without writing anything. */
  dryRun?: boolean;
  /** The level filter the items were read with; limits which stored procedures deactivation may touch. */
  level?: ImportLevel;
  /** Records per transaction. */
  batchSize?: number;
  /** Called after each written batch with the number of records written so far and the total to write. */
  onWriteProgress?: (written: number, total: number) => void;
}

export interface ImportRejection {
  line: number;
  reason: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Records left out by the level filter. */
  skipped: number;
  /** Procedures deactivated (or that would be, in a dry run). */
  deactivated: number;
  /** Why `--deactivate-missing` was not applied, when it was asked for but refused. */
  deactivationRefused: string | null;
  rejections: ImportRejection[];
  dryRun: boolean;
}

/**
 * Imports records read by {@link readProcedures}. All items are read before anything is written, so an input
 * error (thrown by the reader) leaves the store untouched; then writes go in batches, each batch all-or-nothing.
 *
 * @param items - the reader's output (records, rejections, skips), or plain items built by a caller.
 * @param repo - the procedure store.
 * @param options - dry run, deactivation of missing procedures, batch size.
 * @returns counts; a record whose stored copy is inactive counts as updated (it is reactivated).
 */
export async function importProcedures(
  items: AsyncIterable<ReadItem> | Iterable<ReadItem>,
  repo: ProcedureRepository,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = {
    created: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0, deactivated: 0,
    deactivationRefused: null, rejections: [], dryRun: options.dryRun === true,
  };
  const incoming: ProcedureWrite[] = [];
  for await (const item of items) {
    if (item.kind === "record") incoming.push({ record: item.record, contentHash: procedureContentHash(item.record) });
    else if (item.kind === "skipped") report.skipped++;
    else report.rejections.push({ line: item.line, reason: item.reason });
  }
  report.rejected = report.rejections.length;

  const stored = new Map((await repo.listCodesAndHashes()).map((s) => [s.code, s]));
  const toWrite: ProcedureWrite[] = [];
  for (const write of incoming) {
    const before = stored.get(write.record.code);
    if (!before) report.created++;
    else if (before.contentHash !== write.contentHash || !before.active) report.updated++;
    else {
      report.unchanged++;
      continue;
    }
    toWrite.push(write);
  }

  const missing = options.deactivateMissing ? missingCodes(stored, incoming, options.level) : [];
  if (options.deactivateMissing) {
    if (report.rejected > 0) report.deactivationRefused = "some lines were rejected, so the import is not complete";
    else if (incoming.length === 0) report.deactivationRefused = "the file holds no records";
    else report.deactivated = missing.length;
  }
  if (report.dryRun) return report;

  const batchSize = Math.max(1, options.batchSize ?? 200);
  for (let i = 0; i < toWrite.length; i += batchSize) {
    await repo.upsertMany(toWrite.slice(i, i + batchSize));
    options.onWriteProgress?.(Math.min(i + batchSize, toWrite.length), toWrite.length);
  }
  if (options.deactivateMissing && report.deactivationRefused === null && missing.length > 0) {
    report.deactivated = await repo.deactivate(missing);
  }
  return report;
}

function missingCodes(
  stored: Map<string, { code: string; active: boolean; levels: string[] }>,
  incoming: readonly ProcedureWrite[],
  level: ImportLevel | undefined,
): string[] {
  const present = new Set(incoming.map((w) => w.record.code));
  return [...stored.values()]
    .filter((s) => s.active && !present.has(s.code) && (level === undefined || s.levels.includes(level)))
    .map((s) => s.code);
}
