/**
 * Tracking codes `PA-YYMM-XXXX`: the year and month of the report, three random symbols and a check symbol.
 *
 * The alphabet has 31 symbols (digits and capital letters without I, L, O, U, V, which are read as 1, 1, 0 and
 * confused with each other on small screens). 31 is prime, so a weighted sum modulo 31 with distinct weights
 * catches every single wrong symbol and every swap of two neighbours: a mistyped code is told apart from a code
 * that does not exist. The random part comes from a cryptographic source, so codes do not follow one another;
 * still, a code is not a password: /tracuu shows a ticket only to its own reporters.
 */
import { randomInt } from "node:crypto";

export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTWXYZ";
const BASE = CODE_ALPHABET.length; // 31
const RANDOM_SYMBOLS = 3;

/** Symbols people type for ones they cannot tell apart. */
const LOOKALIKES: Record<string, string> = { O: "0", I: "1", L: "1" };

/** Check symbol over the month digits and the random symbols. */
function checkSymbol(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * CODE_ALPHABET.indexOf(body[i] as string);
  return CODE_ALPHABET[sum % BASE] as string;
}

/**
 * A new tracking code for a report made at `at` (month in Vietnam's time zone).
 *
 * @param at - when the ticket is created.
 * @param random - source of random integers in [0, max) (tests pass a fixed one).
 */
export function newTrackingCode(at: Date, random: (max: number) => number = randomInt): string {
  const local = new Date(at.getTime() + 7 * 3600_000);
  const yymm = `${String(local.getUTCFullYear() % 100).padStart(2, "0")}${String(local.getUTCMonth() + 1).padStart(2, "0")}`;
  let rand = "";
  for (let i = 0; i < RANDOM_SYMBOLS; i++) rand += CODE_ALPHABET[random(BASE)];
  return `PA-${yymm}-${rand}${checkSymbol(yymm + rand)}`;
}

/** What a typed code turned out to be. */
export type ParsedCode = { kind: "valid"; code: string } | { kind: "mistyped"; typed: string } | { kind: "none" };

const SHAPE = /\bpa[\s.\-_]*(\d{2}[\s.\-_]*\d{2})[\s.\-_]*([a-z0-9]{4})\b/iu;

/**
 * Finds a tracking code in what the citizen typed ("pa 2611 7k3q", "PA-2611-7K3Q", "mã pa2611-7k3q").
 *
 * @returns `valid` with the canonical code; `mistyped` when something shaped like a code fails its check (a wrong
 *   or swapped symbol); `none` when there is nothing like a code.
 */
export function parseTrackingCode(text: string): ParsedCode {
  const m = SHAPE.exec(text);
  if (!m) return { kind: "none" };
  const yymm = (m[1] ?? "").replace(/\D/gu, "");
  const rest = (m[2] ?? "").toUpperCase().replace(/[OIL]/gu, (c) => LOOKALIKES[c] ?? c);
  // a mistyped code is echoed as typed ("KJFO", not "KJF0"), so the citizen recognises it
  const typed = `PA-${yymm}-${(m[2] ?? "").toUpperCase()}`;
  const code = `PA-${yymm}-${rest}`;
  if ([...rest].some((c) => !CODE_ALPHABET.includes(c))) return { kind: "mistyped", typed };
  const month = Number(yymm.slice(2));
  if (month < 1 || month > 12) return { kind: "mistyped", typed };
  if (checkSymbol(yymm + rest.slice(0, RANDOM_SYMBOLS)) !== rest[RANDOM_SYMBOLS]) return { kind: "mistyped", typed };
  return { kind: "valid", code };
}
