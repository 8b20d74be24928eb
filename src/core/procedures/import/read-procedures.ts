/**
 * Streaming readers for procedure files: JSON Lines (portal or project shape), a JSON array of project records,
 * or the project's CSV. Each input item becomes exactly one {@link ReadItem}: a valid record, a rejection with
 * its line number and reason, or a record skipped by the level filter. A broken line never yields a record.
 */
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { fromPortalRecord } from "../portal-record.js";
import type { ProcedureRecord } from "../types.js";
import { checkCsvHeader, csvRowToRecord, CsvHeaderError } from "./csv-format.js";
import { detectImportFormat, ImportInputError, type ImportFormat } from "./detect-format.js";
import { JsonArraySplitter, JsonArrayShapeError } from "./json-array-splitter.js";
import { validateProcedureRecord } from "./record-schema.js";

/** Level filter of `--level`: keep only procedures carried out at that level. */
export type ImportLevel = "xa" | "tinh";

export type ReadItem =
  | { kind: "record"; line: number; record: ProcedureRecord }
  | { kind: "rejected"; line: number; reason: string }
  | { kind: "skipped"; line: number; code: string };

export interface ReadProgress {
  /** Bytes of the input consumed so far. */
  bytes: number;
  /** Items (records, rejections, skips) produced so far. */
  items: number;
}

export interface ReadProceduresOptions {
  /** Force a format instead of detecting it. */
  format?: ImportFormat;
  level?: ImportLevel;
  /** Called at most every 256 items and once at the end. */
  onProgress?: (progress: ReadProgress) => void;
  /** Called once, as soon as the format is known. */
  onFormat?: (format: ImportFormat) => void;
}

const HEAD_CHARS = 16 * 1024;

/** Decodes byte chunks as UTF-8 (multi-byte characters split across chunks are safe) and counts bytes. */
async function* decode(source: AsyncIterable<Uint8Array | string>, counter: { bytes: number }): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of source) {
    if (typeof chunk === "string") {
      counter.bytes += Buffer.byteLength(chunk);
      yield chunk;
    } else {
      counter.bytes += chunk.byteLength;
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Reads enough of the text to detect the format, then replays it in front of the rest. */
async function peek(text: AsyncGenerator<string>): Promise<{ head: string; all: AsyncGenerator<string> }> {
  let head = "";
  while (head.length < HEAD_CHARS) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
  }
  async function* all(): AsyncGenerator<string> {
    if (head) yield head;
    yield* text;
  }
  return { head, all: all() };
}

async function* jsonLines(text: AsyncIterable<string>, portal: boolean): AsyncGenerator<ReadItem> {
  const lines = createInterface({ input: Readable.from(text), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const trimmed = (line === 1 ? raw.replace(/^\uFEFF/u, "") : raw).trim();
    if (trimmed === "") continue;
    yield toItem(line, trimmed, portal);
  }
}

async function* jsonArray(text: AsyncIterable<string>): AsyncGenerator<ReadItem> {
  const splitter = new JsonArraySplitter();
  try {
    for await (const chunk of text) {
      for (const element of splitter.push(chunk)) yield toItem(element.line, element.text, false);
    }
    splitter.end();
  } catch (err) {
    if (err instanceof JsonArrayShapeError) throw new ImportInputError(`not a JSON array: ${err.message}`);
    throw err;
  }
}

function toItem(line: number, json: string, portal: boolean): ReadItem {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { kind: "rejected", line, reason: `invalid JSON: ${(err as Error).message}` };
  }
  if (portal) {
    try {
      value = fromPortalRecord(value);
    } catch (err) {
      return { kind: "rejected", line, reason: (err as Error).message };
    }
  }
  const checked = validateProcedureRecord(value);
  return checked.ok ? { kind: "record", line, record: checked.record } : { kind: "rejected", line, reason: checked.reason };
}

async function* csvRows(text: AsyncIterable<string>): AsyncGenerator<ReadItem> {
  const skipped: ReadItem[] = [];
  // An unreadable first row is the header: without it no row can be read, so the file is refused as a whole with
  // what is wrong with it (an unclosed quote swallows the rest of the file and used to read as "no header row").
  let headerError: string | undefined;
  const parser = Readable.from(text).pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        const lines = typeof err?.["lines"] === "number" ? err["lines"] : parser.info.lines;
        if (parser.info.records === 0 && headerError === undefined) headerError = describeHeaderError(err);
        skipped.push({ kind: "rejected", line: lines, reason: `CSV: ${err?.message ?? "unreadable row"}` });
        return undefined;
      },
    }),
  );
  let columns: ReturnType<typeof checkCsvHeader> | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (headerError !== undefined) throw new ImportInputError(headerError);
      yield* skipped.splice(0);
      if (columns === null) {
        columns = checkCsvHeader(record);
        continue;
      }
      const row = csvRowToRecord(columns, record);
      if (!row.ok) {
        yield { kind: "rejected", line: info.lines, reason: row.reason };
        continue;
      }
      const checked = validateProcedureRecord(row.value);
      yield checked.ok
        ? { kind: "record", line: info.lines, record: checked.record }
        : { kind: "rejected", line: info.lines, reason: checked.reason };
    }
  } catch (err) {
    if (err instanceof CsvHeaderError) throw new ImportInputError(err.message);
    if (err instanceof Error && "code" in err && String(err.code).startsWith("CSV_")) {
      throw new ImportInputError(`unreadable CSV: ${err.message}`);
    }
    throw err;
  }
  if (headerError !== undefined) throw new ImportInputError(headerError);
  yield* skipped.splice(0);
  if (columns === null) throw new ImportInputError("the CSV file has no header row");
}

/** What is wrong with an unreadable header row, in the terms of the CSV format. */
function describeHeaderError(err: { code?: unknown; message?: string } | undefined): string {
  if (err?.code === "CSV_QUOTE_NOT_CLOSED") return "the CSV header row (line 1) opens a quote (\") that is never closed";
  return `the CSV header row (line 1) cannot be read: ${err?.message ?? "unreadable row"}`;
}

/**
 * Reads a procedure file item by item, never holding more than one item (or one CSV row) in memory.
 *
 * @param source - the file content as byte (or string) chunks, e.g. a `fs.createReadStream`.
 * @param fileName - its name, for format detection by extension.
 * @param options - level filter, forced format, progress callback.
 * @returns one item per record line (or array element, or CSV row); blank lines produce nothing.
 *   Duplicate codes after the first are rejected with the line of the first occurrence.
 * @throws ImportInputError when the file as a whole is unusable (empty, unknown format, bad CSV header,
 *   unterminated array); callers should then import nothing.
 */
export async function* readProcedures(
  source: AsyncIterable<Uint8Array | string>,
  fileName: string,
  options: ReadProceduresOptions = {},
): AsyncGenerator<ReadItem> {
  const counter = { bytes: 0 };
  const { head, all } = await peek(decode(source, counter));
  const format = options.format ?? detectImportFormat(fileName, head);
  options.onFormat?.(format);
  const items =
    format === "csv" ? csvRows(all) : format === "project-json" ? jsonArray(all) : jsonLines(all, format === "portal-jsonl");
  const seen = new Map<string, number>();
  let count = 0;
  for await (const item of items) {
    count++;
    if (options.onProgress && count % 256 === 0) options.onProgress({ bytes: counter.bytes, items: count });
    if (item.kind !== "record") {
      yield item;
      continue;
    }
    const first = seen.get(item.record.code);
    if (first !== undefined) {
      yield { kind: "rejected", line: item.line, reason: `duplicate code ${item.record.code} (already on line ${first})` };
      continue;
    }
    seen.set(item.record.code, item.line);
    if (options.level && !item.record.levels.includes(options.level)) {
      yield { kind: "skipped", line: item.line, code: item.record.code };
      continue;
    }
    yield item;
  }
  options.onProgress?.({ bytes: counter.bytes, items: count });
}
