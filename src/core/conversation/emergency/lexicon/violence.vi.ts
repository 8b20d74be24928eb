/**
 * Violence, threats and kidnapping: the situations 113 answers first.
 * Pattern syntax: see ../phrase-matcher.ts. Numbers: 113 police, 114 fire and rescue, 115 medical emergency.
 */
import { type EmergencySituation, PERSON } from "./types.vi.js";

export const VIOLENCE_SITUATIONS: readonly EmergencySituation[] = [
  {
    id: "violence",
    services: ["113"],
    signals: [
      "đánh (nhau|đập|hội đồng|lộn)",
      `(đang|bị) đánh ${PERSON}?`,
      `đánh ${PERSON}`,
      "(đâm|chém) (nhau|chết|người|tôi|em|con|vợ|chồng|anh|chị|ông|bà|liên tiếp)",
      "(bị|đã|vừa|đang) (đâm|chém)",
      "(đâm chém|chém|=đâm)",
      "(ném|chọi|phang|choảng) (đá|gạch|chai)? nhau",
      "(ném|chọi) (đá|gạch|chai|bom xăng|mắm tôm) (vào)? (nhà|cửa|người|xe|tôi|kính)",
      "(vây|xúm|hùa|xông) (vào|lại)? (đánh|đập|đạp|chém)",
      "(cầm|vác|lấy|nhặt) (gạch|đá|chai|ghế|cây|gậy|búa) (đập|ném|phang|chọi|đánh|choảng)",
      "(bóp|siết) cổ",
      "(hành hung|ẩu đả|hỗn chiến|xô xát|đập phá|thanh toán nhau)",
      "(cầm|mang|vác|rút|vung|khua|dí|kề|dùng|lấy) (dao|mã tấu|hung khí|gậy|súng|kiếm|rựa|dao phay|tuýp sắt|ống tiêm|kim tiêm|vật nhọn|chai vỡ|mảnh chai|dao rọc giấy)",
      "(ép|dí|vây|khống chế) …… (đưa|rút|nộp|đưa hết) (tiền|điện thoại|vàng|đồ|ví|xe)",
      "(cửa|khóa|ổ khóa|cửa sổ|cửa kính) (bị)? (phá|cạy|bẻ|đập vỡ)",
      "(rình|quay lén) …… (cửa sổ|phòng tắm|nhà tắm|khe cửa|nhà vệ sinh)",
      "(sờ soạng|sờ mó)",
      "(nổ|bắn|cầm|có) súng",
      "(tiếng|nghe) súng",
      "giết (chết|cả nhà|mày)",
      `giết ${PERSON}`,
      "(cướp|ăn cướp|cướp giật|trấn lột)",
      "giật (túi|túi xách|điện thoại|dây chuyền|đồ|tiền|xe)",
      "(kẻ|tên|thằng|bọn)? trộm (đang|vào|đột nhập|cạy|leo)",
      "(đột nhập|cạy cửa|phá khóa|bẻ khóa|leo rào|phá cửa|đạp cửa|xông vào nhà)",
      "(kẻ gian|bọn cướp|tên cướp)",
      "(hiếp dâm|cưỡng hiếp|xâm hại|sàm sỡ|quấy rối tình dục)",
      "(bạo hành|đánh đập)",
      // a stranger doing something intrusive, however it is said
      "(người lạ|kẻ lạ|lạ mặt|đàn ông lạ|=lạ hoắc) …… (đang)? (cạy|phá|bẻ|trèo|leo|rình|quay lén|đột nhập|lục|cố mở|mở khóa)",
      "(trèo|leo) (rào|tường|cổng|ban công) (vào|sang) (nhà|phòng)",
      "(cạy|phá|bẻ|mở trộm) (khóa|ổ khóa|cửa)",
      "(khống chế|bỏ thuốc mê|chặn đường)",
    ],
    hints: ["(cướp|trộm|=đánh)", "bạo lực", "nổ như (súng|bom|pháo)", "(lục lọi|lục đồ|lục tung|lục tủ)", "(đập|đạp|phá) cửa", "kính vỡ"],
  },
  {
    id: "threat",
    services: ["113"],
    signals: [
      "(dọa|hăm dọa|đe dọa|=đòi|=định|hăm) (giết|chém|đánh|đốt|tạt|xử|thủ tiêu|đâm|bắn|cho nổ|phóng hỏa)",
      "(tạt|ném|hắt) (axit|a xít|xăng|mắm tôm)",
      "uy hiếp",
      "(bao vây|vây) nhà",
      "(cầm|mang|xách) (xăng|can xăng|bình xăng)",
      "(đi theo|bám theo|bám đuôi|theo dõi) ……… (đứng|đợi|chờ|rình|đang ở) …… (trước|ngoài|ở) (cổng|cửa|nhà)",
    ],
    hints: [
      "(dọa|đe dọa|hăm dọa|khủng bố|dọa dẫm)",
      "(theo dõi|rình rập) …… (sợ|lo)",
      "(người lạ|kẻ lạ|lạ mặt|gã lạ|đàn ông lạ|=lạ hoắc)",
      "(đi theo|bám theo|bám đuôi|rình) (tôi|em|mình|con|cháu|bé|chị|vợ|suốt|mãi)",
    ],
  },
  {
    id: "kidnapping",
    services: ["113"],
    signals: [
      "bắt cóc",
      "tiền chuộc",
      "(bắt|dụ|lôi|dắt|kéo) … (đi mất|đi đâu mất|mất rồi|lên xe lạ|lên xe rồi)",
      "(dụ|lôi|ép|cưỡng ép|bắt ép|kéo tay) …… lên (xe|ô tô|xe máy|xe hơi|taxi)",
      "(người lạ|xe lạ|kẻ lạ|đứa lạ) … (bắt|dụ|dắt|dẫn|bế|lôi|kéo|chở|đưa|ôm)",
      `${PERSON} … bị (bắt|dắt|dụ|dẫn|bế|lôi|đưa) (đi|mất|lên xe)`,
      "(bị|bắt)? (nhốt|giam|trói|giam giữ) …… (không cho|trong phòng|trong nhà|trong xe|trong ô tô)",
      "(giữ|nhốt|giam) …… không cho (về|ra|đi|gọi|liên lạc|gặp)",
      "bị … (giữ|giữ lại|cầm giữ|khống chế|bắt giữ) …… (không cho về|không cho ra|không cho đi|không cho gọi|không cho liên lạc|trong phòng|trong nhà|trong xe)",
      "(lừa bán|buôn người|bán sang)",
      "(=lạ|lạ mặt|người lạ|đàn ông lạ|đàn bà lạ) …… (bế|bắt|lôi|kéo|dắt|dẫn|chở) (đi|lên xe)",
      "(mất tích|lạc mất|đi lạc) (từ|chưa|đến giờ|cả|mấy)",
      // a child gone longer than it should be
      "(con|cháu|bé|con gái|con trai|thằng bé|con bé) …… (đi học|đi chơi|ra ngoài|đi) …… (chưa|không thấy|vẫn chưa|chưa thấy) (về|thấy về)",
    ],
    hints: ["(bị)? (ép|cưỡng ép|bắt ép|lôi) (vào|lên|đi) (nhà nghỉ|khách sạn|xe|ô tô|phòng)", "(mất tích|lạc mất|bị lạc|đi lạc)", "(bị lẫn|lú lẫn|mất trí nhớ)"],
  },
];
