/**
 * Procedure families and their variants. Many procedures come as a plain one and special variants ("… lưu động",
 * "… có yếu tố nước ngoài", "cấp lại …", "Dừng thực hiện …", "Liên thông …"). A variant should win only when the
 * question asks for it, in its own words ("chồng người Hàn", "bị mất", "con 10 tuổi"); otherwise the plain
 * procedure wins. The markers and their cues are data in `concepts.vi.ts`.
 */
import {
  COUNTRIES, COUNTRIES_ALONE, COUNTRY_BLOCKED_NEXT, COUNTRY_LEADS, COUNTRY_MARKS, PLACES_NAMED_LIKE_COUNTRIES, CUE_MARKS, TEMPORARY_ABROAD, TEMPORARY_ABROAD_SPAN, DEFAULT_ABSENT_PENALTY, LOSS_CUES, MAT_COST_NEXT,
  BORDER_BEFORE_COUNTRY, MAT_DEATH_PREV, MAT_FACE_PREV, MAT_LOSS_NEXT, NO_NEED_ANYWHERE, NO_NEED_UNLESS, NO_PROCEDURE_NEED, NOT_AT_WARD, NOT_AT_WARD_UNLESS, PROCEDURE_NEED_WORDS, SYNTHETIC_CUES, VARIANT_MARKERS, type VariantMarker,
} from "./concepts.vi.js";
import { detectAspects } from "./aspect.js";
import { foldText, splitSyllables, type Syllable } from "./normalize.js";
import { typedWithMarks } from "./lexicon-match.js";

/** What a question says about variants: its folded text (with lexicon expansions) and synthetic cues. */
export interface VariantCues {
  /** " a b c | d e " — folded syllables, segments separated by "|", padded with spaces for whole-word search. */
  text: string;
  /** The same for the request of a long message only, without its backstory (see `clauses.ts`). */
  requestText: string;
  /** The request's syllables as typed, for phrases matched with their marks. */
  request: Syllable[];
  /** Synthetic cues found by rules rather than phrases (a country named, an age, a lost paper, a death). */
  synthetic: Set<string>;
  /** True when "mất" was read as "died" (bố em mất), so a death is the topic. */
  death: boolean;
  /** One-syllable cues the question holds only typed with other marks ("sữa" for "sua"; see `CUE_MARKS`). */
  otherMarks?: Set<string>;
}

/** Whole-syllable phrase search in a space-padded text; "^phrase" only at the start. */
const has = (text: string, phrase: string): boolean =>
  phrase.startsWith("^") ? text.startsWith(` ${phrase.slice(1)} `) : text.includes(` ${phrase} `);
const COUNTRY_SET = new Set(COUNTRIES);
const ALONE_SET = new Set(COUNTRIES_ALONE);
const LEAD_SET = new Set(COUNTRY_LEADS);
const LOSS_NEXT_ACCENTED = new Set(MAT_LOSS_NEXT);
const LOSS_NEXT_FOLDED = new Set(MAT_LOSS_NEXT.map((w) => splitSyllables(w)[0]?.folded ?? w));
const COST_NEXT_ACCENTED = new Set(MAT_COST_NEXT);
const COST_NEXT_FOLDED = new Set(MAT_COST_NEXT.map((w) => splitSyllables(w)[0]?.folded ?? w));

/** After unmarked "mat bang": the words of a degree or licence lost ("mất bằng lái", "mất bằng tốt nghiệp"). */
const LOST_DEGREE_NEXT = new Set(["lai", "tot", "dai", "cap", "trung", "cu", "nghe", "thac", "tien", "ky"]);

/** Words between a person and "mất" that leave it "died": "chị đã mất", "bố mẹ đều đã mất". */
const DEATH_TENSE = new Set(["da", "deu", "cung"]);
/** Who an age typed short belongs to ("bé 6t", "con 15t"; folded). */
const AGE_OF = new Set(["be", "con", "chau", "em", "nam", "nay", "thang", "dua", "nhoc", "ban", "co", "cau"]);
/** After "mất": where or when someone died ("mất ở Việt Nam", "mất tại bệnh viện"). */
const DIED_AT = new Set(["o", "tai", "luc", "vao"]);
/** Relatives whose death is told a few words before "mất ở …" (folded). */
const RELATIVES = new Set(["bo", "me", "ong", "ba", "cu", "chong", "vo", "bac", "noi", "ngoai", "chu", "cau", "thim"]);
const DIED_AT_SPAN = 10;
/** After "mất": how someone died, which no paper is lost by ("mất đột ngột", "mất đột quỵ"; folded pairs). */
const DIED_HOW = new Set(["dot ngot", "dot quy", "dot tu",
  // … or of what ("mất vì tai nạn", "mất vì bệnh": unmarked "mat vi" is otherwise a wallet lost)
  "vi tai", "vi benh", "vi ung", "vi dot", "vi covid", "vi tuoi", "vi lu", "vi duoi"]);
/** Words before "mất" that make it a loss whoever is named before ("báo mất ở", "làm mất ở chợ", "bị mất ở bến xe"). */
const LOST_BY = new Set(["bao", "lam", "danh", "bi"]);

/** The word before "mất" at position i, past the words of tense. */
function personBefore(folded: readonly string[], i: number): string {
  let k = i - 1;
  while (k > 0 && DEATH_TENSE.has(folded[k] ?? "")) k--;
  return folded[k] ?? "";
}

const TEMPORARY = TEMPORARY_ABROAD.map((p) => p.split(" "));
const BORDER_LEADS = BORDER_BEFORE_COUNTRY.map((p) => p.split(" "));

/** True when a stay abroad for work or study ends within a few syllables before position i (see `TEMPORARY_ABROAD`). */
function staysAbroadBefore(folded: readonly string[], i: number): boolean {
  return TEMPORARY.some((phrase) => {
    for (let end = i; end > i - TEMPORARY_ABROAD_SPAN - 1 && end >= phrase.length; end--) {
      if (phrase.every((w, k) => folded[end - phrase.length + k] === w)) return true;
    }
    return false;
  });
}

/**
 * Whether a bare "o han" is "ở hẳn", staying for good, after a move within the country ("giờ vào Cẩm Phả ở hẳn",
 * "về quê ở hẳn"): a move abroad says "sang" or "qua" ("sang Hàn ở", "qua bên Hàn").
 */
function settlesHere(folded: readonly string[], i: number): boolean {
  if (folded[i] !== "han" || folded[i - 1] !== "o" || folded[i + 1] === "quoc") return false;
  const before = folded.slice(Math.max(0, i - 1 - SETTLE_SPAN), i - 1);
  return before.some((w) => MOVES_HERE.has(w)) && !before.some((w) => MOVES_ABROAD.has(w));
}
const SETTLE_SPAN = 5;
const MOVES_HERE = new Set(["vao", "ve", "len", "ra", "xuong", "don"]);
const MOVES_ABROAD = new Set(["sang", "qua", "di"]);

/**
 * Whether a syllable read as a country's first was typed as that country: typed with other marks it is another word
 * ("về quê ở hẳn" is not "ở Hàn", "bị ngã" is not Russia); typed bare it may still be the country.
 */
function countryAsTyped(syllable: Syllable): boolean {
  const forms = COUNTRY_MARKS[syllable.folded];
  return forms === undefined || syllable.accented === syllable.folded || forms.includes(syllable.accented);
}

/** True when a foreign country or people is named at position i ("người Hàn", "bên Nhật", "Hàn Quốc"). */
function namesCountryAt(folded: string[], i: number): boolean {
  if (!COUNTRY_SET.has(folded[i] ?? "") && !COUNTRY_SET.has(`${folded[i] ?? ""} ${folded[i + 1] ?? ""}`)
    && !COUNTRY_SET.has(folded.slice(i, i + 3).join(" "))) return false;
  if (staysAbroadBefore(folded, i)) return false;
  if (settlesHere(folded, i)) return false;
  // (a person from across it still is: "người bên kia biên giới Trung Quốc sang lấy chồng")
  if (BORDER_LEADS.some((phrase) => phrase.every((w, k) => folded[i - phrase.length + k] === w)
    && !(folded[i - phrase.length - 2] === "ben" && folded[i - phrase.length - 1] === "kia"))) return false;
  for (const len of [3, 2, 1]) {
    const phrase = folded.slice(i, i + len).join(" ");
    if (folded.length < i + len || !COUNTRY_SET.has(phrase)) continue;
    if ((COUNTRY_BLOCKED_NEXT[phrase] ?? []).includes(folded[i + len] ?? "")) continue;
    if ((PLACES_NAMED_LIKE_COUNTRIES[phrase] ?? []).includes(folded[i + len] ?? "")) continue;
    if (ALONE_SET.has(phrase)) return true;
    const prev = folded[i - 1] ?? "";
    const prev2 = `${folded[i - 2] ?? ""} ${prev}`;
    if (LEAD_SET.has(prev) || LEAD_SET.has(prev2)) return true;
  }
  return false;
}

/**
 * Reads the variant cues of a question.
 *
 * @param segments - the question's syllables, then each lexicon expansion, as folded/accented syllables.
 * @returns the cue text and the synthetic cues.
 */
export function readVariantCues(segments: ReadonlyArray<ReadonlyArray<Syllable & { narrative?: boolean; denied?: boolean }>>): VariantCues {
  const synthetic = new Set<string>();
  const main = segments[0] ?? [];
  const folded = main.map((s) => s.folded);
  let death = false;
  folded.forEach((syl, i) => {
    if (namesCountryAt(folded, i) && !main[i]?.denied && countryAsTyped(main[i]!)) synthetic.add(SYNTHETIC_CUES.foreign);
    const next = folded[i + 1] ?? "";
    if (next === "tuoi" && /^\d+$/u.test(syl)) synthetic.add(Number(syl) < 14 ? SYNTHETIC_CUES.under14 : SYNTHETIC_CUES.plus14);
    // an age typed short after a child or a person ("cccd cho bé 6t", "con 15t")
    const shortAge = /^(\d{1,2})t$/u.exec(syl);
    if (shortAge && AGE_OF.has(folded[i - 1] ?? "")) synthetic.add(Number(shortAge[1]) < 14 ? SYNTHETIC_CUES.under14 : SYNTHETIC_CUES.plus14);
    const accented = main[i]?.accented ?? syl;
    if (syl === "mat" && (accented === "mất" || accented === "mat")) {
      const prev = folded[i - 1] ?? "";
      // "quên mất" is forgetting: nothing lost, no one died ("họp lúc mấy giờ em quên mất rồi")
      if (prev === "quen") return;
      // "tien mat" typed without marks is cash, not a loss
      if (accented === "mat" && MAT_FACE_PREV.includes(prev)) return;
      // … and "mat bang" is premises ("chuyển sang mặt bằng mới"), unless a degree or a licence follows ("mất bằng lái")
      if (accented === "mat" && folded[i + 1] === "bang" && !LOST_DEGREE_NEXT.has(folded[i + 2] ?? "")) return;
      const after = main[i + 1];
      if (after !== undefined && (after.accented !== after.folded ? COST_NEXT_ACCENTED.has(after.accented) : COST_NEXT_FOLDED.has(after.folded))) return;
      const paperNext = after !== undefined && !DIED_HOW.has(`${folded[i + 1] ?? ""} ${folded[i + 2] ?? ""}`)
        && (after.accented !== after.folded ? LOSS_NEXT_ACCENTED.has(after.accented) : LOSS_NEXT_FOLDED.has(after.folded));
      if (!paperNext && MAT_DEATH_PREV.includes(prev)) death = true;
      // "chị đã mất", "bố mẹ đều đã mất": a person before the words of tense died; no paper was lost (the death
      // itself is read only right after the person, as before)
      else if (!paperNext && DEATH_TENSE.has(prev) && MAT_DEATH_PREV.includes(personBefore(folded, i))) return;
      // a relative who died somewhere, named a few words before ("chồng tôi quốc tịch Hàn mất ở VN"): a death, no loss
      // (not a loss reported: "báo mất ở công an xã")
      else if (!paperNext && !LOST_BY.has(prev) && DIED_AT.has(after?.folded ?? "") && folded.slice(Math.max(0, i - DIED_AT_SPAN), i).some((w) => RELATIVES.has(w))) death = true;
      // … or how they died, whoever was named before ("sang thăm con cháu thì mất đột ngột tại nhà tôi")
      else if (!paperNext && DIED_HOW.has(`${folded[i + 1] ?? ""} ${folded[i + 2] ?? ""}`)) death = true;
      else synthetic.add(SYNTHETIC_CUES.loss);
      if (paperNext) synthetic.add(SYNTHETIC_CUES.lostPaper);
    }
  });
  // a denied word asks for nothing ("không phải người nước ngoài"): it stays out of the text cues are read in
  // … nor does the new paper a procedure hands over ("bao nhiêu ngày mới có giấy đăng ký mới": its result, no first issue)
  // … nor does a nationality everyone concerned shares with the ward ("cả hai bác cháu đều quốc tịch Việt Nam")
  const text = ` ${segments.map((seg) => seg.map((s) => (s.denied ? "_" : s.folded)).join(" ")).join(" | ")} `.replace(NEW_PAPER_RECEIVED, " ").replace(OWN_NATIONALITY, " ")
    .replace(WORK_RESUMED, " ").replace(LABOUR_COUNTRY, " lao dong _ ");
  // copies: the query analysis repairs typos in place later, and the request is read as the citizen typed it
  const request = main.filter((s) => !s.narrative).map((s) => (s.denied ? { accented: "_", folded: "_" } : { accented: s.accented, folded: s.folded }));
  const requestText = ` ${request.map((s) => s.folded).join(" ")} `;
  // (relatives lost touch with are no paper lost: "tìm người thân thất lạc")
  if (LOSS_CUES.some((cue) => has(text.replace(PEOPLE_LOST, " "), cue))) synthetic.add(SYNTHETIC_CUES.loss);
  return { text, requestText, request, synthetic, death, otherMarks: otherMarksOf(main) };
}

/** Labour abroad named with its country, folded ("lao động Hàn"): no "đóng hẳn" (a close for good) is read across it. */
const LABOUR_COUNTRY = / lao dong(?= han )/gu;

/** Work taken up again after a pause, folded ("ngừng 6 tháng, sau đó làm lại bình thường"): no paper made again. */
const WORK_RESUMED = / sau do lam lai( binh thuong)?(?= )| lam lai binh thuong(?= )/gu;

/** People lost touch with, folded ("người thân thất lạc", "thất lạc gia đình"). */
const PEOPLE_LOST = / (nguoi than|gia dinh|con|chau|anh em|cha me|bo me|me|bo|nguoi nha) (bi )?that lac | that lac (nguoi than|gia dinh|nguoi nha|cha me|bo me) /gu;

/**
 * The cue syllables a question holds only typed with marks other than the cue's own (see `CUE_MARKS`): "người Tày"
 * is no "người Tây"; in a question typed with marks, a bare "tay" is "tay" (a hand), not "Tây".
 */
function otherMarksOf(main: readonly Syllable[]): Set<string> {
  const other = new Set<string>();
  const own = new Set<string>();
  const marked = typedWithMarks(main);
  for (const s of main) {
    const marks = CUE_MARKS[s.folded];
    if (!marks) continue;
    const typed = s.accented.toLowerCase().normalize("NFC");
    if ((s.accented !== s.folded || (marked && !marks.includes(s.folded))) && !marks.includes(typed)) other.add(s.folded);
    else own.add(s.folded);
  }
  for (const folded of own) other.delete(folded);
  return other;
}

/**
 * Each marker's cues and name phrases, padded for whole-syllable search, with their first syllable (computed once):
 * a cue whose first syllable the question does not hold is not searched for.
 */
const PADDED_CUES = new Map(VARIANT_MARKERS.map((m) => [m, [...m.cues, ...m.inName].map((cue) => ({
  cue, padded: ` ${cue} `, first: (cue.startsWith("^") ? cue.slice(1) : cue).split(" ")[0] ?? "", firm: cue.includes(" "),
  marked: cue.replace("^", "").split(" ").filter((w) => CUE_MARKS[w] !== undefined),
}))]));

/** Whether a cue holds a syllable the question typed with other marks ("người Tày" for the cue "người tây"). */
const typedOtherwise = (cues: VariantCues, marked: readonly string[]): boolean => marked.some((w) => cues.otherMarks?.has(w) === true);

/**
 * True when the question asks for this marker's variant.
 *
 * @param firmly - count only cues that cannot be a folded collision: a phrase of two syllables or more, or a cue
 *   read by rules (a lost paper, a country named); a lone bare syllable ("doi" is "đổi" and "đối") does not count.
 */
export function asksFor(marker: VariantMarker, cues: VariantCues, firmly = false): boolean {
  return (PADDED_CUES.get(marker) ?? []).some(({ cue, padded, firm, marked }) =>
    cues.synthetic.has(cue) || ((!firmly || firm) && !typedOtherwise(cues, marked)
      && (cue.startsWith("^") ? cues.text.startsWith(` ${cue.slice(1)} `) : cues.text.includes(padded))));
}

/**
 * The markers a procedure name carries, matched on its folded syllables.
 *
 * @param name - the procedure name as written (its commas mark where the first clause ends).
 * @returns the markers present.
 */
export function markersOfName(name: string): NameMarker[] {
  const folded = (part: string): string => ` ${splitSyllables(part).map((s) => s.folded).join(" ")} `;
  const text = folded(name);
  // (a slash joins procedures too: "Đăng ký sử dụng hóa đơn điện tử/ Thay đổi nội dung đăng ký …")
  const comma = name.search(/[,/]/u);
  const lead = comma > 0 ? folded(name.slice(0, comma)) : text;
  const laterClauses = name.split(/[,;/]/u).slice(1).map(folded);
  // "… Giấy chứng nhận đã cấp lần đầu …" names the paper by what was done to it, not what the procedure does
  const describes = (phrase: string): boolean => has(text, `da ${phrase}`) || has(text, `da duoc ${phrase}`)
    || (phrase.startsWith("lan dau") && /\bda (duoc )?cap lan dau\b/u.test(text));
  return VARIANT_MARKERS.filter((m) => m.inName.some((phrase) => has(text, phrase))).map((marker) => {
    const phrases = marker.inName.map((p) => p.replace(/^\^/u, ""));
    const leading = marker.inName.some((phrase) => has(lead, phrase));
    const opensClause = laterClauses.some((clause) => phrases.some((phrase) => clause.startsWith(` ${phrase} `)));
    const onlyDescribes = phrases.filter((p) => has(text, p)).every(describes);
    return { marker, leading, defining: (leading || opensClause) && !onlyDescribes };
  });
}

/**
 * A marker found in a name. `leading`: it is in the name's first clause (before the first comma), so it says
 * what the procedure is; a marker further on ("Đăng ký, đăng ký lại, điều chỉnh …", "…, cơ quan nước ngoài")
 * is one case among several and weighs half as much.
 */
export interface NameMarker {
  marker: VariantMarker;
  leading: boolean;
  /**
   * In the first clause, or opening a later one ("Cấp lại …, Cấp đổi sang …"), and not describing the paper
   * ("… đã cấp lần đầu"): the marker says what the procedure does, not what it acts on ("Thu hồi Giấy chứng nhận
   * đã cấp lần đầu …, … và cấp lại …" revokes).
   */
  defining: boolean;
}

/**
 * Score factor of a candidate for a question: each variant marker of its name that the question does not ask for
 * costs the marker's penalty (its square root when the marker is not in the name's first clause); each asked-for
 * marker it carries earns a bonus; each asked-for marker it lacks costs the marker's `absentPenalty`; a candidate
 * the question contradicts ({@link contradicts}) costs half.
 *
 * @param nameMarkers - from {@link markersOfName}.
 * @param asked - ids of the markers the question asks for.
 * @param firmlyAsked - those asked for firmly (see {@link asksFor}), for the contradiction.
 * @returns a factor around 1.
 */
export function variantFactor(nameMarkers: readonly NameMarker[], asked: ReadonlySet<string>, firmlyAsked: ReadonlySet<string> = asked): number {
  let factor = 1;
  for (const { marker, leading } of nameMarkers) {
    if (asked.has(marker.id)) factor *= ASKED_BONUS;
    else factor *= leading ? marker.penalty : Math.sqrt(marker.penalty);
  }
  for (const marker of VARIANT_MARKERS) {
    if (asked.has(marker.id) && !nameMarkers.some((m) => m.marker === marker)) factor *= marker.absentPenalty ?? DEFAULT_ABSENT_PENALTY;
  }
  return contradicts(nameMarkers, firmlyAsked) ? factor * CONTRADICTION_PENALTY : factor;
}

/** Score factor of a candidate carrying a marker the question asks for. */
const ASKED_BONUS = 1.2;
/** Score factor of a candidate whose actions the question contradicts (see {@link contradicts}). */
const CONTRADICTION_PENALTY = 0.5;

/**
 * True when the question asks for an action (re-issue, exchange, end …; `VariantMarker.action`) and the
 * procedure does only other ones (its defining actions, see {@link NameMarker}; else any it names): "cấp lại sổ đỏ bị mất" against "… cấp Giấy chứng nhận … lần đầu" or "Thu hồi
 * Giấy chứng nhận …". Such a procedure is never the answer, and never a choice offered for the question.
 *
 * @param nameMarkers - the procedure's markers, from {@link markersOfName}.
 * @param asked - ids of the markers the question asks for.
 */
export function contradicts(nameMarkers: readonly NameMarker[], asked: ReadonlySet<string>): boolean {
  const askedActions = new Set(VARIANT_MARKERS.filter((m) => m.action && asked.has(m.id)).map((m) => m.action));
  if (askedActions.size === 0) return false;
  const all = nameMarkers.filter((m) => m.marker.action);
  const defining = all.filter((m) => m.defining);
  const actions = defining.length > 0 ? defining : all;
  // a name that describes its paper by the asked action ("Đính chính Giấy chứng nhận đã cấp lần đầu …" for "sổ
  // đỏ cấp lần đầu bị ghi sai") speaks of the same paper: the citizen's words describe it too
  if (all.some((m) => !m.defining && askedActions.has(m.marker.action))) return false;
  // a name whose first clause states no action does the plain one, a first issue, before its other cases
  // ("Đăng ký sử dụng hóa đơn điện tử/ Thay đổi nội dung …" for "đăng ký sử dụng hđđt lần đầu")
  if (askedActions.has("issue") && !all.some((m) => m.leading)) return false;
  return actions.length > 0 && !actions.some((m) => askedActions.has(m.marker.action));
}

/**
 * Ids of the markers a question asks for.
 *
 * @param cues - the question's cues.
 * @param firmly - see {@link asksFor}.
 */
export function askedMarkers(cues: VariantCues, firmly = false): Set<string> {
  const sets = askedMarkerSets(cues);
  return firmly ? sets.firmlyAsked : sets.asked;
}

/**
 * {@link askedMarkers} and its firm reading at once, each cue searched once.
 *
 * @param cues - the question's cues.
 * @returns the ids asked for, and those asked for firmly.
 */
export function askedMarkerSets(original: VariantCues): { asked: Set<string>; firmlyAsked: Set<string> } {
  const asked = new Set<string>();
  const firmlyAsked = new Set<string>();
  // a step the other party takes first is not the citizen's request ("mua lại xe … sang tên, người bán có phải làm thu
  // hồi đăng ký trước không": the recall is the seller's, the transfer is asked for)
  // … nor is a recall the citizen suffered ("sau khi bị thu hồi 1 phần đất, muốn chuyển đất vườn lên đất ở")
  const cues = { ...original, text: original.text.replace(OTHER_PARTY_FIRST, " ").replace(RECALL_SUFFERED, " ") };
  const words = new Set(cues.text.split(" "));
  for (const marker of VARIANT_MARKERS) {
    for (const { cue, padded, first, firm, marked } of PADDED_CUES.get(marker) ?? []) {
      const synthetic = cues.synthetic.has(cue);
      if (!synthetic && (!words.has(first) || !(cue.startsWith("^") ? cues.text.startsWith(` ${cue.slice(1)} `) : cues.text.includes(padded)))) continue;
      if (!synthetic && typedOtherwise(cues, marked)) continue;
      asked.add(marker.id);
      if (synthetic || firm) {
        firmlyAsked.add(marker.id);
        break;
      }
    }
  }
  return { asked, firmlyAsked };
}

/**
 * Folded: a recall done to the citizen, told as the story ("nhà bị thu hồi hết đất", "đất bị thu hồi làm KCN", "tường
 * rào nằm ngoài mốc thu hồi").
 */
const RECALL_SUFFERED = / (bi|da bi|vua bi|moc|dien|khu|dot|vung) thu hoi(?= )/gu;

/**
 * Folded: another party's step taken first ("người bán có phải làm thu hồi đăng ký trước", "ai phải làm thu hồi trước",
 * "người bán đã làm thu hồi đăng ký biển số rồi").
 */
const OTHER_PARTY_FIRST = / (nguoi ban|ben ban|chu cu|chu xe cu|chu xe|ben kia|nguoi kia|nguoi do|anh ay|chi ay|ong ay|ba ay|ai) (co |se |phai |can |lam |thu tuc |di |da |vua )*thu hoi( dang ky| giay| giay dang ky)?( xe)?( truoc)?(?= )/gu;

/**
 * Ids of the actions a question names in the records' own words ("cấp lại", "gia hạn", "lần đầu") or states
 * plainly ("mất sổ đỏ": a lost paper asks for it again), not only through loose everyday cues ("làm lại", "đổi",
 * "hư hỏng"): a procedure doing none of them is not answered with confidence.
 *
 * @param cues - the question's cues.
 */
export function namedActions(cues: VariantCues): Set<string> {
  const lostPaper = cues.synthetic.has(SYNTHETIC_CUES.lostPaper);
  // (a recall suffered is the story, not the request: "nhà bị thu hồi hết đất, muốn đăng ký mua nhà ở xã hội")
  const text = withoutOthersAction(cues.text).replace(RECALL_SUFFERED, " ");
  return new Set(VARIANT_MARKERS.filter((m) => m.action
    && (m.inName.some((phrase) => phrase.includes(" ") && has(text, phrase)) || (lostPaper && m.cues.includes(SYNTHETIC_CUES.loss)))).map((m) => m.id));
}

/**
 * The text without what someone else will do with the paper ("xác nhận số CMND … để ngân hàng cập nhật": the bank
 * updates, the ward confirms): "để" and a third party, then a few words.
 */
function withoutOthersAction(text: string): string {
  return text.replace(OTHERS_ACTION, " ");
}
const OTHERS_ACTION = / de (ngan hang|cong ty|ben ngan hang|ben cong ty|nha truong|truong|co quan|chu nha|ho|ben do|ben kia)( [a-z0-9]+){0,4}(?= )/gu;

/**
 * True when the question names actions (see {@link namedActions}) and the procedure does none of them.
 *
 * @param nameMarkers - the procedure's markers.
 * @param named - from {@link namedActions}.
 */
export function lacksNamedAction(nameMarkers: readonly NameMarker[], named: ReadonlySet<string>): boolean {
  const namedActions = new Set(VARIANT_MARKERS.filter((m) => named.has(m.id)).map((m) => m.action));
  // a name stating no action does the plain one: a first issue ("làm căn cước lần đầu" is "Cấp thẻ căn cước …")
  if (namedActions.has("issue") && !nameMarkers.some((m) => m.marker.action)) return false;
  return named.size > 0 && !nameMarkers.some((m) => namedActions.has(m.marker.action));
}

const NO_NEED = NO_PROCEDURE_NEED.map((phrase) => splitSyllables(phrase));
const NEED = PROCEDURE_NEED_WORDS.map((phrase) => splitSyllables(phrase));

/** Whether the syllables hold a phrase, each syllable typed with marks matching its marks, one without its folded form. */
function saysAsTyped(syllables: readonly Syllable[], phrase: readonly Syllable[]): boolean {
  for (let i = 0; i + phrase.length <= syllables.length; i++) {
    if (phrase.every((want, k) => {
      const s = syllables[i + k]!;
      return s.accented !== s.folded ? s.accented === want.accented : s.folded === want.folded;
    })) return true;
  }
  return false;
}

/**
 * True when the question names a topic a ward does not handle that the procedure's name does not carry
 * ("thành lập công ty TNHH" whose best match is a tax procedure). Read in the request of a long message.
 *
 * @param cues - the question's cues.
 * @param foldedName - the candidate's name, folded.
 * @param organisationSector - the candidate belongs to a sector companies deal with (customs, tax, treasury).
 */
export function namesTopicNotAtWard(cues: VariantCues, foldedName: string, organisationSector = false): boolean {
  const name = ` ${foldedName} `;
  // said in the backstory ("sau khi ly hôn, tôi muốn đổi họ cho con"), the topic is not the request
  // (a paper the topic produced is asked for, not the topic: "bản sao bản án ly hôn" is a court record's copy)
  const request = cues.requestText.replace(PAPER_OF_TOPIC, " ");
  return NOT_AT_WARD.some((topic) => has(request, topic) && !has(name, topic) && !has(name, NOT_AT_WARD_UNLESS[topic] ?? topic)
    && !(ORGANISATION_TOPICS.has(topic) && (organisationSector || ORGANISATION_NAMES.some((o) => has(name, o)))));
}

/**
 * Folded: a paper named after a topic a ward does not handle ("bản án ly hôn", "quyết định ly hôn"), or a copy of one
 * shown to another office ("bản chụp hộ chiếu của khách"), or one the procedure needs ("có cần hộ chiếu của khách").
 */
const PAPER_OF_TOPIC = / ((ban an|quyet dinh|giay|trich luc|ban sao) (cong nhan )?(thuan tinh )?(ly hon|ly di)|(ban chup|ban sao|ban photo|anh chup|chup|photo|xuat trinh|can|co can|phai co|kem|kem theo) ho chieu)(?= )/gu;

/**
 * A company running its own affairs ("công ty tôi", "tnhh") is at home in a record for organisations: the tax and
 * customs records a commune lists name "tổ chức" or "doanh nghiệp" ("Khai thuế … của tổ chức"), or belong to a sector
 * a company deals with and a household seldom does ("Thủ tục thông báo hợp đồng, phụ lục hợp đồng gia công": the
 * caller says so). Founding or closing a company stays the province's.
 */
const ORGANISATION_TOPICS = new Set(["cong ty toi", "cong ty minh", "cong ty em", "cong ty co phan", "tnhh", "doanh nghiep tu nhan", "thue thu nhap doanh nghiep"]);
const ORGANISATION_NAMES = ["to chuc", "doanh nghiep", "cong ty"];

/** The new paper a procedure hands over, folded ("mới có giấy đăng ký mới"): its result, not a first issue asked for. */
const NEW_PAPER_RECEIVED = / (co|nhan|lay|cam|duoc cap) (giay|so|the|bang)( dang ky| chung nhan)? moi(?= )/gu;

/** A Vietnamese nationality all concerned share, folded ("đều quốc tịch Việt Nam", "chỉ có quốc tịch VN"). */
const OWN_NATIONALITY = / (deu|cung|ca hai|chi co) (co |mang |la |giu )?quoc tich (viet nam|vn|viet)(?= )/gu;

/** Thanks, folded: "cảm ơn công an xã nhiều nhé", "cám ơn cán bộ". */
const THANKS = /(^| )(cam on|cam ong|thank you|thanks|tks)( |$)/u;
/** Words by which a message asks something (folded): a question word or a request; a "?" is looked for apart. */
const ASKS = /(^| )(gi|j|sao|nao|dau|bao nhieu|bao lau|may ngay|khong|ko|k|chua|ha|hong|hok|hem|nhi|the nao|ra sao|duoc khong|muon|xin|hoi|cho hoi|lam sao|lam the nao|o dau|nhu nao)( |$)/u;

/**
 * True when a message thanks and asks nothing, not even an aspect ("Em đã nhận được thẻ căn cước mới rồi, làm nhanh
 * lắm, cảm ơn công an xã nhiều nhé!"): it names a procedure it has finished with and wants no answer about it.
 *
 * @param question - the message as typed.
 */
export function thanksOnly(question: string): boolean {
  const folded = ` ${foldText(question)} `;
  return THANKS.test(folded) && !question.includes("?") && !ASKS.test(folded) && detectAspects(question).length === 0;
}

/**
 * True when the question asks for something that is no procedure at all (who holds an office, the weather, a
 * private debt; `NO_PROCEDURE_NEED`) that the procedure's name does not carry ("ai là chủ tịch phường" whose best
 * match is a dispute the chairman settles). Unlike a topic, no life situation in the story excuses it.
 *
 * @param cues - the question's cues.
 * @param foldedName - the candidate's name, folded.
 */
export function asksNoProcedure(cues: VariantCues, foldedName: string): boolean {
  const name = ` ${foldedName} `;
  const request = withoutPurpose(cues.request);
  // a phrase whose first word the request does not hold is not looked for
  const first = new Set(request.map((s) => s.folded));
  return NO_NEED.some((phrase) => {
    const folded = phrase.map((s) => s.folded).join(" ");
    return first.has(phrase[0]?.folded ?? "") && saysAsTyped(request, phrase) && !has(name, folded) && !has(name, NO_NEED_UNLESS[folded] ?? folded);
  });
}

/**
 * True when the message names a private company's own service anywhere (`NO_NEED_ANYWHERE`: "App ngân hàng đòi xác
 * thực … quét mãi không được, phải làm sao") that the procedure's name does not carry. The caller weighs the aspects
 * asked: a fee paid through a wallet is still the procedure's fee.
 *
 * @param cues - the question's cues.
 * @param foldedName - the candidate's name, folded.
 */
export function namesPrivateService(cues: VariantCues, foldedName: string): boolean {
  const name = ` ${foldedName} `;
  return NO_NEED_ANYWHERE.some((phrase) => has(cues.text.split(" | ")[0] ?? "", phrase) && !has(name, phrase) && !has(name, NO_NEED_UNLESS[phrase] ?? phrase));
}

/** Syllables a purpose ("để …") covers: what the paper is for is not what is asked of the ward. */
const PURPOSE_SPAN = 8;

/**
 * The request without its purpose: "xin xác nhận cư trú để nộp hồ sơ xin việc làm" asks for the residence
 * confirmation; the job is what it is for.
 */
function withoutPurpose(request: readonly Syllable[]): readonly Syllable[] {
  const at = request.findIndex((s) => s.folded === "de" && (s.accented === "để" || s.accented === "de"));
  // (a gap is left where the purpose was, so that no phrase is read across it: "cho con | … | bao nhiêu" is no "cơn bão")
  return at < 0 ? request : [...request.slice(0, at), { accented: "_", folded: "_" }, ...request.slice(at + 1 + PURPOSE_SPAN)];
}

/**
 * Whether a message asks the administration for anything: one of `PROCEDURE_NEED_WORDS` anywhere in it, matched as
 * typed (a word typed with marks must carry these marks; in a message typed with marks throughout, so must every
 * word). The aspect words are read by the caller.
 *
 * @param syllables - the whole message's syllables, as typed (telex repaired).
 */
export function saysProcedureNeed(syllables: readonly Syllable[]): boolean {
  const typed = typedWithMarks(syllables) ? syllables.map((s) => ({ ...s, folded: s.accented })) : syllables;
  return NEED.some((phrase) => saysAsTyped(typed, typed === syllables ? phrase : phrase.map((s) => ({ ...s, folded: s.accented }))));
}
