/**
 * A paper the citizen asks whether to bring is not the procedure they want: "đăng ký kết hôn cần chuẩn bị gì, có
 * cần giấy xác nhận độc thân không" is about marriage registration, and the certificate it names is a procedure of
 * its own only by chance. The clause that asks about a paper ("có cần giấy … không", "phải mang theo bản sao …
 * không", "có giấy … rồi") is found on the words as typed, with or without marks, so that the rest of the question
 * can be searched on its own.
 */
import { foldDiacritics } from "./normalize.js";

/** How far a paper's name may run before its closing particle. */
const CLAUSE_WORDS = 12;

const bare = (token: string): string => foldDiacritics(token.toLowerCase()).replace(/[^a-z0-9]/gu, "");

/** A set's words with their marks (a word typed with marks must be one of these: "căn cước" holds no "cần"). */
interface Words {
  readonly marked: ReadonlySet<string>;
  readonly folded: ReadonlySet<string>;
}
const words = (...marked: string[]): Words => ({ marked: new Set(marked), folded: new Set(marked.map(bare)) });

/** Words that ask for a paper to be brought or had. */
const NEEDS = words("cần", "phải", "mang", "nộp", "kèm", "xuất");
/** Words that start the name of a paper. */
const PAPER = words("giấy", "bản", "tờ", "đơn", "sổ", "thẻ", "ảnh", "hình", "bằng", "hộp", "văn", "phiếu", "chứng", "căn",
  "cccd", "cmnd", "cmt", "gks");
/** Words that may stand between the need and the paper ("cần có giấy", "phải mang theo bản sao"); another verb there
 * makes the paper what is done, not what is brought ("có phải báo số tài khoản ngân hàng … không"). */
const BETWEEN = words("có", "mang", "theo", "thêm", "kèm", "cả", "nộp", "các", "những", "một", "1", "hai", "2", "đủ", "xin", "làm", "lại",
  "chuẩn", "bị", "đem", "cầm", "đưa", "photo", "gửi", "sao", "trình", "xuất");
/** The word for attaching a paper to a dossier. */
const ATTACH = words("kèm");
/** Question particles that close the clause ("… không", "… chưa"). */
const CLOSES = words("không", "ko", "k", "hông", "hok", "hem", "kg", "khg", "chưa");

/** Whether a token is one of a set's words: folded when typed without marks, with its marks when typed with them. */
function isWord(token: string, set: Words): boolean {
  const letters = token.toLowerCase().normalize("NFC").replace(/[^\p{L}\p{N}]/gu, "");
  const plain = bare(token);
  return letters === plain ? set.folded.has(plain) : set.marked.has(letters);
}

/**
 * The question without its clause asking about a paper to bring, or null when it has none.
 *
 * @param question - the question as typed.
 * @returns the other words, as typed.
 */
export function withoutPaperAsked(question: string): string | null {
  const tokens = question.split(/\s+/u).filter(Boolean);
  const plain = tokens.map(bare);
  const needs = (k: number): boolean => isWord(tokens[k] ?? "", NEEDS);
  const paperAt = (k: number): boolean => isWord(tokens[k] ?? "", PAPER);
  const closes = (k: number): boolean => isWord(tokens[k] ?? "", CLOSES);
  for (let i = 0; i < plain.length; i++) {
    if (!needs(i)) continue;
    // "cần giấy", "cần có giấy", "phải mang theo bản sao", "nộp kèm giấy"
    let paper = i + 1;
    while (paper < Math.min(plain.length, i + 4) && !paperAt(paper) && isWord(tokens[paper] ?? "", BETWEEN)) paper++;
    // whatever is attached ("kèm") is a paper: "có phải kèm thông báo số tài khoản ngân hàng không"
    const attached = isWord(tokens[i] ?? "", ATTACH) || isWord(tokens[i + 1] ?? "", ATTACH);
    if (!paperAt(paper) && !attached) continue;
    let end = paper + 1;
    while (end < Math.min(plain.length, paper + CLAUSE_WORDS) && !closes(end)) end++;
    if (!closes(end)) continue;
    const start = plain[i - 1] === "co" ? i - 1 : i;
    const rest = [...tokens.slice(0, start), ...tokens.slice(end + 1)].join(" ").trim();
    return rest || null;
  }
  return null;
}
