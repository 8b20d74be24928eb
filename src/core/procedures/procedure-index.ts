/**
 * In-memory inverted index over procedure records: folded syllable unigrams, folded bigrams (Vietnamese words span
 * syllables) and accented unigrams (to reward an exact diacritic match), scored BM25F-style with field weights.
 * Per posting the saturated term frequency is precomputed, so a query only sums `idf × weight` over postings.
 */
import { ASKED_EXAMPLES } from "./asked-examples.gen.js";
import { RARELY_AT_WARD, WARD_FIELDS } from "./lexicon.vi.js";
import { markDenied } from "./negation.js";
import { foldText, splitSyllables, type Syllable } from "./normalize.js";
import { PostingTriples, type Posting } from "./postings.js";
import type { ProcedureRecord } from "./types.js";

export type { Posting } from "./postings.js";

/**
 * Field weights: name > keywords > field (lĩnh vực) > result > the long texts. `asked`: questions citizens asked for
 * the procedure (asked-examples.gen.ts), which hold the words of a story ("chồng em mới mất", "đi làm ăn xa") a
 * record's official text lacks; weighed between the field and the keywords (2.5: from 1.5 to 6 the two sets checked
 * unread scored the same, at 1 one question less), and no proof of what the procedure is (not strong).
 */
export const FIELD_WEIGHTS = {
  name: 5,
  keywords: 3,
  linhVuc: 1.5,
  result: 1.2,
  subjects: 0.15,
  documents: 0.25,
  steps: 0.1,
  eligibility: 0.1,
  asked: 2.5,
} as const;

type FieldName = keyof typeof FIELD_WEIGHTS;
/** Fields whose match says what the procedure *is* (used for coverage and confidence). */
const STRONG_FIELDS: ReadonlySet<FieldName> = new Set(["name", "keywords"]);
const MEDIUM_FIELDS: ReadonlySet<FieldName> = new Set(["linhVuc", "result"]);
/** Long texts are cut: their start carries the substance, and it keeps the build fast. */
const MAX_BODY_CHARS = 1000;
const K1 = 1.2;
const B = 0.4;


/** Prefix of accented unigram terms. */
export const ACCENTED_PREFIX = "~";


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
    ["name", [withoutLawTitle(record.name)]],
    ["keywords", record.keywords],
    ["linhVuc", one(record.linhVuc)],
    ["result", one(record.result)],
    ["subjects", one(record.subjects)],
    ["documents", cut(record.documents)],
    ["steps", cut(record.steps)],
    ["eligibility", one(record.eligibility)],
  ];
}

/**
 * A name's reference to a law by its title is a date, not what the procedure is about: "Đăng ký thành lập tổ hợp tác;
 * đăng ký tổ hợp tác … thành lập trước ngày Luật Hợp tác xã có hiệu lực thi hành" registers a cooperative group, not
 * a cooperative (whose own record, "Đăng ký thành lập hợp tác xã", it outranked for "muốn lập hợp tác xã").
 */
export function withoutLawTitle(name: string): string {
  return name.replace(LAW_TITLE_DATE, "");
}
const LAW_TITLE_DATE = /\s*(?:trước|sau|kể từ) ngày Luật [^,;]*? có hiệu lực(?: thi hành)?/giu;

/** Token marking the end of a clause in a field's token array. */
const CLAUSE_END = -2;

/** Splits a text into clauses (so bigrams do not cross punctuation) of folded + accented syllables. */
function clauses(text: string): Array<ReturnType<typeof splitSyllables>> {
  return text.split(/[,;:()\n]|\.(?!\d)/u).map((c) => splitSyllables(c)).filter((c) => c.length > 0);
}

/** The searchable index of a knowledge base (immutable once built). */
export class ProcedureIndex {
  readonly records: readonly ProcedureRecord[];
  readonly size: number;
  /** Folded syllable → number of records containing it (the syllable inventory). */
  readonly syllableDf = new Map<string, number>();
  /**
   * Terms have compact integer ids (small integers keep maps and arrays fast): a folded syllable, an accented
   * syllable and a bigram of folded syllables each map to a term id; postings are indexed by term id.
   */
  private postings: Posting[] = [];
  private readonly foldedIds = new Map<string, number>();
  private readonly accentedIds = new Map<string, number>();
  private readonly foldedTerm: number[] = [];
  private readonly syllableOf: string[] = [];
  private readonly accentedTerm: number[] = [];
  private readonly bigramTerm: Array<Map<number, number> | undefined> = [];
  private termCount = 0;
  private readonly idfCache = new Map<string, number>();
  private readonly byCode = new Map<string, number>();
  /** Per record: whether its field (lĩnh vực) is one a ward's citizens ask about most. */
  readonly wardField: boolean[] = [];
  /** Per record: whether its field is a sector a ward's citizens rarely meet (customs, tax, treasury). */
  readonly rareAtWard: boolean[] = [];

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
    // first pass: each field as a flat token array (folded id, accented id or -1; CLAUSE_END between clauses),
    // so the second pass needs field lengths only and no syllable objects stay alive (less garbage collection)
    const tokenize = (field: FieldName, texts: string[], known?: (folded: string, syl: { denied?: boolean }) => boolean, readDenial = false) => {
      const tokens: number[] = [];
      let length = 0;
      for (const clause of texts.flatMap((t): Array<Array<Syllable & { denied?: boolean }>> => clauses(t))) {
        if (readDenial) markDenied(clause);
        const kept = known ? clause.filter((syl) => known(syl.folded, syl)) : clause;
        if (kept.length === 0) continue;
        for (const syl of kept) {
          tokens.push(this.internFolded(syl.folded), syl.accented === syl.folded ? -1 : this.internAccented(syl.accented));
        }
        tokens.push(CLAUSE_END, CLAUSE_END);
        length += kept.length;
      }
      return { field, tokens: Int32Array.from(tokens), length, seen: new Set(tokens.filter((_, i) => i % 2 === 0 && tokens[i] !== CLAUSE_END)) };
    };
    const docs = this.records.map((record) => fieldTexts(record).map(([field, texts]) => tokenize(field, texts)));
    // the questions asked keep only syllables the records hold: a typo, a telex leftover or an abbreviation in
    // them ("khai tuwr") must stay unknown, so that the question's own repair still reads it
    const official = (folded: string): boolean => this.foldedIds.has(folded);
    // … nor what they deny ("lập tổ hợp tác (chưa muốn lên htx)"): an asked example teaches what was asked for
    const asked = (folded: string, syl: { denied?: boolean }): boolean => official(folded) && syl.denied !== true;
    this.records.forEach((record, i) => docs[i]?.push(tokenize("asked", [...(ASKED_EXAMPLES[record.code] ?? [])], asked, true)));
    const avg = new Map<FieldName, number>();
    for (const field of Object.keys(FIELD_WEIGHTS) as FieldName[]) {
      let total = 0;
      for (const doc of docs) total += doc.find((f) => f.field === field)?.length ?? 0;
      avg.set(field, Math.max(1, total / Math.max(1, docs.length)));
    }
    // per-document accumulators indexed by term id, reset through the list of touched terms
    let tf = new Float64Array(1 << 16);
    let strength = new Int8Array(1 << 16).fill(-1);
    const touched: number[] = [];
    const triples = new PostingTriples();
    docs.forEach((fields, docId) => {
      const record = this.records[docId];
      if (record) this.byCode.set(record.code, docId);
      const field = record?.linhVuc ? foldText(record.linhVuc) : "";
      this.wardField.push(field !== "" && WARD_FIELDS.some((f) => field.includes(f)));
      this.rareAtWard.push(field !== "" && RARELY_AT_WARD.some((f) => ` ${field} `.includes(` ${f} `)));
      const seenSyllables = new Set<number>();
      for (const { field: name, tokens, length, seen } of fields) {
        if (length === 0) continue;
        const norm = FIELD_WEIGHTS[name] / (1 - B + (B * length) / (avg.get(name) ?? 1));
        const s = STRONG_FIELDS.has(name) ? 2 : MEDIUM_FIELDS.has(name) ? 1 : 0;
        const add = (term: number): void => {
          if (term >= tf.length) {
            const grownTf = new Float64Array(tf.length * 2);
            grownTf.set(tf);
            const grownStrength = new Int8Array(tf.length * 2).fill(-1);
            grownStrength.set(strength);
            tf = grownTf;
            strength = grownStrength;
          }
          if (strength[term] === -1) touched.push(term);
          tf[term] = (tf[term] ?? 0) + norm;
          if ((strength[term] ?? -1) < s) strength[term] = s;
        };
        for (const id of seen) seenSyllables.add(id);
        let prev = -1;
        for (let i = 0; i < tokens.length; i += 2) {
          const id = tokens[i] ?? CLAUSE_END;
          if (id === CLAUSE_END) {
            prev = -1;
            continue;
          }
          add(this.foldedTerm[id] ?? 0);
          const accented = tokens[i + 1] ?? -1;
          if (s > 0 && accented >= 0) add(this.accentedTerm[accented] ?? 0);
          if (prev >= 0) add(this.internBigram(prev, id));
          prev = id;
        }
      }
      for (const id of seenSyllables) {
        const syl = this.syllableOf[id] ?? "";
        this.syllableDf.set(syl, (this.syllableDf.get(syl) ?? 0) + 1);
      }
      for (const term of touched) {
        const weight = tf[term] ?? 0;
        triples.push(term, docId, (weight * (K1 + 1)) / (weight + K1), Math.max(0, strength[term] ?? 0));
        tf[term] = 0;
        strength[term] = -1;
      }
      touched.length = 0;
    });
    this.postings = triples.toPostings(this.termCount);
  }

  private internBigram(first: number, second: number): number {
    let row = this.bigramTerm[first];
    if (!row) this.bigramTerm[first] = row = new Map();
    let term = row.get(second);
    if (term === undefined) row.set(second, (term = this.termCount++));
    return term;
  }

  private internFolded(syllable: string): number {
    let id = this.foldedIds.get(syllable);
    if (id === undefined) {
      this.foldedIds.set(syllable, (id = this.foldedIds.size));
      this.foldedTerm.push(this.termCount++);
      this.syllableOf.push(syllable);
    }
    return id;
  }

  private internAccented(syllable: string): number {
    let id = this.accentedIds.get(syllable);
    if (id === undefined) {
      this.accentedIds.set(syllable, (id = this.accentedIds.size));
      this.accentedTerm.push(this.termCount++);
    }
    return id;
  }

  /** Term id of a term string ("dang", "dang ky", "~đăng"), or undefined when a syllable is unknown. */
  private termOf(term: string): number | undefined {
    if (term.startsWith(ACCENTED_PREFIX)) {
      const id = this.accentedIds.get(term.slice(ACCENTED_PREFIX.length));
      return id === undefined ? undefined : this.accentedTerm[id];
    }
    const space = term.indexOf(" ");
    if (space < 0) {
      const id = this.foldedIds.get(term);
      return id === undefined ? undefined : this.foldedTerm[id];
    }
    const a = this.foldedIds.get(term.slice(0, space));
    const b = this.foldedIds.get(term.slice(space + 1));
    return a === undefined || b === undefined ? undefined : this.bigramTerm[a]?.get(b);
  }

  /** Postings of a term, or undefined when no record contains it. */
  posting(term: string): Posting | undefined {
    const id = this.termOf(term);
    return id === undefined ? undefined : this.postings[id];
  }

  /** BM25 inverse document frequency of a term; an unknown term gets the idf of a term seen once. */
  idf(term: string): number {
    let value = this.idfCache.get(term);
    if (value === undefined) {
      const df = Math.max(1, this.posting(term)?.docs.length ?? 1);
      value = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
      this.idfCache.set(term, value);
    }
    return value;
  }

  /** True when some record contains this folded syllable. */
  isKnownSyllable = (folded: string): boolean => this.syllableDf.has(folded);

  /** True when some record contains this folded bigram. */
  hasTerm(term: string): boolean {
    return this.posting(term) !== undefined;
  }

  /** Position of a record in {@link records}, by national code. */
  docIdOf(code: string): number | undefined {
    return this.byCode.get(code);
  }
}
