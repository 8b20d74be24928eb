/**
 * What the feedback intake and tracking say in the chat, in Vietnamese, in one place: short sentences, the tracking
 * code in every answer about a ticket, and what to do next at the end. The consent wordings carry a version that is
 * stored with each ConsentRecord, so the text a citizen agreed to can be shown again later.
 */
import { STATUS_LABEL, viDateTime } from "../../feedback/messages.vi.js";
import type { TicketStatus } from "../../feedback/ticket.js";
import type { WardContact } from "../messages.vi.js";

/** Versions of the consent wordings below; bump one whenever its text changes. */
export const CONSENT_VERSION = { phone: "fb-phone-v1", location: "fb-location-v1", photo: "fb-photo-v1" } as const;

/** A draft report as the summary shows it. */
export interface DraftView {
  text: string;
  address: string | null;
  hasPin: boolean;
  photos: number;
  phone: string | null;
  isPublic: boolean;
  urgent: boolean;
}

/** What the phone number is for, shown before it is given (the wording of consent CONSENT_VERSION.phone). */
const PHONE_PURPOSE =
  "Số chỉ dùng để cán bộ gọi lại khi cần làm rõ phản ánh này, không dùng việc khác, và bạn xóa được bất cứ lúc nào bằng /xoadulieu (Luật Bảo vệ dữ liệu cá nhân 2025).";

const contactLine = (c: WardContact) => [c.name, c.address, c.phone ? `ĐT: ${c.phone}` : undefined, c.hours].filter(Boolean).join(" – ");

export const FB = {
  askWhat: "📝 Bạn hãy kể ngắn gọn sự việc: chuyện gì xảy ra, từ bao giờ.\nVí dụ: \"Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay\".\n(Gõ \"hủy\" để dừng.)",
  askWhatAgain: "Bạn hãy gõ vài chữ kể lại sự việc (ít nhất một câu ngắn), hoặc gõ \"hủy\" để dừng.",
  askWhatForPhoto: "📷 Đã nhận ảnh. Bạn hãy kể ngắn gọn sự việc trong ảnh: chuyện gì xảy ra, ở đâu.",
  askWhere:
    "📍 Sự việc ở đâu? Bạn gõ địa chỉ (số nhà, ngõ, đường, tổ/khu phố) hoặc bấm \"Gửi vị trí\".\nVị trí chỉ dùng để cán bộ tìm đúng chỗ.",
  urgentKeptAskWhere:
    "📝 Phản ánh của bạn vẫn được giữ và đã đánh dấu KHẨN.\n📍 Sự việc ở đâu? Bạn gõ địa chỉ (số nhà, ngõ, đường, tổ/khu phố) hoặc bấm \"Gửi vị trí\".",
  askPhotos: "📷 Bạn có ảnh chụp sự việc không? Gửi tối đa 5 ảnh, rồi bấm \"Xong\". Không có ảnh thì bấm \"Không có ảnh\".",
  photoAdded: (n: number, max: number) =>
    n >= max ? `Đã nhận ${n} ảnh (tối đa ${max}).` : `Đã nhận ${n} ảnh. Gửi thêm, hoặc bấm "Xong".`,
  photosFull: (max: number) => `Đã đủ ${max} ảnh, tôi không nhận thêm.`,
  askPhone: `📞 Bạn có muốn để lại số điện thoại không?\n${PHONE_PURPOSE}`,
  /** The number asked for from the summary, where the purpose was not shown yet. */
  askPhoneNumberWithPurpose: `📞 ${PHONE_PURPOSE}\nBạn bấm "Gửi số điện thoại" hoặc gõ số (ví dụ 0912345678).`,
  askPhoneNumber: "Bạn bấm \"Gửi số điện thoại\" hoặc gõ số (ví dụ 0912345678).",
  badPhone: "Số điện thoại chưa đúng. Bạn gõ lại 10 số (ví dụ 0912345678), hoặc bấm \"Không để lại số\".",
  askPublic: "🌐 Cho phép hiển thị công khai nội dung phản ánh (không kèm tên, số điện thoại) để người khác cùng theo dõi?",
  summary: (d: DraftView) =>
    [
      d.urgent ? "🚨 PHẢN ÁNH KHẨN – bạn kiểm tra lại rồi bấm \"Gửi\":" : "Bạn kiểm tra lại rồi bấm \"Gửi\":",
      "",
      `📝 Sự việc: ${d.text}`,
      `📍 Địa điểm: ${[d.address, d.hasPin ? "đã gửi vị trí" : null].filter(Boolean).join(", ") || "chưa có"}`,
      `📷 Ảnh: ${d.photos > 0 ? `${d.photos} ảnh` : "không có"}`,
      `📞 Số điện thoại: ${d.phone ?? "không để lại"}`,
      `🌐 ${d.isPublic ? "Công khai (không kèm thông tin cá nhân)" : "Không công khai"}`,
      "",
      ...(d.address || d.hasPin ? [] : ["📍 Sự việc ở đâu? Bạn gõ địa chỉ (số nhà, ngõ, đường, tổ/khu phố) hoặc bấm \"Gửi vị trí\", để cán bộ tìm đúng chỗ."]),
      d.photos > 0
        ? "Bạn có thể gửi thêm ảnh hoặc vị trí ngay bây giờ. Gõ \"xóa ảnh\" để bỏ ảnh đã gửi, \"hủy\" để bỏ cả phản ánh."
        : "Bạn có thể gửi thêm ảnh hoặc vị trí ngay bây giờ. Gõ \"hủy\" để bỏ.",
    ].join("\n"),
  placeInText: "như trong nội dung",
  send: "✅ Gửi",
  addPhone: "📞 Để lại số điện thoại",
  makePublic: "🌐 Cho công khai",
  makePrivate: "🔒 Không công khai",
  cancel: "❌ Hủy",
  removePhotos: "🗑 Xóa ảnh",
  photosRemoved: (n: number) => `🗑 Đã xóa ${n} ảnh. Bạn có thể gửi ảnh khác, hoặc làm tiếp mà không có ảnh.`,
  noPhotosToRemove: "Phản ánh này chưa có ảnh nào để xóa.",
  done: "Xong",
  noPhotos: "Không có ảnh",
  yesPhone: "Đồng ý để lại số",
  noPhone: "Không để lại số",
  publicYes: "Công khai",
  publicNo: "Không công khai",
  cancelled: "Đã hủy phản ánh. Gõ /phananh khi bạn muốn gửi lại.",
  confirmHint: "Bạn bấm \"Gửi\" để gửi phản ánh, hoặc gõ \"hủy\" để bỏ.",
  created: (code: string, dept: string | null, due: Date | null, urgent: boolean) =>
    [
      `✅ Đã nhận phản ánh${urgent ? " khẩn" : ""}. Mã tra cứu: ${code}`,
      // an urgent report is not promised a deadline days away: the emergency number comes first
      dept ? `Đã chuyển tới ${dept}.${due && !urgent ? ` Đơn vị sẽ tiếp nhận trước ${viDateTime(due)}.` : ""}` : "Văn phòng đang phân loại để chuyển đúng đơn vị.",
      ...(urgent ? ["Phản ánh khẩn được báo ngay cho cán bộ. Nếu vẫn đang nguy hiểm, gọi ngay 114 (cháy, cứu nạn), 113 (công an) hoặc 115 (cấp cứu)."] : []),
      "Mỗi bước xử lý sẽ được báo ngay tại đây. Gõ /tracuu " + code + " để xem tiến độ.",
    ].join("\n"),
  linked: (code: string, dept: string | null) =>
    `✅ Sự việc này đã có người phản ánh (mã ${code})${dept ? ` và đang được ${dept} xử lý` : " và đang được xử lý"}. Tôi đã ghi thêm phản ánh của bạn; bạn sẽ nhận mọi cập nhật tại đây. Gõ /tracuu ${code} để xem tiến độ.`,
  refused: (why: string) => `Chưa gửi được phản ánh: ${why}\nBạn sửa lại rồi gửi, hoặc gõ "hủy".`,
  complaint: (c: WardContact) =>
    [
      "Khiếu nại và tố cáo có thủ tục riêng theo Luật Khiếu nại 2011 và Luật Tố cáo 2018, nên tôi không nhận qua tin nhắn.",
      "• Khiếu nại (không đồng ý với quyết định, việc làm của cơ quan, cán bộ): làm đơn ghi rõ họ tên, địa chỉ, nội dung, ký tên.",
      "• Tố cáo (báo hành vi vi phạm pháp luật của người cụ thể): làm đơn có họ tên, địa chỉ, chữ ký, hoặc đến trình bày trực tiếp.",
      `Nộp tại Bộ phận tiếp công dân: ${contactLine(c)}.`,
    ].join("\n"),
  // ── a message that could be a report or a question ──
  reportOrQuestion: "Bạn muốn phản ánh sự việc này để phường xử lý, hay hỏi về thủ tục? Bạn bấm một nút (hoặc gõ 1 hoặc 2).",
  chooseReport: "📢 Phản ánh sự việc",
  chooseQuestion: "❓ Hỏi thủ tục",
  choiceExpired: "Tin nhắn đó đã cũ, tôi không còn giữ nội dung. Bạn gõ lại sự việc hoặc câu hỏi nhé.",
  offerReport: "Nếu đây là sự việc cần phường xử lý, bấm \"Gửi thành phản ánh\": nội dung bạn vừa gõ được giữ nguyên.",
  fileAsReport: "📢 Gửi thành phản ánh",
  // ── the citizen's answers about their tickets ──
  rated: (code: string, stars: number) => `Cảm ơn bạn đã đánh giá ${"⭐".repeat(stars)} cho phản ánh ${code}. Phản ánh đã đóng. Nếu sự việc lặp lại, gõ /phananh để gửi mới.`,
  ratedByPraise: (code: string) =>
    `Cảm ơn bạn! Tôi ghi nhận bạn hài lòng: ⭐⭐⭐⭐⭐ cho phản ánh ${code}. Phản ánh đã đóng. Muốn chấm khác, bạn bấm số sao trong tin báo kết quả; nếu sự việc lặp lại, gõ /phananh.`,
  askInfoAnswer: (code: string) => `✍️ Bạn nhắn câu trả lời cho phản ánh ${code} (một tin nhắn). Gõ "hủy" để dừng.`,
  infoSent: (code: string) => `✅ Đã gửi thông tin bổ sung cho phản ánh ${code}. Đơn vị sẽ tiếp tục xử lý.`,
  infoNeedsText: "Bạn hãy gõ câu trả lời bằng chữ, hoặc gõ \"hủy\" để dừng.",
  noReopenable: "Tôi không thấy phản ánh nào của bạn vừa có kết quả. Gõ /phananhcuatoi để xem các phản ánh của bạn.",
  actionRefused: (why: string) => `${why}\nGõ /phananhcuatoi để xem các phản ánh của bạn.`,
  withdrawHow:
    "Phản ánh đã gửi không hủy được qua tin nhắn: đơn vị xử lý vẫn theo dõi đến khi kết thúc. Nếu sự việc đã ổn, bạn gõ mã phản ánh kèm lời nhắn, ví dụ \"PA-2612-7K3Q đèn đã sáng lại rồi\", tôi sẽ chuyển tới đơn vị. Gõ /phananhcuatoi để xem mã.",
  withdrawNoted: (code: string, said: string) =>
    `Phản ánh ${code} không hủy được qua tin nhắn: phản ánh vẫn do đơn vị xử lý theo dõi đến khi kết thúc. Tôi đã chuyển lời bạn tới đơn vị: "${said}". Đơn vị sẽ xem lại và báo kết quả tại đây. Gõ /tracuu ${code} để xem tiến độ.`,
  // ── tracking ──
  askCode: "Bạn gõ mã phản ánh, ví dụ: PA-2612-7K3Q. Gõ /phananhcuatoi để xem các phản ánh của bạn.",
  mistyped: (typed: string) => `Mã ${typed} có vẻ bị gõ nhầm một ký tự (mã gồm PA, 4 số tháng năm và 4 ký tự). Bạn kiểm tra lại mã trong tin nhắn xác nhận rồi gõ lại.`,
  notFound: (code: string) => `Không tìm thấy phản ánh ${code} của bạn. Bạn kiểm tra lại mã, hoặc gõ /phananhcuatoi để xem các phản ánh của bạn.`,
  track: (code: string, status: TicketStatus, dept: string | null, due: Date | null, steps: Array<{ at: Date; label: string }>) =>
    [
      `📋 Phản ánh ${code}: ${STATUS_LABEL[status]}`,
      dept ? `Đơn vị xử lý: ${dept}` : undefined,
      due ? `${status === "received" || status === "routed" || status === "triage" ? "Hạn tiếp nhận" : "Hạn trả lời"}: trước ${viDateTime(due)}` : undefined,
      "",
      ...steps.map((s) => `• ${viDateTime(s.at)}: ${s.label}`),
    ]
      .filter((l) => l !== undefined)
      .join("\n"),
  mine: (items: Array<{ code: string; status: TicketStatus; text: string }>) =>
    ["Các phản ánh của bạn (mới nhất trước):", "", ...items.map((t) => `• ${t.code} – ${STATUS_LABEL[t.status]}\n  ${t.text}`), "", "Bấm một mã để xem tiến độ."].join("\n"),
  mineNone: "Bạn chưa gửi phản ánh nào. Gõ /phananh để gửi phản ánh.",
};
