/**
 * Every sentence the bot says to a citizen, in Vietnamese, in one place so the wording can be reviewed without
 * reading code. Short sentences and plain words: many readers are elderly.
 */
import type { PersonalDataView } from "../people/identity.js";
import type { EmergencyService } from "./emergency/lexicon.vi.js";
import type { ProcedureAspect } from "../procedures/types.js";
import { MSG as PROCEDURE_MSG } from "../procedures/messages.vi.js";

/** How citizens reach the ward's people; configuration, shown whenever the bot cannot help by itself. */
export interface WardContact {
  /** e.g. "UBND phường Bến Thành". */
  name: string;
  phone?: string;
  address?: string;
  /** e.g. "Sáng 7h30–11h30, chiều 13h30–17h, thứ Hai đến thứ Sáu". */
  hours?: string;
}

function contactLines(c: WardContact): string {
  const lines = [`📍 ${c.name}`];
  if (c.address) lines.push(`Địa chỉ: ${c.address}`);
  if (c.phone) lines.push(`Điện thoại: ${c.phone}`);
  if (c.hours) lines.push(`Giờ làm việc: ${c.hours}`);
  return lines.join("\n");
}

/** Labels of the main menu, in menu order. */
export const MENU_LABELS = {
  qa: "📋 Hỏi thủ tục",
  feedback: "📝 Gửi phản ánh",
  tracking: "🔎 Tra cứu phản ánh",
  news: "📰 Nhận tin",
  help: "❓ Trợ giúp",
  human: "👤 Gặp cán bộ",
} as const;

/** What each emergency number is for, in the words people know them by. */
const EMERGENCY_SERVICES: Record<EmergencyService, string> = {
  "113": "Công an",
  "114": "Cứu hỏa, cứu nạn",
  "115": "Cấp cứu y tế",
};

/**
 * The emergency reply: the number that fits first, then every number, then what the ward can do. Short lines an
 * elderly reader takes in at a glance. `sure` false (read by the learnt reader, not named by the vocabulary): the
 * number comes with "if it is dangerous", and a citizen who asked something else is told to write it again.
 */
function emergencyText(services: readonly EmergencyService[], c: WardContact, canReport: boolean, sure = true): string {
  const numbers = services.map((s) => `${s} (${EMERGENCY_SERVICES[s].toLowerCase()})`).join(" và ");
  const lead = !services.length ? "🚨 Nếu đang nguy hiểm, hãy gọi ngay!" : sure ? `🚨 Gọi ngay ${numbers}!` : `🚨 Nếu đang nguy hiểm, gọi ngay ${numbers}!`;
  const all = (Object.keys(EMERGENCY_SERVICES) as EmergencyService[]).map((s) => `• ${s} – ${EMERGENCY_SERVICES[s]}`);
  const then = canReport
    ? `Gọi xong, bấm "Gửi báo khẩn" để cán bộ ${c.name} nắm tình hình.`
    : `Gọi xong, bạn có thể báo cho ${c.name}${c.phone ? `: ${c.phone}` : "."}`;
  const notUrgent = sure ? [] : ["", "Không phải việc khẩn cấp? Hãy gõ lại câu hỏi hoặc phản ánh của bạn."];
  return [lead, "Nói rõ địa chỉ và việc đang xảy ra.", "", "Số khẩn cấp:", ...all, "", then, ...notUrgent].join("\n");
}

const FEATURE_NAMES = {
  feedback: "Gửi phản ánh, kiến nghị",
  tracking: "Tra cứu phản ánh",
  news: "Nhận tin",
} as const;

/** Features that later flows provide. */
export type PlannedFeature = keyof typeof FEATURE_NAMES;

const ASPECT_LABELS: Record<ProcedureAspect, string> = PROCEDURE_MSG.choice;

export const MSG = {
  welcome: (c: WardContact) =>
    `Xin chào! Đây là trợ lý tự động của ${c.name}.\n\nBạn có thể hỏi về thủ tục hành chính (ví dụ: "làm giấy khai sinh cần gì"), hoặc chọn một mục bên dưới.`,
  menuPrompt: "Bạn cần giúp gì? Chọn một mục bên dưới, hoặc gõ câu hỏi của bạn.",
  help: (c: WardContact) =>
    [
      "Cách dùng:",
      "• Gõ câu hỏi về thủ tục, ví dụ: \"đăng ký kết hôn cần giấy tờ gì\", \"lệ phí làm CCCD\".",
      "• Bấm nút để chọn; gõ \"hủy\" để dừng việc đang làm.",
      "",
      "Lệnh:",
      "/hoi – hỏi thủ tục",
      "/phananh – gửi phản ánh",
      "/tracuu <mã> – tra cứu phản ánh",
      "/phananhcuatoi – các phản ánh của bạn",
      "/nhantin – nhận tin của phường/xã",
      "/dungnhantin – dừng nhận tin",
      "/dulieu – xem dữ liệu của bạn",
      "/xoadulieu – xóa dữ liệu của bạn",
      "/huy – hủy việc đang làm",
      "",
      contactLines(c),
    ].join("\n"),
  greeting: "Xin chào! Bạn muốn hỏi thủ tục gì? Bạn có thể gõ câu hỏi hoặc chọn mục bên dưới.",
  thanks: "Không có gì ạ! Nếu cần thêm, bạn cứ nhắn nhé.",
  cancelled: "Đã hủy. Bạn cần giúp gì khác không?",
  nothingToCancel: "Hiện không có việc nào đang làm. Bạn cần giúp gì?",
  askQuestion: "Bạn muốn hỏi về thủ tục nào? Hãy gõ tên thủ tục hoặc câu hỏi, ví dụ: \"làm giấy khai sinh cần gì\".",
  clarify: "Bạn muốn hỏi thủ tục nào dưới đây?",
  notFound: (c: WardContact) =>
    `Xin lỗi, tôi chưa tìm thấy thủ tục phù hợp với câu hỏi của bạn. Bạn có thể hỏi lại bằng từ khác (ví dụ tên giấy tờ cần làm), hoặc gặp cán bộ:\n\n${contactLines(c)}`,
  followUpPrompt: "Bạn muốn biết thêm gì về thủ tục này?",
  aspectLabel: (a: ProcedureAspect) => ASPECT_LABELS[a],
  askAgain: "🔁 Hỏi câu khác",
  saidWrong: (c: WardContact) =>
    `Xin lỗi bạn, câu trả lời vừa rồi chưa đúng. Câu hỏi của bạn đã được ghi lại để cán bộ bổ sung.\n\nBạn có thể hỏi lại bằng từ khác (ví dụ tên giấy tờ cần làm), hoặc gặp cán bộ:\n\n${contactLines(c)}`,
  askOtherWords: "✏️ Hỏi lại bằng từ khác",
  talkToHuman: MENU_LABELS.human,
  human: (c: WardContact) =>
    `Hiện cán bộ chưa trả lời trực tiếp trong tin nhắn này. Bạn có thể liên hệ:\n\n${contactLines(c)}`,
  comingSoon: (feature: PlannedFeature, c: WardContact) =>
    `Chức năng "${FEATURE_NAMES[feature]}" đang được chuẩn bị, chưa dùng được trong tin nhắn. Trong lúc này, bạn vui lòng liên hệ:\n\n${contactLines(c)}`,
  emergency: (services: readonly EmergencyService[], c: WardContact, canReport: boolean, sure = true) => emergencyText(services, c, canReport, sure),
  /** The button that turns an emergency message into an urgent report to the ward. */
  emergencyReport: "🚨 Gửi báo khẩn",
  unsupported: "Xin lỗi, tôi chưa đọc được loại tin này. Bạn vui lòng gõ chữ hoặc chọn mục bên dưới.",
  photoReceived: (c: WardContact) =>
    `Tôi đã nhận được ảnh, nhưng hiện chưa nhận ảnh kèm phản ánh qua tin nhắn. Bạn vui lòng liên hệ:\n\n${contactLines(c)}`,
  locationReceived: (c: WardContact) =>
    `Tôi đã nhận được vị trí, nhưng hiện chưa nhận phản ánh kèm vị trí qua tin nhắn. Bạn vui lòng liên hệ:\n\n${contactLines(c)}`,
  contactReceived: "Cảm ơn bạn. Hiện tôi không cần số điện thoại nên không lưu lại.",
  contactStored:
    "Cảm ơn bạn, tôi đã lưu thông tin liên hệ để cán bộ phường liên hệ lại khi cần. Gõ /dulieu để xem, /xoadulieu để xóa bất cứ lúc nào.",
  groupPointer: (link?: string) =>
    link ? `Để được hỗ trợ, vui lòng nhắn riêng cho tôi: ${link}` : "Để được hỗ trợ, vui lòng nhắn riêng cho tôi (bấm vào tên bot, chọn Nhắn tin).",
  unknownCommand: "Tôi không hiểu lệnh này. Gõ /trogiup để xem các lệnh.",
  trackingHint: "Bạn hãy gõ mã phản ánh, ví dụ: /tracuu PA-2611-7K3Q",
  personalData: (v: PersonalDataView) => personalDataText(v),
  personalDataNone: "Tôi chưa lưu dữ liệu cá nhân nào của bạn.",
  eraseConfirm:
    "Bạn muốn xóa dữ liệu cá nhân của mình? Tên, số điện thoại, địa chỉ sẽ bị xóa, các đồng ý sẽ bị rút lại và bạn sẽ dừng nhận tin. Việc này không hoàn tác được.",
  eraseYes: "🗑 Xóa dữ liệu",
  eraseNo: "Không xóa",
  erased: "Đã xóa dữ liệu cá nhân của bạn, rút lại mọi đồng ý và dừng nhận tin. Bạn vẫn có thể hỏi thủ tục bất cứ lúc nào.",
  eraseKept: "Đã giữ nguyên dữ liệu của bạn.",
  eraseExpired: "Yêu cầu xóa đã hết hạn. Gõ /xoadulieu nếu bạn vẫn muốn xóa.",
  terminalBanner: "motcua chat — gõ câu hỏi, hoặc gõ số để chọn; /exit hoặc Ctrl-D để thoát.",
  busy: "Xin lỗi, hệ thống đang bận. Bạn vui lòng thử lại sau ít phút.",
} as const;

/** The bot's command menu (Telegram setMyCommands): commands without diacritics, descriptions in Vietnamese. */
export const BOT_COMMANDS: ReadonlyArray<{ command: string; description: string }> = [
  { command: "start", description: "Bắt đầu, xem menu chính" },
  { command: "hoi", description: "Hỏi về thủ tục hành chính" },
  { command: "phananh", description: "Gửi phản ánh, kiến nghị" },
  { command: "tracuu", description: "Tra cứu phản ánh theo mã" },
  { command: "phananhcuatoi", description: "Các phản ánh của bạn" },
  { command: "nhantin", description: "Nhận tin của phường/xã" },
  { command: "dungnhantin", description: "Dừng nhận tin" },
  { command: "dulieu", description: "Xem dữ liệu của bạn" },
  { command: "xoadulieu", description: "Xóa dữ liệu của bạn" },
  { command: "trogiup", description: "Hướng dẫn sử dụng" },
  { command: "huy", description: "Hủy việc đang làm" },
];

/** Labels of the reply-keyboard buttons that ask for a location or a phone number. */
export const REQUEST_LABELS = { location: "📍 Gửi vị trí", contact: "📞 Gửi số điện thoại" } as const;

const PURPOSE_LABELS: Record<string, string> = {
  feedback_contact: "liên hệ về phản ánh",
  feedback_location: "vị trí kèm phản ánh",
  feedback_photo: "ảnh kèm phản ánh",
  news_subscription: "nhận tin",
  contact_info: "thông tin liên hệ",
};

function day(d: Date): string {
  return d.toLocaleDateString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" });
}

function personalDataText(v: PersonalDataView): string {
  const lines = ["Dữ liệu tôi đang lưu về bạn:", `• Kênh: ${v.channel}, lần đầu nhắn: ${day(v.firstSeenAt)}`];
  if (v.lastInteractionAt) lines.push(`• Lần nhắn gần nhất: ${day(v.lastInteractionAt)}`);
  lines.push(`• Họ tên: ${v.fullName ?? "không lưu"}`);
  lines.push(`• Số điện thoại: ${v.phone ?? "không lưu"}`);
  lines.push(`• Địa chỉ: ${v.address ?? "không lưu"}`);
  const active = v.consents.filter((c) => !c.withdrawnAt);
  lines.push(
    active.length
      ? `• Đồng ý đang có hiệu lực: ${active.map((c) => `${PURPOSE_LABELS[c.purpose] ?? c.purpose} (${day(c.grantedAt)})`).join("; ")}`
      : "• Đồng ý đang có hiệu lực: không có",
  );
  const subs = v.subscriptions.filter((s) => s.active);
  if (v.allTopics) lines.push("• Đang nhận tin: tất cả chủ đề");
  else lines.push(subs.length ? `• Đang nhận tin: ${subs.map((s) => s.topicName).join(", ")}` : "• Đang nhận tin: không");
  if (v.procedureAlerts) lines.push("• Báo khi thủ tục bạn đã hỏi thay đổi: có");
  if (v.proceduresAsked > 0) lines.push(`• Thủ tục bạn đã hỏi (lưu để báo khi có thay đổi): ${v.proceduresAsked}`);
  lines.push(`• Số phản ánh đã gửi: ${v.ticketCount}`);
  if (v.erasedAt) lines.push(`• Dữ liệu cá nhân đã được xóa ngày ${day(v.erasedAt)}`);
  lines.push("", "Gõ /xoadulieu để xóa dữ liệu cá nhân.");
  return lines.join("\n");
}
