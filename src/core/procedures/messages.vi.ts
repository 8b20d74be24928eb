/**
 * Every Vietnamese sentence the procedure answers show to citizens, in one place, so wording can be reviewed
 * and changed without touching the logic. Short sentences: many readers are elderly.
 */
import type { ProcedureAspect, SubmissionChannelKind } from "./types.js";

export const MSG = {
  noInfo: "chưa có thông tin",
  summary: (name: string, code: string, linhVuc: string | null): string =>
    `📋 ${name}\nMã thủ tục: ${code}${linhVuc ? ` · Lĩnh vực: ${linhVuc}` : ""}`,
  heading: {
    overview: "Thông tin chung",
    documents: "Giấy tờ cần chuẩn bị",
    fee: "Lệ phí",
    time: "Thời hạn giải quyết",
    where: "Nơi nộp hồ sơ",
    online: "Nộp trực tuyến",
    steps: "Các bước thực hiện",
    eligibility: "Điều kiện",
    result: "Kết quả nhận được",
    channels: "Cách nộp, thời hạn và lệ phí",
  } satisfies Record<ProcedureAspect | "channels", string>,
  /**
   * The button label of each aspect, shown after an answer. Typed back as text (with or without diacritics) it
   * asks that aspect of the same procedure (src/core/procedures/aspect.ts reads these labels as cues).
   */
  choice: {
    overview: "Tổng quan",
    documents: "Hồ sơ cần nộp",
    fee: "Lệ phí",
    time: "Thời gian giải quyết",
    where: "Nơi nộp",
    online: "Nộp trực tuyến",
    steps: "Các bước",
    eligibility: "Điều kiện",
    result: "Kết quả",
  } satisfies Record<ProcedureAspect, string>,
  channel: {
    online: "Nộp trực tuyến",
    counter: "Nộp trực tiếp",
    post: "Nộp qua bưu chính",
  } satisfies Record<SubmissionChannelKind, string>,
  channelLine: (label: string, timeLimit: string, fee: string): string => `• ${label}: thời hạn ${timeLimit}; lệ phí: ${fee}`,
  /** A channel the record lists more than once, with the case its note names. */
  channelCase: (label: string, when: string): string => `${label} (trường hợp ${when})`,
  feeLine: (label: string, fee: string): string => `• ${label}: ${fee}`,
  timeLine: (label: string, timeLimit: string): string => `• ${label}: ${timeLimit}`,
  bareTimeLimit: (n: string): string => `${n} (Cổng Dịch vụ công không ghi là ngày hay giờ)`,
  /** The short overview: what to bring, where, how long, how much; the code and the link at the end. */
  overview: {
    title: (name: string): string => `📋 ${name}`,
    bring: "📄 Cần mang:",
    paper: (name: string): string => `• ${name}`,
    morePapers: (n: number): string => `• và ${n} giấy tờ khác`,
    where: (agency: string): string => `📍 Nơi nộp: ${agency}`,
    time: (text: string): string => `⏱ Thời hạn: ${text}`,
    fee: (text: string): string => `💰 Lệ phí: ${text}`,
    condition: (text: string): string => `   – ${text}`,
    nothing: "Hồ sơ thủ tục chưa có thông tin về giấy tờ, nơi nộp, thời hạn và lệ phí. Bạn xem ở đường link bên dưới hoặc hỏi cán bộ.",
    perChannel: (label: string, value: string): string => `${value} (${label.toLowerCase()})`,
  },
  code: (code: string): string => `Mã thủ tục: ${code}`,
  noChannels: "Hồ sơ thủ tục chưa có thông tin về cách nộp, thời hạn và lệ phí.",
  onlineYes: "Có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia.",
  onlineNotListed: (others: string): string =>
    `Hồ sơ thủ tục không ghi cách nộp trực tuyến. Các cách nộp được ghi: ${others}.`,
  agency: (agency: string): string => `Cơ quan giải quyết: ${agency}`,
  submitAt: (place: string): string => `Địa chỉ tiếp nhận: ${place}`,
  more: (n: number, noun: string): string => `… và ${n} ${noun} khác`,
  nounDocuments: "giấy tờ",
  nounSteps: "bước",
  truncated: "…",
  seeDetails: "(xem đầy đủ ở đường link bên dưới)",
  link: (url: string): string => `🔗 Chi tiết trên Cổng Dịch vụ công quốc gia: ${url}`,
  noLink: "🔗 Đường link trên Cổng Dịch vụ công quốc gia: chưa có thông tin",
  clarifyQuestion: "Bạn muốn hỏi về thủ tục nào dưới đây? Vui lòng chọn một số:",
  clarifyChoice: (n: number, label: string): string => `${n}. ${label}`,
  notFound:
    "Xin lỗi, tôi chưa tìm thấy thủ tục phù hợp với câu hỏi của bạn.\n" +
    "Bạn có thể hỏi lại ngắn gọn hơn, nêu tên việc cần làm, ví dụ: \"đăng ký khai sinh cần giấy tờ gì\", " +
    "\"phí chứng thực bản sao\".\nNếu cần, hãy nhắn \"gặp cán bộ\" để được nói chuyện với cán bộ.",
  unknownProcedure: (code: string): string => `Không tìm thấy thủ tục có mã ${code}.`,
} as const;
