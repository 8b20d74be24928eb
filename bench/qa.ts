/**
 * bench/qa: procedure question answering, motcua's search against a plain MiniSearch baseline on the same data.
 *  1. procedures_cap_xa.jsonl with qa_dev.jsonl (citizen questions, with style tags and out-of-scope questions);
 *  2. procedures.jsonl (2,642 records) with faq_official_dev.jsonl (questions with matched_ma_thu_tuc);
 *  3. procedures_cap_xa.jsonl with tests/fixtures/qa-own.jsonl, the project's own held-out questions (written
 *     without looking at qa_dev failures): if qa_dev improves and this set does not, the change is overfitting;
 *  4. the same with tests/fixtures/qa-own-2.jsonl, a second blind batch weighted toward long stories and informal
 *     typing (scored once before the changes it motivated: top-1 recorded in the report as `own2.blindTop1`);
 *  5. the same with tests/fixtures/qa-own-4.jsonl, a third blind batch in mixed styles (short keywords, no
 *     diacritics, abbreviations, informal, long stories, a few out of scope), scored once before the changes made
 *     after reading it (`own4.blindTop1`);
 *  5b. the same with tests/fixtures/qa-own-5.jsonl, a fourth blind batch (70 questions over 62 procedures, written
 *     by a separate session that saw neither qa_dev nor the search code), scored once before the changes made
 *     after reading it (`own5.blindTop1`);
 *  5c. the same with tests/fixtures/qa-own-6.jsonl, a fifth blind batch (80 questions, half on less common
 *     procedures, by another separate session), scored once before the changes made after reading it
 *     (`own6.blindTop1`);
 *  5d. the same with tests/fixtures/qa-own-siblings.jsonl (the project's own batch on sibling-variant families,
 *     written before the sibling discrimination) and qa-own-7 / qa-own-8 (two blind batches of 70 by a separate
 *     writer, half on less common procedures), each scored once before the changes made after reading it;
 *  5e. latency over procedures.jsonl: every question above asked three times, wall clock and CPU time (the CPU
 *     time is what a question costs; on a shared machine the wall clock also counts waiting for a core);
 *  6. tests/fixtures/out-of-scope.jsonl (everyday chatter, other bodies' procedures) and tests/fixtures/qa-own-3.jsonl
 *     (short questions on the demo base) over the shipped demo base (prisma/seed/procedures.demo.json, 42 records)
 *     and over procedures_cap_xa.jsonl: the share declined (outcome ≠ answer) and the share answered "none".
 * Data is read from ../shared/data (relative to the repository); the bench skips cleanly when it is absent.
 * Run: npx tsx bench/qa.ts. The last line is one JSON object with all figures. `npx tsx bench/qa.ts --set <file>`
 * scores only the given sets (a new blind batch) over procedures_cap_xa.jsonl.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import { percentile, scoreQa, type QaQuestion, type QaReport } from "../src/core/procedures/evaluate.js";
import { fromPortalRecord } from "../src/core/procedures/portal-record.js";
import { ProcedureQA } from "../src/core/procedures/procedure-qa.js";
import type { ProcedureRecord } from "../src/core/procedures/types.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const data = path.resolve(repo, "../shared/data");
const files = {
  capXa: path.join(data, "procedures/procedures_cap_xa.jsonl"),
  all: path.join(data, "procedures/procedures.jsonl"),
  qaDev: path.join(data, "eval/qa_dev.jsonl"),
  faq: path.join(data, "eval/faq_official_dev.jsonl"),
};
const ownSet = path.join(repo, "tests/fixtures/qa-own.jsonl");
const ownSet3 = path.join(repo, "tests/fixtures/qa-own-3.jsonl");
const outOfScopeSet = path.join(repo, "tests/fixtures/out-of-scope.jsonl");
const demoKb = path.join(repo, "prisma/seed/procedures.demo.json");
/** qa-own-3 and out-of-scope figures before the absolute evidence gate (first scoring, for the record). */
const BEFORE_GATE = {
  demo: { oosDeclined: 0.8, oosNone: 0.717, own3Top1: 0.903, own3Right: 0.935 },
  ward: { oosDeclined: 0.95, oosNone: 0.7, own3Top1: 0.839, own3Right: 0.871 },
};
/**
 * The blind batches, each with its top-1 when it was first scored, before any change made after reading it (and,
 * from issue #15 on, what citizens got: confidently wrong, right or offered, out of scope declined). The key names
 * the batch in the JSON report (`<key>` for motcua, `<key>Baseline` for MiniSearch).
 */
const BLIND_BATCHES: ReadonlyArray<{ key: string; file: string; label: string; blindTop1: number; blind?: Record<string, number> }> = [
  { key: "own2", file: "qa-own-2.jsonl", label: "second blind batch", blindTop1: 0.422 },
  { key: "own4", file: "qa-own-4.jsonl", label: "third blind batch", blindTop1: 0.808 },
  { key: "own5", file: "qa-own-5.jsonl", label: "fourth blind batch", blindTop1: 0.698 },
  { key: "own6", file: "qa-own-6.jsonl", label: "fifth blind batch", blindTop1: 0.611 },
  { key: "siblings", file: "qa-own-siblings.jsonl", label: "own batch on sibling families (issue #15)", blindTop1: 0.902,
    blind: { confidentlyWrong: 0.039, rightOrOffered: 0.961, outOfScopeDeclined: 0.545 } },
  { key: "own7", file: "qa-own-7.jsonl", label: "sixth blind batch (issue #15, separate writer)", blindTop1: 0.8,
    blind: { confidentlyWrong: 0.055, rightOrOffered: 0.855, outOfScopeDeclined: 0.867 } },
  { key: "own8", file: "qa-own-8.jsonl", label: "seventh blind batch (issue #15, separate writer)", blindTop1: 0.709,
    blind: { confidentlyWrong: 0.091, rightOrOffered: 0.782, outOfScopeDeclined: 0.667 } },
  { key: "own9", file: "qa-own-9.jsonl", label: "eighth blind batch (issue #15, separate writer; scored at eab81b9)", blindTop1: 0.818,
    blind: { confidentlyWrong: 0.018, rightOrOffered: 0.873, outOfScopeDeclined: 1 } },
  { key: "own10", file: "qa-own-10.jsonl", label: "ninth blind batch (issue #15, separate writer; scored at eab81b9)", blindTop1: 0.745,
    blind: { confidentlyWrong: 0.073, rightOrOffered: 0.782, outOfScopeDeclined: 0.867 } },
  { key: "own11", file: "qa-own-11.jsonl", label: "tenth blind batch (issue #15, separate writer; scored at 1186054)", blindTop1: 0.767,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.867, outOfScopeDeclined: 0.9 } },
  { key: "own12", file: "qa-own-12.jsonl", label: "eleventh blind batch (issue #15, separate writer; scored at 1186054)", blindTop1: 0.7,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.833, outOfScopeDeclined: 0.9 } },
  { key: "own13", file: "qa-own-13.jsonl", label: "twelfth blind batch (issue #15, separate writer; scored at aca4771)", blindTop1: 0.75,
    blind: { confidentlyWrong: 0.067, rightOrOffered: 0.817, outOfScopeDeclined: 0.8 } },
  { key: "own14", file: "qa-own-14.jsonl", label: "thirteenth blind batch (issue #15, separate writer; scored at aca4771)", blindTop1: 0.683,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.8, outOfScopeDeclined: 0.8 } },
  { key: "own15", file: "qa-own-15.jsonl", label: "fourteenth blind batch (issue #15, separate writer; scored at ceb3a57)", blindTop1: 0.817,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.917, outOfScopeDeclined: 0.8 } },
  { key: "own16", file: "qa-own-16.jsonl", label: "fifteenth blind batch (issue #15, separate writer; scored at ceb3a57)", blindTop1: 0.75,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.933, outOfScopeDeclined: 0.5 } },
  { key: "own17", file: "qa-own-17.jsonl", label: "sixteenth own batch (issue #15, half less common procedures; scored at 8666574)", blindTop1: 0.972,
    blind: { confidentlyWrong: 0, rightOrOffered: 1, outOfScopeDeclined: 0.938 } },
  { key: "own18", file: "qa-own-18.jsonl", label: "seventeenth blind batch (issue #15, separate writer; scored at a2eb273)", blindTop1: 0.783,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.85, outOfScopeDeclined: 0.7 } },
  { key: "own19", file: "qa-own-19.jsonl", label: "eighteenth blind batch (issue #15, separate writer; scored at a2eb273)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.9 } },
  { key: "own20", file: "qa-own-20.jsonl", label: "nineteenth blind batch (issue #15, separate writer; scored at 06de30a)", blindTop1: 0.633,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.767, outOfScopeDeclined: 1 } },
  { key: "own21", file: "qa-own-21.jsonl", label: "twentieth blind batch (issue #15, separate writer; scored at 3af1ecb, 0.867 unread at 942010c)", blindTop1: 0.767,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.85, outOfScopeDeclined: 1 } },
  { key: "own22", file: "qa-own-22.jsonl", label: "twenty-first blind batch (issue #15, separate writer; scored at 3af1ecb, 0.841 unread at c0a0183)", blindTop1: 0.773,
    blind: { confidentlyWrong: 0.023, rightOrOffered: 0.818, outOfScopeDeclined: 1 } },
  { key: "own23", file: "qa-own-23.jsonl", label: "twenty-second blind batch (issue #15, separate writer; scored unread at 4907179 and a80a6a0)", blindTop1: 0.844,
    blind: { confidentlyWrong: 0.078, rightOrOffered: 0.875, outOfScopeDeclined: 0.8 } },
  { key: "own24", file: "qa-own-24.jsonl", label: "twenty-third blind batch (issue #15, separate writer; scored at 4907179, 0.887 unread at a80a6a0)", blindTop1: 0.871,
    blind: { confidentlyWrong: 0.032, rightOrOffered: 0.935, outOfScopeDeclined: 1 } },
  { key: "own25", file: "qa-own-25.jsonl", label: "twenty-fourth blind batch (issue #15, separate writer; scored at 4907179, 0.903 unread at 5d94107)", blindTop1: 0.887,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.968, outOfScopeDeclined: 0.9 } },
  { key: "own26", file: "qa-own-26.jsonl", label: "twenty-fifth blind batch (issue #15, separate writer; scored at 4907179 and unread at 2172e22)", blindTop1: 0.917,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.967, outOfScopeDeclined: 1 } },
  { key: "own27", file: "qa-own-27.jsonl", label: "twenty-sixth blind batch (issue #15, separate writer; scored unread at 222c8f2)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.9, outOfScopeDeclined: 0.9 } },
  { key: "own28", file: "qa-own-28.jsonl", label: "twenty-seventh blind batch (issue #15, separate writer; scored unread at 222c8f2)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.917, outOfScopeDeclined: 0.8 } },
  { key: "own29", file: "qa-own-29.jsonl", label: "twenty-eighth blind batch (issue #15, separate writer; scored unread at b35e6db)", blindTop1: 0.917,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.933, outOfScopeDeclined: 1 } },
  { key: "own30", file: "qa-own-30.jsonl", label: "twenty-ninth blind batch (issue #15, separate writer; scored unread at b35e6db)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.95, outOfScopeDeclined: 0.7 } },
  { key: "own31", file: "qa-own-31.jsonl", label: "thirtieth blind batch (records drawn at random; separate writer; scored unread at 1f2c4d1)", blindTop1: 0.567,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.75, outOfScopeDeclined: 0.8 } },
  { key: "own32", file: "qa-own-32.jsonl", label: "thirty-first blind batch (rural communes; separate writer; scored unread at 1f2c4d1)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.883, outOfScopeDeclined: 0.8 } },
  { key: "own33", file: "qa-own-33.jsonl", label: "thirty-second blind batch (a city ward's desk; separate writer; scored unread at 30c72d3)", blindTop1: 0.883,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.95, outOfScopeDeclined: 0.8 } },
  { key: "own34", file: "qa-own-34.jsonl", label: "thirty-third blind batch (separate writer; kept unread a session long, scored at ea6a0c2 and a515476)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.967, outOfScopeDeclined: 0.8 } },
  { key: "own35", file: "qa-own-35.jsonl", label: "thirty-fourth blind batch (an urban ward, half less common; separate writer; scored unread at a515476)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.917, outOfScopeDeclined: 0.9 } },
  { key: "own36", file: "qa-own-36.jsonl", label: "thirty-fifth blind batch (rural communes, regional wording; separate writer; scored unread at a515476)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.867, outOfScopeDeclined: 0.6 } },
  { key: "own37", file: "qa-own-37.jsonl", label: "thirty-sixth blind batch (separate writer; kept unread a session long, scored at d0e721a, 278f909 and 6713c32)", blindTop1: 0.917,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.967, outOfScopeDeclined: 0.9 } },
  { key: "own38", file: "qa-own-38.jsonl", label: "thirty-seventh blind batch (separate writer; kept unread a session long, scored at b799173 and 6713c32)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.917, outOfScopeDeclined: 0.9 } },
  { key: "own39", file: "qa-own-39.jsonl", label: "thirty-eighth blind batch (separate writer; scored unread at 6713c32; 0.867 unread at 76418db)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.883, outOfScopeDeclined: 0.8 } },
  { key: "own40", file: "qa-own-40.jsonl", label: "thirty-ninth blind batch (rural and elderly voices; separate writer; scored unread at 6713c32; 0.867 unread at 76418db)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.933, outOfScopeDeclined: 1 } },
  { key: "own41", file: "qa-own-41.jsonl", label: "fortieth blind batch (a busy city ward; separate writer; scored unread at 6713c32; 0.85 unread at f2ab90f)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.917, outOfScopeDeclined: 0.8 } },
  { key: "own42", file: "qa-own-42.jsonl", label: "forty-first blind batch (sibling families, off-topic with civil-status words; separate writer; scored unread at 6713c32 and f2ab90f)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.917, outOfScopeDeclined: 0.4 } },
  { key: "own43", file: "qa-own-43.jsonl", label: "forty-second blind batch (records drawn at random; separate writer; kept unread a session long, scored at 6713c32, 287a90c and 240f0e4)", blindTop1: 0.767,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.9, outOfScopeDeclined: 1 } },
  { key: "own44", file: "qa-own-44.jsonl", label: "forty-third blind batch (off-topic in procedure words; separate writer; kept unread a session long, scored at 6713c32, 287a90c and 240f0e4)", blindTop1: 0.933,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.95, outOfScopeDeclined: 0.8 } },
  { key: "own45", file: "qa-own-45.jsonl", label: "forty-fourth blind batch (records drawn at random: tax, customs, cooperatives; separate writer; scored unread at 240f0e4 and 581626c)", blindTop1: 0.633,
    blind: { confidentlyWrong: 0.067, rightOrOffered: 0.75, outOfScopeDeclined: 0.8 } },
  { key: "own46", file: "qa-own-46.jsonl", label: "forty-fifth blind batch (rural, mountain and fishing communes; separate writer; scored unread at 240f0e4 and 581626c)", blindTop1: 0.845,
    blind: { confidentlyWrong: 0.034, rightOrOffered: 0.879, outOfScopeDeclined: 0.917 } },
  { key: "own47", file: "qa-own-47.jsonl", label: "forty-sixth blind batch (a busy city ward, sibling variants; separate writer; scored unread at 240f0e4 and bc4bfc0)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.117, rightOrOffered: 0.883, outOfScopeDeclined: 0.75 } },
  { key: "own48", file: "qa-own-48.jsonl", label: "forty-seventh blind batch (records drawn at random: customs and tax most; separate writer; scored unread at 240f0e4 and bc4bfc0)", blindTop1: 0.517,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.633, outOfScopeDeclined: 0.867 } },
  { key: "own49", file: "qa-own-49.jsonl", label: "forty-eighth blind batch (a suburban ward, sibling variants; separate writer; scored unread at 240f0e4 and c28ba24: 0.833, 3.3 %, 86.7 %)", blindTop1: 0.883,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.9, outOfScopeDeclined: 0.917 } },
  { key: "own50", file: "qa-own-50.jsonl", label: "forty-ninth blind batch (records drawn at random; separate writer; scored unread at 240f0e4 and c28ba24: 0.70, 6.7 %, 83.3 %)", blindTop1: 0.7,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.833, outOfScopeDeclined: 0.6 } },
  { key: "own51", file: "qa-own-51.jsonl", label: "fiftieth blind batch (a Red River delta commune; separate writer; scored unread at 240f0e4 and 866488b, the same)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.917, outOfScopeDeclined: 0.833 } },
  { key: "own52", file: "qa-own-52.jsonl", label: "fifty-first blind batch (records drawn at random; separate writer; scored unread at 240f0e4 and 866488b: 0.55, 1.7 %, 75.0 %, 14/15)", blindTop1: 0.433,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.667, outOfScopeDeclined: 0.733 } },
  { key: "own53", file: "qa-own-53.jsonl", label: "fifty-second blind batch (a Mekong delta commune; separate writer; scored unread at 240f0e4 and 935b57e: 0.75, 1.7 %, 88.3 %, 11/12)", blindTop1: 0.75,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.85, outOfScopeDeclined: 0.917 } },
  { key: "own54", file: "qa-own-54.jsonl", label: "fifty-third blind batch (records drawn at random; separate writer; scored unread at 240f0e4 and 935b57e: 0.733, 1.7 %, 88.3 %, 12/15)", blindTop1: 0.633,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.85, outOfScopeDeclined: 0.8 } },
  { key: "own55", file: "qa-own-55.jsonl", label: "fifty-fourth blind batch (a northern upland commune; separate writer; scored unread at 935b57e and a42db5e: 0.917, 3.3 %, 93.3 %, 10/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.917, outOfScopeDeclined: 0.833 } },
  { key: "own56", file: "qa-own-56.jsonl", label: "fifty-fifth blind batch (records drawn at random; separate writer; scored unread at 935b57e and a42db5e: 0.633, 3.3 %, 75.0 %, 12/15)", blindTop1: 0.6,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.733, outOfScopeDeclined: 0.8 } },
  { key: "own57", file: "qa-own-57.jsonl", label: "fifty-sixth blind batch (a Central Highlands commune; separate writer; scored unread at 935b57e, a42db5e and 045b845: 0.90, 1.7 %, 93.3 %, 9/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.75 } },
  { key: "own58", file: "qa-own-58.jsonl", label: "fifty-seventh blind batch (records drawn at random; separate writer; scored unread at 935b57e, a42db5e and 045b845: 0.783, 1.7 %, 85.0 %, 14/15)", blindTop1: 0.783,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.85, outOfScopeDeclined: 0.867 } },
  { key: "own59", file: "qa-own-59.jsonl", label: "fifty-eighth blind batch (an outer ward of Ho Chi Minh City; separate writer; scored unread at 935b57e and 98c4875: 0.817, 1.7 %, 93.3 %, 11/12)", blindTop1: 0.817,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.917 } },
  { key: "own60", file: "qa-own-60.jsonl", label: "fifty-ninth blind batch (records drawn at random; separate writer; scored unread at 935b57e and 98c4875: 0.767, 0 %, 86.7 %, 13/15)", blindTop1: 0.767,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.85, outOfScopeDeclined: 0.867 } },
  { key: "own61", file: "qa-own-61.jsonl", label: "sixtieth blind batch (a coastal commune of the Centre; separate writer; scored unread at 935b57e and c5e1037: 0.75, 3.3 %, 88.3 %, 11/12)", blindTop1: 0.75,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.867, outOfScopeDeclined: 0.917 } },
  { key: "own62", file: "qa-own-62.jsonl", label: "sixty-first blind batch (records drawn at random; separate writer; scored unread at 935b57e and c5e1037: 0.70, 1.7 %, 88.3 %, 15/15)", blindTop1: 0.683,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.917, outOfScopeDeclined: 1 } },
  { key: "own63", file: "qa-own-63.jsonl", label: "sixty-second blind batch (an old inner-city ward; separate writer; scored unread at 935b57e and 9554174: 0.867, 1.7 %, 95.0 %, 9/12)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.75 } },
  { key: "own64", file: "qa-own-64.jsonl", label: "sixty-third blind batch (records drawn at random; separate writer; scored unread at 935b57e and 9554174: 0.767, 1.7 %, 91.7 %, 14/15)", blindTop1: 0.7,
    blind: { confidentlyWrong: 0.067, rightOrOffered: 0.867, outOfScopeDeclined: 0.933 } },
  { key: "own65", file: "qa-own-65.jsonl", label: "sixty-fourth blind batch (a Red River delta commune; separate writer; scored unread at 935b57e and bf6e4ff: 0.867, 3.3 %, 95.0 %, 10/12)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.933, outOfScopeDeclined: 0.75 } },
  { key: "own66", file: "qa-own-66.jsonl", label: "sixty-fifth blind batch (records drawn at random; separate writer; scored unread at 935b57e and bf6e4ff: 0.70, 0 %, 91.7 %, 15/15)", blindTop1: 0.633,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.883, outOfScopeDeclined: 0.8 } },
  { key: "own67", file: "qa-own-67.jsonl", label: "sixty-sixth blind batch (a Khmer and Kinh commune of the delta; separate writer; scored unread at 935b57e and 56e4fb7: 0.717, 1.7 %, 85.0 %, 11/12)", blindTop1: 0.667,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.817, outOfScopeDeclined: 0.917 } },
  { key: "own68", file: "qa-own-68.jsonl", label: "sixty-seventh blind batch (records drawn at random; separate writer; scored unread at 935b57e and 56e4fb7: 0.80, 0 %, 91.7 %, 14/15)", blindTop1: 0.80,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.933, outOfScopeDeclined: 0.867 } },
  { key: "own69", file: "qa-own-69.jsonl", label: "sixty-eighth blind batch (a highland commune of Điện Biên and Lai Châu; separate writer; scored unread at bf25d59 and fd11720: 0.90, 0 %, 98.3 %, 11/12)", blindTop1: 0.90,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.983, outOfScopeDeclined: 0.917 } },
  { key: "own70", file: "qa-own-70.jsonl", label: "sixty-ninth blind batch (records drawn at random; separate writer; scored unread at bf25d59 and fd11720: 0.80, 1.7 %, 85.0 %, 13/15)", blindTop1: 0.80,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.867, outOfScopeDeclined: 0.867 } },
  { key: "own71", file: "qa-own-71.jsonl", label: "seventy-sixth blind batch (an inner Hà Nội ward; separate writer; held out a session, scored unread at bf25d59, 96f829c and 293b6b8: 0.933, 1.7 %, 95.0 %, 12/12)", blindTop1: 0.933,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.95, outOfScopeDeclined: 0.917 } },
  { key: "own72", file: "qa-own-72.jsonl", label: "seventy-seventh blind batch (records drawn at random; separate writer; held out a session, scored unread at bf25d59, 96f829c and 293b6b8: 0.85, 1.7 %, 91.7 %, 14/15)", blindTop1: 0.80,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.90, outOfScopeDeclined: 0.933 } },
  { key: "own73", file: "qa-own-73.jsonl", label: "seventieth blind batch (a coastal and lagoon commune of Huế and Quảng Trị; separate writer; scored unread at bf25d59 and 5011669: 0.90, 0 %, 95.0 %, 12/12)", blindTop1: 0.90,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.95, outOfScopeDeclined: 1 } },
  { key: "own74", file: "qa-own-74.jsonl", label: "seventy-first blind batch (records drawn at random; separate writer; scored unread at bf25d59 and 5011669: 0.733, 5.0 %, 88.3 %, 13/15)", blindTop1: 0.75,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.883, outOfScopeDeclined: 0.867 } },
  { key: "own75", file: "qa-own-75.jsonl", label: "seventy-second blind batch (an industrial-zone ward of Bình Dương and Đồng Nai; separate writer; scored unread at bf25d59 and ff1159d: 0.917, 3.3 %, 96.7 %, 11/12)", blindTop1: 0.90,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.933, outOfScopeDeclined: 0.917 } },
  { key: "own76", file: "qa-own-76.jsonl", label: "seventy-third blind batch (records drawn at random; separate writer; scored unread at bf25d59 and ff1159d: 0.683, 0 %, 86.7 %, 13/15)", blindTop1: 0.683,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.867, outOfScopeDeclined: 0.933 } },
  { key: "own77", file: "qa-own-77.jsonl", label: "seventy-fourth blind batch (a rural commune of Thanh Hóa and Nghệ An; separate writer; scored unread at bf25d59 and c4c5e53: 0.967, 0 %, 100 %, 11/12)", blindTop1: 0.967,
    blind: { confidentlyWrong: 0, rightOrOffered: 1, outOfScopeDeclined: 0.917 } },
  { key: "own78", file: "qa-own-78.jsonl", label: "seventy-fifth blind batch (records drawn at random; separate writer; scored unread at bf25d59 and c4c5e53: 0.783, 1.7 %, 90.0 %, 13/15)", blindTop1: 0.767,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.867, outOfScopeDeclined: 0.867 } },
  { key: "own79", file: "qa-own-79.jsonl", label: "seventy-eighth blind batch (a ward of Đà Lạt: homestays, flower growers; separate writer; scored unread at 293b6b8 and 90c81fd: 0.917, 0 %, 96.7 %, 11/12)", blindTop1: 0.917,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.967, outOfScopeDeclined: 0.917 } },
  { key: "own80", file: "qa-own-80.jsonl", label: "seventy-ninth blind batch (records drawn at random, seed 2929; separate writer; scored unread at 293b6b8 and 90c81fd: 0.667, 3.3 %, 85.0 %, 13/15)", blindTop1: 0.667,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.85, outOfScopeDeclined: 0.867 } },
  { key: "own83", file: "qa-own-83.jsonl", label: "eightieth blind batch (a coastal ward of Phan Thiết and Mũi Né; separate writer; scored unread at 293b6b8 and a94b7b0: 0.933, 1.7 %, 95.0 %, 11/12)", blindTop1: 0.933,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.95, outOfScopeDeclined: 0.917 } },
  { key: "own84", file: "qa-own-84.jsonl", label: "eighty-first blind batch (records drawn at random, seed 3131; separate writer; scored unread at 293b6b8 and a94b7b0: 0.733, 0 %, 86.7 %, 14/15)", blindTop1: 0.733,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.867, outOfScopeDeclined: 0.933 } },
  { key: "own85", file: "qa-own-85.jsonl", label: "eighty-second blind batch (an island commune like Lý Sơn or Cô Tô; separate writer; scored unread at 293b6b8 and 1112192: 0.95, 0 %, 100 %, 7/12)", blindTop1: 0.95,
    blind: { confidentlyWrong: 0, rightOrOffered: 1, outOfScopeDeclined: 0.583 } },
  { key: "own86", file: "qa-own-86.jsonl", label: "eighty-third blind batch (records drawn at random, seed 3232; separate writer; scored unread at 293b6b8 and f899ca9: 0.783, 3.3 %, 88.3 %, 13/15)", blindTop1: 0.767,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.883, outOfScopeDeclined: 0.8 } },
  { key: "own87", file: "qa-own-87.jsonl", label: "eighty-fourth blind batch (an inner ward of Hồ Chí Minh City; separate writer; scored unread at 293b6b8 and a320fe1: 0.85, 1.7 %, 95.0 %, 10/12)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.95, outOfScopeDeclined: 0.75 } },
  { key: "own81", file: "qa-own-81.jsonl", label: "eighty-fifth blind batch (a border commune of Lạng Sơn; separate writer; kept unread a session long: 0.95, 0 %, 96.7 %, 9/12 at 293b6b8; 0.967, 0 %, 98.3 %, 11/12 at 706f569)", blindTop1: 0.967,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.983, outOfScopeDeclined: 0.917 } },
  { key: "own82", file: "qa-own-82.jsonl", label: "eighty-sixth blind batch (records drawn at random, seed 3030; separate writer; kept unread a session long: 0.60, 8.3 %, 78.3 %, 14/15 at 293b6b8; 0.617, 8.3 %, 80.0 %, 15/15 at 706f569)", blindTop1: 0.617,
    blind: { confidentlyWrong: 0.083, rightOrOffered: 0.8, outOfScopeDeclined: 1 } },
  { key: "own88", file: "qa-own-88.jsonl", label: "eighty-seventh blind batch (a mining and tourism ward of Cẩm Phả; separate writer; scored unread at 2b40990: 0.90, 1.7 %, 93.3 %, 7/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.583 } },
  { key: "own89", file: "qa-own-89.jsonl", label: "eighty-eighth blind batch (records drawn at random, seed 3333; separate writer; scored unread at 2b40990: 0.717, 1.7 %, 85.0 %, 11/15)", blindTop1: 0.717,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.85, outOfScopeDeclined: 0.733 } },
  { key: "own92", file: "qa-own-92.jsonl", label: "eighty-ninth blind batch (a highland commune of Hà Giang; separate writer; scored unread at 2b40990 and 24d01c3: 0.90, 1.7 %, 95.0 %, 8/12 and 9/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.95, outOfScopeDeclined: 0.667 } },
  { key: "own93", file: "qa-own-93.jsonl", label: "ninetieth blind batch (records drawn at random, seed 3535; separate writer; scored unread at 2b40990 and 24d01c3: 0.683, 1.7 %, 81.7 %, 13/15)", blindTop1: 0.683,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.817, outOfScopeDeclined: 0.867 } },
  { key: "own94", file: "qa-own-94.jsonl", label: "ninety-first blind batch (a rice-and-shrimp commune of Sóc Trăng; separate writer; scored unread at 2b40990 and 104508f: 0.833, 1.7 %, 93.3 %, 7/12 and 9/12)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.583 } },
  { key: "own95", file: "qa-own-95.jsonl", label: "ninety-second blind batch (records drawn at random, seed 3636; separate writer; scored unread at 2b40990 and 104508f: 0.683 and 0.70, 1.7 %, 85.0 and 86.7 %, 13/15)", blindTop1: 0.683,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.85, outOfScopeDeclined: 0.867 } },
  { key: "own96", file: "qa-own-96.jsonl", label: "ninety-third blind batch (an old-town ward of Hội An; separate writer; scored unread at 2b40990 and 480229d: 0.917, 1.7 %, 95.0 %, 6/12 and 7/12)", blindTop1: 0.917,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.95, outOfScopeDeclined: 0.5 } },
  { key: "own97", file: "qa-own-97.jsonl", label: "ninety-fourth blind batch (records drawn at random, seed 3737; separate writer; scored unread at 2b40990 and 480229d: 0.733, 5.0 %, 81.7 and 83.3 %, 13/15)", blindTop1: 0.733,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.817, outOfScopeDeclined: 0.867 } },
  { key: "own90", file: "qa-own-90.jsonl", label: "ninety-fifth blind batch (a farming commune of Buôn Ma Thuột; separate writer; kept unread a session long: scored at 2b40990 and 7053c2e: 0.85 and 0.867, 0 %, 90.0 %, 6/12)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.9, outOfScopeDeclined: 0.5 } },
  { key: "own91", file: "qa-own-91.jsonl", label: "ninety-sixth blind batch (records drawn at random, seed 3434; separate writer; kept unread a session long: scored at 2b40990 and 7053c2e: 0.733, 3.3 and 5.0 %, 83.3 %, 11/15 and 12/15)", blindTop1: 0.733,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.833, outOfScopeDeclined: 0.8 } },
  { key: "own99", file: "qa-own-99.jsonl", label: "ninety-seventh blind batch (records drawn at random, seed 3838; separate writer; scored unread at 7053c2e and f7da3cd: 0.783, 1.7 %, 93.3 %, 13/15)", blindTop1: 0.783,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.867 } },
  { key: "own101", file: "qa-own-101.jsonl", label: "ninety-eighth blind batch (records drawn at random, seed 3939; separate writer; scored unread at 7053c2e and f7da3cd: 0.683, 3.3 %, 90.0 and 91.7 %, 13/15)", blindTop1: 0.683,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.9, outOfScopeDeclined: 0.867 } },
  { key: "own102", file: "qa-own-102.jsonl", label: "ninety-ninth blind batch (a coastal ward of Quy Nhơn; separate writer; scored unread at 7053c2e and 2007d7e: 0.883, 5.0 %, 91.7 %, 12/12)", blindTop1: 0.883,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.917, outOfScopeDeclined: 1 } },
  { key: "own103", file: "qa-own-103.jsonl", label: "hundredth blind batch (records drawn at random, seed 4040; separate writer; scored unread at 7053c2e and 2007d7e: 0.85, 0 %, 100 %, 15/15)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0, rightOrOffered: 1, outOfScopeDeclined: 1 } },
  { key: "own104", file: "qa-own-104.jsonl", label: "hundred-and-first blind batch (records drawn at random, seed 4141; separate writer; scored unread at 7053c2e and 325f76a: 0.767 and 0.80, 1.7 %, 91.7 and 90.0 %, 13/15)", blindTop1: 0.767,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.917, outOfScopeDeclined: 0.867 } },
  { key: "own105", file: "qa-own-105.jsonl", label: "hundred-and-second blind batch (an old-quarter ward of Hà Nội; separate writer; scored unread at 7053c2e and 325f76a: 0.867 and 0.883, 1.7 %, 95.0 and 96.7 %, 11/12)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.95, outOfScopeDeclined: 0.917 } },
  { key: "own106", file: "qa-own-106.jsonl", label: "hundred-and-third blind batch (records drawn at random, seed 4242, heavy on customs and tax siblings; separate writer; scored unread at 7053c2e and 350eef1: 0.783 and 0.80, 11.7 %, 81.7 %, 15/15)", blindTop1: 0.783,
    blind: { confidentlyWrong: 0.117, rightOrOffered: 0.817, outOfScopeDeclined: 1 } },
  { key: "own107", file: "qa-own-107.jsonl", label: "hundred-and-fourth blind batch (a shrimp-and-forest commune of Cà Mau; separate writer; scored unread at 7053c2e and 350eef1: 0.90, 0 %, 98.3 %, 11/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.983, outOfScopeDeclined: 0.917 } },
  { key: "own108", file: "qa-own-108.jsonl", label: "hundred-and-fifth blind batch (a ward of Huế; separate writer; scored unread at 7053c2e and e60a169: 0.933 and 0.967, 1.7 and 0 %, 95.0 and 98.3 %, 12/12)", blindTop1: 0.933,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.95, outOfScopeDeclined: 1 } },
  { key: "own98", file: "qa-own-98.jsonl", label: "hundred-and-sixth blind batch (a riverside ward of Vĩnh Long; separate writer; held out a session long, unread at 7053c2e and f040869: 0.933, 1.7 %, 96.7 %, 10/12)", blindTop1: 0.933,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.967, outOfScopeDeclined: 0.833 } },
  { key: "own100", file: "qa-own-100.jsonl", label: "hundred-and-seventh blind batch (a tea-and-mining commune of Thái Nguyên; separate writer; held out a session long, unread at 7053c2e and f040869: 0.933, 3.3 %, 96.7 %, 11/12 and 12/12)", blindTop1: 0.933,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.967, outOfScopeDeclined: 1 } },
  { key: "own109", file: "qa-own-109.jsonl", label: "hundred-and-eighth blind batch (a fishing ward of Đà Nẵng; separate writer; unread at f040869: 0.783, 3.3 %, 85.0 %, 9/12)", blindTop1: 0.783,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.85, outOfScopeDeclined: 0.75 } },
  { key: "own110", file: "qa-own-110.jsonl", label: "hundred-and-ninth blind batch (a border commune of Lạng Sơn; separate writer; unread at f040869: 0.85, 0 %, 93.3 %, 11/12)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.933, outOfScopeDeclined: 0.917 } },
  { key: "own111", file: "qa-own-111.jsonl", label: "hundred-and-tenth blind batch (records drawn at random, seed 4343; separate writer; unread at f040869: 0.746, 1.6 %, 87.3 %, 10/12)", blindTop1: 0.746,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.873, outOfScopeDeclined: 0.833 } },
  { key: "own112", file: "qa-own-112.jsonl", label: "hundred-and-eleventh blind batch (records drawn at random, seed 4444; separate writer; unread at f040869: 0.81, 0 %, 93.7 %, 12/12)", blindTop1: 0.81,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.937, outOfScopeDeclined: 1 } },
  { key: "own113", file: "qa-own-113.jsonl", label: "hundred-and-twelfth blind batch (a Khmer commune of Sóc Trăng; separate writer; unread at f040869 and 2750247: 0.817, 3.3 %, 90.0 %, 9/12)", blindTop1: 0.817,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.9, outOfScopeDeclined: 0.75 } },
  { key: "own115", file: "qa-own-115.jsonl", label: "hundred-and-thirteenth blind batch (records drawn at random, seed 4545; separate writer; unread at f040869 and 2750247: 0.794, 1.6 %, 87.3 %, 12/12)", blindTop1: 0.794,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.873, outOfScopeDeclined: 1 } },
  { key: "own117", file: "qa-own-117.jsonl", label: "hundred-and-fourteenth blind batch (a mountain commune of Hà Giang; separate writer; unread at f040869 and 420efa5: 0.833, 3.3 %, 93.3 %, 11/12)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.933, outOfScopeDeclined: 0.917 } },
  { key: "own118", file: "qa-own-118.jsonl", label: "hundred-and-fifteenth blind batch (a ward of Biên Hòa; separate writer; unread at f040869 and 420efa5: 0.867 and 0.883, 1.7 %, 90.0 %, 11/12)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.9, outOfScopeDeclined: 0.917 } },
  { key: "own119", file: "qa-own-119.jsonl", label: "hundred-and-sixteenth blind batch (records drawn at random, seed 4747; separate writer; unread at f040869 and 420efa5: 0.794 and 0.81, 1.6 %, 92.1 %, 11/12)", blindTop1: 0.794,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.921, outOfScopeDeclined: 0.917 } },
  { key: "own120", file: "qa-own-120.jsonl", label: "hundred-and-seventeenth blind batch (records drawn at random, seed 4848; separate writer; unread at f040869 and 420efa5: 0.857 and 0.873, 0 %, 93.7 %, 11/12)", blindTop1: 0.857,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.937, outOfScopeDeclined: 0.917 } },
  { key: "own121", file: "qa-own-121.jsonl", label: "hundred-and-eighteenth blind batch (veterans and widows of Huế and Quảng Trị; separate writer; unread at f040869 and 102e37c: 0.75, 3.3 %, 81.7 and 80.0 %, 10/12 and 11/12)", blindTop1: 0.75,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.817, outOfScopeDeclined: 0.833 } },
  { key: "own122", file: "qa-own-122.jsonl", label: "hundred-and-nineteenth blind batch (a peri-urban commune of Long An; separate writer; unread at f040869 and 102e37c: 0.817 and 0.833, 1.7 %, 88.3 %, 11/12)", blindTop1: 0.817,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.883, outOfScopeDeclined: 0.917 } },
  { key: "own123", file: "qa-own-123.jsonl", label: "hundred-and-twentieth blind batch (records drawn at random, seed 4949; separate writer; unread at f040869 and 102e37c: 0.714 and 0.73, 1.6 %, 82.5 and 84.1 %, 8/12 and 9/12)", blindTop1: 0.714,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.825, outOfScopeDeclined: 0.667 } },
  { key: "own124", file: "qa-own-124.jsonl", label: "hundred-and-twenty-first blind batch (records drawn at random, seed 5050; separate writer; unread at f040869 and 102e37c: 0.73 and 0.762, 0 %, 93.7 %, 12/12)", blindTop1: 0.73,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.937, outOfScopeDeclined: 1 } },
  { key: "own125", file: "qa-own-125.jsonl", label: "hundred-and-twenty-second blind batch (fishing and shrimp families of Cà Mau; separate writer; unread at 057af1d and 93c30be: 0.967, 0 %, 100 %, 12/12)", blindTop1: 0.967,
    blind: { confidentlyWrong: 0, rightOrOffered: 1, outOfScopeDeclined: 1 } },
  { key: "own126", file: "qa-own-126.jsonl", label: "hundred-and-twenty-third blind batch (a Lào Cai mountain commune after the merger; separate writer; unread at 057af1d and 93c30be: 0.917 and 0.933, 0 %, 98.3 and 100 %, 11/12)", blindTop1: 0.917,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.983, outOfScopeDeclined: 0.917 } },
  { key: "own127", file: "qa-own-127.jsonl", label: "hundred-and-twenty-fourth blind batch (records drawn at random, seed 5151; separate writer; unread at 057af1d and 93c30be: 0.841 and 0.857, 0 %, 96.8 and 98.4 %, 11/12)", blindTop1: 0.841,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.968, outOfScopeDeclined: 0.917 } },
  { key: "own128", file: "qa-own-128.jsonl", label: "hundred-and-twenty-fifth blind batch (records drawn at random, seed 5252; separate writer; unread at 057af1d and 93c30be: 0.778, 3.2 %, 87.3 %, 11/12)", blindTop1: 0.778,
    blind: { confidentlyWrong: 0.032, rightOrOffered: 0.873, outOfScopeDeclined: 0.917 } },
  { key: "own129", file: "qa-own-129.jsonl", label: "hundred-and-twenty-sixth blind batch (factory workers and landlords near Hải Dương's industrial parks; separate writer; unread at 057af1d and edb234e: 0.95, 0 %, 100 %, 11/12 and 10/12)", blindTop1: 0.95,
    blind: { confidentlyWrong: 0, rightOrOffered: 1, outOfScopeDeclined: 0.917 } },
  { key: "own130", file: "qa-own-130.jsonl", label: "hundred-and-twenty-seventh blind batch (elderly people of an old ward of Huế; separate writer; unread at 057af1d and edb234e: 0.967, 0 %, 96.7 %, 11/12)", blindTop1: 0.967,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.967, outOfScopeDeclined: 0.917 } },
  { key: "own131", file: "qa-own-131.jsonl", label: "hundred-and-twenty-eighth blind batch (records drawn at random, seed 5353; separate writer; unread at 057af1d and edb234e: 0.778 and 0.794, 3.2 %, 88.9 and 92.1 %, 10/12)", blindTop1: 0.778,
    blind: { confidentlyWrong: 0.032, rightOrOffered: 0.889, outOfScopeDeclined: 0.833 } },
  { key: "own132", file: "qa-own-132.jsonl", label: "hundred-and-twenty-ninth blind batch (records drawn at random, seed 5454; separate writer; unread at 057af1d and edb234e: 0.825, 1.6 %, 98.4 %, 11/12)", blindTop1: 0.825,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.984, outOfScopeDeclined: 0.917 } },
  { key: "own114", file: "qa-own-114.jsonl", label: "hundred-and-eleventh blind batch (a Hà Nội new town; separate writer; held out unread two sessions: 0.967 at f040869, 0.95 at 057af1d and 5dc5f97, 0 %, 96.7 %, 11/12 then 12/12)", blindTop1: 0.967,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.967, outOfScopeDeclined: 0.917 } },
  { key: "own116", file: "qa-own-116.jsonl", label: "hundred-and-thirteenth blind batch (records drawn at random, seed 4646; separate writer; held out unread two sessions: 0.73 at f040869, 0.746 at 057af1d, 0.778 at 5dc5f97; 4.8 %; 81.0, 82.5 and 88.9 %; 11/12)", blindTop1: 0.73,
    blind: { confidentlyWrong: 0.048, rightOrOffered: 0.81, outOfScopeDeclined: 0.917 } },
  { key: "own134", file: "qa-own-134.jsonl", label: "hundred-and-thirty-first blind batch (Khmer and Kinh families of Trà Vinh and Sóc Trăng; separate writer; unread at 057af1d and 5dc5f97: 0.967, 0 %, 98.3 %, 12/12)", blindTop1: 0.967,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.983, outOfScopeDeclined: 1 } },
  { key: "own135", file: "qa-own-135.jsonl", label: "hundred-and-thirty-second blind batch (records drawn at random, seed 5555; separate writer; unread at 057af1d and 5dc5f97: 0.825, 3.2 %, 92.1 and 93.7 %, 12/12)", blindTop1: 0.825,
    blind: { confidentlyWrong: 0.032, rightOrOffered: 0.921, outOfScopeDeclined: 1 } },
  { key: "own133", file: "qa-own-133.jsonl", label: "hundred-and-thirtieth blind batch (Hà Nội outskirts, land recovered for a ring road; separate writer; held out unread a session: 0.90 at 057af1d, 2a4cca4 and e8c5e8c, 0 %, 91.7 %, 11/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.917, outOfScopeDeclined: 0.917 } },
  { key: "own136", file: "qa-own-136.jsonl", label: "hundred-and-thirty-third blind batch (records drawn at random, seed 5656; separate writer; held out unread a session: 0.825 at 057af1d, 0.841 at 2a4cca4 and e8c5e8c; 1.6 %; 92.1 and 93.7 %; 12/12)", blindTop1: 0.825,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.921, outOfScopeDeclined: 1 } },
  { key: "own138", file: "qa-own-138.jsonl", label: "hundred-and-thirty-fifth blind batch (Hải Phòng port ward; separate writer; unread at e8c5e8c and after wave 50 was read: 0.833, 1.7 %, 93.3 %, 11/12)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.917 } },
  { key: "own139", file: "qa-own-139.jsonl", label: "hundred-and-thirty-sixth blind batch (records drawn at random, seed 5757; separate writer; unread at e8c5e8c and after wave 50 was read: 0.841, 0 %, 90.5 %, 11/12)", blindTop1: 0.841,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.905, outOfScopeDeclined: 0.917 } },
  { key: "own141", file: "qa-own-141.jsonl", label: "hundred-and-thirty-eighth blind batch (a Cà Mau coastal commune; separate writer; unread at e8c5e8c and 38a3a41: 0.883, 0 %, 96.7 and 100 %, 12/12)", blindTop1: 0.883,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.967, outOfScopeDeclined: 1 } },
  { key: "own142", file: "qa-own-142.jsonl", label: "hundred-and-thirty-ninth blind batch (a dense Hồ Chí Minh City ward; separate writer; unread at e8c5e8c and 38a3a41: 0.90, 0 and 1.7 %, 96.7 %, 11/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0, rightOrOffered: 0.967, outOfScopeDeclined: 0.917 } },
  { key: "own143", file: "qa-own-143.jsonl", label: "hundred-and-fortieth blind batch (records drawn at random, seed 5959; separate writer; unread at e8c5e8c and 38a3a41: 0.81 and 0.825, 6.3 %, 87.3 %, 11/12)", blindTop1: 0.81,
    blind: { confidentlyWrong: 0.063, rightOrOffered: 0.873, outOfScopeDeclined: 0.917 } },
  { key: "own145", file: "qa-own-145.jsonl", label: "hundred-and-forty-second blind batch (a Hà Giang / Lào Cai border commune; separate writer; unread at e8c5e8c and 38a3a41: 0.867, 3.3 %, 95.0 %, 11/12)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.95, outOfScopeDeclined: 0.917 } },
  { key: "own137", file: "qa-own-137.jsonl", label: "hundred-and-thirty-fourth blind batch (a Central Highlands persona; separate writer; held out unread two sessions: at e8c5e8c and 3280cbb 0.867, 1.7 %, 95.0 %, 10/12)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.95, outOfScopeDeclined: 0.833 } },
  { key: "own140", file: "qa-own-140.jsonl", label: "hundred-and-thirty-seventh blind batch (records drawn at random, seed 5858; separate writer; held out unread: at e8c5e8c 0.746, 1.6 %, 88.9 %, 12/12; at 3280cbb 0.778, 1.6 %, 92.1 %, 12/12)", blindTop1: 0.778,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.921, outOfScopeDeclined: 1.0 } },
  { key: "own144", file: "qa-own-144.jsonl", label: "hundred-and-forty-first blind batch (records drawn at random, seed 6060; separate writer; held out unread: at e8c5e8c 0.746, 4.8 %, 88.9 %, 11/12; at 3280cbb 0.730, 4.8 %, 87.3 %, 11/12)", blindTop1: 0.73,
    blind: { confidentlyWrong: 0.048, rightOrOffered: 0.873, outOfScopeDeclined: 0.917 } },
  { key: "own146", file: "qa-own-146.jsonl", label: "hundred-and-forty-third blind batch (a Cà Mau / Bạc Liêu fishing and shrimp-farming commune; separate writer; unread at 3280cbb: 0.750, 3.3 %, 88.3 %, 11/12)", blindTop1: 0.75,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.883, outOfScopeDeclined: 0.917 } },
  { key: "own147", file: "qa-own-147.jsonl", label: "hundred-and-forty-fourth blind batch (an inner-city Hà Nội ward; separate writer; unread at 3280cbb: 0.800, 1.7 %, 88.3 %, 11/12)", blindTop1: 0.8,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.883, outOfScopeDeclined: 0.917 } },
  { key: "own148", file: "qa-own-148.jsonl", label: "hundred-and-forty-fifth blind batch (records drawn at random, seed 6161; separate writer; unread at 3280cbb: 0.810, 4.8 %, 87.3 %, 12/12)", blindTop1: 0.81,
    blind: { confidentlyWrong: 0.048, rightOrOffered: 0.873, outOfScopeDeclined: 1.0 } },
  { key: "own149", file: "qa-own-149.jsonl", label: "hundred-and-forty-sixth blind batch (records drawn at random, seed 6262; separate writer; unread at 3280cbb: 0.873, 1.6 %, 96.8 %, 11/12)", blindTop1: 0.873,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.968, outOfScopeDeclined: 0.917 } },
  { key: "own153", file: "qa-own-153.jsonl", label: "hundred-and-fiftieth blind batch (a Phú Thọ / Tuyên Quang midland commune; separate writer; unread at b820535: 0.933, 1.7 %, 96.7 %, 12/12)", blindTop1: 0.933,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.967, outOfScopeDeclined: 1.0 } },
  { key: "own154", file: "qa-own-154.jsonl", label: "hundred-and-fifty-first blind batch (Đà Nẵng's coastal wards; separate writer; unread at b820535: 0.867, 1.7 %, 96.7 %, 12/12)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.967, outOfScopeDeclined: 1.0 } },
  { key: "own155", file: "qa-own-155.jsonl", label: "hundred-and-fifty-second blind batch (records drawn at random, seed 6565; separate writer; unread at b820535: 0.730, 4.8 %, 85.7 %, 12/12)", blindTop1: 0.73,
    blind: { confidentlyWrong: 0.048, rightOrOffered: 0.857, outOfScopeDeclined: 1.0 } },
  { key: "own156", file: "qa-own-156.jsonl", label: "hundred-and-fifty-third blind batch (records drawn at random, seed 6666; separate writer; unread at b820535: 0.667, 0 %, 84.1 %, 12/12)", blindTop1: 0.667,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.841, outOfScopeDeclined: 1.0 } },
  { key: "own150", file: "qa-own-150.jsonl", label: "hundred-and-forty-seventh blind batch (Huế lagoon villages; separate writer; held out, unread at 3280cbb: 0.867, 1.7 %, 95.0 %, 11/12)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.95, outOfScopeDeclined: 0.917 } },
  { key: "own151", file: "qa-own-151.jsonl", label: "hundred-and-forty-eighth blind batch (records drawn at random, seed 6363; separate writer; held out, unread at 3280cbb: 0.778, 0 %, 87.3 %, 11/12)", blindTop1: 0.778,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.873, outOfScopeDeclined: 0.917 } },
  { key: "own152", file: "qa-own-152.jsonl", label: "hundred-and-forty-ninth blind batch (records drawn at random, seed 6464; separate writer; held out, unread at 3280cbb: 0.841, 0 %, 95.2 %, 11/12)", blindTop1: 0.841,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.952, outOfScopeDeclined: 0.917 } },
  { key: "own157", file: "qa-own-157.jsonl", label: "hundred-and-fifty-fourth blind batch (Lào Cai highland communes; separate writer; unread at de9b13b: 0.800, 1.7 %, 90.0 %, 10/12)", blindTop1: 0.8,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.9, outOfScopeDeclined: 0.833 } },
  { key: "own158", file: "qa-own-158.jsonl", label: "hundred-and-fifty-fifth blind batch (Bình Dương industrial towns; separate writer; unread at de9b13b: 0.867, 1.7 %, 93.3 %, 10/12)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.833 } },
  { key: "own159", file: "qa-own-159.jsonl", label: "hundred-and-fifty-sixth blind batch (records drawn at random, seed 6767; separate writer; unread at de9b13b: 0.810, 1.6 %, 87.3 %, 11/12)", blindTop1: 0.81,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.873, outOfScopeDeclined: 0.917 } },
  { key: "own160", file: "qa-own-160.jsonl", label: "hundred-and-fifty-seventh blind batch (records drawn at random, seed 6868; separate writer; unread at de9b13b: 0.810, 1.6 %, 93.7 %, 12/12)", blindTop1: 0.81,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.937, outOfScopeDeclined: 1.0 } },
  { key: "own161", file: "qa-own-161.jsonl", label: "hundred-and-fifty-eighth blind batch (records drawn at random, seed 6969; separate writer; unread at de9b13b: 0.778, 1.6 %, 90.5 %, 10/12)", blindTop1: 0.778,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.905, outOfScopeDeclined: 0.833 } },
  { key: "own162", file: "qa-own-162.jsonl", label: "hundred-and-fifty-ninth blind batch (Quảng Trị border communes; separate writer; unread at 23743a9: 0.850, 1.7 %, 91.7 %, 10/12)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.917, outOfScopeDeclined: 0.833 } },
  { key: "own163", file: "qa-own-163.jsonl", label: "hundred-and-sixtieth blind batch (craft villages on Hà Nội's outskirts; separate writer; unread at 23743a9: 0.850, 0 %, 88.3 %, 8/12)", blindTop1: 0.85,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.883, outOfScopeDeclined: 0.667 } },
  { key: "own164", file: "qa-own-164.jsonl", label: "hundred-and-sixty-first blind batch (records drawn at random, seed 7070; separate writer; unread at 23743a9: 0.810, 1.6 %, 90.5 %, 12/12)", blindTop1: 0.81,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.905, outOfScopeDeclined: 1.0 } },
  { key: "own165", file: "qa-own-165.jsonl", label: "hundred-and-sixty-second blind batch (records drawn at random, seed 7171; separate writer; unread at 23743a9: 0.841, 0 %, 95.2 %, 12/12)", blindTop1: 0.841,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.952, outOfScopeDeclined: 1.0 } },
  { key: "own166", file: "qa-own-166.jsonl", label: "hundred-and-sixty-third blind batch (records drawn at random, seed 7272; separate writer; unread at 23743a9: 0.825, 1.6 %, 93.7 %, 9/12)", blindTop1: 0.825,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.937, outOfScopeDeclined: 0.75 } },
  { key: "own169", file: "qa-own-169.jsonl", label: "hundred-and-sixty-sixth blind batch (western Nghệ An mountain communes; separate writer; unread at dd42377: 0.950, 0 %, 98.3 %, 11/12)", blindTop1: 0.95,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.983, outOfScopeDeclined: 0.917 } },
  { key: "own170", file: "qa-own-170.jsonl", label: "hundred-and-sixty-seventh blind batch (inner wards of Hồ Chí Minh City; separate writer; unread at dd42377: 0.900, 0 %, 96.7 %, 12/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.967, outOfScopeDeclined: 1.0 } },
  { key: "own171", file: "qa-own-171.jsonl", label: "hundred-and-sixty-eighth blind batch (records drawn at random, seed 7474; separate writer; unread at dd42377: 0.778, 3.2 %, 96.8 %, 12/12)", blindTop1: 0.778,
    blind: { confidentlyWrong: 0.032, rightOrOffered: 0.968, outOfScopeDeclined: 1.0 } },
  { key: "own172", file: "qa-own-172.jsonl", label: "hundred-and-sixty-ninth blind batch (records drawn at random, seed 7575; separate writer; unread at dd42377: 0.825, 0 %, 90.5 %, 11/12)", blindTop1: 0.825,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.905, outOfScopeDeclined: 0.917 } },
  { key: "own167", file: "qa-own-167.jsonl", label: "hundred-and-sixty-fourth blind batch (Sóc Trăng, Khmer and Kinh households; separate writer; held out a session; unread at dd42377 and c94e402: 0.883, 5.0 %, 95.0 %, 11/12)", blindTop1: 0.883,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.95, outOfScopeDeclined: 0.917 } },
  { key: "own168", file: "qa-own-168.jsonl", label: "hundred-and-sixty-fifth blind batch (records drawn at random, seed 7373; separate writer; held out a session; unread at dd42377 and c94e402: 0.825, 1.6 %, 95.2 %, 10/12)", blindTop1: 0.825,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.952, outOfScopeDeclined: 0.833 } },
  { key: "own173", file: "qa-own-173.jsonl", label: "hundred-and-seventieth blind batch (Đắk Lắk coffee and pepper communes; separate writer; unread at c94e402: 0.717, 3.3 %, 80.0 %, 11/12)", blindTop1: 0.717,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.8, outOfScopeDeclined: 0.917 } },
  { key: "own174", file: "qa-own-174.jsonl", label: "hundred-and-seventy-first blind batch (a Hải Phòng coastal ward; separate writer; unread at c94e402: 0.683, 5.0 %, 75.0 %, 11/12)", blindTop1: 0.683,
    blind: { confidentlyWrong: 0.05, rightOrOffered: 0.75, outOfScopeDeclined: 0.917 } },
  { key: "own175", file: "qa-own-175.jsonl", label: "hundred-and-seventy-second blind batch (records drawn at random, seed 7676; separate writer; unread at c94e402: 0.698, 0.0 %, 90.5 %, 11/12)", blindTop1: 0.698,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.905, outOfScopeDeclined: 0.917 } },
  { key: "own176", file: "qa-own-176.jsonl", label: "hundred-and-seventy-third blind batch (records drawn at random, seed 7777; separate writer; unread at c94e402: 0.714, 0.0 %, 90.5 %, 12/12)", blindTop1: 0.714,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.905, outOfScopeDeclined: 1.0 } },
  { key: "own179", file: "qa-own-179.jsonl", label: "hundred-and-seventy-sixth blind batch (Hà Giang and Tuyên Quang mountain communes; separate writer; unread at a851ac4: 0.733, 3.3 %, 88.3 %, 11/12)", blindTop1: 0.733,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.883, outOfScopeDeclined: 0.917 } },
  { key: "own180", file: "qa-own-180.jsonl", label: "hundred-and-seventy-seventh blind batch (an urban ward of Đà Nẵng; separate writer; unread at a851ac4: 0.867, 1.7 %, 91.7 %, 12/12)", blindTop1: 0.867,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.917, outOfScopeDeclined: 1.0 } },
  { key: "own181", file: "qa-own-181.jsonl", label: "hundred-and-seventy-eighth blind batch (records drawn at random, seed 7979; separate writer; unread at a851ac4: 0.746, 0.0 %, 88.9 %, 11/12)", blindTop1: 0.746,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.889, outOfScopeDeclined: 0.917 } },
  // held out unread until the fourteenth session (scored at c94e402, 886fa38 and 7802b2b: the last two the same code)
  { key: "own177", file: "qa-own-177.jsonl", label: "hundred-and-seventy-fourth blind batch (Quảng Ninh bays and border; separate writer; held out, unread at 886fa38: 0.833, 1.7 %, 88.3 %, 12/12)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.883, outOfScopeDeclined: 1.0 } },
  { key: "own178", file: "qa-own-178.jsonl", label: "hundred-and-seventy-fifth blind batch (records drawn at random, seed 7878; separate writer; held out, unread at 886fa38: 0.746, 0.0 %, 90.5 %, 12/12)", blindTop1: 0.746,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.905, outOfScopeDeclined: 1.0 } },
  { key: "own182", file: "qa-own-182.jsonl", label: "hundred-and-seventy-ninth blind batch (Bình Định fishing and coconut communes; separate writer; unread at 7802b2b: 0.900, 0.0 %, 96.7 %, 12/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.967, outOfScopeDeclined: 1.0 } },
  { key: "own183", file: "qa-own-183.jsonl", label: "hundred-and-eightieth blind batch (records drawn at random, seed 8080; separate writer; unread at 7802b2b: 0.746, 3.2 %, 84.1 %, 11/12)", blindTop1: 0.746,
    blind: { confidentlyWrong: 0.032, rightOrOffered: 0.841, outOfScopeDeclined: 0.917 } },
  { key: "own186", file: "qa-own-186.jsonl", label: "hundred-and-eighty-third blind batch (Sóc Trăng Khmer and rice-shrimp communes; separate writer; unread at a80319d: 0.817, 6.7 %, 90.0 %, 11/12)", blindTop1: 0.817,
    blind: { confidentlyWrong: 0.067, rightOrOffered: 0.9, outOfScopeDeclined: 0.917 } },
  { key: "own187", file: "qa-own-187.jsonl", label: "hundred-and-eighty-fourth blind batch (records drawn at random, seed 8282; separate writer; unread at a80319d: 0.889, 0.0 %, 93.7 %, 11/12)", blindTop1: 0.889,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.937, outOfScopeDeclined: 0.917 } },
  { key: "own188", file: "qa-own-188.jsonl", label: "hundred-and-eighty-fifth blind batch (suburban Hà Nội craft villages; separate writer; unread at a80319d: 0.900, 1.7 %, 93.3 %, 10/12)", blindTop1: 0.9,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 0.833 } },
  { key: "own189", file: "qa-own-189.jsonl", label: "hundred-and-eighty-sixth blind batch (records drawn at random, seed 8383; separate writer; unread at a80319d: 0.810, 1.6 %, 90.5 %, 12/12)", blindTop1: 0.81,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.905, outOfScopeDeclined: 1.0 } },
  { key: "own184", file: "qa-own-184.jsonl", label: "hundred-and-eighty-first blind batch (Lào Cai border and mountain communes; separate writer; held out, unread at 7802b2b: 0.833, 1.7 %, 93.3 %, 12/12; at 014a473: 0.817, 1.7 %, 91.7 %, 12/12)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.017, rightOrOffered: 0.933, outOfScopeDeclined: 1.0 } },
  { key: "own185", file: "qa-own-185.jsonl", label: "hundred-and-eighty-second blind batch (records drawn at random, seed 8181; separate writer; held out, unread at 7802b2b: 0.651, 1.6 %, 84.1 %, 12/12; at 014a473: 0.683, 1.6 %, 87.3 %, 12/12)", blindTop1: 0.651,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.841, outOfScopeDeclined: 1.0 } },
  { key: "own190", file: "qa-own-190.jsonl", label: "hundred-and-eighty-seventh blind batch (Cà Mau and Bạc Liêu shrimp, salt and mangrove communes; separate writer; unread at 014a473: 0.917, 0.0 %, 93.3 %, 11/12)", blindTop1: 0.917,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.933, outOfScopeDeclined: 0.917 } },
  { key: "own191", file: "qa-own-191.jsonl", label: "hundred-and-eighty-eighth blind batch (Hưng Yên and Thái Bình farming and craft communes; separate writer; unread at 014a473: 0.950, 0.0 %, 98.3 %, 12/12)", blindTop1: 0.95,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.983, outOfScopeDeclined: 1.0 } },
  { key: "own192", file: "qa-own-192.jsonl", label: "hundred-and-eighty-ninth blind batch (records drawn at random, seed 8484; separate writer; unread at 014a473: 0.825, 1.6 %, 90.5 %, 12/12)", blindTop1: 0.825,
    blind: { confidentlyWrong: 0.016, rightOrOffered: 0.905, outOfScopeDeclined: 1.0 } },
  { key: "own193", file: "qa-own-193.jsonl", label: "hundred-and-ninetieth blind batch (records drawn at random, seed 8585; separate writer; unread at 014a473: 0.857, 0.0 %, 95.2 %, 12/12)", blindTop1: 0.857,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.952, outOfScopeDeclined: 1.0 } },
  { key: "own196", file: "qa-own-196.jsonl", label: "hundred-and-ninety-third blind batch (records drawn at random, seed 8787; separate writer; unread at e887ca2: 0.730, 3.2 %, 87.3 %, 12/12)", blindTop1: 0.73,
    blind: { confidentlyWrong: 0.032, rightOrOffered: 0.873, outOfScopeDeclined: 1.0 } },
  { key: "own197", file: "qa-own-197.jsonl", label: "hundred-and-ninety-fourth blind batch (records drawn at random, seed 8888; separate writer; unread at e887ca2: 0.794, 3.2 %, 90.5 %, 12/12)", blindTop1: 0.794,
    blind: { confidentlyWrong: 0.032, rightOrOffered: 0.905, outOfScopeDeclined: 1.0 } },
  { key: "own198", file: "qa-own-198.jsonl", label: "hundred-and-ninety-fifth blind batch (Sơn La Thái, Mông and Mường communes on the Lao border; separate writer; unread at e887ca2: 0.833, 0.0 %, 88.3 %, 12/12)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.883, outOfScopeDeclined: 1.0 } },
  { key: "own194", file: "qa-own-194.jsonl", label: "hundred-and-ninety-first blind batch (Gia Lai; separate writer; held out unread through the fifteenth session: at 014a473 0.933, 0.0 %, 98.3 %, 11/12; at 28051a0 0.950, 0.0 %, 100 %, 11/12)", blindTop1: 0.933,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.983, outOfScopeDeclined: 0.917 } },
  { key: "own195", file: "qa-own-195.jsonl", label: "hundred-and-ninety-second blind batch (records drawn at random, seed 8686; separate writer; held out unread through the fifteenth session: at 014a473 0.762, 0.0 %, 92.1 %, 12/12; at 28051a0 0.794, 0.0 %, 92.1 %, 12/12)", blindTop1: 0.762,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.921, outOfScopeDeclined: 1.0 } },
  { key: "own199", file: "qa-own-199.jsonl", label: "hundred-and-ninety-sixth blind batch (Quảng Ninh, border and islands; separate writer; unread at 4fcfcd7: 0.833, 3.3 %, 91.7 %, 11/12)", blindTop1: 0.833,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.917, outOfScopeDeclined: 0.917 } },
  { key: "own200", file: "qa-own-200.jsonl", label: "hundred-and-ninety-seventh blind batch (Hà Tĩnh; separate writer; unread at 76ee9b7: 0.917, 3.3 %, 91.7 %, 12/12)", blindTop1: 0.917,
    blind: { confidentlyWrong: 0.033, rightOrOffered: 0.917, outOfScopeDeclined: 1.0 } },
  { key: "own201", file: "qa-own-201.jsonl", label: "hundred-and-ninety-eighth blind batch (records drawn at random, seed 8989; separate writer; unread at 9887860: 0.825, 0.0 %, 90.5 %, 12/12)", blindTop1: 0.825,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.905, outOfScopeDeclined: 1.0 } },
  { key: "own202", file: "qa-own-202.jsonl", label: "hundred-and-ninety-ninth blind batch (records drawn at random, seed 9090; separate writer; unread at 4fcfcd7: 0.714, 0.0 %, 90.5 %, 11/12)", blindTop1: 0.714,
    blind: { confidentlyWrong: 0.0, rightOrOffered: 0.905, outOfScopeDeclined: 0.917 } },
];

function jsonLines(file: string): unknown[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
}

function loadRecords(file: string): ProcedureRecord[] {
  return jsonLines(file).map((raw) => fromPortalRecord(raw));
}

function loadQuestions(file: string): QaQuestion[] {
  return jsonLines(file).flatMap((raw) => {
    const q = raw as { id?: string; question: string; expected?: string[]; matched_ma_thu_tuc?: string[]; style?: string[] };
    const expected = q.expected ?? q.matched_ma_thu_tuc ?? [];
    // the FAQ set has no out-of-scope questions: an empty match means "not joined to a record", skip it
    if (q.expected === undefined && expected.length === 0) return [];
    return [{ id: q.id, question: q.question, expected, style: q.style ?? [] }];
  });
}

/**
 * Runs motcua over a question set. Warm-up (JIT) uses other questions than the measured ones, so the measured
 * latency is that of a running service meeting new questions.
 */
function runMotcua(records: ProcedureRecord[], questions: QaQuestion[], warmUp: QaQuestion[]): QaReport {
  const t0 = performance.now();
  const qa = new ProcedureQA(records, { preferLevel: "xa" });
  const buildMs = performance.now() - t0;
  for (const q of warmUp) qa.ask(q.question);
  const results = questions.map((question) => {
    const start = performance.now();
    const answer = qa.ask(question.question);
    const latencyMs = performance.now() - start;
    const choiceCount = answer.choices?.length ?? 0;
    return { question, prediction: { outcome: answer.outcome, codes: answer.candidates.map((c) => c.code), choiceCount, latencyMs } };
  });
  return scoreQa(results, buildMs);
}

/** Baseline: MiniSearch with default options over name + all text; it always asserts its top hit. */
function runBaseline(records: ProcedureRecord[], questions: QaQuestion[]): QaReport {
  const t0 = performance.now();
  const mini = new MiniSearch<{ id: string; name: string; text: string }>({ fields: ["name", "text"], storeFields: [] });
  mini.addAll(records.map((r) => ({
    id: r.code,
    name: r.name,
    text: [r.linhVuc ?? "", r.result ?? "", ...r.documents, ...r.steps].join(" "),
  })));
  const buildMs = performance.now() - t0;
  const results = questions.map((question) => {
    const start = performance.now();
    const hits = mini.search(question.question).slice(0, 10);
    const latencyMs = performance.now() - start;
    const codes = hits.map((h) => String(h.id));
    return { question, prediction: { outcome: codes.length ? ("answer" as const) : ("none" as const), codes, choiceCount: 0, latencyMs } };
  });
  return scoreQa(results, buildMs);
}

/**
 * Out-of-scope and short in-scope questions over one base: declined (outcome ≠ answer) and "none" rates of the
 * out-of-scope set; top-1 and "right" (answered with an expected code, or clarified offering one) of qa-own-3.
 */
interface DemoSetsReport {
  oosN: number;
  oosDeclined: number;
  oosNone: number;
  own3N: number;
  own3Top1: number;
  own3Right: number;
}

function scoreDemoSets(records: ProcedureRecord[], oos: QaQuestion[], own3: QaQuestion[]): DemoSetsReport {
  const qa = new ProcedureQA(records, { preferLevel: "xa" });
  const asked = oos.map((q) => qa.ask(q.question).outcome);
  let top1 = 0;
  let right = 0;
  for (const q of own3) {
    const r = qa.ask(q.question);
    const codes = r.candidates.map((c) => c.code);
    if (q.expected.includes(codes[0] ?? "")) top1++;
    const offered = r.outcome === "answer" ? codes.slice(0, 1) : r.outcome === "clarify" ? codes.slice(0, r.choices?.length ?? 0) : [];
    if (offered.some((c) => q.expected.includes(c))) right++;
  }
  const share = (n: number, of: number): number => Math.round((n / Math.max(1, of)) * 1000) / 1000;
  return {
    oosN: oos.length,
    oosDeclined: share(asked.filter((o) => o !== "answer").length, oos.length),
    oosNone: share(asked.filter((o) => o === "none").length, oos.length),
    own3N: own3.length,
    own3Top1: share(top1, own3.length),
    own3Right: share(right, own3.length),
  };
}

/**
 * Latency over the national base (2,642 records): every question of every set, asked in rounds, timed both on the
 * wall clock and in the process's CPU time. On a machine shared with other work the wall clock also counts the
 * time spent waiting for a core; the CPU time is what a question costs the service.
 */
function measureLatency(records: ProcedureRecord[], questions: QaQuestion[], rounds = 3): { n: number; wallMs: { p50: number; p99: number }; cpuMs: { p50: number; p99: number } } {
  const qa = new ProcedureQA(records, { preferLevel: "xa" });
  for (const q of questions) qa.ask(q.question);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      qa.ask(q.question);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const r = (v: number): number => Math.round(v * 1000) / 1000;
  return { n: wall.length, wallMs: { p50: r(percentile(wall, 50)), p99: r(percentile(wall, 99)) }, cpuMs: { p50: r(percentile(cpu, 50)), p99: r(percentile(cpu, 99)) } };
}

function compare(label: string, ours: QaReport, base: QaReport): void {
  const pct = (v: number): string => `${(v * 100).toFixed(1)}`.padStart(6);
  console.log(`\n== ${label}`);
  console.log(`metric              motcua  baseline`);
  console.log(`top-1             ${pct(ours.top1)}  ${pct(base.top1)}`);
  console.log(`top-3             ${pct(ours.top3)}  ${pct(base.top3)}`);
  console.log(`MRR               ${pct(ours.mrr)}  ${pct(base.mrr)}`);
  console.log(`confidently wrong ${pct(ours.rates.confidentlyWrong)}  ${pct(base.rates.confidentlyWrong)}`);
  console.log(`right or offered  ${pct(ours.rates.rightOrOffered)}  ${pct(base.rates.rightOrOffered)}`);
  console.log(`oos declined      ${pct(ours.rates.outOfScopeDeclined)}  ${pct(base.rates.outOfScopeDeclined)}   n=${ours.outOfScope.n}`);
  console.log(`outcomes          ${JSON.stringify({ outcomes: ours.outcomes, outOfScope: ours.outOfScope })}`);
  console.log(`p50 / p99 ms      ${ours.latencyMs.p50} / ${ours.latencyMs.p99}   ${base.latencyMs.p50} / ${base.latencyMs.p99}`);
  console.log(`index build ms    ${ours.indexBuildMs}   ${base.indexBuildMs}`);
  for (const [tag, s] of Object.entries(ours.byStyle)) {
    const b = base.byStyle[tag]?.top1 ?? 0;
    console.log(`  ${tag.padEnd(16)} n=${String(s.n).padStart(3)} ${pct(s.top1)}  ${pct(b)}  ${s.top1 > b ? "above" : "NOT above"}`);
  }
}

/**
 * `--set <file>` (repeatable): only those question sets over procedures_cap_xa.jsonl, motcua beside the baseline,
 * then one JSON line `{ "<file name>": { n, top1, top3, mrr, outcomes, outOfScope, rates } }`. Used to score a new
 * blind batch once, before reading it.
 */
function scoreSets(files: readonly string[]): void {
  const capXa = loadRecords(path.join(data, "procedures/procedures_cap_xa.jsonl"));
  const warmUp = loadQuestions(ownSet);
  const out: Record<string, unknown> = {};
  for (const file of files) {
    const questions = loadQuestions(file);
    const ours = runMotcua(capXa, questions, warmUp);
    compare(`${path.basename(file)} over procedures_cap_xa.jsonl`, ours, runBaseline(capXa, questions));
    out[path.basename(file)] = { n: ours.n, top1: ours.top1, top3: ours.top3, mrr: ours.mrr, outcomes: ours.outcomes, outOfScope: ours.outOfScope, rates: ours.rates };
  }
  console.log(JSON.stringify(out));
}

function main(): void {
  const sets = process.argv.flatMap((arg, i) => (arg === "--set" && process.argv[i + 1] ? [path.resolve(process.argv[i + 1]!)] : []));
  if (sets.length > 0) {
    scoreSets(sets);
    return;
  }
  const missing = Object.values(files).filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.log(`bench/qa: skipped, data not found: ${missing.join(", ")}`);
    return;
  }
  const capXa = loadRecords(files.capXa);
  const all = loadRecords(files.all);
  const qaDev = loadQuestions(files.qaDev);
  const faq = loadQuestions(files.faq);

  const own = loadQuestions(ownSet);
  const devOurs = runMotcua(capXa, qaDev, own);
  const devBase = runBaseline(capXa, qaDev);
  compare(`qa_dev.jsonl over procedures_cap_xa.jsonl (${capXa.length} records)`, devOurs, devBase);
  const fullOurs = runMotcua(all, qaDev, own);
  compare(`qa_dev.jsonl over procedures.jsonl (${all.length} records, latency/build target)`, fullOurs, runBaseline(all, qaDev));
  const faqOurs = runMotcua(all, faq, own);
  const faqBase = runBaseline(all, faq);
  compare(`faq_official_dev.jsonl over procedures.jsonl (${all.length} records)`, faqOurs, faqBase);
  const ownOurs = runMotcua(capXa, own, qaDev);
  const ownBase = runBaseline(capXa, own);
  compare(`qa-own.jsonl (project's held-out set) over procedures_cap_xa.jsonl`, ownOurs, ownBase);
  const blind: Record<string, unknown> = {};
  for (const batch of BLIND_BATCHES) {
    const questions = loadQuestions(path.join(repo, "tests/fixtures", batch.file));
    const ours = runMotcua(capXa, questions, qaDev);
    const base = runBaseline(capXa, questions);
    compare(`${batch.file} (${batch.label}) over procedures_cap_xa.jsonl`, ours, base);
    blind[batch.key] = {
      n: ours.n, top1: ours.top1, top3: ours.top3, mrr: ours.mrr, outcomes: ours.outcomes, outOfScope: ours.outOfScope,
      rates: ours.rates, byStyle: ours.byStyle, blindTop1: batch.blindTop1, ...(batch.blind ? { blind: batch.blind } : {}),
    };
    blind[`${batch.key}Baseline`] = { top1: base.top1, top3: base.top3 };
  }

  const allQuestions = [...qaDev, ...own, ...BLIND_BATCHES.flatMap((b) => loadQuestions(path.join(repo, "tests/fixtures", b.file)))];
  const latency = measureLatency(all, allQuestions);
  console.log(`\n== latency over procedures.jsonl (${all.length} records): ${latency.n} questions asked`);
  console.log(`wall p50 / p99 ms  ${latency.wallMs.p50} / ${latency.wallMs.p99}   cpu p50 / p99 ms  ${latency.cpuMs.p50} / ${latency.cpuMs.p99}`);

  const oosSet = loadQuestions(outOfScopeSet);
  const own3 = loadQuestions(ownSet3);
  const demo = JSON.parse(readFileSync(demoKb, "utf8")) as ProcedureRecord[];
  const demoSets = { demo: scoreDemoSets(demo, oosSet, own3), ward: scoreDemoSets(capXa, oosSet, own3), before: BEFORE_GATE };
  console.log(`\n== out-of-scope.jsonl and qa-own-3.jsonl over the demo base (${demo.length}) and procedures_cap_xa.jsonl`);
  console.log(JSON.stringify(demoSets));

  const diacritics = devOurs.byStyle["diacritics"]?.top1 ?? 0;
  const noDiacritics = devOurs.byStyle["no_diacritics"]?.top1 ?? 0;
  const stylesAbove = Object.entries(devOurs.byStyle).every(([tag, s]) => s.top1 > (devBase.byStyle[tag]?.top1 ?? 0));
  console.log(JSON.stringify({
    qaDev: devOurs,
    qaDevBaseline: devBase,
    qaDevFullKb: { latencyMs: fullOurs.latencyMs, indexBuildMs: fullOurs.indexBuildMs, top1: fullOurs.top1 },
    latencyFullKb: latency,
    faq: faqOurs,
    faqBaseline: faqBase,
    own: { n: ownOurs.n, top1: ownOurs.top1, top3: ownOurs.top3, mrr: ownOurs.mrr, outcomes: ownOurs.outcomes, outOfScope: ownOurs.outOfScope, rates: ownOurs.rates },
    ownBaseline: { top1: ownBase.top1, top3: ownBase.top3 },
    ...blind,
    demoSets,
    checks: {
      top1: devOurs.top1 >= 0.9,
      top3: devOurs.top3 >= 0.97,
      diacriticsGap: Math.round((diacritics - noDiacritics) * 1000) / 1000,
      declined: devOurs.rates.outOfScopeDeclined >= 0.95,
      confidentlyWrong: devOurs.rates.confidentlyWrong <= 0.02,
      rightOrOffered: devOurs.rates.rightOrOffered >= 0.95,
      aboveBaselineEveryStyle: stylesAbove,
      p99Full: latency.wallMs.p99 <= 5,
      p99FullCpu: latency.cpuMs.p99 <= 5,
      buildFull: fullOurs.indexBuildMs <= 3000,
      oosDeclined: demoSets.demo.oosDeclined >= 0.95 && demoSets.ward.oosDeclined >= 0.95,
      oosNone: demoSets.demo.oosNone >= 0.85 && demoSets.ward.oosNone >= 0.85,
    },
  }));
}

main();
