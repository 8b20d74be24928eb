/**
 * Everything the news side says to citizens, in Vietnamese, in one place: the shape of a news message, the daily
 * digest, procedure-change alerts and the subscription dialogue. Short sentences, plain words; every message says
 * how to stop.
 */
import type { BroadcastKind } from "./types.js";

/** Choice data of the "stop all news" button under every news message (the news flow handles it). */
export const STOP_ALL_CHOICE = "n:stop";

export const NEWS_MSG = {
  heading: (kind: BroadcastKind, urgent: boolean, title: string) =>
    `${urgent ? "⚠️ KHẨN: " : kind === "procedure_alert" ? "🔔 " : kind === "news" ? "📰 " : "📢 "}${title}`,
  readMore: "Xem chi tiết",
  stopButton: "🔕 Dừng nhận tin",
  footer: "Để dừng nhận tin, gõ /dungnhantin.",
  digestHeading: (count: number) => `📰 Bản tin trong ngày: ${count} tin mới`,
  digestFooter: "Để đổi cách nhận hoặc dừng nhận tin, gõ /nhantin.",
  procedureChanged: (name: string) => `Thủ tục "${name}" vừa được cập nhật`,
  procedureRemoved: (name: string) => `Thủ tục "${name}" không còn áp dụng`,
  procedureChangedBody: (changes: string[]) =>
    [`Bạn đã hỏi về thủ tục này gần đây. Những điểm thay đổi: ${changes.join("; ")}.`, "Gõ tên thủ tục để xem thông tin mới nhất."].join("\n"),
  procedureRemovedBody: "Bạn đã hỏi về thủ tục này gần đây. Thủ tục đã bị bãi bỏ hoặc thay thế. Vui lòng hỏi cán bộ một cửa trước khi nộp hồ sơ.",
} as const;
