/**
 * A record's own words made readable, without changing what they say: a time limit the portal gives as a bare
 * number, a fee whose conditions the crawl ran together into one paragraph, and the main documents of a long list.
 * Everything returned is quoted from the record; nothing is computed into a figure the record does not state.
 */
import { MSG } from "./messages.vi.js";

/** The crawl's marker for a time limit the portal gives without a unit ("5 (không ghi đơn vị)"), or a bare number. */
const BARE_TIME = /^(\d+(?:[.,]\d+)?)\s*(?:\(không ghi đơn vị\))?$/u;

/**
 * A time limit as the portal has it; a bare number is quoted with a plain phrase that the portal gives no unit.
 *
 * @param timeLimit - the channel's time limit from the record.
 * @returns the text to show.
 */
export function readableTimeLimit(timeLimit: string): string {
  const bare = BARE_TIME.exec(timeLimit.trim());
  return bare ? MSG.bareTimeLimit(bare[1] ?? "") : timeLimit.replace(/\s+/gu, " ").trim();
}

/** A fee split into the amount the portal states and the record's own conditions, one short line each. */
export interface ReadableFee {
  amount: string;
  conditions: string[];
}

const CONDITION_CHARS = 160;

/**
 * Text on one line, cut with "…" at `max` characters.
 *
 * @param text - the record's text.
 * @param max - the longest line.
 * @returns the line.
 */
export function oneLine(text: string, max: number): string {
  return cut(text.replace(/\s+/gu, " ").trim(), max);
}

/** A cut falls back to the last space when that keeps at least this share of the line. */
const WORD_CUT_SHARE = 0.6;

/** Text cut with "…" at `max` characters, at the end of a word when one ends late enough, never inside a word. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = /\s/u.test(text.charAt(max - 1)) ? head.length : head.lastIndexOf(" ");
  const kept = space >= max * WORD_CUT_SHARE ? head.slice(0, space) : head;
  return `${kept.replace(/[\s,;:–-]+$/u, "")}${MSG.truncated}`;
}

/**
 * Splits a fee cell: "70,000 Việt Nam Đồng(- Cấp lại …: 70.000 đồng/thẻ. Kể từ … - Kể từ …)" gives the amount first
 * and the note's items (cut at the crawl's " - " cell joins and at sentence ends) as conditions; a note that is
 * only a unit ("(/trường hợp)") stays with the amount.
 *
 * @param fee - the channel's fee from the record.
 * @param conditionChars - the longest condition line; longer ones are cut with "…".
 * @returns the amount and the conditions, in the record's words.
 */
export function readableFee(fee: string, conditionChars = CONDITION_CHARS): ReadableFee {
  const flat = fee.replace(/\s+/gu, " ").trim();
  const open = flat.indexOf("(");
  if (open <= 0) return { amount: flat, conditions: [] };
  const amount = flat.slice(0, open).trim();
  const note = flat.slice(open + 1).replace(/\)\s*$/u, "").trim();
  if (/^\/[^().;:]{1,40}$/u.test(note)) return { amount: `${amount}${note}`, conditions: [] };
  const conditions = note
    .split(/(?:^|\s)[-–+]\s+|(?<=[.;])\s+(?=\p{Lu})/u)
    .map((part) => part.replace(/^[-–+:;,.\s]+|[\s;,]+$/gu, "").trim())
    .filter((part) => part.length > 1)
    .map((part) => cut(part, conditionChars));
  return { amount, conditions };
}

/** A fee note that says nothing: "(Không)", "(Không quy định.)", "(Chưa quy định)". */
const EMPTY_NOTE = /^(không|không quy định|chưa quy định|không có|không thu)\.?$/iu;

/**
 * The fee note the portal puts first in a channel's description ("(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh …
 * quyết định.)- Nộp hồ sơ …"): the text inside that leading bracket, or null when there is none or it says nothing.
 *
 * @param description - the channel's description from the record.
 * @returns the note in the record's words.
 */
export function feeNoteOf(description: string | null): string | null {
  const text = description?.trim() ?? "";
  if (!text.startsWith("(")) return null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) {
      const note = text.slice(1, i).replace(/\s+/gu, " ").replace(/^[(\s]+|[)\s]+$/gu, "").trim();
      return note && !EMPTY_NOTE.test(note) ? note : null;
    }
  }
  return null;
}

/** A fee note that is only a unit ("2,000 Việt Nam Đồng(/trang)"). */
const UNIT_NOTE = /\((\/[^().;:]{1,40})\)\s*$/u;
/** An amount of money as the records write it ("2.000 đồng/trang", "10 USD", "20.000 vnđ"). */
const MONEY = /\d[\d.,]*\s*(?:đồng|đ\/|vnđ|vnd|usd)/iu;

/**
 * The sentences of a channel's description that state an amount ("Tại Ủy ban nhân dân cấp xã …: 2.000 đồng/trang;
 * từ trang thứ 3 trở lên thu 1.000 đồng/trang …"), where the record keeps a fee rule outside the fee cell; null
 * when none does.
 *
 * @param description - the channel's description from the record.
 * @returns those sentences in the record's words.
 */
export function feeSentencesOf(description: string | null): string | null {
  const sentences = (description ?? "").replace(/\s+/gu, " ").split(/(?<=\.)\s+(?=\p{Lu})/u);
  const stated = sentences.filter((s) => MONEY.test(s)).map((s) => s.replace(/[\s;,]+$/u, "").trim());
  return stated.length ? stated.join(" ") : null;
}

/**
 * A channel's fee with the fee note of its description as one more condition, so that "Miễn phí" is never shown
 * without the record's "(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh … quyết định)". Null when the record gives
 * neither.
 *
 * @param channel - the fee and description of a channel.
 * @returns a fee text {@link readableFee} splits into the amount and its conditions.
 */
export function channelFee(channel: { fee: string | null; description: string | null }): string | null {
  const fee = channel.fee?.replace(/\s+/gu, " ").trim() || null;
  const note = feeNoteOf(channel.description) ?? feeSentencesOf(channel.description);
  if (!note || !fee) return fee;
  if (fee.includes(note.slice(0, 40))) return fee;
  const unit = UNIT_NOTE.exec(fee);
  if (unit) return `${fee.slice(0, unit.index).trimEnd()}${unit[1] ?? ""} (${note})`;
  const open = fee.indexOf("(");
  return open > 0 ? `${fee.replace(/\)\s*$/u, "")} - ${note})` : `${fee} (${note})`;
}

/** Lines of a document list that head a group rather than name a paper ("* Giấy tờ phải nộp:"). */
const HEADING = /^[*\s]*[^.]{0,300}:\s*$/u;
/** Lines that explain the form or a case rather than name a paper. */
const NOT_A_PAPER = /^[-+•*\s]*(trường hợp|đối với|nếu|lưu ý|ghi chú|phiếu này là|người yêu cầu .* phải xuất trình)/iu;

/**
 * The papers of a document list, headings left out, each item as the record words it.
 *
 * @param documents - the record's document list.
 * @returns the items that name a paper, then the rest.
 */
export function papersOf(documents: readonly string[]): { papers: string[]; others: string[] } {
  const items = documents.map((d) => d.replace(/\s+/gu, " ").trim()).filter((d) => d && !HEADING.test(d));
  const papers = items.filter((d) => !NOT_A_PAPER.test(d));
  return { papers, others: items.filter((d) => NOT_A_PAPER.test(d)) };
}

/** The longest paper name of the overview. */
const PAPER_CHARS = 110;
/** A bracket that says when the paper is needed ("(nếu có)", "(chỉ khi trẻ bị bỏ rơi)", "(đối với …)"). */
const CONDITION_BRACKET = /^\((?:nếu|đối với|trường hợp|trong trường hợp|trừ trường hợp|chỉ|khi|áp dụng)(?=[\s),])/iu;

/**
 * The name of a paper: the item up to its first bracket or sentence end ("Phiếu đề nghị … (Mẫu DC02 …)" gives
 * "Phiếu đề nghị …"), without list marks; a first bracket that says when the paper is needed is kept with it.
 *
 * @param item - one document item.
 * @returns its leading words.
 */
export function paperName(item: string): string {
  const bare = item.replace(/^[-+•*\s]+/u, "");
  const end = bare.search(/\s\(|\.\s|;|\.$/u);
  if (end <= 3) return cut(bare.trim(), PAPER_CHARS);
  const close = CONDITION_BRACKET.test(bare.slice(end + 1)) ? bare.indexOf(")", end) : -1;
  return cut(bare.slice(0, close > 0 ? close + 1 : end).trim(), PAPER_CHARS);
}
