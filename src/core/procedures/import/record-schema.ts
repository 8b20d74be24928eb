/**
 * Validation of the project's own procedure format (a JSON array or JSON Lines of {@link ProcedureRecord}).
 * Only `code` and `name` are required; any other field may be left out and then means "the record says nothing"
 * (`null` for text, `[]` for lists), so a knowledge-base editor can write short records by hand.
 */
import { z } from "zod";
import type { ProcedureRecord } from "../types.js";

const text = z.string().trim();
const optionalText = text.nullable().default(null).transform((v) => (v === "" ? null : v));
const textList = z.array(text.min(1)).default([]);

/** A national code such as "1.001193": no spaces, at most 40 characters. */
export const procedureCodeSchema = text.min(1, "code is empty").max(40).regex(/^\S+$/u, "code contains spaces");

export const submissionChannelSchema = z.strictObject({
  kind: z.enum(["online", "counter", "post"]),
  timeLimit: optionalText,
  fee: optionalText,
  description: optionalText,
});

export const procedureRecordSchema = z.strictObject({
  code: procedureCodeSchema,
  name: text.min(1, "name is empty"),
  linhVuc: optionalText,
  levels: z.array(z.enum(["xa", "tinh", "trung_uong"])).default([]),
  agency: optionalText,
  submitAt: optionalText,
  subjects: optionalText,
  channels: z.array(submissionChannelSchema).default([]),
  documents: textList,
  steps: textList,
  eligibility: optionalText,
  result: optionalText,
  legalBasis: textList,
  sourceUrl: optionalText,
  keywords: textList,
  active: z.boolean().default(true),
});

/** Outcome of validating one value: the record, or a one-line reason naming the offending fields. */
export type RecordValidation = { ok: true; record: ProcedureRecord } | { ok: false; reason: string };

/**
 * Validates one value against the project's record format.
 *
 * @param value - a parsed JSON value (one array element or one JSON line).
 * @returns the normalised record (defaults filled in, text trimmed) or a short reason, e.g.
 *   `"code: code is empty; channels.0.kind: Invalid option"`.
 */
export function validateProcedureRecord(value: unknown): RecordValidation {
  const parsed = procedureRecordSchema.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, reason: formatIssues(parsed.error.issues) };
}

/** Joins zod issues as "path: message" (at most five, so a very wrong line still gives a readable reason). */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join(".");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > 5) parts.push(`(${issues.length - 5} more)`);
  return parts.join("; ");
}
