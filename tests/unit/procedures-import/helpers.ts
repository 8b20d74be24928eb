import { readProcedures, type ReadItem, type ReadProceduresOptions } from "../../../src/core/procedures/import/read-procedures.js";

/** Reads an in-memory file through the real streaming reader, split into small chunks to exercise boundaries. */
export async function readText(name: string, text: string | Buffer, opts: ReadProceduresOptions = {}): Promise<ReadItem[]> {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
  }
  const out: ReadItem[] = [];
  for await (const item of readProcedures(chunks(), name, opts)) out.push(item);
  return out;
}

export function records(items: ReadItem[]) {
  return items.flatMap((i) => (i.kind === "record" ? [i.record] : []));
}

export function rejections(items: ReadItem[]) {
  return items.flatMap((i) => (i.kind === "rejected" ? [{ line: i.line, reason: i.reason }] : []));
}
