/**
 * Demo organisation data: a fictional ward with the units of Decree 150/2025 and the outside bodies it forwards
 * to, feedback categories mapped to them, answer-time policies and news topics. The working calendar is not listed:
 * the seed stores the computed defaults of the current and the next year (src/core/calendar). Everything here is
 * data an administrator replaces; none of it is referenced by code.
 */
export const DEMO_ORG = {
  code: "demo-phuong",
  name: "Phường Hòa An (dữ liệu mẫu)",
  level: "xa" as const,
  province: "Tỉnh mẫu",
  phone: "0200 000 0000",
  address: "Số 1 đường Mẫu, phường Hòa An (địa chỉ mẫu)",
  officeHours: "Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu",
};

export const DEMO_DEPARTMENTS: Array<{ code: string; name: string; kind: "internal" | "external" }> = [
  { code: "VP", name: "Văn phòng HĐND và UBND phường", kind: "internal" },
  { code: "KTHTDT", name: "Phòng Kinh tế, Hạ tầng và Đô thị", kind: "internal" },
  { code: "VHXH", name: "Phòng Văn hóa - Xã hội", kind: "internal" },
  { code: "TTHCC", name: "Trung tâm Phục vụ hành chính công", kind: "internal" },
  { code: "CA", name: "Công an phường", kind: "internal" },
  { code: "QS", name: "Ban Chỉ huy Quân sự phường", kind: "internal" },
  { code: "MT", name: "Đơn vị vệ sinh môi trường, thu gom rác", kind: "external" },
  { code: "DN", name: "Đơn vị cấp điện, cấp nước", kind: "external" },
];

export const DEMO_SLA_POLICIES = [
  { code: "tieu-chuan", name: "Tiêu chuẩn: tiếp nhận trong 8 giờ làm việc, trả lời trong 3 ngày làm việc", acceptWithinHours: 8, urgentAcceptHours: 4, answerWithinDays: 3 },
  { code: "phuc-tap", name: "Phức tạp: trả lời trong 10 ngày làm việc", acceptWithinHours: 8, urgentAcceptHours: 4, answerWithinDays: 10 },
];

export const DEMO_CATEGORIES: Array<{ code: string; name: string; department: string; sla: string; urgent?: boolean }> = [
  { code: "ha-tang", name: "Đường sá, chiếu sáng, cây xanh, thoát nước", department: "KTHTDT", sla: "tieu-chuan" },
  { code: "xay-dung", name: "Xây dựng, lấn chiếm vỉa hè, trật tự đô thị", department: "KTHTDT", sla: "phuc-tap" },
  { code: "rac-thai", name: "Rác thải, vệ sinh môi trường", department: "MT", sla: "tieu-chuan" },
  { code: "an-ninh", name: "An ninh trật tự, tiếng ồn", department: "CA", sla: "tieu-chuan" },
  { code: "cu-tru", name: "Cư trú, căn cước", department: "CA", sla: "tieu-chuan" },
  { code: "ho-so", name: "Hồ sơ thủ tục hành chính chậm, thất lạc", department: "TTHCC", sla: "tieu-chuan" },
  { code: "chinh-sach-xa-hoi", name: "Chính sách xã hội, y tế, giáo dục, văn hóa", department: "VHXH", sla: "phuc-tap" },
  { code: "can-bo", name: "Thái độ, tác phong cán bộ", department: "VP", sla: "tieu-chuan" },
  { code: "dien-nuoc", name: "Điện, nước sinh hoạt", department: "DN", sla: "tieu-chuan" },
  { code: "quan-su", name: "Nghĩa vụ quân sự, dân quân", department: "QS", sla: "tieu-chuan" },
  { code: "khan-cap", name: "Sự cố khẩn cấp (cháy, tai nạn, dây điện đứt)", department: "CA", sla: "tieu-chuan", urgent: true },
];

/** News topics citizens subscribe to, in the order the chat lists them. */
export const DEMO_TOPICS = [
  { code: "thong-bao", name: "Thông báo", description: "Thông báo của UBND phường", position: 1 },
  { code: "tin-hoat-dong", name: "Tin hoạt động", description: "Hoạt động của phường, khu phố", position: 2 },
  { code: "van-ban-moi", name: "Văn bản mới", description: "Văn bản, quy định mới ban hành", position: 3 },
  { code: "thu-tuc", name: "Thủ tục mới", description: "Thủ tục hành chính mới hoặc thay đổi", position: 4 },
  { code: "lich-tiep-dan", name: "Lịch tiếp công dân", description: "Lịch tiếp công dân của lãnh đạo phường", position: 5 },
  { code: "canh-bao-lua-dao", name: "Cảnh báo lừa đảo", description: "Cảnh báo các thủ đoạn lừa đảo mới", position: 6 },
];

/**
 * Portal feeds polled for news, each mapped to topics (codes above). The demo portal's addresses are placeholders,
 * so the sources are seeded paused: an administrator sets the real feed address and resumes them.
 */
export const DEMO_NEWS_SOURCES = [
  { name: "Cổng TTĐT phường – Thông báo", url: "https://hoaan.example.gov.vn/rss/thong-bao.rss", topics: ["thong-bao"], autoPublish: false, pollMinutes: 15 },
  { name: "Cổng TTĐT phường – Tin hoạt động", url: "https://hoaan.example.gov.vn/rss/tin-hoat-dong.rss", topics: ["tin-hoat-dong"], autoPublish: true, pollMinutes: 30 },
  { name: "Cổng TTĐT phường – Văn bản mới", url: "https://hoaan.example.gov.vn/rss/van-ban.rss", topics: ["van-ban-moi"], autoPublish: false, pollMinutes: 60 },
  { name: "Công an tỉnh – Cảnh báo lừa đảo", url: "https://congan.example.gov.vn/rss/canh-bao.rss", topics: ["canh-bao-lua-dao"], autoPublish: false, pollMinutes: 30 },
];

/**
 * Demo routing rules: places of the demo ward that one unit looks after (the names are made up for the demo).
 * Seeded only while the organisation has no rule, so an administrator's edits are never overwritten.
 */
export const DEMO_ROUTING_RULES: Array<{ kind: "keyword" | "place"; phrases: string[]; department: string; category: string }> = [
  { kind: "place", phrases: ["công viên Bàu Tràm"], department: "KTHTDT", category: "ha-tang" },
  { kind: "place", phrases: ["chợ tạm Hòa An"], department: "MT", category: "rac-thai" },
];
