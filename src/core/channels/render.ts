/**
 * Rendering rules every channel shares: long texts are split where a reader expects a break (paragraph, then line,
 * then word), and choice data is checked against the tightest platform limit before a message leaves the core.
 */
import { MAX_CHOICE_DATA_BYTES, MAX_CHOICES, type Choice } from "./contract.js";

/** Per-platform text limits, in characters (UTF-16 code units, as the platforms count them). */
export const TEXT_LIMITS = { telegram: 4096, zalo: 2000, terminal: 100_000, web: 100_000 } as const;

/**
 * Splits a text into parts of at most `maxChars`, preferring paragraph boundaries (blank lines), then line breaks,
 * then the end of a sentence, then spaces, each only where it leaves the part at least half full (a heading alone
 * is not a part); a single word longer than the limit is cut hard. Parts are trimmed and never empty.
 *
 * @param text - the whole answer.
 * @param maxChars - the platform limit, e.g. {@link TEXT_LIMITS}.telegram.
 * @returns one or more parts, in order; `[""]` is never returned for a non-blank text.
 */
export function splitText(text: string, maxChars: number): string[] {
  if (maxChars < 1) throw new RangeError("maxChars must be positive");
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > maxChars) {
    const window = rest.slice(0, maxChars + 1);
    // the first kind of break that leaves the part at least half full; else the latest break of any kind
    const breaks = [lastBreak(window, "\n\n"), lastBreak(window, "\n"), lastSentenceEnd(window), lastBreak(window, " ")];
    const latest = Math.max(0, ...breaks.map((b) => b ?? 0));
    const cut = breaks.find((b) => b !== undefined && b >= maxChars / 2) ?? (latest > 0 ? latest : maxChars);
    const head = rest.slice(0, cut).trim();
    if (head) parts.push(head);
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/**
 * Index just after the last sentence end inside the window (". ", "? ", "! ", "… ", closing quotes included), or
 * undefined when there is none past the start. A split there keeps whole sentences together.
 */
function lastSentenceEnd(window: string): number | undefined {
  let found: number | undefined;
  for (const match of window.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end > 0 && end < window.length) found = end;
  }
  return found;
}

/** A sentence's last mark (and any closing quote or bracket), followed by a space. */
const SENTENCE_END = /[.?!…]["'”’)\]]*(?=\s)/gu;

/** Index of the last separator inside the window, or undefined when the only one is at the very start. */
function lastBreak(window: string, separator: string): number | undefined {
  const i = window.lastIndexOf(separator);
  return i > 0 ? i : undefined;
}

/** Whether a choice's data fits every channel (UTF-8 bytes ≤ {@link MAX_CHOICE_DATA_BYTES}). */
export function choiceDataFits(data: string): boolean {
  return data.length > 0 && Buffer.byteLength(data, "utf8") <= MAX_CHOICE_DATA_BYTES;
}

/**
 * Keeps the choices a channel can show: at most {@link MAX_CHOICES}, and only those whose data fits.
 * A choice that does not fit is a programming error upstream, so it is dropped rather than sent truncated
 * (a truncated callback would act on the wrong thing).
 *
 * @param choices - choices as the engine made them.
 * @returns the choices safe to render.
 */
export function renderableChoices(choices: readonly Choice[] | undefined): Choice[] {
  return (choices ?? []).filter((c) => choiceDataFits(c.data)).slice(0, MAX_CHOICES);
}
