/**
 * The request part of a long message. A citizen who tells a story ("Em chào anh chị, bố em năm nay 80 tuổi, nhà
 * ở quê…, giờ em muốn làm … thì cần gì ạ") puts what they ask in one clause and the backstory in the others; the
 * backstory's words are weaker evidence of the procedure meant. Clauses are split on punctuation and on the
 * connectives that open a request ("giờ", "nên", "thì", …); a clause holding a request marker is the request.
 * Short messages and messages without a clear request are left alone.
 */
import { foldText } from "./normalize.js";

/** Phrases that make a clause a request (folded, whole syllables). */
export const REQUEST_MARKERS: readonly string[] = [
  "can gi", "can nhung gi", "can giay", "can mang", "lam gi", "lam sao", "the nao", "ra sao", "o dau", "bao nhieu",
  "bao lau", "may ngay", "thu tuc", "duoc khong", "duoc ko", "co phai", "phai lam", "giay to gi", "ho so gom", "nop gi",
  "muon lam", "muon xin", "muon dang ky", "xin hoi", "cho hoi", "hoi thu tuc", "di dau", "lam the nao", "nhu nao",
  "mang gi", "nop nhung gi", "dang ky gi", "lam giay", "xin giay", "co can", "phi", "le phi", "mat bao lau",
  // a wish for an act is a request too ("giấy chứng nhận căn cước bị rách nát muốn đổi cái mới")
  "muon doi", "muon cap", "muon sua", "muon bo sung", "muon chuyen", "muon tach", "muon xoa", "muon huy", "muon gia han",
  "muon thay doi", "muon dieu chinh", "muon khai", "muon nop", "muon dang ki",
  // the Centre's words for how, where and what ("làm răng", "ở mô", "giấy chi")
  "lam rang", "the mo", "o mo", "di mo", "can chi", "giay chi", "mang chi", "nop chi",
  "gom nhung gi", "gom gi", "gom nhung giay",
  // what one is told one must do ("nghe nói giờ phải xin công nhận khu vực biển")
  "phai xin",
];

/** Connectives that start a new clause in an unpunctuated message (folded). */
const CLAUSE_OPENERS = new Set(["gio", "nen", "vay", "bay gio", "cho nen"]);

/** A clause is long enough to split a message only from this many syllables on. */
const MIN_MESSAGE_SYLLABLES = 16;

/**
 * Splits a message into clauses on sentence punctuation and commas.
 *
 * @param text - the message.
 * @returns the non-empty clauses, in order.
 */
export function splitClauses(text: string): string[] {
  return text.split(/[.,;:!?\n…]+/u).map((c) => c.trim()).filter(Boolean);
}

/** The request markers padded for whole-syllable search (computed once). */
const PADDED_MARKERS = REQUEST_MARKERS.map((m) => ` ${m} `);

/**
 * Which clauses are narrative (not the request).
 *
 * @param clauses - the clauses, as typed.
 * @returns one flag per clause; all false for a short message or one without exactly located requests.
 */
export function narrativeFlags(clauses: readonly string[]): boolean[] {
  const words = clauses.map((c) => foldText(c).split(" ").filter(Boolean));
  const none = clauses.map(() => false);
  const total = words.reduce((n, w) => n + w.length, 0);
  if (clauses.length < 2 || total < MIN_MESSAGE_SYLLABLES) return none;
  const request = words.map((w) => {
    const padded = ` ${w.join(" ")} `;
    return PADDED_MARKERS.some((m) => padded.includes(m)) || CLAUSE_OPENERS.has(w[0] ?? "");
  });
  if (!request.some(Boolean) || request.every(Boolean)) return none;
  // a request pointing back at a paper ("em xin giấy đó ở đâu") asks for the one the story named: the nearest
  // earlier clause naming a paper or a procedure is part of the request
  words.forEach((w, i) => {
    if (!request[i] || !POINTS_BACK.some((p) => ` ${w.join(" ")} `.includes(p))) return;
    for (let j = i - 1; j >= 0; j--) {
      if (request[j]) break;
      if (NAMES_PAPER.some((p) => ` ${(words[j] ?? []).join(" ")} `.includes(p))) {
        request[j] = true;
        break;
      }
    }
  });
  return request.map((r) => !r);
}

/** Phrases of a request pointing back at a paper or procedure named before (folded, padded). */
const POINTS_BACK = ["giay do", "giay nay", "giay ay", "giay kia", "thu tuc do", "thu tuc nay", "loai giay do", "giay to do"]
  .map((p) => ` ${p} `);
/** Words that name a paper or a procedure in a clause (folded, padded). */
const NAMES_PAPER = ["giay", "thu tuc", "xac nhan", "chung nhan", "to khai", "dang ky"].map((p) => ` ${p} `);
