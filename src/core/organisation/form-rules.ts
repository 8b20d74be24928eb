/**
 * Checks of the organisation's configuration forms, shared by the profile, department and category services: each
 * returns the cleaned value and writes a problem code into `fields` (the console shows it beside the field).
 */

/** One line of text: spaces folded, trimmed; control characters refused. */
export function line(fields: Record<string, string>, name: string, value: string, max: number, required: boolean): string {
  const text = value.replace(/\s+/gu, " ").trim();
  if (required && text === "") fields[name] = "required";
  else if (text.length > max) fields[name] = "too_long";
  return text;
}

/** Free text that may keep its line breaks (office hours), at most `max` characters. */
export function paragraph(fields: Record<string, string>, name: string, value: string, max: number): string {
  const text = value.replace(/\r\n?/gu, "\n").replace(/[^\S\n]+/gu, " ").trim();
  if (text.length > max) fields[name] = "too_long";
  return text;
}

const PHONE = /^\+?[0-9][0-9 .()-]{4,28}[0-9]$/u;
const EMAIL = /^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$/u;

/** A phone number as people write it ("0236 3812 345", "1900.1234"), or null when left empty. */
export function phone(fields: Record<string, string>, name: string, value: string): string | null {
  const text = value.trim();
  if (text === "") return null;
  if (!PHONE.test(text)) fields[name] = "invalid";
  return text;
}

/** An e-mail address (lower-cased), or null when left empty. */
export function email(fields: Record<string, string>, name: string, value: string): string | null {
  const text = value.trim().toLowerCase();
  if (text === "") return null;
  if (!EMAIL.test(text)) fields[name] = "invalid";
  return text;
}

/** A short code: letters, digits, "_" and "-" (departments "DCXD", categories "den_duong"). */
export function code(fields: Record<string, string>, name: string, value: string, upper: boolean): string {
  const text = upper ? value.trim().toUpperCase() : value.trim().toLowerCase();
  if (text === "") fields[name] = "required";
  else if (!/^[A-Za-z0-9_-]{1,40}$/u.test(text)) fields[name] = "code";
  return text;
}
