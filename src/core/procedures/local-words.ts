/**
 * Local words (từ địa phương): the ward's own words for a place or an everyday thing, kept as data by the
 * administrator. A question that uses one is read with the word replaced by what it stands for, either search
 * words or the name of one procedure, before the search runs; the rest of the question is left as typed.
 */
import { splitSyllables } from "./normalize.js";

/** A local word as the ward keeps it: search words, or one procedure by its national code. */
export interface LocalWord {
  term: string;
  expansion: string;
  procedureCode: string | null;
}

/**
 * The rules of the ward's local words: a word pointing to a procedure is read as that procedure's name (and
 * dropped when the procedure is not in the knowledge base); a word of search words is read as those words.
 *
 * @param words - the stored local words.
 * @param nameOf - the name of an active procedure, by code.
 */
export function localWordRules(words: readonly LocalWord[], nameOf: (code: string) => string | undefined): LocalWordRule[] {
  return words.flatMap((w) => {
    const readAs = w.procedureCode ? nameOf(w.procedureCode) : w.expansion;
    return readAs ? [{ term: w.term, readAs }] : [];
  });
}

/** A local word as the search uses it: the term and the words it is read as. */
export interface LocalWordRule {
  term: string;
  /** Search words, or the name of the procedure the term points to. */
  readAs: string;
}

interface PreparedRule {
  folded: string[];
  readAs: string;
}

/** Rules folded once (longest first, so "chợ Bà Chiểu" wins over "chợ"). */
export class LocalWords {
  private readonly rules: PreparedRule[];

  constructor(rules: readonly LocalWordRule[]) {
    this.rules = rules
      .map((r) => ({ folded: splitSyllables(r.term).map((s) => s.folded), readAs: r.readAs.trim() }))
      .filter((r) => r.folded.length > 0 && r.readAs !== "")
      .sort((a, b) => b.folded.length - a.folded.length);
  }

  get size(): number {
    return this.rules.length;
  }

  /**
   * The question with every local word replaced by what it stands for (diacritics and case ignored, whole words
   * only); the question unchanged when it uses none.
   *
   * @param question - the citizen's text.
   */
  apply(question: string): string {
    if (this.rules.length === 0) return question;
    const syllables = splitSyllables(question);
    const folded = syllables.map((s) => s.folded);
    const out: string[] = [];
    let changed = false;
    for (let i = 0; i < syllables.length; ) {
      const rule = this.rules.find((r) => r.folded.every((f, k) => folded[i + k] === f));
      if (rule) {
        out.push(rule.readAs);
        i += rule.folded.length;
        changed = true;
      } else {
        out.push(syllables[i]!.accented);
        i++;
      }
    }
    return changed ? out.join(" ") : question;
  }
}
