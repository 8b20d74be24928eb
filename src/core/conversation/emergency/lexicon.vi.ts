/**
 * The emergency vocabulary, as data: situations a citizen may be in right now, each with the number to call first,
 * and the words that say a message is about something happening now, a call for help, paperwork or the past. The
 * patterns name the situation in general ("a building collapsed", "someone is not breathing"), never a particular
 * sentence. Pattern syntax: see phrase-matcher.ts (`(a|b)` one of, `?` optional, `…` up to three words, `=` only
 * when typed with marks).
 *
 * Numbers (Vietnam): 113 police, 114 fire and rescue (cứu nạn, cứu hộ), 115 medical emergency.
 */

export type EmergencyService = "113" | "114" | "115";

export type EmergencySituationId =
  | "fire"
  | "gas"
  | "unconscious"
  | "breathing"
  | "medical"
  | "injury"
  | "drowning"
  | "violence"
  | "threat"
  | "kidnapping"
  | "power_line"
  | "electric_shock"
  | "collapse"
  | "landslide"
  | "flood"
  | "trapped";

export interface EmergencySituation {
  id: EmergencySituationId;
  /** The numbers to call, the first one leading the reply. */
  services: readonly EmergencyService[];
  /** Phrases that name the situation: an emergency unless the message is plainly about paperwork or the past. */
  signals: readonly string[];
  /** Words that name it only beside a sign that it is happening now ("đang", "cứu"), or in a very short message. */
  hints?: readonly string[];
}

/** Buildings and places something can burn in. */
const PLACE = "(nhà|căn nhà|ngôi nhà|phòng|phòng trọ|nhà trọ|khu trọ|bếp|xưởng|nhà xưởng|kho|nhà kho|chợ|quán|tiệm|cửa hàng|ki ốt|sạp|chung cư|tòa nhà|tầng|khách sạn|nhà hàng|karaoke|trường|nhà máy|cây xăng|trạm xăng|rừng|nương|rẫy|đồi|ổ điện|ổ cắm|công tơ|tủ điện|đồng hồ điện|bình ga|bình gas|lò)";
/** Vehicles: without marks "xe chay" is mostly "xe chạy" (a moving vehicle), so they only count typed with marks. */
const VEHICLE = "(xe|ô tô|xe máy|xe khách|xe buýt|xe tải|xe ba gác|tàu|thuyền)";
/** People someone may hurt, in the words citizens use for them ("ba" is left out and "bà" needs its mark: "danh ba" is "danh bạ" or "đánh bả"). */
const PERSON = "(người|tôi|tui|em|con|cháu|vợ|chồng|mẹ|má|bố|cha|anh|chị|ông|=bà|bé|nó|họ|nhau|hàng xóm|phụ nữ|trẻ em|học sinh|thanh niên)";
/** Water someone can fall into. */
const WATER = "(sông|suối|ao|hồ|giếng|kênh|mương|biển|nước|vực|hố|cống|đầm|hồ bơi|bể bơi|bể nước|rạch)";
/** Structures that can collapse. */
const STRUCTURE = "(nhà|căn nhà|ngôi nhà|tường|bức tường|tường rào|trần|trần nhà|mái|mái nhà|cầu|cầu treo|giàn giáo|công trình|tòa nhà|chung cư|hầm|hầm lò|mỏ|lán|chòi|nhà xưởng|kho|cổng)";
/** Ways of collapsing. */
const COLLAPSES = "(sập|đổ sập|sụp|sụp đổ|đổ ập|đổ sụp|đổ ụp|đổ rầm|đổ sầm|đổ rạp|sụp xuống)";

export const EMERGENCY_SITUATIONS: readonly EmergencySituation[] = [
  {
    id: "fire",
    services: ["114"],
    signals: [
      "(bốc|phát|bắt|bùng) cháy",
      "(đám|vụ) cháy",
      "hỏa hoạn",
      "cháy (lớn|to|dữ|dữ dội|lan|nổ|ngùn ngụt|rừng rực|rụi|trụi)",
      `cháy ${PLACE}`,
      `=${PLACE} … cháy`,
      `=${VEHICLE} … cháy`,
      `=cháy ${VEHICLE}`,
      `${PLACE} (bị|đang|đã|vừa)? cháy (rồi|lớn|to|hết|lan)`,
      `${PLACE} … (đang|vừa|đã)? bị cháy`,
      `${PLACE} …… (đang|vừa) cháy`,
      "lửa (đang|đã|vẫn|còn)? (bốc|cháy|lớn|to|bén|lan|bùng|ngùn ngụt|trùm|phun|táp)",
      "nghi (là)? (bị)? cháy",
      "(bén|lan|bùng|tóe|phun) lửa",
      // "bốc lửa" alone also praises a singer
      `${PLACE} …… (bốc|phụt|trào|bắt) lửa`,
      `${VEHICLE} …… (bốc|phụt|trào) lửa`,
      "chết cháy",
      "(chập|chạm) (điện)? cháy",
      `=(khói|lửa) (bốc|phun|trào) (ra|lên) (từ|trong) ${PLACE}`,
      "khói (tràn vào|đầy nhà|đầy phòng)",
      "(bốc|tỏa) khói (đen)? (nghi ngút|mù mịt|cuồn cuộn)",
      "ngạt khói",
    ],
    hints: [
      "=cháy",
      "=lửa",
      "khói … (mù mịt|nghi ngút|cuồn cuộn|dày đặc|bốc lên|đầy)",
      "(bốc|tỏa) khói",
      "=khói",
      "khét",
      "(chập|chạm) điện",
      `${PLACE} …… cháy`,
    ],
  },
  {
    id: "gas",
    services: ["114"],
    signals: [
      "(rò|rò rỉ|xì|hở|rỉ) (khí)? (gas|ga)",
      "mùi (khí)? (gas|ga)",
      "(bình|khí) (gas|ga) …… (nổ|phát nổ|rò|xì)",
      "(nổ|phát nổ) (bình)? (gas|ga)",
      "(tiếng|vụ) nổ (lớn|to|rất to|mạnh)",
      "phát nổ",
      "=(nổ tung|nổ lớn)",
    ],
    hints: ["=nổ"],
  },
  {
    id: "unconscious",
    services: ["115"],
    signals: [
      "bất tỉnh",
      "=(không|chưa|hết) tỉnh",
      "(ngất xỉu|hôn mê|lịm đi|=ngất|=xỉu|=bất động)",
      "(bị|lên cơn) ngất",
      "ngất (lịm|đi|ngay|luôn|rồi)",
      "xỉu (rồi|ngang|luôn|xuống|ra)",
      "(nằm|ngồi|người) bất động",
      "(ngã|lăn|té|gục) (ra|xuống|quỵ) (đất|sàn|đường)? … (không|bất) (tỉnh|cử động|nhúc nhích|động đậy|dậy)",
      "(ngã|té|trượt chân|nằm) …… không (dậy|đứng dậy|ngồi dậy|đứng lên|cử động) (được|nổi)",
      "(gọi|lay|kêu) (mãi)? không (tỉnh|dậy|thưa|cựa|động đậy)",
      "(nằm|ngồi) im không (cử động|nhúc nhích|động đậy|thở)",
      "(gục|ngã quỵ|ngã gục) (xuống|tại chỗ)",
      "(ngã quỵ|ngã vật|=quỵ xuống|lịm dần|mê man)",
      "(nằm|ngã) gục",
      "không (còn)? (cử động|nhúc nhích)",
    ],
    hints: ["=gục", "(nằm|ngã) im", "(ngã|té) (ra|xuống|vật ra)", "(gọi|lay|kêu) (mãi)? không (trả lời|phản ứng)"],
  },
  {
    id: "breathing",
    services: ["115"],
    signals: [
      "(không|ngừng|ngưng|tắt|khó|hết|chẳng|chưa) thở",
      "thở không (được|nổi|ra hơi)",
      "ngạt thở",
      "=(tím|tím tái|tái) (môi|mặt)",
      "=(môi|mặt) (tím|tím tái|tái xanh|tái mét)",
      "(môi|mặt) (tím tái|tái xanh|tái mét)",
      "=(sặc|hóc|hóc phải|nuốt phải) (sữa|nước|xương|xương cá|dị vật|đồng xu|kẹo|hạt|đồ chơi|thức ăn)",
      "(hóc|sặc) (xương|xương cá|dị vật|đồng xu|sữa)",
      "nuốt phải (viên|cục|cái|hạt|miếng)? (đồng xu|dị vật|pin|đồ chơi|nam châm)",
      "(ngừng|ngưng) (tim|đập)",
      "tim (ngừng|ngưng) (đập)?",
      "=cơn (hen|suyễn)",
      "lên cơn (hen|suyễn)",
    ],
    hints: ["thở (dốc|gấp|khò khè|yếu)", "sặc sụa"],
  },
  {
    id: "medical",
    services: ["115"],
    signals: [
      "đột quỵ",
      "méo (miệng|mặt)",
      "(miệng|mặt) (méo|méo xệch|lệch)",
      "co giật",
      "sùi bọt mép",
      "(ngộ độc|trúng độc)",
      "(uống|uống phải|nuốt) … (thuốc sâu|thuốc chuột|thuốc diệt cỏ|thuốc trừ sâu|thuốc ngủ|nhiều thuốc|axit|xăng|dầu hỏa|nước tẩy|thuốc tẩy|chất tẩy|nước rửa|cồn)",
      "(uống|nuốt) nhầm",
      "(tự tử|tự sát|treo cổ|cắt cổ tay|rạch tay)",
      "(đòi|định|muốn)? nhảy (lầu|cầu|sông|xuống)",
      "(đau|tức|ôm) ngực",
      "(đau tim|nhồi máu|lên cơn tim|cơn đau tim)",
      "(vỡ ối|chuyển dạ|đẻ rơi|sắp đẻ|sắp sinh|đau đẻ)",
      "sốc (phản vệ|thuốc)",
      "=(ong|ong vò vẽ|ong bắp cày|ong đất) (đốt|chích)",
      "(sưng|phù) (nề|vù|to|húp)? (mặt|môi|họng|cổ họng|lưỡi|mí mắt|toàn thân|cả người)",
      "(mặt|môi|họng|lưỡi|mí mắt|toàn thân|cả người) (sưng|phù) (phù|vù|to|nề|húp)?",
      "dị ứng (nặng|thuốc|toàn thân|khó thở)",
      "(bỏng|phỏng) (nặng|nước sôi|dầu|xăng|axit|khắp|cả người)",
      "(bị)? (rắn|chó dại) cắn",
      "(gọi|cần|kêu|đưa đi) (cấp cứu|xe cấp cứu|xe cứu thương|cứu thương)",
      "xe (cấp cứu|cứu thương)",
    ],
    hints: ["cấp cứu", "=(bỏng|phỏng)", "(sốt cao|ói ra máu|nôn ra máu)", "(không|chẳng) nói (được|ra lời|nên lời)"],
  },
  {
    id: "injury",
    services: ["115"],
    signals: [
      "=(chảy|mất|ra|phun|trào|đổ|ộc) (nhiều)? máu",
      "(chảy|mất|phun|trào|ộc) máu (nhiều|quá|lắm|không|ra|me|đầy|khắp)",
      "(chảy|mất|ra) nhiều máu",
      "=máu (chảy|me|ra|phun|loang|không cầm|me đầy|khắp|đầy)",
      "máu (me|chảy nhiều|chảy không|không cầm|loang)",
      "=(đầy|vũng) máu",
      "(bê bết|dính đầy) máu",
      "không cầm (được)? máu",
      "bị thương (nặng|nhiều|rất nặng)",
      "=thương (nặng|rất nặng)",
      "(bị)? (xe|ô tô|xe tải|xe máy|xe khách|tàu) (tông|húc|kéo lê)",
      "=(bị)? (xe|ô tô|xe tải|xe máy|xe khách|tàu) (đâm|cán|hất)",
      "(tông|đâm|cán) (phải|qua|vào) (người|xe|bé|em|cháu)",
      "tai nạn (giao thông|xe|liên hoàn|thảm khốc)? … (bị thương|nằm|chảy máu|bất tỉnh|kẹt|ngay|đang|vừa)",
      "(đang|vừa|vừa mới|mới) (bị|có|xảy ra|gặp)? (tai nạn|vụ tai nạn)",
      "(gãy|dập) (chân|tay|xương|cổ|sống lưng)",
      "(đập|đập mạnh) đầu",
      "=va đầu",
      "vết thương (sâu|lớn|nặng|hở|đang chảy)",
      "(đứt|cụt) (tay|chân|ngón|động mạch)",
      "(rơi|đổ|văng|sập) trúng (đầu|người)",
      "(rơi|ngã|té) (từ)? (trên)? (cao|giàn giáo|mái|tầng|cây|cầu thang|lầu)",
      "(nhiều|có)? người bị thương",
    ],
    hints: ["tai nạn", "bị thương", "=máu"],
  },
  {
    id: "drowning",
    services: ["115", "114"],
    signals: [
      "(đuối nước|chết đuối|chìm nghỉm|=đuối|=chìm)",
      "(bị|đang|sắp) chìm",
      `(rơi|ngã|té|rớt|trượt|lọt|lao|nhảy|trôi|lăn) (chân)? (xuống|vào|xuống dưới) ${WATER}`,
      "(ngã|té|rớt|trượt chân|lọt) (sông|suối|ao|hồ|giếng|kênh|mương|biển|vực|hố|cống)",
      "(nước|lũ|sóng|dòng nước) (cuốn|cuốn trôi|cuốn đi|nhấn chìm)",
      "cuốn trôi",
      "(lật|chìm) (thuyền|ghe|đò|xuồng|ca nô|tàu|thúng|bè)",
      "(thuyền|ghe|đò|xuồng|ca nô|tàu|thúng|bè) (bị|đã)? (lật|chìm|đắm)",
      "tắm (sông|suối|biển|hồ|ao|kênh) …… (chưa|không|mất) (thấy|lên|về|tăm)",
      `(mất tích|mất tăm) (dưới|trên|ngoài)? ${WATER}`,
    ],
  },
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
      "(hành hung|ẩu đả|hỗn chiến|xô xát|đập phá|thanh toán nhau)",
      "(cầm|mang|vác|rút|vung|khua|dí|kề) (dao|mã tấu|hung khí|gậy|súng|kiếm|rựa|dao phay|tuýp sắt)",
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
    ],
    hints: ["(cướp|trộm|=đánh)", "bạo lực"],
  },
  {
    id: "threat",
    services: ["113"],
    signals: [
      "(dọa|hăm dọa|đe dọa|đòi|định|hăm) (giết|chém|đánh|đốt|tạt|xử|thủ tiêu|đâm|bắn|cho nổ|phóng hỏa)",
      "(tạt|ném|hắt) (axit|a xít|xăng|mắm tôm)",
      "uy hiếp",
      "(bao vây|vây) nhà",
      "(cầm|mang|xách) (xăng|can xăng|bình xăng)",
    ],
    hints: ["(dọa|đe dọa|hăm dọa|khủng bố|dọa dẫm)", "(theo dõi|rình rập) …… (sợ|lo)"],
  },
  {
    id: "kidnapping",
    services: ["113"],
    signals: [
      "bắt cóc",
      "tiền chuộc",
      "(bắt|dụ|lôi|dắt|kéo) … (đi mất|đi đâu mất|mất rồi|lên xe lạ|lên xe rồi)",
      "(người lạ|xe lạ|kẻ lạ|đứa lạ) … (bắt|dụ|dắt|dẫn|bế|lôi|kéo|chở|đưa|ôm)",
      `${PERSON} … bị (bắt|dắt|dụ|dẫn|bế|lôi|đưa) (đi|mất|lên xe)`,
      "(bị|bắt)? (nhốt|giam|trói|giam giữ) …… (không cho|trong phòng|trong nhà|trong xe)",
      "bị … (giữ|giữ lại|cầm giữ|khống chế|bắt giữ) …… (không cho về|không cho ra|không cho đi|không cho gọi|không cho liên lạc|trong phòng|trong nhà|trong xe)",
      "(lừa bán|buôn người|bán sang)",
      "(mất tích|lạc mất|đi lạc) (từ|chưa|đến giờ|cả|mấy)",
      // a child gone longer than it should be
      "(con|cháu|bé|con gái|con trai|thằng bé|con bé) …… (đi học|đi chơi|ra ngoài|đi) …… (chưa|không thấy|vẫn chưa|chưa thấy) (về|thấy về)",
    ],
    hints: ["(mất tích|lạc mất)"],
  },
  {
    id: "power_line",
    services: ["114"],
    signals: [
      "dây (điện|cáp điện|trung thế|cao thế|hạ thế) … (đứt|rơi|rớt|sà|chạm đất|tóe lửa|phát lửa|bốc cháy|cháy|nổ|chập|đổ|võng sát|xẹt|rơi xuống)",
      "(đứt|rơi|rớt|chập|cháy) (dây điện|dây cáp điện|đường dây điện|dây trung thế|dây cao thế)",
      "cột điện …… (đổ|gãy|ngã|sập|đổ sập|đè|nghiêng đổ)",
      "(đổ|gãy|ngã) cột điện",
      "(trạm biến áp|máy biến áp|biến thế) (bị)? (nổ|cháy|bốc cháy|bốc khói|chập)",
      "(tóe|phát|xẹt|tia) lửa (điện)?",
    ],
  },
  {
    id: "electric_shock",
    services: ["115"],
    signals: [
      "điện giật",
      "(bị)? giật điện",
      "(bị)? (điện)? giật (chết|bất tỉnh|ngã|văng|trên cột)",
      "(chạm|dính|đụng) (vào)? (điện|dây điện|dây trần|ổ điện)",
    ],
    hints: ["(rò|rỉ|rò rỉ) điện"],
  },
  {
    id: "collapse",
    services: ["114"],
    signals: [
      `=${STRUCTURE} … (bị|đã|vừa|đang|bỗng)? ${COLLAPSES}`,
      `${STRUCTURE} ……… (bị|đã|vừa|đang|bỗng) ${COLLAPSES}`,
      `${STRUCTURE} …… (đang|bị|đã)? (nứt toác|nghiêng dần|nghiêng hẳn|đổ nghiêng|=sắp sập|=sắp đổ|chực đổ|chực sập)`,
      `${STRUCTURE} … ${COLLAPSES} (rồi|xuống|hết|mất|đè|lên)`,
      `${COLLAPSES} ${STRUCTURE}`,
      "=(đè|vùi|vùi lấp|chôn vùi) (lên|dưới|bên dưới|trong)? (người|xe|nhà|hai|ba|nhiều|mấy|cả)",
      "(bị|đổ|sập) (đè|vùi|vùi lấp) (lên|dưới|bên dưới|chết|người|trong|mất|hết)",
      "=bị (đè|vùi|vùi lấp)",
      "(vùi lấp|chôn vùi)",
      "(ngã|gãy|sập) (xuống)? đè",
      "=đổ (xuống)? đè",
      "(bị)? sụt (xuống|hầm)",
    ],
  },
  {
    id: "landslide",
    services: ["114"],
    signals: [
      "(sạt lở|lở đất|lở núi|sạt núi|sạt đồi|đất lở|núi lở|đá lở|lở đá|sạt taluy|=sạt)",
      "(lũ quét|lũ ống|lũ bùn)",
      "=đất đá … (đổ|tràn|lăn|rơi|sạt|vùi|lấp|trôi)",
      "đất đá … (đổ|tràn|lăn|rơi|sạt|trôi) (xuống|vào|lên)",
      "(núi|đồi|vách núi|taluy) … (đổ|lở|sạt|sụp|sập) xuống",
    ],
  },
  {
    id: "flood",
    services: ["114"],
    signals: [
      "nước (lên|dâng|lũ dâng|lũ lên) (nhanh|cao|quá|rất|ào ào|ngập)",
      "nước (lũ)? (đang)? (dâng|lên) (cao)? … (nhanh|kẹt|cứu|ngập nhà)",
      "(ngập|nước) (tới|đến|ngang|quá) (ngực|cổ|đầu|nóc|mái|mái nhà|nóc nhà|cửa sổ|trần)",
      "(lũ về|lũ lên|lũ đến|nước lũ|lũ lớn|lũ tràn|đỉnh lũ)",
      "(vỡ đê|vỡ đập|tràn đê|đê sắp vỡ|đập sắp vỡ|vỡ bờ bao)",
      "(đê|đập|bờ bao) (bị|đã|vừa)? (vỡ|bục|sắp vỡ)",
      "(=cô lập|bị cô lập)",
      "(ngồi|trèo|leo) (lên|trên) (mái|nóc|nóc nhà|mái nhà)",
    ],
  },
  {
    id: "trapped",
    services: ["114"],
    signals: [
      "(mắc kẹt|còn kẹt|kẹt lại) (bên trong|trong|dưới|trên|ở trong)?",
      "(người|ai|nhà|con|cháu|công nhân|mọi người|chúng tôi|tôi|tui|mình|cả nhà|đứa|đứa nhỏ|trẻ|bé|em bé|ông cụ|bà cụ) …… bị kẹt (bên trong|trong|dưới|trên|ở trong|ở tầng|trên tầng)",
      "(gặp nạn|bị nạn)",
      "kẹt (trong|giữa)? thang máy",
      "(người|ai|mọi người|con|cháu|ông|=bà|bé|cả nhà|công nhân) …… (trong|bên trong|ở trong) (nhà|phòng|đó|ấy|xưởng)? (chưa|không|chẳng) (ra|thoát|chạy) (ra)? (được|kịp)?",
      "(kêu cứu|la cứu|kêu la cứu)",
      "(cứu nạn|cứu hộ)",
    ],
    hints: ["(chưa|không) (ra|chạy|thoát) (ra)? (được|kịp)", "không (thấy|tìm được|có|còn) (đường|lối) (ra|thoát)"],
  },
];

/** Calls for help: an emergency by themselves, even beside paperwork words ("cứu với", "gọi 115 giúp"). */
export const HELP_CALLS: readonly string[] = [
  "cứu (với|tôi|tui|em|con|cháu|mình|chúng tôi|bọn tôi|mẹ|má|bố|ba|anh|chị|ông|bà|bé|người|mạng|giúp|gấp|nhanh|mọi người)",
  "gọi (giúp|giùm|hộ|ngay)? (cấp cứu|cứu thương|xe cứu thương|cứu hỏa|chữa cháy|113|114|115)",
  "gọi (giúp|giùm|hộ|ngay|gấp) (công an|cảnh sát)",
  "(sos|nguy kịch)",
];

/** A message made only of these words is a call for help ("cứu", "cuuu"). */
export const HELP_ALONE: readonly string[] = ["cứu", "cứu cứu", "cứu với", "help"];

/** Signs that something is happening now; looked for within three words of a situation. */
export const NOW_MARKERS: readonly string[] = [
  "(mau|mau lên|lẹ lên|nhanh lên|giúp với|giùm với|đến ngay|tới ngay|đang|vừa|vừa mới|mới|ngay|bây giờ|lúc này|hiện giờ|kìa|rồi|quá|lắm|nhanh|gấp|liên tục|tự nhiên|đột nhiên|đột ngột|bỗng|bỗng nhiên|trời ơi|ơi|nguy hiểm|khẩn cấp|nguy cấp|khẩn)",
];

/**
 * Words of paperwork, of a report about a past or recurring matter, or of a request to the ward: beside them a
 * situation word is most likely the subject of a procedure ("giấy chứng tử", "hỗ trợ nhà bị sập") or of a feedback.
 */
export const CONTEXT_MARKERS: readonly string[] = [
  // procedures
  "(thủ tục|hồ sơ|giấy tờ|giấy|làm lại|cấp lại|cấp đổi|xin cấp|cấp giấy|đăng ký|khai tử|chứng tử|trích lục|trợ cấp|hỗ trợ|bồi thường|đền bù|chế độ|bảo hiểm|lệ phí|mẫu đơn|làm đơn|viết đơn|đơn xin|xác nhận|hưởng|chứng nhận|giấy phép|quy định|tuyên bố|thẩm duyệt|chứng chỉ|hướng dẫn|huấn luyện|khắc phục|thiệt hại|tử tuất|mai táng|khuyết tật|thương tật|thương binh|liệt sĩ|người có công|nạn nhân|chi phí|bao nhiêu|như thế nào|thế nào|làm sao để|cần gì|=ở đâu|nộp ở đâu|làm ở đâu|có được|được không|có phải|nộp|sơ cứu)",
  // reports and requests to the ward
  "(đề nghị|kiến nghị|phản ánh|đề xuất|tăng cường|tuần tra|xử lý|nhắc nhở|tố cáo|khiếu nại|kiểm tra|mong phường|nhờ phường|mong|điều tra|làm rõ|xem xét|giải quyết|cắt tỉa|khơi thông|tình trạng)",
  // the past, or a recurring matter
  "(hôm qua|tối qua|đêm qua|sáng qua|chiều qua|hôm trước|tuần trước|tháng trước|năm ngoái|năm trước|hồi trước|trước đây|từ nhỏ|lâu năm|dạo này|thường xuyên|hay bị|đã mất|qua đời|mất rồi|hồi tháng|hồi năm|thỉnh thoảng|mỗi tối|mỗi đêm|đêm nào|tối nào|ngày nào|nhiều lần|suốt)",
  "(phim|bộ phim|truyện|tiểu thuyết|game|trò chơi|diễn tập|kịch bản|rạp phim|rạp chiếu|chiếu ở rạp|có lần)",
  "(hay có|hay xảy ra|thường có|thường xảy ra|có hôm|nhiều hôm|hôm nào|tái diễn|kéo dài|về đêm|ban đêm|mỗi ngày|hằng ngày|tụ tập|nhậu nhẹt)",
];

/**
 * Nuisances the ward hears about every day, and near misses: beside them a situation word is part of the
 * complaint ("đốt rác khói mù mịt", "nẹt pô tiếng nổ lớn", "suýt đâm vào người"), however "now" it is. Only a
 * call for help overrides them.
 */
export const NUISANCE_MARKERS: readonly string[] = [
  "đốt (rác|rơm|rạ|lá|vàng mã|nhựa|đồ|than|cỏ)",
  "(nẹt pô|nổ pô|rú ga|đua xe|hát karaoke|mở karaoke|loa kéo|mở nhạc|tiếng ồn|ồn ào)",
  "(suýt|xém|xíu nữa|may mà|may là)",
  "(nước|cống|mưa) … không (thoát|chảy)",
];

/**
 * A nuisance that has got out of hand: beside these a nuisance no longer hides the situation ("đốt rác cháy lan
 * sang bãi cỏ", "lửa không dập được").
 */
export const ESCALATIONS: readonly string[] = [
  "(cháy|lửa) (lan|bén|lan rộng|bùng lên)",
  "(lan|bén) (sang|tới|đến|vào|ra) (nhà|khu|bãi|xưởng|kho|rừng|cả|hàng|dãy)",
  "không (dập|dập tắt|khống chế|dập được) (được|nổi)?",
  "mất kiểm soát",
];

/** Look-alikes: where these stand, the situation words inside them mean something else. */
export const LOOK_ALIKES: readonly string[] = [
  "(phòng cháy|chữa cháy|pccc|cháy hàng|cháy vé|cháy túi|cháy nắng|cơm cháy|cháy nồi|cháy khét)",
  "(ăn chay|đồ chay|món chay|cơm chay|chay tịnh|chạy thận|chạy xe|chạy bộ|chạy việc|chạy chữa|chạy chợ|chạy trường|chạy hàng)",
  "(vật liệu nổ|thuốc nổ|pháo nổ|nổ máy|bùng nổ)",
  "(hiến máu|nhóm máu|xét nghiệm máu|thử máu|truyền máu|huyết áp|máu lạnh|máu lửa|máu mặt|máu mủ)",
  "(đánh giá|đánh số|đánh máy|đánh dấu|đánh thuế|đánh bắt|đánh bạc|đánh vần|đánh cá|đánh tiếng|đánh răng|đánh điện)",
  "(ngắt|cắt|mất|cúp) (điện|nước|mạng)",
  "(chờ|đợi|một|tí|chút|hỏi) xíu",
  "(trộm vía|mất trộm|bị trộm mất|bổ sung|súng săn|súng thể thao|vũ khí thể thao)",
  "(mất tích lâu|tuyên bố mất tích|người mất tích)",
  "(kẹt xe|tắc đường|kẹt tiền|kẹt lịch)",
  "(sắp xếp|sắp đặt|tạm giữ|trông giữ|giữ xe|lưu giữ|gìn giữ|giữ gìn|giữ chỗ)",
  "(cứu trợ|nghiên cứu|cựu chiến binh)",
  "(bất động sản|bất đồng ý kiến|bất đồng quan điểm|thổ cư)",
  "đe dọa (an toàn|sức khỏe|môi trường)",
  "(đánh bài|đánh đề|đánh lô|đánh cờ|đánh bóng|đánh trống|đánh nhạc|đánh võng)",
  // a risk, not an event: "nguy cơ cháy nổ", "dễ gây tai nạn", "sợ sập"
  "(nguy cơ|dễ|dễ gây|dễ bị|có thể|có thể gây|tiềm ẩn|đề phòng|phòng tránh|phòng chống|gây nguy hiểm|sợ|lo|e) (xảy ra|gây|bị)? (cháy nổ|cháy|hỏa hoạn|chập cháy|chập điện|điện giật|sập|đổ|sụp|đổ sập|ngập|sạt lở|tai nạn|đuối nước|rò rỉ|rò điện|mất an toàn|nổ)",
];

/** Chat shorthand that appears in emergencies, with its words ("ng" → "người"). */
export const EMERGENCY_SHORTHANDS: Readonly<Record<string, string>> = {
  ng: "người",
  ngta: "người ta",
  ko: "không",
  k: "không",
  kh: "không",
  hok: "không",
  dc: "được",
  đc: "được",
  vs: "với",
  bv: "bệnh viện",
  cc: "cấp cứu",
  r: "rồi",
  ms: "mới",
  cuuu: "cứu",
  cuuuu: "cứu",
};
