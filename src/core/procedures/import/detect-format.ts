/**
 * Tells which of the supported import formats a file is in, from its name and its first bytes.
 */

/**
 * `portal-jsonl`: JSON Lines in the national portal's shape (`ma_thu_tuc`, `ten_thu_tuc`, ...);
 * `project-jsonl` / `project-json`: the project's own records as JSON Lines or as one JSON array;
 * `csv`: the project's CSV format (docs/import-formats.md).
 */
export type ImportFormat = "portal-jsonl" | "project-jsonl" | "project-json" | "csv";

/** The whole input is unusable (empty, unknown format, bad header, not closed...). Nothing is imported. */
export class ImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportInputError";
  }
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

function jsonLinesFlavour(head: string): ImportFormat | null {
  for (const line of head.split(/\r?\n/u).slice(0, 50)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    try {
      const value: unknown = JSON.parse(trimmed);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        if ("ma_thu_tuc" in value || "ten_thu_tuc" in value) return "portal-jsonl";
        if ("code" in value || "name" in value) return "project-jsonl";
      }
    } catch {
      // a broken first line must not hide the format of the file: look at the next ones
    }
  }
  if (/"ma_thu_tuc"\s*:/u.test(head)) return "portal-jsonl";
  if (/"code"\s*:/u.test(head)) return "project-jsonl";
  return null;
}

/**
 * Detects the format of an input file.
 *
 * @param fileName - used for its extension (`.csv`, `.json`, `.jsonl`, `.ndjson`); other names are sniffed.
 * @param head - the first characters of the file (a few kilobytes are enough), BOM allowed.
 * @returns the format.
 * @throws ImportInputError when the file is empty, or its content fits no format or contradicts its extension.
 */
export function detectImportFormat(fileName: string, head: string): ImportFormat {
  const text = head.replace(/^\uFEFF/u, "");
  const first = text.trimStart()[0];
  if (first === undefined) throw new ImportInputError("the file is empty");
  const ext = extensionOf(fileName);
  const looksJson = first === "[" || first === "{";
  if (ext === "csv") {
    if (looksJson) throw new ImportInputError("the file is named .csv but its content is JSON");
    return "csv";
  }
  if (first === "[") return "project-json";
  if (first === "{") {
    const flavour = jsonLinesFlavour(text);
    if (flavour) return flavour;
    throw new ImportInputError("JSON content with neither portal fields (ma_thu_tuc) nor project fields (code)");
  }
  if (ext === "json" || ext === "jsonl" || ext === "ndjson") {
    throw new ImportInputError(`the file is named .${ext} but does not start with "[" or "{"`);
  }
  const firstLine = text.split(/\r?\n/u, 1)[0]?.toLowerCase() ?? "";
  if (/(^|,)\s*"?code"?\s*(,|$)/u.test(firstLine)) return "csv";
  throw new ImportInputError("unknown file format: expected JSON Lines, a JSON array or CSV with a header row");
}
