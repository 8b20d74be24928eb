/**
 * The project's CSV format for procedures: one row per procedure, a header row naming the columns, list fields
 * separated by " | ", one group of columns per submission channel. Documented in docs/import-formats.md.
 */
import type { SubmissionChannelKind } from "../types.js";

/** Separator inside list cells (documents, steps, legal basis, keywords, levels). */
export const CSV_LIST_SEPARATOR = "|";

const CHANNEL_KINDS: readonly SubmissionChannelKind[] = ["online", "counter", "post"];

/** Every column the CSV format knows, in the documented order. Only `code` and `name` are required. */
export const CSV_COLUMNS = [
  "code", "name", "linh_vuc", "levels", "agency", "submit_at", "subjects",
  "online_time_limit", "online_fee", "online_description",
  "counter_time_limit", "counter_fee", "counter_description",
  "post_time_limit", "post_fee", "post_description",
  "documents", "steps", "eligibility", "result", "legal_basis", "source_url", "keywords", "active",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly CsvColumn[] = ["code", "name"];

/** Thrown when the header row is unusable; the whole file is then bad input (nothing is imported). */
export class CsvHeaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvHeaderError";
  }
}

/**
 * Checks a header row: known column names only (case-insensitive, surrounding spaces ignored), no duplicates,
 * `code` and `name` present.
 *
 * @param header - the cells of the first row.
 * @returns the column names in file order.
 * @throws CsvHeaderError naming the unknown, duplicated or missing columns.
 */
export function checkCsvHeader(header: readonly string[]): CsvColumn[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new CsvHeaderError(`unknown CSV column(s): ${unknown.map((u) => JSON.stringify(u)).join(", ")}`);
  }
  const duplicated = names.filter((n, i) => names.indexOf(n) !== i);
  if (duplicated.length > 0) throw new CsvHeaderError(`duplicated CSV column(s): ${[...new Set(duplicated)].join(", ")}`);
  const missing = REQUIRED.filter((r) => !names.includes(r));
  if (missing.length > 0) throw new CsvHeaderError(`missing required CSV column(s): ${missing.join(", ")}`);
  return names as CsvColumn[];
}

function list(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell.split(CSV_LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== "");
}

function textOrNull(cell: string | undefined): string | null {
  const t = (cell ?? "").trim();
  return t === "" ? null : t;
}

const TRUE = new Set(["", "true", "1", "yes", "có", "co"]);
const FALSE = new Set(["false", "0", "no", "không", "khong"]);

/** Outcome of turning one row into a candidate record (still to be validated by the record schema). */
export type CsvRowResult = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

/**
 * Turns one data row into a plain object in the project's record shape. Values are not validated here beyond
 * what the CSV format itself defines (column count, `active` spelling); the record schema does the rest.
 *
 * @param columns - the checked header.
 * @param row - the cells of one data row.
 */
export function csvRowToRecord(columns: readonly CsvColumn[], row: readonly string[]): CsvRowResult {
  if (row.length !== columns.length) {
    return { ok: false, reason: `expected ${columns.length} columns, found ${row.length}` };
  }
  const cell = new Map<CsvColumn, string>();
  columns.forEach((c, i) => cell.set(c, row[i] ?? ""));
  const active = (cell.get("active") ?? "").trim().toLowerCase();
  if (!TRUE.has(active) && !FALSE.has(active)) {
    return { ok: false, reason: `active: expected true/false, found ${JSON.stringify(cell.get("active"))}` };
  }
  const channels = CHANNEL_KINDS.flatMap((kind) => {
    const timeLimit = textOrNull(cell.get(`${kind}_time_limit`));
    const fee = textOrNull(cell.get(`${kind}_fee`));
    const description = textOrNull(cell.get(`${kind}_description`));
    return timeLimit || fee || description ? [{ kind, timeLimit, fee, description }] : [];
  });
  return {
    ok: true,
    value: {
      code: (cell.get("code") ?? "").trim(),
      name: (cell.get("name") ?? "").trim(),
      linhVuc: textOrNull(cell.get("linh_vuc")),
      levels: list(cell.get("levels")),
      agency: textOrNull(cell.get("agency")),
      submitAt: textOrNull(cell.get("submit_at")),
      subjects: textOrNull(cell.get("subjects")),
      channels,
      documents: list(cell.get("documents")),
      steps: list(cell.get("steps")),
      eligibility: textOrNull(cell.get("eligibility")),
      result: textOrNull(cell.get("result")),
      legalBasis: list(cell.get("legal_basis")),
      sourceUrl: textOrNull(cell.get("source_url")),
      keywords: list(cell.get("keywords")),
      active: !FALSE.has(active),
    },
  };
}
