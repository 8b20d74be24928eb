/**
 * A paper the citizen asks whether to bring is not the procedure they want: "đăng ký kết hôn cần chuẩn bị gì, có
 * cần giấy xác nhận độc thân không" is about marriage registration, and the certificate it names is a procedure of
 * its own only by chance. The clause that asks about a paper ("có cần giấy … không", "phải mang theo bản sao …
 * không", "có giấy … rồi") is found on the words as typed, with or without marks, so that the rest of the question
 * can be searched on its own.
 */
import { foldDiacritics } from "./normalize.js";

/** Words that ask for a paper to be brought or had. */
const NEEDS = new Set(["can", "phai", "mang", "nop", "kem", "xuat"]);
/** Words that start the name of a paper. */
const PAPER = new Set(["giay", "ban", "to", "don", "so", "the", "anh", "hinh", "bang", "hop", "van", "phieu", "chung"]);
/** Question particles that close the clause ("… không", "… chưa"). */
const CLOSES = new Set(["khong", "ko", "k", "hong", "hok", "hem", "kg", "khg", "chua"]);
/** How far a paper's name may run before its closing particle. */
const CLAUSE_WORDS = 12;

const bare = (token: string): string => foldDiacritics(token.toLowerCase()).replace(/[^a-z0-9]/gu, "");

/** The same words with their marks: a word typed with marks must be one of these ("căn cước" holds no "cần"). */
const NEEDS_MARKED = new Set(["cần", "phải", "mang", "nộp", "kèm", "xuất"]);
const PAPER_MARKED = new Set(["giấy", "bản", "tờ", "đơn", "sổ", "thẻ", "ảnh", "hình", "bằng", "hộp", "văn", "phiếu", "chứng"]);
const CLOSES_MARKED = new Set(["không", "ko", "k", "hông", "hok", "hem", "kg", "khg", "chưa"]);

/** Whether a token is one of a set's words: folded when typed without marks, with its marks when typed with them. */
function isWord(token: string, folded: ReadonlySet<string>, marked: ReadonlySet<string>): boolean {
  const letters = token.toLowerCase().normalize("NFC").replace(/[^\p{L}\p{N}]/gu, "");
  const plain = bare(token);
  return letters === plain ? folded.has(plain) : marked.has(letters);
}

/**
 * The question without its clause asking about a paper to bring, or null when it has none.
 *
 * @param question - the question as typed.
 * @returns the other words, as typed.
 */
export function withoutPaperAsked(question: string): string | null {
  const tokens = question.split(/\s+/u).filter(Boolean);
  const words = tokens.map(bare);
  const needs = (k: number): boolean => isWord(tokens[k] ?? "", NEEDS, NEEDS_MARKED);
  const paperAt = (k: number): boolean => isWord(tokens[k] ?? "", PAPER, PAPER_MARKED);
  const closes = (k: number): boolean => isWord(tokens[k] ?? "", CLOSES, CLOSES_MARKED);
  for (let i = 0; i < words.length; i++) {
    if (!needs(i)) continue;
    // "cần giấy", "cần có giấy", "phải mang theo bản sao", "nộp kèm giấy"
    let paper = i + 1;
    while (paper < Math.min(words.length, i + 4) && !paperAt(paper)) paper++;
    if (!paperAt(paper)) continue;
    let end = paper + 1;
    while (end < Math.min(words.length, paper + CLAUSE_WORDS) && !closes(end)) end++;
    if (!closes(end)) continue;
    const start = words[i - 1] === "co" ? i - 1 : i;
    const rest = [...tokens.slice(0, start), ...tokens.slice(end + 1)].join(" ").trim();
    return rest || null;
  }
  return null;
}
