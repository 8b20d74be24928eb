/**
 * Reads the life situations of `situations.vi.ts` in a question: "vợ em vừa đẻ" → the concept "đăng ký khai
 * sinh". Matching is on folded syllables (whole syllables only), so a question typed with or without diacritics
 * reads the same; the rules' own `with` and `unless` phrases keep a situation from firing out of its context.
 */
import { SITUATIONS, type SituationRule } from "./situations.vi.js";

interface CompiledRule {
  rule: SituationRule;
  when: string[][];
  with: string[][];
  unless: string[][];
}

const split = (phrases: readonly string[] | undefined): string[][] => (phrases ?? []).map((p) => p.split(" ").filter(Boolean));
const COMPILED: CompiledRule[] = SITUATIONS.map((rule) => ({
  rule, when: split(rule.when), with: split(rule.with), unless: split(rule.unless),
}));

/** Words that deny what follows them ("không dẹp luôn", "ko phải dẹp luôn", "chứ hông nghỉ luôn"; not "cha", a father). */
const DENIERS = new Set(["khong", "ko", "k", "kg", "hong", "hok", "chang"]);

/** Whether the words before `at` deny it: a denier, or a denier and "phải". */
function denied(words: readonly string[], at: number): boolean {
  const before = words[at - 1];
  if (before === undefined) return false;
  return DENIERS.has(before) || (before === "phai" && DENIERS.has(words[at - 2] ?? ""));
}

/**
 * True when `phrase` occurs in `words` as consecutive whole syllables, and is not denied (`present`: the set of
 * `words`). A phrase that itself opens with a denier ("không bán nữa") is read as written.
 */
function hasPhrase(words: readonly string[], present: ReadonlySet<string>, phrase: readonly string[]): boolean {
  const first = phrase[0];
  // most phrases of most rules are absent: a set look-up spares a scan of the question per phrase
  if (first === undefined || !present.has(first)) return false;
  for (let i = words.indexOf(first); i >= 0 && i + phrase.length <= words.length; i = words.indexOf(first, i + 1)) {
    if (phrase.every((p, k) => words[i + k] === p) && (DENIERS.has(first) || !denied(words, i))) return true;
  }
  return false;
}

const hasAny = (words: readonly string[], present: ReadonlySet<string>, phrases: readonly string[][]): boolean =>
  phrases.some((p) => hasPhrase(words, present, p));

/**
 * The situation rules a question tells.
 *
 * @param folded - the question's syllables, folded (lower case, no diacritics), in order.
 * @returns the rules that apply (each at most once), in the order of `SITUATIONS`.
 */
export function readSituations(folded: readonly string[]): SituationRule[] {
  const present = new Set(folded);
  return COMPILED.filter((c) => hasAny(folded, present, c.when) && (c.with.length === 0 || hasAny(folded, present, c.with))
    && !hasAny(folded, present, c.unless))
    .map((c) => c.rule);
}
