/**
 * Turns a citizen's question into weighted search terms: normalisation, synonyms and abbreviations from the
 * lexicon, typo repair against the index vocabulary, and down-weighting of words that carry intent, not content.
 */
import { INTENT_WORDS, SOFT_WORDS, SYNONYMS } from "./lexicon.vi.js";
import { foldText, hasDiacritics, normalizeQuery, splitSyllables, type Syllable } from "./normalize.js";
import { ACCENTED_PREFIX, type ProcedureIndex } from "./procedure-index.js";
import { closestSyllable } from "./typo.js";

/** How much a syllable says about which procedure is meant. */
export type SyllableRole = "content" | "soft" | "intent" | "alias";

export interface QuerySyllable extends Syllable {
  role: SyllableRole;
  /** Set when the syllable was repaired from a typo (the original folded form). */
  repairedFrom?: string;
}

/** A weighted search term (folded unigram, folded bigram "a b", or accented unigram "~á"). */
export interface QueryTerm {
  term: string;
  weight: number;
}

export interface AnalyzedQuery {
  /** Syllables in segments; bigrams are formed inside a segment only (synonym expansions are own segments). */
  segments: QuerySyllable[][];
  terms: QueryTerm[];
  /** Content syllables (folded) counted for coverage. */
  contentSyllables: string[];
  /** National codes typed in the question ("1.001193"). */
  codes: string[];
}

const ROLE_WEIGHT: Record<SyllableRole, number> = { content: 1, soft: 0.3, intent: 0, alias: 0.3 };
const ACCENT_BONUS = 0.25;

interface PhraseTable {
  accented: Map<string, string[][]>;
  folded: Map<string, string[][]>;
}

function phraseTable(words: readonly string[]): PhraseTable {
  const table: PhraseTable = { accented: new Map(), folded: new Map() };
  for (const word of words) {
    const syl = splitSyllables(word);
    const first = syl[0];
    if (!first) continue;
    const push = (map: Map<string, string[][]>, key: string, seq: string[]): void => {
      const list = map.get(key) ?? [];
      list.push(seq);
      map.set(key, list);
    };
    push(table.accented, first.accented, syl.map((s) => s.accented));
    push(table.folded, first.folded, syl.map((s) => s.folded));
  }
  return table;
}

const INTENT = phraseTable(INTENT_WORDS);
const SOFT = phraseTable(SOFT_WORDS);
const SYNONYM_PATTERNS = SYNONYMS.map((entry) => ({ entry, folded: foldText(entry.phrase).split(" ") }));

/** Marks the positions covered by a phrase of the table; accented match when the syllable has marks. */
function markPhrases(syllables: QuerySyllable[], table: PhraseTable, role: SyllableRole): void {
  syllables.forEach((syl, i) => {
    const accented = hasDiacritics(syl.accented);
    const candidates = accented ? table.accented.get(syl.accented) : table.folded.get(syl.folded);
    for (const seq of candidates ?? []) {
      const matches = seq.every((want, k) => {
        const s = syllables[i + k];
        return s !== undefined && (accented && hasDiacritics(s.accented) ? s.accented === want : s.folded === foldText(want));
      });
      if (!matches) continue;
      for (let k = 0; k < seq.length; k++) {
        const s = syllables[i + k];
        if (s && s.role === "content") s.role = role;
      }
    }
  });
}

function applySynonyms(main: QuerySyllable[]): QuerySyllable[][] {
  const added: QuerySyllable[][] = [];
  const folded = main.map((s) => s.folded);
  const replacements: Array<{ at: number; length: number; by: QuerySyllable[] }> = [];
  for (const { entry, folded: pattern } of SYNONYM_PATTERNS) {
    for (let i = 0; i + pattern.length <= folded.length; i++) {
      if (!pattern.every((p, k) => folded[i + k] === p)) continue;
      const official = splitSyllables(entry.official).map((s): QuerySyllable => ({ ...s, role: "content" }));
      if (entry.mode === "replace") {
        replacements.push({ at: i, length: pattern.length, by: official });
      } else {
        for (let k = 0; k < pattern.length; k++) {
          const s = main[i + k];
          if (s) s.role = "alias";
        }
        added.push(official);
      }
    }
  }
  replacements.sort((x, y) => y.at - x.at);
  let segment = main;
  for (const { at, length, by } of replacements) segment = [...segment.slice(0, at), ...by, ...segment.slice(at + length)];
  return [segment, ...added];
}

function repairTypos(segment: QuerySyllable[], index: ProcedureIndex): void {
  segment.forEach((syl, i) => {
    if (syl.role !== "content" || index.isKnownSyllable(syl.folded) || /\d/u.test(syl.folded)) return;
    const fixed = closestSyllable(syl.folded, index, segment[i - 1]?.folded, segment[i + 1]?.folded);
    if (fixed) {
      syl.repairedFrom = syl.folded;
      syl.folded = fixed;
      syl.accented = fixed;
    }
  });
}

function roleOfPair(a: SyllableRole, b: SyllableRole): number {
  const content = (a === "content" ? 1 : 0) + (b === "content" ? 1 : 0);
  if (content === 2) return 1.3;
  if (a === "intent" && b === "intent") return 0;
  if (content === 1) return a === "intent" || b === "intent" ? 0.35 : 0.7;
  return 0.25;
}

/**
 * Analyses a question against an index.
 *
 * @param question - the citizen's text.
 * @param index - the index whose vocabulary validates telex and typo repairs.
 * @returns weighted terms and the content syllables.
 */
export function analyzeQuery(question: string, index: ProcedureIndex): AnalyzedQuery {
  const codes = [...question.matchAll(/\b\d\.\d{6}\b/gu)].map((m) => m[0]);
  const main = normalizeQuery(question.replace(/\b\d\.\d{6}\b/gu, " "), index.isKnownSyllable)
    .map((s): QuerySyllable => ({ ...s, role: "content" }));
  markPhrases(main, SOFT, "soft");
  markPhrases(main, INTENT, "intent");
  const segments = applySynonyms(main);
  for (const segment of segments) {
    markPhrases(segment, INTENT, "intent");
    repairTypos(segment, index);
  }
  const weights = new Map<string, number>();
  const put = (term: string, weight: number): void => {
    if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
  };
  const contentSyllables: string[] = [];
  for (const segment of segments) {
    segment.forEach((syl, i) => {
      const w = ROLE_WEIGHT[syl.role] * (syl.repairedFrom ? 0.8 : 1);
      if (syl.role === "content" && !contentSyllables.includes(syl.folded)) contentSyllables.push(syl.folded);
      if (w > 0) {
        put(syl.folded, w);
        if (hasDiacritics(syl.accented)) put(ACCENTED_PREFIX + syl.accented, w * ACCENT_BONUS);
      }
      const next = segment[i + 1];
      if (next) {
        const pw = roleOfPair(syl.role, next.role);
        if (pw > 0) put(`${syl.folded} ${next.folded}`, pw);
      }
    });
  }
  const terms = [...weights].map(([term, weight]) => ({ term, weight }));
  return { segments, terms, contentSyllables, codes };
}
