/**
 * In-memory inverted index over procedure records: folded syllable unigrams, folded bigrams (Vietnamese words span
 * syllables) and accented unigrams (to reward an exact diacritic match), scored BM25F-style with field weights.
 * Per posting the saturated term frequency is precomputed, so a query only sums `idf × weight` over postings.
 */
import { splitSyllables } from "./normalize.js";
import type { ProcedureRecord } from "./types.js";

/** Field weights: name > keywords > field (lĩnh vực) > result > the long texts. */
export const FIELD_WEIGHTS = {
  name: 5,
  keywords: 3,
  linhVuc: 1.5,
  result: 1.2,
  subjects: 0.3,
  documents: 0.5,
  steps: 0.35,
  eligibility: 0.35,
} as const;

type FieldName = keyof typeof FIELD_WEIGHTS;
/** Fields whose match says what the procedure *is* (used for coverage and confidence). */
const STRONG_FIELDS: ReadonlySet<FieldName> = new Set(["name", "keywords"]);
const MEDIUM_FIELDS: ReadonlySet<FieldName> = new Set(["linhVuc", "result"]);
/** Long texts are cut: their start carries the substance, and it keeps the build fast. */
const MAX_BODY_CHARS = 2500;
const K1 = 1.2;
const B = 0.6;

/** Prefix of accented unigram terms. */
export const ACCENTED_PREFIX = "~";

/** The postings of one term. `strength`: 2 matched in name/keywords, 1 in field/result, 0 only in long texts. */
export interface Posting {
  docs: Int32Array;
  weights: Float32Array;
  strength: Uint8Array;
}

function fieldTexts(record: ProcedureRecord): Array<[FieldName, string[]]> {
  const cut = (items: string[]): string[] => {
    const out: string[] = [];
    let total = 0;
    for (const item of items) {
      if (total >= MAX_BODY_CHARS) break;
      out.push(item.slice(0, MAX_BODY_CHARS - total));
      total += item.length;
    }
    return out;
  };
  const one = (text: string | null): string[] => (text ? cut([text]) : []);
  return [
    ["name", [record.name]],
    ["keywords", record.keywords],
    ["linhVuc", one(record.linhVuc)],
    ["result", one(record.result)],
    ["subjects", one(record.subjects)],
    ["documents", cut(record.documents)],
    ["steps", cut(record.steps)],
    ["eligibility", one(record.eligibility)],
  ];
}

/** Splits a text into clauses (so bigrams do not cross punctuation) of folded + accented syllables. */
function clauses(text: string): Array<ReturnType<typeof splitSyllables>> {
  return text.split(/[,;:()\n]|\.(?!\d)/u).map((c) => splitSyllables(c)).filter((c) => c.length > 0);
}

export class ProcedureIndex {
  readonly records: readonly ProcedureRecord[];
  readonly size: number;
  /** Folded syllable → number of records containing it (the syllable inventory). */
  readonly syllableDf = new Map<string, number>();
  private readonly postings = new Map<string, Posting>();
  private readonly idfCache = new Map<string, number>();
  private readonly byCode = new Map<string, number>();

  private constructor(records: readonly ProcedureRecord[]) {
    this.records = records;
    this.size = records.length;
  }

  /**
   * Builds the index. Inactive records are skipped.
   *
   * @param records - the knowledge base.
   * @returns a ready index.
   */
  static build(records: readonly ProcedureRecord[]): ProcedureIndex {
    const index = new ProcedureIndex(records.filter((r) => r.active));
    index.fill();
    return index;
  }

  private fill(): void {
    const docs = this.records.map((record) => fieldTexts(record).map(([field, texts]) => {
      const cls = texts.flatMap((t) => clauses(t));
      return { field, cls, length: cls.reduce((n, c) => n + c.length, 0) };
    }));
    const avg = new Map<FieldName, number>();
    for (const field of Object.keys(FIELD_WEIGHTS) as FieldName[]) {
      let total = 0;
      for (const doc of docs) total += doc.find((f) => f.field === field)?.length ?? 0;
      avg.set(field, Math.max(1, total / Math.max(1, docs.length)));
    }
    const building = new Map<string, { docs: number[]; weights: number[]; strength: number[] }>();
    docs.forEach((fields, docId) => {
      const record = this.records[docId];
      if (record) this.byCode.set(record.code, docId);
      const tf = new Map<string, number>();
      const strength = new Map<string, number>();
      const seenSyllables = new Set<string>();
      for (const { field, cls, length } of fields) {
        if (length === 0) continue;
        const norm = FIELD_WEIGHTS[field] / (1 - B + (B * length) / (avg.get(field) ?? 1));
        const s = STRONG_FIELDS.has(field) ? 2 : MEDIUM_FIELDS.has(field) ? 1 : 0;
        const add = (term: string): void => {
          tf.set(term, (tf.get(term) ?? 0) + norm);
          if ((strength.get(term) ?? -1) < s) strength.set(term, s);
        };
        for (const clause of cls) {
          clause.forEach((syl, i) => {
            add(syl.folded);
            seenSyllables.add(syl.folded);
            if (syl.accented !== syl.folded) add(ACCENTED_PREFIX + syl.accented);
            const next = clause[i + 1];
            if (next) add(`${syl.folded} ${next.folded}`);
          });
        }
      }
      for (const syl of seenSyllables) this.syllableDf.set(syl, (this.syllableDf.get(syl) ?? 0) + 1);
      for (const [term, weight] of tf) {
        let p = building.get(term);
        if (!p) building.set(term, (p = { docs: [], weights: [], strength: [] }));
        p.docs.push(docId);
        p.weights.push((weight * (K1 + 1)) / (weight + K1));
        p.strength.push(strength.get(term) ?? 0);
      }
    });
    for (const [term, p] of building) {
      this.postings.set(term, {
        docs: Int32Array.from(p.docs),
        weights: Float32Array.from(p.weights),
        strength: Uint8Array.from(p.strength),
      });
    }
  }

  /** Postings of a term, or undefined when no record contains it. */
  posting(term: string): Posting | undefined {
    return this.postings.get(term);
  }

  /** BM25 inverse document frequency of a term; an unknown term gets the idf of a term seen once. */
  idf(term: string): number {
    let value = this.idfCache.get(term);
    if (value === undefined) {
      const df = Math.max(1, this.postings.get(term)?.docs.length ?? 1);
      value = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
      this.idfCache.set(term, value);
    }
    return value;
  }

  /** True when some record contains this folded syllable. */
  isKnownSyllable = (folded: string): boolean => this.syllableDf.has(folded);

  /** True when some record contains this folded bigram. */
  hasTerm(term: string): boolean {
    return this.postings.has(term);
  }

  /** Position of a record in {@link records}, by national code. */
  docIdOf(code: string): number | undefined {
    return this.byCode.get(code);
  }
}
