/**
 * Content hash of a procedure record, so a re-import can tell an updated record from an unchanged one without
 * comparing every column. `active` is left out: it is state, not content.
 */
import { createHash } from "node:crypto";
import type { ProcedureRecord } from "../types.js";

/** Field order is fixed here so the hash does not depend on the key order of the input file. */
const FIELDS = [
  "code", "name", "linhVuc", "levels", "agency", "submitAt", "subjects", "channels", "documents", "steps",
  "eligibility", "result", "legalBasis", "sourceUrl", "keywords",
] as const satisfies readonly (keyof ProcedureRecord)[];

/**
 * Computes the sha256 (hex) of a record's content.
 *
 * @param record - the record as validated by the import readers.
 * @returns 64 hex characters; equal for records with equal content whatever their key order or `active` flag.
 */
export function procedureContentHash(record: ProcedureRecord): string {
  const channels = record.channels.map((c) => [c.kind, c.timeLimit, c.fee, c.description]);
  const values = FIELDS.map((field) => (field === "channels" ? channels : record[field]));
  return createHash("sha256").update(JSON.stringify(values)).digest("hex");
}
