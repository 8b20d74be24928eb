/**
 * The subscription dialogue in Vietnamese (/nhantin, /nhantin tatca, /dungnhantin): what the citizen receives,
 * how, and how to stop. Short sentences; every message says what to do next.
 */

export const SUB_MSG = {
  intro: "Chọn chủ đề bạn muốn nhận tin từ phường (bấm lần nữa để bỏ):",
  current: (topics: string[], all: boolean) =>
    all ? "Bạn đang nhận tin của tất cả chủ đề." : topics.length ? `Bạn đang nhận tin: ${topics.join(", ")}.` : "Bạn chưa đăng ký nhận tin nào.",
  how: (digest: boolean, digestHour: number, quiet: string | null) =>
    [
      digest ? `Tin được gộp thành một bản tin lúc ${digestHour}:00 hằng ngày.` : "Tin được gửi ngay khi có.",
      quiet ? `Không gửi tin thường từ ${quiet} (tin khẩn vẫn gửi).` : "Tin được gửi cả ban đêm.",
    ].join(" "),
  stopHint: "Để dừng nhận tất cả, gõ /dungnhantin.",
  subscribed: (names: string[]) => `✅ Đã đăng ký nhận tin: ${names.join(", ")}.`,
  subscribedAll: "✅ Đã đăng ký nhận tin của tất cả chủ đề, kể cả chủ đề mới sau này.",
  unsubscribedTopic: (name: string) => `Đã bỏ chủ đề: ${name}.`,
  stopped: "🔕 Đã dừng. Bạn sẽ không nhận tin nào nữa. Muốn nhận lại, gõ /nhantin.",
  notSubscribed: "Bạn chưa đăng ký nhận tin nào. Muốn nhận tin từ phường, gõ /nhantin.",
  unknownTopic: (typed: string) => `Không có chủ đề "${typed}". Chọn một chủ đề dưới đây:`,
  noTopics: "Hiện phường chưa có chủ đề tin nào. Vui lòng quay lại sau.",
  settingsIntro: "Chọn cách nhận tin:",
  modeNow: "Đã đổi: tin được gửi ngay khi có.",
  modeDigest: (hour: number) => `Đã đổi: tin được gộp thành một bản tin lúc ${hour}:00 hằng ngày.`,
  quietOn: (quiet: string) => `Đã bật: không gửi tin thường từ ${quiet}.`,
  quietOff: "Đã tắt giờ yên lặng: tin được gửi cả ban đêm.",
  alertsOn: "Đã bật: khi thủ tục bạn đã hỏi thay đổi, bạn sẽ được báo.",
  alertsOff: "Đã tắt báo thay đổi thủ tục.",
  done: "Xong. Gõ /nhantin bất cứ lúc nào để xem hoặc đổi đăng ký.",
  labels: {
    topicOn: (name: string) => `✅ ${name}`,
    topicOff: (name: string) => `➕ ${name}`,
    all: "📋 Tất cả chủ đề",
    settings: "⚙️ Cách nhận tin",
    topics: "📰 Chọn chủ đề",
    modeToDigest: (hour: number) => `🗞 Gộp bản tin lúc ${hour}:00`,
    modeToNow: "⚡ Nhận ngay từng tin",
    quietToOff: "🌙 Nhận cả ban đêm",
    quietToOn: (quiet: string) => `🌙 Không nhận ${quiet}`,
    alertsToOn: "🔔 Báo khi thủ tục thay đổi",
    alertsToOff: "🔕 Thôi báo thay đổi thủ tục",
    stop: "🔕 Dừng nhận tất cả",
    done: "✔️ Xong",
  },
} as const;
