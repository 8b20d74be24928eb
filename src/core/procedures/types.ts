/**
 * The procedure record (thủ tục hành chính, TTHC) as motcua keeps it: the fields of Decree 63/2010 Art. 8 and of
 * the national database, in the project's own JSON shape. Importers turn the national portal's export (and CSV)
 * into this shape; search and answers read only this shape.
 *
 * Empty means "the record says nothing": `null` for text, `[]` for lists. Answers must then say
 * "chưa có thông tin", never invent a value.
 */

/** Administrative level that carries out a procedure. Since 1 July 2025 there is no district level. */
export type ProcedureLevel = "xa" | "tinh" | "trung_uong";

/** How a dossier can be submitted: online (trực tuyến), at the counter (trực tiếp) or by post (bưu chính). */
export type SubmissionChannelKind = "online" | "counter" | "post";

/** One submission channel with its own time limit and fee, quoted as the record words them. */
export interface SubmissionChannel {
  kind: SubmissionChannelKind;
  /** e.g. "3 ngày làm việc"; null when the record gives none. */
  timeLimit: string | null;
  /** e.g. "Miễn phí", "50.000 đồng/bản"; null when the record gives none. */
  fee: string | null;
  /** Free text the record attaches to this channel (conditions, notes). */
  description: string | null;
}

export interface ProcedureRecord {
  /** National code (mã thủ tục), e.g. "1.001193". Unique. */
  code: string;
  /** Official name (tên thủ tục). */
  name: string;
  /** Field (lĩnh vực), e.g. "Hộ tịch". */
  linhVuc: string | null;
  /** Levels that carry it out (cấp thực hiện). */
  levels: ProcedureLevel[];
  /** Implementing agency (cơ quan thực hiện). */
  agency: string | null;
  /** Where the dossier is received (địa chỉ tiếp nhận). */
  submitAt: string | null;
  /** Who may request it (đối tượng thực hiện). */
  subjects: string | null;
  channels: SubmissionChannel[];
  /** Required documents (thành phần hồ sơ), one item each. */
  documents: string[];
  /** Steps (trình tự thực hiện), one item each. */
  steps: string[];
  /** Eligibility and conditions (yêu cầu, điều kiện). */
  eligibility: string | null;
  /** Result of the procedure (kết quả), e.g. "Giấy khai sinh". */
  result: string | null;
  /** Legal basis as document numbers, e.g. "123/2015/NĐ-CP". */
  legalBasis: string[];
  /** Page of the procedure on the national portal (dichvucong.gov.vn). */
  sourceUrl: string | null;
  /** Extra search words the knowledge base editor attached to this record (not shown to citizens). */
  keywords: string[];
  active: boolean;
}

/** The aspect of a procedure a citizen asked about. "overview" when they asked about the procedure as a whole. */
export type ProcedureAspect =
  | "overview"
  | "documents"
  | "fee"
  | "time"
  | "where"
  | "online"
  | "steps"
  | "eligibility"
  | "result";
