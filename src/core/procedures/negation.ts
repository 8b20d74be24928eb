/**
 * What a question denies. "Tôi không phải người nước ngoài", "nhà không thuộc vùng biên giới": the words after
 * the negator name the variant the citizen is NOT asking for, yet a search counts them like any other. The words a
 * negator denies (within one clause, up to `NEGATION_SPAN` syllables, until a connective) are marked, and so are the
 * lexicon's expansions of them; variant cues skip them and sibling discrimination counts them against a member
 * that carries them (see `siblings.ts`). The negators are data (`NEGATORS` in `concepts.vi.ts`).
 */
import { DEFERRALS, NEGATION_ENDS, NEGATION_SPAN, NEGATORS } from "./concepts.vi.js";

/** Each negator: its own words, then the words that must follow it (denied with the rest). */
const PATTERNS = NEGATORS.map((p) => {
  // "-word": the negator does not deny when this word follows it
  const unless = p.split(" ").filter((w) => w.startsWith("-")).map((w) => w.slice(1));
  const [own = "", next = ""] = p.split(" ").filter((w) => !w.startsWith("-")).join(" ").split(" +");
  return { own: own.split(" "), next: next ? next.split(" ") : [], unless: new Set(unless) };
});
const ENDS = new Set(NEGATION_ENDS);
/** Words that list another thing denied after a denied one. */
const OR = new Set(["hay", "hoac"]);

/**
 * Marks the syllables of one clause that a negator denies (in place).
 *
 * @param clause - the clause's syllables, folded after chat abbreviations were expanded.
 */
export function markDenied(clause: ReadonlyArray<{ folded: string; denied?: boolean }>): void {
  for (let i = 0; i < clause.length; i++) {
    const pattern = PATTERNS
      .filter((p) => [...p.own, ...p.next].every((w, k) => clause[i + k]?.folded === w) && !p.unless.has(clause[i + p.own.length]?.folded ?? ""))
      .sort((a, b) => b.own.length - a.own.length)[0];
    if (!pattern) continue;
    let k = i + pattern.own.length;
    for (let n = 0; n < NEGATION_SPAN + pattern.next.length && k < clause.length; n++, k++) {
      const syl = clause[k]!;
      // "không phải A hay B" denies both: the list goes on for another span
      if (OR.has(syl.folded) && n > 0) {
        n = -1;
        continue;
      }
      if (ENDS.has(syl.folded)) break;
      syl.denied = true;
    }
    i = k - 1;
  }
}

const DEFERRED = DEFERRALS.map((p) => p.split(" "));

/**
 * Marks the syllables of one clause that a deferral puts off (in place): "bé chỉ cần khai sinh với thẻ bhyt, hộ khẩu
 * để sau" does not ask for the residence registration.
 *
 * @param clause - the clause's syllables, folded after chat abbreviations were expanded.
 */
export function markDeferred(clause: ReadonlyArray<{ folded: string; denied?: boolean }>): void {
  for (let i = 1; i < clause.length; i++) {
    const deferral = DEFERRED.find((p) => p.every((w, k) => clause[i + k]?.folded === w));
    // ("để sau này cháu đi học" is what it is for, not a thing put off)
    if (!deferral || clause[i + deferral.length]?.folded === "nay") continue;
    for (let k = i - 1, n = 0; k >= 0 && n < NEGATION_SPAN; k--, n++) {
      const syl = clause[k]!;
      if (syl.folded !== "thi" && ENDS.has(syl.folded)) break;
      if (syl.folded !== "thi") syl.denied = true;
    }
    i += deferral.length - 1;
  }
}

/**
 * The folded syllables a question only denies: marked in its main text or in an expansion of denied words, and
 * never said plainly elsewhere in it ("không phải A mà là A" says A).
 */
export function deniedSyllables(segments: ReadonlyArray<ReadonlyArray<{ folded: string; denied?: boolean }>>): Set<string> {
  const denied = new Set<string>();
  const said = new Set<string>();
  for (const segment of segments) for (const syl of segment) (syl.denied ? denied : said).add(syl.folded);
  for (const s of said) denied.delete(s);
  return denied;
}
