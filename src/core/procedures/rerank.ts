/**
 * Second-pass ranking of the first BM25 candidates by how well the question explains each procedure's *name*:
 * an idf-weighted share of the name's distinctive words the question mentions (words first in a Vietnamese name
 * weigh more; words a plain request implies, like "thành lập" or "lần đầu", are not required), times the variant
 * factor of its family markers. So "Đăng ký thành lập hộ kinh doanh" beats "Dừng thực hiện thủ tục đăng ký hộ
 * kinh doanh" for "đăng ký HKD", and a "Liên thông …" bundle loses to the plain procedure.
 */
import { entitiesNamed, IMPLIED_NAME_WORDS, type BusinessEntity } from "./concepts.vi.js";
import { foldText, splitSyllables } from "./normalize.js";
import { positionOf, type Posting } from "./postings.js";
import type { ProcedureIndex } from "./procedure-index.js";
import type { AnalyzedQuery } from "./query.js";
import { markersOfName, variantFactor, type NameMarker } from "./variants.js";

/** What the re-ranker needs of one procedure name, computed once per record. */
export interface NameProfile {
  /** Distinctive syllables of the name head, in order: folded, accented, weight (idf × position decay). */
  words: Array<{ folded: string; accented: string; weight: number }>;
  total: number;
  markers: NameMarker[];
}

/** Each further distinctive word of a name weighs this share of the previous one (heads come first). */
const POSITION_DECAY = 0.8;
const IDF_CAP = 6;
const PROFILES = new WeakMap<ProcedureIndex, Array<NameProfile | undefined>>();
const IMPLIED = IMPLIED_NAME_WORDS.map((w) => foldText(w).split(" "));

/**
 * The head of a name: what comes before its first "(" or ";" (the rest lists cases and sub-types).
 *
 * @param name - a procedure name as written.
 * @returns its head, or the whole name when the head would be a single word.
 */
export function nameHead(name: string): string {
  const cut = name.search(/[(;]/u);
  const head = cut > 0 ? name.slice(0, cut) : name;
  return head.trim().split(/\s+/u).length >= 2 ? head : name;
}

function buildProfile(index: ProcedureIndex, doc: number): NameProfile {
  const name = index.records[doc]?.name ?? "";
  const markers = markersOfName(name);
  const syllables = splitSyllables(nameHead(name));
  const skip = new Array<boolean>(syllables.length).fill(false);
  const folded = syllables.map((s) => s.folded);
  const mark = (phrase: string[]): void => {
    for (let i = 0; i + phrase.length <= folded.length; i++) {
      if (phrase.every((p, k) => folded[i + k] === p)) for (let k = 0; k < phrase.length; k++) skip[i + k] = true;
    }
  };
  IMPLIED.forEach(mark);
  for (const { marker } of markers) marker.inName.forEach((p) => mark(p.replace(/^\^/u, "").split(" ")));
  const seen = new Set<string>();
  const words: NameProfile["words"] = [];
  syllables.forEach((s, i) => {
    if (skip[i] || seen.has(s.folded) || /^\d+$/u.test(s.folded)) return;
    seen.add(s.folded);
    const weight = Math.min(index.idf(s.folded), IDF_CAP) * POSITION_DECAY ** words.length;
    words.push({ folded: s.folded, accented: s.accented, weight });
  });
  return { words, total: words.reduce((n, w) => n + w.weight, 0), markers };
}

/**
 * Computes every record's name profile now (about 20 ms for the national 2,642), so no question pays for it.
 *
 * @param index - the index.
 */
export function prepareNameProfiles(index: ProcedureIndex): void {
  for (let doc = 0; doc < index.size; doc++) nameProfile(index, doc);
}

/** The name profile of a record (cached per index). */
export function nameProfile(index: ProcedureIndex, doc: number): NameProfile {
  let profiles = PROFILES.get(index);
  if (!profiles) PROFILES.set(index, (profiles = new Array<NameProfile | undefined>(index.size)));
  let profile = profiles[doc];
  if (!profile) profiles[doc] = profile = buildProfile(index, doc);
  return profile;
}

/** Name coverage of a name made only of markers and implied words ("Cấp lại thẻ"): neither proof nor blame. */
const EMPTY_NAME_COVERAGE = 0.5;

/**
 * Share of a name's distinctive words that the question mentions ({@link EMPTY_NAME_COVERAGE} when it has none).
 *
 * @param profile - the record's name profile.
 * @param query - the analysed question.
 * @returns a value in [0, 1].
 */
export function nameCoverage(profile: NameProfile, query: AnalyzedQuery): number {
  if (profile.total <= 0) return EMPTY_NAME_COVERAGE;
  let covered = 0;
  for (const { folded, accented, weight } of profile.words) {
    const m = query.matchable.get(folded);
    if (!m) continue;
    const accentOk = m.accented.size === 0 || m.accented.has(accented);
    covered += weight * m.weight * (accentOk ? 1 : OTHER_ACCENT_FACTOR);
  }
  return covered / profile.total;
}

/** How much name coverage (precision) and the question's share found in the name (recall) decide the second pass. */
const NAME_SHARE = 0.7;
const IN_NAME_SHARE = 0.5;

/**
 * Evidence a record gives for a question: the share (idf-weighted) of the citizen's own content words found in it
 * (name/keywords count fully, field/result 0.8, long texts 0.55; a word counts as found through its best lexicon
 * expansion) and the share found in its name or keywords.
 *
 * @returns coverage and inName, both in [0, 1].
 */
export function evidenceOf(docId: number, query: AnalyzedQuery, index: ProcedureIndex): Evidence {
  let total = 0;
  let covered = 0;
  let inName = 0;
  let inField = 0;
  for (const unit of unitLookups(query, index)) {
    total += unit.weight;
    let bestCovered = 0;
    let bestInName = 0;
    let bestInField = 0;
    for (const option of unit.options) {
      let optionTotal = 0;
      let optionCovered = 0;
      let optionInName = 0;
      let optionInField = 0;
      for (const syllable of option) {
        const idf = syllable.idf;
        optionTotal += idf;
        const strength = strengthIn(docId, syllable);
        if (strength < 0) continue;
        const accentFactor = strength >= EXACT || !syllable.marked ? 1 : OTHER_ACCENT_FACTOR;
        const where = strength % EXACT;
        optionCovered += idf * accentFactor * (where === 2 ? 1 : where === 1 ? 0.8 : 0.55);
        if (where === 2) optionInName += idf * accentFactor;
        if (where >= 1) optionInField += idf * accentFactor;
      }
      if (optionTotal <= 0) continue;
      bestCovered = Math.max(bestCovered, optionCovered / optionTotal);
      bestInName = Math.max(bestInName, optionInName / optionTotal);
      bestInField = Math.max(bestInField, optionInField / optionTotal);
    }
    covered += unit.weight * bestCovered;
    inName += unit.weight * bestInName;
    inField += unit.weight * bestInField;
  }
  return total > 0 ? { coverage: covered / total, inName: inName / total, inField: inField / total } : { coverage: 0, inName: 0, inField: 0 };
}

/** Shares (idf-weighted) of the citizen's content words a record holds: anywhere, in its name/keywords, in those or its field/result. */
export interface Evidence {
  coverage: number;
  inName: number;
  inField: number;
}

/**
 * Weight of a match on the folded form only, for a syllable typed with other marks: a misplaced mark ("chúng
 * thực") or another word ("mưa" / "mua"); the search cannot tell, so it counts half.
 */
const OTHER_ACCENT_FACTOR = 0.5;

/** One syllable of a coverage unit with its postings, looked up once per question (not once per candidate). */
interface SyllableLookup {
  idf: number;
  /** Typed with marks. */
  marked: boolean;
  /** Postings of the exact accented form, when the syllable was typed with marks. */
  exact: Posting | undefined;
  /** Postings of the folded form. */
  folded: Posting | undefined;
}

/** The question's coverage units, each with its weight and its options' syllables looked up. */
interface UnitLookup {
  weight: number;
  options: SyllableLookup[][];
}

const LOOKUPS = new WeakMap<AnalyzedQuery, UnitLookup[]>();

/** The units of a question with their postings, computed at the first candidate and kept for the others. */
function unitLookups(query: AnalyzedQuery, index: ProcedureIndex): UnitLookup[] {
  let units = LOOKUPS.get(query);
  if (!units) {
    units = query.units.map((unit) => ({
      weight: (unit.weight ?? Math.min(index.idf(unit.own), IDF_CAP)) * (unit.scale ?? 1),
      options: unit.options.map((option) => option.map((syllable): SyllableLookup => {
        const accented = query.accentedOf.get(syllable);
        return { idf: Math.min(index.idf(syllable), IDF_CAP), marked: accented !== undefined, exact: accented === undefined ? undefined : index.posting(accented), folded: index.posting(syllable) };
      })),
    }));
    LOOKUPS.set(query, units);
  }
  return units;
}

/** Added to a strength found on the exact accented form (see {@link strengthIn}). */
const EXACT = 3;

/**
 * Where a record holds a syllable: strength 2 name/keywords, 1 field/result, 0 long texts, -1 absent; plus
 * {@link EXACT} when found in the exact form typed with marks. A syllable typed with marks is looked up in that
 * exact form first; a match on its folded form only counts {@link OTHER_ACCENT_FACTOR}. Accented postings exist for
 * name, keywords, field and result only, so a match in the long texts is always on the folded form.
 */
function strengthIn(docId: number, syllable: SyllableLookup): number {
  const { exact, folded } = syllable;
  if (exact) {
    const at = positionOf(exact, docId);
    if (at >= 0) return (exact.strength[at] ?? 0) + EXACT;
  }
  const at = folded ? positionOf(folded, docId) : -1;
  if (!folded || at < 0) return -1;
  return folded.strength[at] ?? 0;
}


/**
 * Re-ranks first-pass candidates.
 *
 * @param ranked - first-pass candidates (doc id, score), best first.
 * @param query - the analysed question.
 * @param index - the index.
 * @returns the candidates with their second-pass score and name coverage, best first.
 */
export function rerank(
  ranked: ReadonlyArray<{ doc: number; score: number }>,
  query: AnalyzedQuery,
  index: ProcedureIndex,
): Array<{ doc: number; score: number; nameCoverage: number } & Evidence> {
  const asked = entitiesNamed(` ${query.cues.text.split(" | ")[0] ?? ""} `);
  return ranked
    .map(({ doc, score }) => {
      const profile = nameProfile(index, doc);
      const byCode = query.codes.length > 0;
      const names = byCode ? 1 : nameCoverage(profile, query);
      const evidence = byCode ? { coverage: 1, inName: 1, inField: 1 } : evidenceOf(doc, query, index);
      const factor = variantFactor(profile.markers, query.asked, query.firmlyAsked);
      const fit = (1 - NAME_SHARE + NAME_SHARE * names) * (1 - IN_NAME_SHARE + IN_NAME_SHARE * evidence.inName);
      return { doc, score: score * fit * factor * entityFactor(index, doc, asked), nameCoverage: names, ...evidence };
    })
    .sort((x, y) => y.score - x.score);
}

/** Weight of a record for another kind of business than the one the question names. */
const OTHER_ENTITY_FACTOR = 0.7;

/**
 * A record for another kind of business than the one named ("hộ kinh doanh" when a cooperative's accountant asks, or
 * "tổ hợp tác" for a "hợp tác xã") weighs less; a question naming no kind, or a record naming none, is left alone.
 */
function entityFactor(index: ProcedureIndex, doc: number, asked: readonly BusinessEntity[]): number {
  if (asked.length === 0) return 1;
  const own = entitiesOfName(index, doc);
  return own.length > 0 && !own.some((e) => asked.includes(e)) ? OTHER_ENTITY_FACTOR : 1;
}

const ENTITIES_OF_NAME = new WeakMap<ProcedureIndex, Array<BusinessEntity[] | undefined>>();

/** The kinds of business a record's name is for (computed once per record). */
function entitiesOfName(index: ProcedureIndex, doc: number): BusinessEntity[] {
  let byDoc = ENTITIES_OF_NAME.get(index);
  if (!byDoc) ENTITIES_OF_NAME.set(index, (byDoc = []));
  return (byDoc[doc] ??= entitiesNamed(` ${foldText(index.records[doc]?.name ?? "").replace(LAW_TITLE, " ")} `));
}

/**
 * A law named in a record's name, folded ("… đã được thành lập trước ngày Luật Hợp tác xã có hiệu lực"): its title
 * names no kind of business the record is for.
 */
const LAW_TITLE = /\bluat (hop tac xa|doanh nghiep)\b/gu;
