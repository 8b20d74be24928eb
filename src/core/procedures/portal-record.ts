/**
 * Conversion of one record of the national public service portal's export (dichvucong.gov.vn, as crawled into
 * JSON Lines) into the project's {@link ProcedureRecord}. Values are kept verbatim; only the crawler's page noise
 * is cut and "no information" placeholders become `null` / `[]`. Nothing is ever invented.
 */
import type { ProcedureLevel, ProcedureRecord, SubmissionChannel, SubmissionChannelKind } from "./types.js";

/** Placeholders the portal prints when a field is empty (compared case-insensitively, trailing dot ignored). */
const EMPTY_MARKERS = new Set([
  "", "không có thông tin", "không có", "(không có)", "(không quy định)", "(chưa quy định)", "--", "-", "null", "undefined",
]);

const LEVELS: Record<string, ProcedureLevel> = {
  "cấp xã": "xa",
  "cấp tỉnh": "tinh",
  "cấp bộ": "trung_uong",
  "cấp trung ương": "trung_uong",
};

const CHANNELS: Record<string, SubmissionChannelKind> = {
  "trực tuyến": "online",
  "trực tiếp": "counter",
  "dịch vụ bưu chính": "post",
  "bưu chính": "post",
};

/** Header row of the flattened "thành phần hồ sơ" table. */
const DOCUMENT_TABLE_HEADER = /Tên giấy tờ\s*Mẫu đơn, tờ khai\s*Số lượng/gu;
/** Quantity cell ending each document row, e.g. "1 bản chính", "0 bản chính,1 bản sao". */
const QUANTITY = /(\d+\s*bản\s*(?:chính|sao)(?:\s*,\s*\d+\s*bản\s*(?:chính|sao))*)/u;
/** A template file name glued before the quantity cell, e.g. "...(NA20).Mau NA20-BCA.docx". */
const TEMPLATE_FILE_EXT = /\.(?:docx?|pdf|xlsx?|rar|zip|odt)$/iu;

/** Thrown when a portal record lacks a required field or a field has the wrong type. */
export class PortalRecordError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "PortalRecordError";
  }
}

type Raw = Record<string, unknown>;

function isEmptyText(value: string): boolean {
  return EMPTY_MARKERS.has(value.trim().toLowerCase().replace(/\.(?=\)?$)/u, ""));
}

/** Collapses runs of spaces/tabs (not newlines) and trims; NFC. */
function clean(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[ \t\u00a0]+/gu, " ")
    .replace(/ *\n+ */gu, "\n")
    .trim();
}

function optionalText(raw: Raw, field: string): string | null {
  const value = raw[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new PortalRecordError(field, `field "${field}" must be a string`);
  const text = clean(value);
  return isEmptyText(text) ? null : text;
}

function requiredText(raw: Raw, field: string): string {
  const text = optionalText(raw, field);
  if (text === null) throw new PortalRecordError(field, `missing required field "${field}"`);
  return text;
}

function stringList(raw: Raw, field: string): string[] {
  const value = raw[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PortalRecordError(field, `field "${field}" must be a list`);
  return value.map((item, i) => {
    if (typeof item !== "string") throw new PortalRecordError(field, `field "${field}[${i}]" must be a string`);
    return clean(item);
  }).filter((item) => !isEmptyText(item));
}

function parseLevels(raw: Raw): ProcedureLevel[] {
  const levels: ProcedureLevel[] = [];
  for (const label of stringList(raw, "cap_thuc_hien")) {
    const level = LEVELS[label.toLowerCase()];
    if (level && !levels.includes(level)) levels.push(level);
  }
  return levels;
}

function parseChannels(raw: Raw): SubmissionChannel[] {
  const value = raw["cach_thuc_parsed"];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PortalRecordError("cach_thuc_parsed", `field "cach_thuc_parsed" must be a list`);
  const channels: SubmissionChannel[] = [];
  value.forEach((item: unknown, i) => {
    const field = `cach_thuc_parsed[${i}]`;
    if (typeof item !== "object" || item === null) throw new PortalRecordError(field, `field "${field}" must be an object`);
    const entry = item as Raw;
    const form = optionalText(entry, "hinh_thuc");
    const kind = form ? CHANNELS[form.toLowerCase()] : undefined;
    if (!kind) throw new PortalRecordError(`${field}.hinh_thuc`, `field "${field}.hinh_thuc" is not a known channel: ${JSON.stringify(form)}`);
    const { fee, description } = closeFeeNote(optionalText(entry, "phi_le_phi"), optionalText(entry, "mo_ta"));
    channels.push({ kind, timeLimit: optionalText(entry, "thoi_han"), fee, description });
  });
  return channels;
}

/** The longest piece of a description taken back into the fee note it was cut from. */
const FEE_NOTE_TAIL = 400;

/**
 * The crawl cuts a fee cell at the first ")" of a note that holds brackets itself ("5,000 Việt Nam Đồng(- Gia hạn
 * tạm trú (cá nhân, hộ gia đình)") and starts the description with the rest (": + Trường hợp … thu 7.000
 * đồng/lần đăng ký.)- Nộp hồ sơ …"). The rest goes back into the fee up to the bracket that closes the note, so
 * the amount is never shown without its conditions; the description keeps what follows.
 */
function closeFeeNote(fee: string | null, description: string | null): { fee: string | null; description: string | null } {
  if (!fee || !description) return { fee, description };
  let open = (fee.match(/\(/gu) ?? []).length - (fee.match(/\)/gu) ?? []).length;
  if (open <= 0) return { fee, description };
  let nested = 0;
  for (let i = 0; i < Math.min(description.length, FEE_NOTE_TAIL); i++) {
    const ch = description[i];
    if (ch === "(") nested++;
    else if (ch === ")" && nested > 0) nested--;
    else if (ch === ")" && --open === 0) {
      const rest = description.slice(i + 1).replace(/^[\s.;,-]+/u, "").trim();
      return { fee: `${fee}${description.slice(0, i + 1)}`.replace(/\s+/gu, " ").trim(), description: rest || null };
    }
  }
  return { fee, description };
}

/** Removes a template file name glued before a quantity cell ("...(NA20).Mau NA20-BCA.docx" → "...(NA20)."). */
function stripTemplateFile(text: string): string {
  if (!TEMPLATE_FILE_EXT.test(text)) return text;
  let start = -1;
  for (const m of text.matchAll(/[.);:]|(?<=\S)M(?:ẫ|a)u\b/gu)) {
    const at = m.index ?? -1;
    if (at >= text.length - 6) continue; // the extension's own dot
    start = m[0].length === 1 ? at + 1 : at;
  }
  if (start <= 0) return text;
  return text.slice(0, start).trim();
}

function formatQuantity(quantity: string): string {
  const parts = quantity.split(",").map((p) => p.trim()).filter((p) => !/^0\s*bản/u.test(p));
  return parts.join(", ");
}

/**
 * Splits the flattened "thành phần hồ sơ" table into one item per document (best effort). Each row ends with its
 * quantity cell; the item keeps the row text verbatim with the quantity in brackets.
 */
export function splitDocuments(rawTable: string | null): string[] {
  if (rawTable === null) return [];
  const items: string[] = [];
  for (const block of clean(rawTable).split(DOCUMENT_TABLE_HEADER)) {
    const pieces = block.split(QUANTITY);
    for (let i = 0; i < pieces.length; i += 2) {
      let text = (pieces[i] ?? "").replace(/^[-\s]+|[-\s]+$/gu, "");
      const quantity = formatQuantity(pieces[i + 1] ?? "");
      if (quantity) text = stripTemplateFile(text);
      if (isEmptyText(text)) continue;
      items.push(quantity ? `${text} (${quantity})` : text);
    }
  }
  return items;
}

/** Keeps the result names of "kết quả xử lý", cutting the page noise ("Mã: KQ...", "Từ khóa...", the agency picker). */
export function cleanResult(rawResult: string | null): string | null {
  if (rawResult === null) return null;
  const withoutTail = rawResult.split(/Từ khóa/u)[0] ?? "";
  const names = withoutTail
    .split(/Mã:\s*[A-Z]{1,3}[.-]?[A-Z]?\d+(?:[.-]\d+)*/u)
    .map((part) => clean(part).replace(/[.;,\s]+$/u, ""))
    .filter((part) => !isEmptyText(part));
  return names.length > 0 ? [...new Set(names)].join("; ") : null;
}

/**
 * The bodies that handle the procedure, or null when the crawl put a paragraph of the steps there instead ("chứng
 * thực tiến hành chụp … như sau:\n* Ghi đầy đủ …"): a list of names holds no bulleted lines and no long text.
 */
function agencyOf(text: string | null): string | null {
  if (!text) return null;
  return text.length > 400 || /\n\s*[*+•-]\s/u.test(text) ? null : text;
}

/**
 * Converts one portal record (one parsed JSONL line) into a {@link ProcedureRecord}.
 *
 * @param raw - the parsed JSON object as crawled (`ma_thu_tuc`, `ten_thu_tuc`, `cach_thuc_parsed`, ...).
 * @returns the record in the project's shape; empty portal placeholders become `null` / `[]`.
 * @throws PortalRecordError naming the field when a required field is missing or a field has the wrong type.
 */
export function fromPortalRecord(raw: unknown): ProcedureRecord {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new PortalRecordError("(record)", "a portal record must be a JSON object");
  }
  const r = raw as Raw;
  const code = requiredText(r, "ma_thu_tuc");
  if (/\s/u.test(code)) throw new PortalRecordError("ma_thu_tuc", `field "ma_thu_tuc" is not a valid code: ${JSON.stringify(code)}`);
  return {
    code,
    name: requiredText(r, "ten_thu_tuc").replace(/\s+/gu, " "),
    linhVuc: optionalText(r, "linh_vuc"),
    levels: parseLevels(r),
    agency: agencyOf(optionalText(r, "co_quan_thuc_hien")),
    submitAt: optionalText(r, "dia_chi_tiep_nhan"),
    subjects: optionalText(r, "doi_tuong_thuc_hien"),
    channels: parseChannels(r),
    documents: splitDocuments(optionalText(r, "thanh_phan_ho_so_raw")),
    steps: stringList(r, "trinh_tu_steps"),
    eligibility: optionalText(r, "yeu_cau_dieu_kien"),
    result: cleanResult(optionalText(r, "ket_qua_xu_ly_raw")),
    legalBasis: [...new Set(stringList(r, "can_cu_phap_ly_codes"))],
    sourceUrl: optionalText(r, "source_url"),
    keywords: [],
    active: true,
  };
}
