/**
 * Words around a situation: calls for help, signs of "now", paperwork and the past, nuisances, look-alikes and
 * chat shorthand. Pattern syntax: see ../phrase-matcher.ts.
 */
import type { EmergencySituationId } from "./types.vi.js";
import { ENGLISH_HELP, ENGLISH_NOW } from "./english.js";

/** A nuisance: the situations it explains, or "after": whatever the next few words name (a near miss). */
export interface Nuisance {
  markers: readonly string[];
  explains: readonly EmergencySituationId[] | "after";
}

/** Calls for help: an emergency by themselves, even beside paperwork words ("cứu với", "gọi 115 giúp"). */
export const HELP_CALLS: readonly string[] = [
  // a cry repeated is a cry wherever it stands ("cuu cuu cuu nuoc ngap het")
  "cứu cứu cứu",
  // a cry naming the fire ("cuu chay voi")
  "cứu (cháy|hỏa|hoả) (với|voi|vs|vơi)",
  ...ENGLISH_HELP,
  "cứu (với|tôi|tui|em|con|cháu|mình|chúng tôi|bọn tôi|mẹ|má|bố|ba|anh|chị|ông|bà|bé|người|mạng|giúp|gấp|nhanh|mọi người)",
  "(sos|nguy kịch)",
  // asking those around for first aid ("ai biết sơ cứu thì làm giúp")
  "(ai|có ai|ai đó|ai ở đó) (biết|rành)? (sơ cứu|cấp cứu|hô hấp nhân tạo)",
  // someone held asking to be got out ("xin giúp tôi ra ngoài", "cứu em ra khỏi đây")
  "(giúp|cứu) (tôi|em|tui|mình|con|chúng tôi|bọn em) (ra ngoài|thoát ra|ra khỏi|thoát khỏi)",
  // someone else's cry passed on ("một đứa lén gọi cho tôi cầu cứu")
  "(gọi|nhắn|nhắn tin) (cho tôi|cho em|cho mình|về)? (để)? cầu cứu",
];

/** Requests to call a number for the citizen: a call for help too, unless asked about as a plan ("khi nào thì gọi 115"). */
export const SERVICE_CALLS: readonly string[] = [
  "gọi (giúp|giùm|hộ|ngay)? (cấp cứu|cứu thương|xe cứu thương|cứu hỏa|chữa cháy|113|114|115)",
  "gọi (giúp|giùm|hộ|ngay|gấp) (công an|cảnh sát)",
  // the number called on by name ("113 ơi có người bắn nhau")
  "(113|114|115) (ơi|oi)",
  // a crew shouted for ("CẤP CỨU ĐÂU!!!"; the fire brigade's is a fire signal)
  "(cứu thương|cấp cứu|công an) (đâu|đâu rồi) (rồi)? (ơi|hết)?",
];

/**
 * A condition or a plan, not an event: a situation named after these is asked about ("nếu có cháy thì gọi số nào",
 * "lỡ có người ngất thì làm gì", "trường hợp bị điện giật…"), so it counts only with a sign of "now" beside it; a
 * situation named before them stands ("dọa đốt nhà nếu vợ không ra"). They hide a request to call a number too
 * ("khi nào thì gọi 115"), never a cry for help ("cứu với").
 */
export const HYPOTHETICALS: readonly string[] = [
  // a visitor asking ahead ("How to call ambulance in Vietnam? Just asking")
  "(how to|how do i|how do you|how can i|what number|which number|in case|just asking|before my trip|what if|if someone|if anyone|if my|if we|if i|if a|which hospital|nearest hospital|closest hospital)",
  "(lỡ|nhỡ|lỡ như|nhỡ như) (sau này|mai này|mai mốt|mai kia)",
  // what something is for ("học bơi cho khỏi chết đuối")
  "(cho|để) khỏi (bị)?",
  // a first-aid exercise asked about ("làm bài tập sơ cứu, gặp người đuối nước thì phải làm gì")
  "(gặp|thấy) (người|ai|trẻ|em bé) …… thì (phải|nên|cần)? (làm gì|làm sao|xử lý thế nào|xử lý sao)", "bài tập sơ cứu",
  "(nếu|giả sử|giả như|giả dụ|lỡ như|lỡ mà|lỡ có|nhỡ như|nhỡ mà|nhỡ có|phòng khi|phòng trường hợp|trường hợp|trong trường hợp|khi nào|mỗi khi|mỗi lần|khi có|khi bị|khi gặp|khi xảy ra|hỏi để|hỏi trước|để chuẩn bị|để phòng)",
];

/**
 * Consequences: what a danger does to people, or that it is getting worse, said without naming it ("không xuống
 * được", "gọi không thưa", "vẫn đang lên", "kẹt trên mái", "trong phòng còn hai đứa nhỏ"). Alone they are no
 * emergency; beside a hint of a situation ("khói", "nước ngập tới bụng", "mặt trắng bệch") they make one, as a
 * small frame: a hazard or a bodily state, and a person it is happening to now.
 */
export const CONSEQUENCES: readonly string[] = [
  // someone who followed the citizen waiting outside where they hid ("chạy vào tiệm tạp hóa mà nó vẫn đứng ngoài chờ")
  "(nó|hắn|thằng đó|thằng kia|gã đó|người đó|tụi nó|bọn nó)? (vẫn|còn|cứ) (đứng|đợi|chờ|rình|lảng vảng) (ở)? (ngoài|bên ngoài|ngoài cửa|trước cửa|trước tiệm|trước nhà|trước cổng) (chờ|đợi|rình|canh)?",
  // someone gone from sight where it happened ("đất đổ ụp xuống, không thấy anh công nhân đâu nữa")
  "(không|chẳng|ko|hổng) (còn)? thấy (anh|chị|người|ai|ông|bà|em|con|cháu|cậu|thằng|bé|nó|mấy|hai|ba) …… đâu (nữa|hết)?",
  // knocked or called and nobody answers, or only after long ("gõ cửa không ai trả lời", "gọi mãi mới mở mắt")
  "(gõ|đập|gọi|kêu) (cửa)? (mãi|mấy lần|hoài)? (không|chẳng|hổng|hông|ko) (ai)? (trả lời|thưa|mở|lên tiếng)",
  "(gọi|lay|kêu) (mãi|hoài|mấy lần) mới (mở mắt|tỉnh|thưa|dạ)",
  // someone who cannot be pulled up or out ("treo lơ lửng bằng dây an toàn, không kéo lên được")
  "(không|chẳng|chưa) (kéo|lôi|rút|đưa) (lên|ra|xuống|vào) (được|nổi)",
  "(không|chẳng|chưa|hết) (thể|còn|tự)? (ra|xuống|lên|thoát|chạy|đi|đứng|ngồi dậy|đứng dậy|dậy|thở|nói|nhấc|nhấc lên|cựa|bơi|mở mắt|mở cửa|trả lời|thưa|cầm|về|khóc|ho|rút|rút chân|rút tay|buông) (ra|lên|xuống|chuyện|vào)? (được|nổi|kịp)",
  "(không|chẳng) (còn)? (biết gì|cựa quậy|động đậy|nhúc nhích|phản ứng|trả lời|thưa|tỉnh|mở mắt)",
  "(gọi|hỏi|lay|kêu) …… (không|chẳng) (thưa|trả lời|biết gì|phản ứng|tỉnh|dạ)",
  "(còn|vẫn còn|đang) (ở)? (trên|trong|dưới) (lầu|gác|tầng|phòng|nhà|đó|mái)",
  "(còn|vẫn còn|vẫn) ở (trên|trong|dưới|bên dưới|bên trong) (đó|ấy|lầu|gác|tầng|phòng|nhà|mái|hầm)?",
  // people left inside ("khách vẫn còn bên trong đập cửa kính")
  "(người|khách|hành khách|công nhân|ai|con|cháu|bé) (vẫn|còn|vẫn còn) (ở)? (bên trong|trong đó|trong xe)",
  // people counted inside ("kẹt giữa tầng 12 và 13, có 4 người bên trong")
  "(có|còn) (1|2|3|4|5|6|7|8|9|10|một|hai|ba|bốn|năm|sáu|mấy|vài|nhiều) (người|đứa|cháu|khách|công nhân) (ở)? (bên trong|trong đó)",
  "(không|chẳng) (liên lạc|gọi|liên hệ) (được|nổi)",
  "(tìm|kiếm) (mãi|hoài|khắp|cả buổi|khắp nơi|mấy tiếng)? (không|chẳng|chưa) (thấy|ra)",
  "(xuống|trúng|vào|lên) (giường|nôi|đầu) (em bé|bé|con|cháu|người ta|mọi người)",
  "(không|chẳng) (thành tiếng|thành câu|ra hơi|ra tiếng|nên lời)",
  "(không|chẳng|chưa) (thể)? (xuống|ra|lên|thoát|qua) (cầu thang|thang bộ|lối thoát|hành lang|ngoài|cửa) (được|nổi|kịp)",
  "(không|chẳng|chưa) (tìm thấy|tìm được|thấy|còn) (lối|đường|cửa) (ra|thoát|thoát hiểm)",
  "(gõ|đập|gọi) (cửa)? (hoài|mãi|mấy lần|một lúc) (mà)? không ai (trả lời|thưa|mở|mở cửa)",
  "(không|chẳng|chưa) (thể|tự)? mở được (cửa|cửa xe|cửa kính)",
  "(vẫn|cứ|còn) (đang)? (lên|dâng|lan|chảy|bốc|cháy|rung|nứt|lún|tràn|xẹt)",
  "(mỗi lúc|càng lúc|ngày càng|mỗi lúc một|càng lúc càng|mỗi phút) (một)? (cao|to|lớn|nhiều|mạnh|nặng|yếu|sâu|xiết)",
  "(mắc|bị|còn)? kẹt (chân|tay|đầu|người)? (lại)? (ở)? (trên|trong|dưới|giữa|ở|bên dưới|bên trong) (cồn|mái|nóc|tầng|xe|thang|hầm|gác|phòng|nhà|đó)?",
  "(chạy|bỏ chạy) (tán loạn|toán loạn|thục mạng|hết ra|tứ tán)",
  "không cho (gọi|liên lạc|về|ra ngoài|đi)",
  "(trong|bên trong|dưới|bên dưới|trên) (phòng|nhà|đó|ấy|tầng|gác)? (còn|vẫn còn|đang có) (người|ai|con|cháu|bé|đứa|hai|ba|mấy|ông|bà|cả)",
  "(đang|còn)? (trú|nấp|trốn|núp|kẹt) (trong|dưới|bên trong|vào) (đó|ấy|nhà|phòng|hầm|nhà tắm|tủ|gầm)?",
  "(trốn|núp|nấp) (rồi|kỹ|ở)",
  "(đứng|kẹt|mắc kẹt|ngồi) (trên|giữa) (tảng đá|mỏm đá|cồn|dòng|giữa dòng|nóc xe)",
  "đang (bám|đu|níu) (ở|vào|lấy)?",
  "(chưa|không) (thấy)? về",
  "(không|chẳng) (dập|dập tắt) (được|nổi)",
  "(cứng đơ|co quắp|co người lại|khóc thét)",
  "cửa (bị|đang)? (khóa|chốt) (trong|bên trong|từ trong|trái)",
  "(bám|đu|níu|ôm) (vào|lấy|chặt)? (cành cây|cây|mái|nóc|cột|thành|phao)",
  "(trèo|leo|chạy|phải lên|đưa lên) (lên)? (gác|mái|nóc|tầng trên|nóc nhà|mái nhà|cây)",
  "(chóng mặt|buồn nôn|hoa mắt|khó thở|ho sặc sụa|ngạt|lả đi)",
  "(im bặt|im re|im lặng hẳn|không còn tiếng)",
  "gọi (cửa)? (mà)? không ai (trả lời|thưa|mở|mở cửa)",
  "(gõ|đập|gọi) cửa …… không ai (mở|trả lời|thưa|ra)",
  "không dám (đi tiếp|về|ra|đi|mở cửa)",
  // someone who cannot be moved out by the one writing ("mẹ em bị liệt, em không bế nổi")
  "(không|chẳng|ko|hông) (bế|cõng|khiêng|dìu|vác) (mẹ|bố|ba|má|ông|bà|con|cháu|người|ổng|bả|nó)? (ra|lên|đi|dậy)? (nổi|được|kịp)",
  "(không|chẳng|ko|hông) (đưa|kéo|lôi|đỡ) (mẹ|bố|ba|má|ông|bà|ông bà|con|cháu|ổng|bả) (ra|lên|đi|dậy)? (nổi|được|kịp)",
];

/** A message made only of these words is a call for help ("cứu", "cuuu"). */
export const HELP_ALONE: readonly string[] = ["cứu", "cứu cứu", "cứu với", "help"];

/** Signs that something is happening now; looked for within three words of a situation. */
export const NOW_MARKERS: readonly string[] = [
  ...ENGLISH_NOW,
  // a din that goes on as it is told ("đập cửa rầm rầm")
  "(rầm rầm|ầm ầm|liên hồi|inh ỏi)",
  "(mau|mau lên|lẹ lên|nhanh lên|giúp với|giùm với|đến ngay|tới ngay|đang|vừa|vừa mới|mới|ngay|bây giờ|lúc này|hiện giờ|kìa|nhanh|gấp|liên tục|tự nhiên|đột nhiên|đột ngột|=bỗng|bỗng nhiên|trời ơi|nguy hiểm|khẩn cấp|nguy cấp|khẩn)",
  // a chase to hurt someone is happening as it is told ("vác mã tấu đuổi chém nhau")
  "(rượt|đuổi) (theo)? (chém|đánh|đâm|bắn|nhau)",
  // the rescuers not there yet ("3 thợ mắc kẹt phía trong, tổ cứu hộ mỏ chưa tới")
  "(tổ|đội|bên|lực lượng|xe)? (cứu hộ|cứu hỏa|cứu thương|cấp cứu|công an|cảnh sát) …… (chưa tới|chưa đến|chưa thấy tới|chưa thấy đến|chưa có mặt)",
  // minutes ago: "khoảng 5 phút trước cả mảng đồi trượt xuống"
  "(vài|mấy|1|2|3|5|10|15|một|hai|ba|năm|mười|mươi) phút (trước|nay)",
];

/**
 * Signs of "now" that speak only of what follows them, up to `AFTER_NOW_WORDS` words and until paperwork or the
 * past is named again: "bình xịt hết từ tối qua, giờ con thở rít" (a story of the
 * past that has come to now), but "nhà cháy tháng trước, giờ xin hỗ trợ" is still the past.
 */
export const AFTER_NOW_WORDS = 16;
export const NOW_BEFORE_MARKERS: readonly string[] = [
  "(giờ|giờ thì|giờ đây|mà giờ|nhưng giờ|sáng nay|trưa nay|chiều nay|tối nay|đêm nay|sáng ra|sáng dậy|ngủ dậy)",
  // a sudden turn tells what follows it: "bé vừa bú xong tự nhiên người tím tái dần, môi tím ngắt"
  "(tự nhiên|đột nhiên|đột ngột|=bỗng|bỗng nhiên|bỗng dưng|tự dưng)",
  // the present named outright, in the North's, the Centre's and the South's words
  "(ngay lúc này|lúc này|bây giờ|hiện giờ|chừ|bây chừ|ngay bây giờ|đang|vừa nãy|mới nãy)",
  // since a moment of the past until now: "từ tối qua tôi ngã trong nhà tắm không đứng lên được"
  "(từ|suốt từ) (tối qua|đêm qua|hôm qua|chiều qua|sáng qua|sáng|chiều|trưa|tối|đêm) (tới giờ|đến giờ|đến nay)?",
];

/**
 * A change of subject: what was asked before it ("cho em hỏi làm lại CCCD… à mà khoan") does not frame what follows.
 */
export const TURN_MARKERS: readonly string[] = [
  "(à khoan|à mà khoan|mà khoan|khoan đã|khoan khoan|ơ khoan|nhưng mà khoan|thôi để sau|mà thôi để sau|thôi để lúc khác|để sau đi|để sau hỏi|thôi khỏi hỏi|khỏi hỏi nữa|thôi không hỏi nữa|chuyện giấy tờ để sau|giấy tờ để sau)",
  // "but now…", "but urgent:": the message turns to what is happening ("hỏi về bằng lái. nhưng vừa có xe tông…")
  "(à mà|mà|nhưng|nhưng mà|mà nè|ủa mà) (giờ|vừa|vừa mới|đang|chừ|bây chừ|bây giờ|ngay lúc này|lúc này|hiện giờ|khẩn|gấp|khẩn cấp)",
  // a call to the officers in the middle of a message ("Mà các chú ơi nước sông lên nhanh quá"), "à mà" alone
  "(à|ơ|ủa|mà|nhưng) (các chú|các anh|các chị|các bác|anh|chị|chú|a|c|mọi người|mn|ad|phường) ơi",
  "(à mà|à quên|ơ mà|ủa mà|à còn nữa)",
  // the fire out, but someone hurt ("lửa dập tắt rồi nhưng anh tui bị phỏng nặng khắp người")
  "(nhưng|nhưng mà) (anh|chị|em|ông|bà|con|cháu|bé|thằng|nó|chồng|vợ|ba|má|bố|mẹ|người) (tui|tôi|em|mình|nhà tui|nhà tôi)? (bị|đang|vẫn|còn)",
  // a cry that breaks off the question ("… cơi thêm một tầng… ơ chết, nhà hàng xóm bốc khói")
  "(ơ|ối|ôi|úi) (chết|trời)",
  // "by the way": what follows is another matter ("… đúng không ạ. Nhân tiện, nhà đối diện có tiếng đập phá")
  "(nhân tiện|tiện thể|tiện đây|nhân đây|còn chuyện này|còn việc này)",
  // a sentence that opens with "mà", "nhưng" or "còn" turns from the one before ("…hỗ trợ hông. Mà nước lớn quá")
  "^(mà|nhưng|nhưng mà|còn|có điều|tuy nhiên|ngoài ra)",
  // a story's turn to the event ("dạo này lúa được mùa … đang bó lúa thì có hai thằng lạ mặt …")
  "thì (có|bỗng|bỗng dưng|tự nhiên) (hai|ba|mấy|một|1|2|3|4|bọn|nhóm|đám|tụi|thằng|người|kẻ|gã)",
];

/**
 * Words that read as a sign of "now" only when typed without marks ("2 ngay roi" is "2 ngày rồi", not "ngay"), and
 * "giờ" that is an hour or a schedule ("3 giờ chiều", "giờ hành chính").
 */
export const NOT_NOW_MARKERS: readonly string[] = [
  // met with a storm ("tàu cá gặp bão": unmarked "gap" is also "gấp"), works done in haste or ordered as urgent
  // ("phải làm gấp công trình khắc phục", "lệnh xây dựng khẩn cấp")
  "gặp (bão|nạn|sự cố|mưa|lũ|gió|nước lớn|giông|giông lốc|lốc|sóng|sóng lớn)", "làm gấp", "(xây dựng|công trình|lệnh|thi công) khẩn cấp",
  // a business in hard times ("kho hàng bị cháy, đang khó khăn, không kịp nộp thuế"): no "now" of a danger
  "đang (khó khăn|gặp khó khăn|kẹt tiền|thua lỗ|làm ăn)",
  // the circumstance of a hurt told afterwards ("bị container kẹp gãy chân lúc đang làm, … hồ sơ hưởng chế độ")
  "(lúc|khi|trong lúc|trong khi) đang",
  // lately, not now ("mới rồi nhà bị cháy nên mất luôn tờ giấy đó, giờ xin cấp lại")
  "(mới rồi|mới đây|hồi mới rồi|dạo mới rồi)",
  // everyone, not "just now" ("làm sao nhận biết đột quỵ sớm vậy mọi người": unmarked "moi" is also "mới")
  "mọi người",
  // in hospital already, asked about afterwards ("bị sập lò dập chân đang nằm viện, hồ sơ hưởng chế độ gồm gì")
  "đang (nằm viện|điều trị|nằm điều trị|điều trị ở|nằm bệnh viện|nằm ở bệnh viện)",
  // a state since then, not a moment now: "con gà chết từ hôm qua nằm giữa đường"
  "(chết|hỏng|cúp|mất điện|mất nước|tắc|nghỉ|đóng cửa|bỏ đó|để đó) (từ|suốt từ)",
  // getting up too fast is no hurry ("hay bị choáng ngất khi đứng dậy nhanh")
  "(đứng dậy|ngồi dậy|đứng lên|dậy) nhanh",
  // "vừa rồi", "vừa qua": lately, not just now ("hôm lũ vừa rồi đi cứu hộ thì bị nước cuốn")
  "(vừa rồi|vừa qua)",
  // "ông kia" is that man, not "kìa" (look!)
  "(ông|bà|anh|chị|thằng|người|cô|chú) kia",
  // newly born, married, bought: "vợ tôi mới sinh con ở trạm y tế xã"
  "mới (sinh|đẻ|sanh|cưới|mua|xây)",
  // "đang" right after a supposition is part of it ("giả sử đang chiên mà chảo dầu bốc cháy")
  "(giả sử|giả như|giả dụ|nếu|lỡ|nhỡ|lỡ như|nhỡ như) (mà)? đang",
  // asleep is calm: "hiện ông đang ngủ rồi"
  "(đang|đã) (ngủ|đi ngủ|ngủ say|ngủ rồi)",
  "(1|2|3|4|5|6|7|8|9|10|hai|mấy|vài|nhiều|mười) ngày",
  "(1|2|3|4|5|6|7|8|9|10|11|12|mấy|vài|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|bao|hàng|nửa|mười hai) giờ",
  "giờ (sáng|chiều|tối|trưa|đêm|hành chính|làm việc|giấc|mở cửa|cao điểm|học|ăn|ngủ)",
  // "dang hoang" unmarked is "đàng hoàng" (properly), not "đang"
  "đàng hoàng",
  // "new", not "just now": "làm cái mới", "nó mới 10 tuổi"
  "(cái|chiếc|thẻ|sổ|bản|giấy|bằng|nhà|xe|lô|lô đất|căn|chỗ ở|nơi ở|khu) mới",
  // works going on, not a danger now ("nhà đang xây dở dang")
  "đang (xây|xây dựng|xây nhà|sửa|sửa nhà|thi công|làm nhà)", "=dở dang",
  "mới (có|được|chỉ)? (1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|mấy|vài|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (tuổi|tháng tuổi|lớp)",
  // meeting, not hurry: unmarked "neu gap nguoi bi dien giat" is "nếu gặp", not "gấp"
  "(nếu|khi|lỡ|nhỡ|mỗi khi|khi nào|trường hợp) (mà)? (gặp|bắt gặp)",
  "(gặp|bắt gặp) (tai nạn|vụ|cảnh|người bị|chuyện|đám|cướp|trộm|kẻ gian|côn đồ)",
  // one, in a supposition: "nếu nhà cao tầng bị cháy mà mình đang kẹt trong thang máy thì nên làm gì"
  "(mà|lỡ|nếu|khi) (mình|ta) (đang)",
  // a plan, not a state: "giờ về nước sống và muốn…", "giờ muốn xin…"
  "giờ (về|đi|muốn|cần|định|tính|làm|xin|phải|lên|ra|mới|em muốn|tôi muốn|mình muốn)",
];

/**
 * A threat says what will happen on a condition ("dọa nếu không đưa tiền thì sẽ giết vợ con"): a condition right
 * after these words is the threat's, not the citizen's question.
 */
export const THREAT_FRAMES: readonly string[] = ["(dọa|đe dọa|hăm dọa|hăm|dọa là|tống tiền|bắt phải|ra điều kiện)",
  // a threat reported with a knife in hand ("tụi nó có dao rọc giấy, nói nếu ko đưa tiền là rạch mặt em")
  "(có|cầm|rút) (dao|dao rọc giấy|dao bấm|kéo|mã tấu|gậy) …… (nói|bảo|hăm)"];

/**
 * Words of feeling that make a bare hint a shout ("khói quá", "cháy rồi") but say nothing of "now" in a story or
 * a complaint ("say xỉn rồi đập phá", "vụ án giết người hay quá"): they lift hints, never paperwork or the past.
 */
/**
 * Laughter: a message that laughs is telling a joke or a story, so a cry for help inside it is quoted, not made
 * ("hôm qua thằng em la 'cứu tui với' vì con gián bay vô mặt, cười bể bụng").
 */
/**
 * Play and fiction: a cry for help in a game, a film or a drill is quoted, not made ("mê game bắn súng, cả ngày la hét
 * 'giết nó đi, cứu tao với'"). Like laughter, these turn a cry for help into words of the story.
 */
export const PLAY_FRAMES: readonly string[] = ["(phim|bộ phim|clip|video|tập) …… (mới)? có cảnh", "(chơi đồ hàng|làm bộ làm)", "(đoàn phim|quay cảnh|cảnh quay|đóng phim)", "(làm|đang làm) bài tập (sơ cứu|về|môn)",
  // a driving-licence lesson or its theory questions ("học lái xe, bài sơ cấp cứu người bị điện giật, câu hỏi lý thuyết")
  "(học|thi) (lái xe|bằng lái|sát hạch|lý thuyết)", "(ôn thi|ôn tập|=ôn) (bằng lái|sát hạch|lý thuyết)", "câu hỏi (lý thuyết|sát hạch|trắc nghiệm)", "(chắc giỡn|chắc ổng giỡn|chắc bả giỡn|nói giỡn|giỡn chơi|sinh nhật bất ngờ|tiệc bất ngờ|bất ngờ sinh nhật|đống bài tập|núi bài tập|bài tập về nhà|chơi trò|cảnh sát bắt cướp|trốn tìm|troll|cá tháng tư|đùa thôi|giỡn thôi|=nói đùa|chọc thôi|hóa ra đùa|tập kịch|vở kịch|đóng vai|vai diễn|câu thoại|lời thoại|tv đang chiếu|tivi đang chiếu|ti vi đang chiếu|tv chiếu|tivi chiếu|ti vi chiếu|truyền hình chiếu|phóng sự|coi phim|phim tối qua|phim hôm qua|đoạn phim|tập phim|đánh boss|qua màn|=qua ải|game|trò chơi|chơi game|free fire|liên quân|pubg|bộ phim|xem phim|phim hành động|kịch bản|diễn tập|đóng kịch|tiểu thuyết|clip hài|video hài|lol|bài hát|câu hát|lời bài hát|ca khúc|chiếu lại|ở rạp|rạp chiếu|suất chiếu|ra rạp|bermuda|rank|leo rank|deadline|mv|music video|concert|fancam|mơ thấy|nằm mơ|chiêm bao|giấc mơ|nằm mộng|tập bắn|bắn đạn thật|ai xem chưa|ai coi chưa|mọi người xem chưa|mn xem chưa|ai đã xem chưa)"];

export const LAUGHTER: readonly string[] = ["cười (muốn|gần|sắp|tới|đến)? (tắt thở|hụt hơi|ná thở|nghẹt thở|chảy nước mắt)", "(haha|hihi|hehe|kkk|kkkk|kaka|hahaha|cười bể bụng|cười vỡ bụng|cười đau bụng|cười lăn|cười muốn xỉu|cười xỉu|cười té ghế|cười ngất|buồn cười|mắc cười|hài vãi|hài quá|hài hước|chết cười|cười chết)"];

/**
 * A sentence that asks the ward something ("cho em hỏi làm căn cước thì đi đâu."): its paperwork frames its own
 * sentence, not the story a later sentence tells of what is happening ("… Vào nhà thấy ông em nằm sõng soài, người
 * lạnh ngắt, em lay mà ông không cử động."), when that sentence names the harm twice over.
 */
export const ASKING_FRAMES: readonly string[] = [
  "(cho|xin|muốn|để|tiện|cần) (em|tôi|tui|cháu|con|mình|chị|anh|bà|ông)? hỏi",
  "(hỏi|hỏi thăm) (về|là|chút|xíu|tí|thủ tục|giấy|cách)",
];

export const INTENSIFIERS: readonly string[] = ["(kìa|rồi|quá|lắm|ơi)"];

/**
 * Words of paperwork, of a report about a past or recurring matter, or of a request to the ward: beside them a
 * situation word is most likely the subject of a procedure ("giấy chứng tử", "hỗ trợ nhà bị sập") or of a feedback.
 */
/** Years a story of the past names, written in full or by their last two digits ("năm 99"). */
const PAST_YEARS = [...Array.from({ length: 2025 - 1945 + 1 }, (_, k) => String(1945 + k)), ...Array.from({ length: 50 }, (_, k) => String(50 + k))].join("|");

export const CONTEXT_MARKERS: readonly string[] = [
  // a remedy asked for a small hurt ("bị sứa đốt, sưng đỏ, bôi gì cho đỡ", "ong đốt sưng tay, uống thuốc gì")
  "(bôi|thoa|xức|uống|chườm|đắp) (gì|thuốc gì|cái gì|lá gì) (cho đỡ|cho hết|cho bớt|cho khỏi)?",
  // a memorial of a disaster long past ("lễ tưởng niệm mấy ghe bị chìm ở cửa Bồ Đề năm đó")
  "(lễ tưởng niệm|tổ chức tưởng niệm|lễ giỗ|cầu siêu|=năm đó)",
  // an account's password forgotten ("cứu em với, em quên mật khẩu tài khoản dịch vụ công")
  "(quên|mất|sai|đổi|lấy lại|khôi phục|reset) (mật khẩu|pass|password|tài khoản)", "tài khoản (dịch vụ công|vneid|định danh|zalo|facebook|ngân hàng)",
  // nobody hurt, the matter over ("làm cháy cái rèm, dập tắt rồi, không ai sao, có cần báo phường không")
  "(không ai|ko ai|chẳng ai|hổng ai|k ai) (sao|bị sao|bị gì|bị thương|hề gì)",
  // a plan asked of the ward ("trẻ em đuối nước nhiều quá, phường có kế hoạch rào mấy cái hồ bỏ hoang không")
  "(có kế hoạch|lên kế hoạch|kế hoạch gì|kế hoạch nào)",
  // resettlement and its land fees ("bị sạt lở bờ biển, nhà nước di dời qua khu tái định cư, tiền sử dụng đất …")
  "(tái định cư|tiền sử dụng đất|nợ tiền sử dụng đất|ghi nợ|xin nợ|nhà nước di dời|di dời qua|di dời về|di dời đến)",
  // a death already told ("bị đột quỵ mất đột ngột trong lúc đang đi làm": "đột ngột" is when he died), and a fire
  // counted from ("trễ nhất mấy ngày kể từ lúc cháy")
  "(mất|chết|qua đời) (đột ngột|bất ngờ)", "(kể từ|từ lúc|từ khi|sau khi|sau vụ|từ hôm|từ ngày) (bị)? cháy",
  // figures asked about ("số liệu tội phạm cướp giật năm nay tăng hay giảm")
  "(số liệu|thống kê|tình hình|số vụ) (tội phạm|cướp giật|trộm cắp|tai nạn|cháy nổ|đuối nước)",
  // a school essay ("bài tập ngữ văn: tả lại một vụ cháy rừng mà em tưởng tượng")
  "(bài văn|tập làm văn|đề văn|ngữ văn|bài tập làm văn|em tưởng tượng|mà em tưởng tượng|tả lại)",
  // the hospital bill and the insurance card afterwards ("quên mang thẻ BHYT nên phải trả hết tiền viện phí")
  "(viện phí|tiền viện|bhyt|bhxh|thẻ bảo hiểm|bảo hiểm y tế)",
  // a clip or the news just watched ("mới coi video sạt lở ở miền Bắc, thương quá"): "mới" is when it was seen
  "(mới|vừa|vừa mới) (coi|xem|đọc|nghe) (video|clip|báo|tin|phim|thời sự)",
  // a rescue service's number asked for, to keep ("số đt đội cứu hộ cứu nạn của huyện, để dán ở nhà văn hóa")
  "(số|số điện thoại|sđt|số đt|số dt) (của)? (đội|đơn vị|trung tâm|lực lượng|bên)? (cứu hộ|cứu nạn|cứu hỏa|cứu thương|cấp cứu|phòng cháy)",
  // an old house pulled down to build anew ("muốn phá nhà cũ để xây nhà 3 tầng, xin phép xây cần gì")
  "(phá|phá bỏ|dỡ|dỡ bỏ|đập|đập bỏ|tháo dỡ) (cái|căn)? (nhà cũ|nhà tạm|nhà kho cũ|căn nhà cũ) (để|rồi|đi|mà)? (xây|làm|cất|dựng)?",
  // a plot named ("xây nhà trên đất đó": unmarked "dat do" is regionally "đạp đổ")
  "(mới)? (trên|ở|của|mảnh|miếng|thửa|lô|cái) đất (đó|đấy|này|kia|ấy)",
  // whether lifeguards are on duty, asked before a trip ("ở đó có đội cứu hộ trực không, con nhỏ chưa biết bơi")
  // (on duty, said: "có đội cứu hộ không" alone is also asked by someone whose house the tide is filling)
  "(có|có đội|có người|có lực lượng) (cứu hộ|cứu đuối) (trực|túc trực|canh|thường trực) (không|ko|hông|k|chưa)",
  "(nhân viên|đội|người|lực lượng)? (cứu hộ|cứu đuối) (trực|túc trực|canh|thường trực) (không|ko|hông|k|chưa)",
  // an appliance burnt out, for the junk collector ("nồi cơm điện bị chạy mạch, không dùng được nữa")
  "(không|ko|chẳng) (dùng|xài|sử dụng) (được)? nữa", "(thu gom|thu mua) (đồ|đồ điện|đồ điện tử|đồ cũ|ve chai|phế liệu)",
  // a quarrel that comes back, brought to the mediators ("hay la lối đòi đánh vợ, mà bữa ni im rồi, muốn báo lên tổ hòa giải")
  "(tổ hòa giải|hòa giải viên|nhờ hòa giải|muốn hòa giải|đi hòa giải|báo lên tổ)",
  "(hay|thường|thường xuyên|suốt ngày|ngày nào cũng|hoài) (la lối|chửi bới|đòi đánh|cãi nhau|cãi lộn|nhậu xỉn)",
  // a hazard that comes back every season, asked about ("mùa này hay sạt lở, xã có kế hoạch kè bờ chưa")
  "(hay|thường|thường xuyên|năm nào cũng|mùa nào cũng|mùa này hay) (bị)? (sạt lở|sạt|lở|ngập|lũ|ngập lụt)",
  "(kế hoạch|dự án|có định) (kè|làm kè|xây kè|nạo vét|làm đê)",
  // a plan drawn up for what may happen ("phương án xử lý khi xảy ra sự cố khẩn cấp như vỡ đập")
  "(phương án|kế hoạch|diễn tập) (xử lý|ứng phó|phòng chống|phòng ngừa|cứu hộ|sơ tán|khi)",
  // signs learnt ahead ("làm sao nhận biết đột quỵ sớm, ba tui có tiền sử tai biến nhẹ")
  "(nhận biết|phát hiện|phòng ngừa|phòng tránh|dấu hiệu) (sớm)? (đột quỵ|tai biến|nhồi máu|đau tim|ngộ độc|đuối nước|sốt xuất huyết)",
  // an animal's vet ("con mèo bị rắn cắn, có phòng khám thú y nào mở cửa không")
  "(thú y|bác sĩ thú y|phòng khám thú y|phòng khám thú cưng)",
  // a fear for later, asked about ("trẻ con hay tắm hồ thủy lợi, xã có rào lại không, tôi sợ tụi nó đuối nước")
  "(sợ|lo|lo là|e rằng|kẻo) (tụi nó|bọn trẻ|tụi nhỏ|con nít|các cháu|trẻ con|mấy đứa|mấy đứa nhỏ|bọn nhỏ) (bị)? (đuối nước|chết đuối|té|ngã|rơi)",
  // a complaint about a place ("khách tắm biển than phiền quá"): told to have it dealt with
  "(than phiền|phàn nàn|=kêu ca|=than thở)",
  // a year gone by ("năm 99 lũ lớn nước ngập cả tháng", "trận lụt năm 2020")
  `(năm|hồi|hồi năm|lũ năm|lụt năm|bão năm|trận lũ năm|trận lụt năm) (${PAST_YEARS})`,
  // admiration ("nó giết tui rồi, đẹp gì mà đẹp dữ"), the heat ("nóng quá trời, cháy da luôn")
  "(đẹp|xinh|dễ thương|cute|đáng yêu) (gì mà|quá trời|dữ vậy|muốn xỉu)", "(nóng|nắng) …… cháy da",
  "lửa (đã)? (tắt hẳn|tắt hết)",
  // a leak already dealt with, a fire already out ("khóa van, thợ tới thay dây xong rồi, chừ hết mùi", "bà con dập
  // tắt hẳn rồi")
  "(chừ|giờ|bây giờ|đã|thì)? (hết|không còn|đã hết) mùi (ga|gas|khét)? (rồi)?", "dập tắt (hẳn|hết|xong|được)? rồi",
  // a fire already put out, told as news ("đám cháy đã được dập tắt hoàn toàn, không có thương vong")
  "(đã được|đã|được) (dập tắt|khống chế) (hoàn toàn|triệt để)", "(không có|không gây|chưa ghi nhận) thương vong",
  // procedures
  "(thủ tục|hồ sơ|giấy tờ|giấy|làm lại|cấp lại|cấp đổi|xin cấp|cấp giấy|đăng ký|khai tử|chứng tử|trích lục|trợ cấp|hỗ trợ|bồi thường|đền bù|chế độ|bảo hiểm|lệ phí|mẫu đơn|làm đơn|viết đơn|đơn xin|xác nhận|=hưởng|chứng nhận|giấy phép|quy định|tuyên bố|thẩm duyệt|chứng chỉ|hướng dẫn|huấn luyện|khắc phục|thiệt hại|tử tuất|mai táng|khuyết tật|thương tật|thương binh|liệt sĩ|người có công|nạn nhân|chi phí|bao nhiêu|như thế nào|thế nào|làm sao để|cần gì|=ở đâu|nộp ở đâu|làm ở đâu|có được|được không|có phải|nộp|sơ cứu)",
  // asking about the numbers themselves: "báo cháy thì gọi số nào, để em lưu sẵn", "gọi 114 có mất phí không"
  "(gọi|bấm|báo) (cho)? số (nào|gì|mấy|bao nhiêu)",
  // which number will do, asked ("gọi 114 có mất phí ko, hay chỉ gọi 113 là dc")
  "(gọi|bấm) (số)? (113|114|115) (là được|là dc|là đc|được không|được ko|dc ko|đc ko|có được không)",
  "(lưu sẵn|lưu số)",
  // which number is which, asked to keep it ("số nào là cứu hỏa, số nào là cấp cứu, để dán lên tủ lạnh")
  "số nào là", "(dán|dán lên|ghi ra|in ra) (tủ lạnh|tường|giấy|cửa)",
  // care asked ahead ("Khi đi qua vùng sạt lở thì cần lưu ý gì?"), and a fire told in English as past
  "(cần|phải|nên) (lưu ý|chú ý|chuẩn bị) (gì|những gì)",
  // "when a fire breaks out, should one run up or down": a disaster after a bare "khi" and a "nên" asked
  "khi (cháy|cháy nhà|có cháy|bị cháy|hỏa hoạn|có hỏa hoạn|động đất|lũ về|có lũ|sạt lở|bão về|có bão) …… (thì)? (nên|phải|cần)",
  // a class or a course to be held ("trường muốn tổ chức lớp tập huấn sơ cứu co giật, hóc dị vật")
  // (not "mở khóa": a lock being opened)
  "(tổ chức|đăng ký|tham gia|cho đi) (một)? (lớp|khóa học|khoá học|buổi|đợt|lớp học)", "mở (lớp|lớp học|khóa học|khoá học)",
  // a childhood story ("hồi nhỏ em bị rắn cắn một lần, giờ vẫn còn sẹo"); asked just to know
  "hồi (nhỏ|bé|còn nhỏ|còn bé|trẻ)", "(hỏi|em hỏi|cho hỏi|hỏi trước) (để)? (biết|tham khảo) (thôi|trước)?",
  // news heard or read ("nghe đài báo có vụ ngộ độc ở trường tỉnh bên"), and those already home from hospital
  "(nghe|đọc|xem|coi) (đài|báo|tin|đài báo|báo đài|tin tức|thời sự|tivi|tv|trên mạng|trên báo|trên tivi)", "(đã)? ra viện (hết)? (chưa|rồi)",
  // a first-aid belief asked about ("bị rắn cắn có nên rạch vết thương hút nọc ra không hay đó là quan niệm sai")
  "(quan niệm|mẹo dân gian|dân gian hay nói|người xưa nói|có đúng không|đúng hay sai)",
  "có nên (rạch|hút|chườm|bôi|buộc|garo|ga rô|đắp|nặn|cho uống|móc họng|vắt|nhét|đút|đổ|cạy|chích|lể|cạo gió)",
  // teaching children ahead ("tôi muốn dạy con trước")
  // (marked: unmarked "chi con thay" is "chỉ còn thấy", "day con dien" is "dây còn điện")
  "(=dạy|hướng dẫn) (cho)? (con|cháu|các con|bọn trẻ|học sinh|trẻ|tụi nhỏ|các cháu) (trước|cách|kỹ năng)?",
  // which number first, asked ("gặp tai nạn thì gọi 115 hay 113 trước")
  "(gọi|bấm|báo) (số)? (113|114|115) hay (số)? (113|114|115)",
  // help already given: "bà cụ ngất ở chợ, đã được người nhà chở đi viện rồi"
  "(đã|đã được) (người nhà|mọi người|bà con|xe cấp cứu|xe|người ta)? (chở|đưa) (đi)? (viện|bệnh viện|trạm y tế|đi cấp cứu|cấp cứu) (rồi)?",
  // a building's fire inspection, told in English ("failed its fire inspection. Nothing is burning")
  "(fire inspection|fire safety check|fire code|nothing is burning|no fire|just worried|is it safe)",
  // the season ahead and a plan asked about ("sắp mùa mưa bão, phường có kế hoạch sơ tán dân … chưa")
  "(sắp|sắp tới|sắp vào|chuẩn bị vào) (mùa mưa|mùa bão|mùa lũ|mùa mưa bão|mùa khô)", "(có)? kế hoạch (sơ tán|di dời|phòng chống|ứng phó)",
  // whether someone gets fined for a message ("nó nhắn 'tao giết mày' vì tôi ăn mất cái bánh, nó có bị phạt không")
  "(có)? bị phạt (không|ko|hông|hok|ha)",
  // whether bathing is allowed ("sóng to quá, có cấm tắm biển không ad")
  "(có)? (cấm|được phép|được) (tắm|bơi|xuống nước|ra biển) (biển|sông|suối|hồ)? (không|ko|hông|chưa|hok)",
  "(last year|last month|last week|years ago|months ago|compensation|insurance claim)",
  // homework ("bài tập GDCD: khi thấy người bị hóc…"; what often happens, "hay bị", is among the recurring words below)
  "(đáp án|đề thi|bài kiểm tra|câu trắc nghiệm|môn gdcd|gdcd|câu hỏi ôn)",
  // news of somewhere else, and giving for it ("Tin tức: lũ quét ở Yên Bái…, phường mình có quyên góp không")
  "(tin tức|bản tin|thời sự|đọc báo|trên báo|báo đưa tin|trên tivi|trên ti vi|xem tivi)",
  "(quyên góp|ủng hộ đồng bào|ủng hộ bà con|làm từ thiện|góp tiền ủng hộ|ủng hộ miền)",
  // a class asked about, knowing beforehand ("phường có mở lớp sơ cấp cứu không", "tôi muốn biết trước để phòng")
  // ("=phòng hờ": unmarked "rung phong ho" is a protective forest, "rừng phòng hộ")
  "(mở lớp|lớp dạy|lớp tập huấn|biết trước|để phòng|đề phòng|phòng khi|=phòng hờ)",
  // a theft already reported, asked about ("đã trình báo rồi, giờ muốn hỏi tiến độ vụ án")
  "(đã|có)? trình báo (rồi|công an rồi)",
  "(tiến độ|kết quả) (giải quyết|điều tra|vụ án|vụ việc)?",
  // a quarrel in a chat group ("cãi nhau trong group Zalo tổ dân phố, dọa đánh nhau luôn")
  "(trong|trên) (group|nhóm|nhóm chat|mạng|zalo|facebook|fb) (zalo|chat|facebook|fb|tổ dân phố|khu phố|xóm)?",
  // nothing came of it ("con mèo nhảy từ tầng 2 xuống mà chẳng sao")
  "(mà|nhưng|may) (chẳng|không|hổng|ko) (sao|bị gì|hề gì|hề hấn gì)",
  "(thu|mất|tốn|tính) (phí|tiền) (khi gọi|không|hông|hả|ko|k|hok|hem)",
  // a matter settled: "giờ ổn rồi", "đã tỉnh lại", "không sao rồi"
  // ("do roi" unmarked is also "đỏ rồi": "đỡ" only as typed)
  "(ổn|=đỡ|khỏe|bình thường|qua khỏi|hết đau) (rồi|lại rồi|hơn rồi)",
  "(đã|giờ đã) (ổn|=đỡ|khỏe|dập xong|dập tắt)",
  "không (sao|việc gì) (rồi|cả|hết)",
  // no one hurt, told as settled ("lấy vung đậy tắt rồi, không ai bị gì"; not "có ai bị gì không")
  "(không|ko|chẳng) (ai|người nào) bị (gì|sao|thương|làm sao)",
  // earlier today, told as over ("hồi chiều bếp có cháy nhỏ")
  "hồi (chiều|sáng|trưa|tối) (nay)?",
  "(dọn|xử lý|sửa|khắc phục|dập) xong (rồi|hết)?",
  "(đã hẹn|hẹn|lịch hẹn|đã đi khám|đi khám) (bác sĩ|khám|tái khám)",
  // a broken thing to have mended: "cái tivi bị chập cháy, hỏi chỗ sửa"
  "(sửa ở đâu|bảo hành|thay linh kiện|mua cái mới)",
  "(chỗ sửa|tiệm sửa|thợ sửa) (ở đâu|nào|gần đây|gần nhất|uy tín)",
  "(hỏi|tìm|kiếm|gọi|xin|cần) (số)? (chỗ|tiệm|thợ) sửa",
  // hearsay, a rumour, a joke: "nghe nói trên mạng có vụ bắt cóc", "kể nghe chuyện cười: bà kia gọi 114 vì con mèo"
  "nghe nói (là|rằng)? (có|hôm|hồi|trên|ở|vụ|tối qua|hôm qua)",
  // first aid learnt or asked about, not given now ("sơ cứu người bị đuối nước làm sao, em muốn học trước")
  "(cách|học|muốn học|tập|hướng dẫn|chỉ cách|kỹ năng|biết cách|khóa|lớp) (cách)? (sơ cứu|cấp cứu|hô hấp nhân tạo|ép tim)",
  "(sơ cứu|hô hấp nhân tạo|ép tim) …… (làm sao|thế nào|như thế nào|ra sao|sao cho đúng|đúng cách)",
  "(muốn học|học|tập) trước (cho chắc|cho biết|phòng khi|phòng thân|để phòng)",
  "(làm thế nào|làm sao|thế nào|như thế nào) (để)? (sơ cứu|sơ cấp cứu|hô hấp nhân tạo|ép tim)",
  // a rescue reported as done ("lực lượng cứu hộ đã cứu thành công 3 ngư dân"), pests in a field ("ruộng bị chuột phá
  // tan hoang, cứu với bà con ơi" is a figure of speech)
  "(đã|vừa)? (cứu|giải cứu|cứu sống|cứu hộ|đưa) …… (thành công|an toàn) (rồi)?",
  "(chuột|sâu|rầy|ốc bươu vàng|châu chấu|cào cào|sâu bệnh|chim) (phá|cắn|ăn|phá hại|tàn phá|hại|cắn phá) (sạch|hết|tan hoang|banh|nát|lúa|ruộng|vườn|rẫy|hoa màu)?",
  // an exam tomorrow is no emergency, whatever help is cried for ("cứu em với mn, mai thi Giải tích mà chưa học chữ nào")
  "(sắp thi|ngày mai thi|thi cuối kỳ|thi giữa kỳ|ôn thi|chưa học chữ nào|chưa học bài|chưa ôn bài)",
  // (unmarked "mai thi" is an exam only with what is sat: "Xuân Mai thì bốc cháy" is a place and "then")
  "mai thi (rồi|toán|văn|anh|môn|học kỳ|cuối kỳ|giữa kỳ|đại học|tốt nghiệp)",
  // prevention taught ("dạy bơi phòng đuối nước cho trẻ hè này")
  "(dạy bơi|học bơi|lớp bơi|phòng đuối nước|phòng chống đuối nước|phòng tránh đuối nước|chống đuối nước|phòng chống cháy nổ)",
  "(tin cháy|tin vụ|bản tin|xem tin|đọc tin|nghe tin|hay tin|được tin|thấy tin|nghe đồn|đang đồn|trên fb|trên face|tin đồn|đọc báo|trên báo|=báo đăng|trên mạng|trên facebook|trên tiktok|chuyện cười|truyện cười|có thật không|thật không ta|kkk|kkkk|haha|hihi|hehe|kaka|crush)",
  // permits and lists a citizen asks for: "cây sắp đổ, muốn xin chặt", "gặp nạn … xin vào hộ nghèo"
  // ("xin cắt" with its marks: unmarked "xin cac anh đến ngay" is a plea, its "cac" only sounds like "cắt")
  "(xin chặt|xin đốn|=xin cắt|xin hạ|xin phép|chặt hạ|hộ nghèo|cận nghèo|rà soát|diện nghèo)", "xin cắt (cây|cành|tỉa)",
  // a tree to be felled, planned ("cây xà cừ trước cửa nhà nghiêng sắp đổ, muốn chặt bỏ thì xin ai")
  // (not "cưa": unmarked, "mượn của" is also "muốn cưa")
  "(muốn|định|tính|cần) (chặt|đốn|hạ) (bỏ|bõ|hạ|đi|cây)?",
  // custody after a divorce, an order for emergency works ("ly hôn thì con dưới 3 tuổi ai được nuôi, chồng em đòi
  // giành con"; "quốc lộ sạt lở sau bão, nghe nói Bộ Xây dựng có lệnh xây dựng công trình khẩn cấp")
  "(quyền nuôi con|ai được nuôi|giành quyền nuôi|lệnh xây dựng|công trình khẩn cấp|bộ xây dựng)",
  // a company's report to customs or tax ("kho bị cháy làm hư một số tem…, báo cáo với hải quan trong thời hạn bao lâu")
  "(hải quan|cơ quan thuế|chi cục thuế|báo cáo với|trong thời hạn)",
  // papers a citizen asks the ward about: "cứu với, làm căn cước 2 tháng chưa có" is a figure of speech
  "(căn cước|cccd|cmnd|chứng minh nhân dân|hộ chiếu|khai sinh|hộ khẩu|sổ đỏ|sổ hồng|bằng lái|giấy phép lái xe|vneid)",
  // how to cook a dish is no event ("cách nấu lẩu thái để lửa to hay nhỏ")
  "(cách|mẹo|bí quyết|công thức) (nấu|kho|chiên|rán|nướng|đun|hầm|luộc|làm món|làm bánh|xào|rang)",
  // the ward asked to come and look ("phường xem giúp", "xã xuống kiểm tra")
  "(phường|xã|ủy ban|cán bộ|các anh|các chú) (xuống|cho người)? (xem giúp|xem giùm|xem xét|kiểm tra|coi giúp|coi giùm)",
  // reports and requests to the ward
  "(đề nghị|kiến nghị|phản ánh|đề xuất|tăng cường|tuần tra|xử lý|nhắc nhở|tố cáo|khiếu nại|kiểm tra|mong phường|nhờ phường|mong|điều tra|làm rõ|xem xét|giải quyết|cắt tỉa|khơi thông|tình trạng|kết luận)",
  // the past, or a recurring matter
  "(lâu rồi|đã lâu|từ lâu|hồi lụt|hồi lũ|hồi bão|trận lụt năm|trận lũ năm|hồi đó|dạo trước|mấy hôm trước|mấy ngày trước|=ngày trước|hồi xưa|trước kia|đã từng|từng bị|tuần rồi|tháng rồi|năm rồi|năm kia|hôm kia|hồi năm|nghi có|nghi ngờ|hôm qua|tối qua|đêm qua|sáng qua|chiều qua|hôm trước|tuần trước|tháng trước|năm ngoái|năm trước|hồi trước|trước đây|=từ nhỏ|lâu năm|dạo này|thường xuyên|hay bị|đã mất|qua đời|mất rồi|hồi tháng|hồi năm|thỉnh thoảng|mỗi tối|mỗi đêm|đêm nào|tối nào|ngày nào|nhiều lần|suốt)",
  // martial arts, clubs, stories and films (games, films by name and drills are `PLAY_FRAMES`, which frame the same way)
  "(tập võ|học võ|võ thuật|câu lạc bộ|clb|phim|truyện|rạp phim|rạp chiếu|chiếu ở rạp|có lần)",
  // help already given: thanks to those who came, or to people who helped or asked after ("cảm ơn" alone is not)
  "cảm ơn (đội|các anh|các chú|các chiến sĩ|lực lượng|bên|anh em)? (cứu hộ|cứu hỏa|cứu hoả|cứu nạn|cấp cứu|công an|cảnh sát|bộ đội|bác sĩ|dân quân)",
  "cảm ơn …… đã (giúp|giúp đỡ|cứu|hỏi thăm|quan tâm|lo lắng|chia sẻ|hỗ trợ|đến|tới|có mặt|dập|đưa|chở|vớt|cấp cứu|chữa|chữa trị|điều trị|tìm)",
  "(cứu hộ|cứu hỏa|cứu hoả|cứu nạn|cấp cứu|xe cứu thương|xe cấp cứu|công an|cảnh sát|bộ đội|bác sĩ) (đã)? (đến|tới|có mặt|đưa|chở|vớt|cứu|giải cứu|dập tắt|dập) …… (rồi|xong|an toàn)",
  // … and a danger that ended by itself ("con mèo … rồi nó tự leo xuống được"); "không tự ra được" is no such end
  "(đã|rồi|cũng|nó|vẫn|mà|nhưng|may|giờ|sau đó|thì|lại) tự (leo|trèo|nhảy|bò|thoát|chui|bơi|mò|lội|tỉnh|đứng|dậy|ngồi|đi|chạy|về|tắt) (xuống|ra|vào|lên|về|vô|qua|dậy|lại)? được",
  // news and hearsay read about, not seen: "đọc báo thấy vụ sập cầu", "xem bản tin"
  "(đọc báo|xem báo|trên báo|=báo đăng|báo đưa tin|xem tin|bản tin|thời sự|xem clip|xem video|coi clip|coi video|trên tivi|trên ti vi|trên mạng thấy)",
  // after the event: "… muốn tái định cư", "nay nước rút rồi", "đã dập tắt"
  "(tái định cư|nước rút|đã dập tắt|dập tắt rồi)",
  // fully well again: "hồi chiều ông bị ngất nhưng giờ ổn rồi" (not "tỉnh lại rồi", "đỡ rồi": still unwell)
  "(đã|giờ|giờ đã|nay|nay đã|bây giờ đã)? (ổn|không sao|bình thường|khỏe lại|khỏe hẳn|qua khỏi) (rồi|hẳn rồi)",
  "(giờ|nay|bây giờ|giờ đã|nay đã) khỏe rồi",
  // someone lost and found again ("con đi lạc hôm chủ nhật nhưng tìm lại được rồi")
  "(đã|mà|nhưng|may|may mà|cũng)? (tìm lại được|tìm được|tìm thấy|kiếm được|kiếm lại được|tìm ra) (cháu|con|bé|nó|em)? rồi",
  "cảm ơn …… hỏi thăm",
  "(hay có|hay xảy ra|thường có|thường xảy ra|có hôm|nhiều hôm|hôm nào|tái diễn|kéo dài|về đêm|ban đêm|mỗi ngày|hằng ngày|tụ tập|nhậu nhẹt)",
  // a habit told to ask for protection ("bố tôi hay say rượu rồi đập phá, tôi muốn xin lệnh cấm tiếp xúc"), a witness
  // (marked only: "he says" typed in English is no "hễ say")
  "(hay|thường|cứ|lần nào cũng|=hễ) (=say|say rượu|say xỉn|xỉn|nhậu|nhậu xỉn|uống rượu)",
  // (unmarked "lam chung" is mostly "làm chung", working together: the witness counts typed with marks)
  "(lệnh cấm tiếp xúc|cấm tiếp xúc|làm nhân chứng|=làm chứng|nhân chứng|lấy lời khai)",
];

/**
 * Where a word of paperwork, of the past or of a habit is part of what is happening, it is no context: papers or a
 * phone taken from someone held ("giữ giấy tờ không cho về"), "suốt" of a way followed ("đi theo suốt từ chợ"),
 * a crowd gathering to look ("tụ tập lại xem"), "mất rồi" of something just lost to the water or the fire, and a
 * question asked of the moment ("giữ lại được không", "có ai tới được không").
 */
export const CONTEXT_IN_EVENT: readonly string[] = [
  // what to do now, asked by someone caught in it ("khói sang cả nhà tôi rồi … giờ tôi làm thế nào"), and a fire put
  // out when someone is still hurt ("dập xong rồi nhưng anh chủ nhà bị bỏng nặng")
  "giờ (tôi|em|tui|mình|con|cháu|bà|ông)? (phải)? làm (thế nào|sao|gì|ra sao)",
  "(dập|dập tắt) (xong|tắt|được)? (rồi)? (nhưng|mà|nhưng mà)",
  // a pretext told by someone at the door at night ("nói là bên điện lực tới kiểm tra"), a denunciation that a threat
  // names as its condition ("nói tôi tố cáo thì giết")
  "(nói là|nói|xưng là|bảo là|giả danh|giả làm|tự xưng) (bên|người)? (điện lực|công an|cấp nước|nước|điện|y tế|phường|xã) …… (kiểm tra|thu tiền|sửa|ghi số)",
  "(tố cáo|báo công an|báo cảnh sát|khai ra|nói ra) (thì|là|sẽ) (giết|chém|xử|đâm|đốt nhà|đánh chết)",
  // the night thieves are at work is the event's time, not a habit ("tụi trộm tôm đang kéo lưới ban đêm, có dao")
  "(đang)? (trộm|cắt trộm|kéo trộm|đột nhập|cạy|kéo lưới|chặt trộm) …… (ban đêm|lúc nửa đêm|nửa đêm|giữa đêm)",
  // first aid done as shown online is the event, not a story seen online ("đang ép tim theo coi trên mạng")
  "theo (cách|hướng dẫn|chỉ dẫn)? (coi|xem|đọc|thấy|học) (trên mạng|trên youtube|trên tiktok|trên facebook|trên tivi|trên ti vi|trên tv)",
  // a fall into a well or the water is the event ("ông Tuấn rơi xuống giếng": unmarked "tuan roi" is also "tuần rồi")
  "(rơi|té|ngã|rớt|lọt) xuống (giếng|sông|hố|ao|mương|kênh|hồ|vực|biển|suối)",
  // what to do now, asked ("đứa nhỏ bị khóa trong ô tô ngoài nắng … đập kính được không")
  "(đập|phá|cạy|bẻ) (kính|cửa|khóa|cửa kính) (xe)? (được không)",
  // what a factory makes is no paperwork ("bếp ăn ca đêm cty giày": unmarked "giay" is also "giấy")
  "(cty|công ty|xưởng|nhà máy|xí nghiệp|hãng) (may)? (giày|giấy|da giày|giày da|dép|bao bì giấy)",
  // a suspicion of someone taking a child ("không thấy con đâu … nghi có người bắt"), a place named like a complaint
  // ("hồ Than Thở")
  "nghi (là)? (có)? (người|ai|kẻ|ng|thằng|bọn) (bắt|bắt cóc|lấy|dắt|bế|dụ|bồng|ẵm)",
  // … and of food poisoning when people are being sick ("nôn ói, xỉu sau bữa trưa, nghi ngờ độc thực phẩm")
  "nghi (ngờ|là)? (bị)? (ngộ độc|trúng độc|độc) (thực phẩm|thức ăn|đồ ăn|đồ ăn trưa)?",
  "(hồ|đồi|thung lũng) than thở",
  // money extorted is no fee paid ("tụi nó cầm dao bắt nộp tiền")
  "(bắt|ép|đòi|buộc) (phải)? (nộp|đóng|đưa) (tiền|hết tiền|phí|tiền phí|tiền bảo kê|tiền mãi lộ)",
  // a seizure going on ("đang động kinh": unmarked "dang dong" is also "đang đồn", a rumour)
  "(đang|vẫn) (lên cơn)? động kinh",
  // on the dyke ("qua đoạn bờ đê thì bị chặn": unmarked "de thi" is also "đề thi", an exam paper)
  "(bờ|mặt|chân|trên|dưới|đoạn) đê thì",
  // a court's paper told to explain who may take a child ("mẹ nó đã ly hôn và có giấy tòa, giờ ổng đang đập cửa lớp")
  "(có|có cả)? giấy (tòa|của tòa|tòa án)",
  // lying out in the field ("nằm ngoài ruộng": unmarked "nam ngoai" is also "năm ngoái", last year)
  "nằm ngoài (ruộng|đồng|sân|đường|vườn|rẫy|bãi|trời|nắng|hiên)",
  // an illness the person has long had is background, not the past of what happens now ("huyết áp cao lâu rồi")
  "(huyết áp cao|cao huyết áp|tiểu đường|bệnh tim|tim mạch|hen suyễn|động kinh|bệnh nền) (từ)? (lâu rồi|lâu năm|từ lâu|mấy năm nay|mấy năm rồi|nhiều năm)",
  // the people under it, not counted yet ("sập mái, chưa biết bao nhiêu người bị đè"), is no question of a price
  "(chưa biết|không biết|ko biết|chẳng biết|chả biết) (là)? bao nhiêu (người|đứa|công nhân|cháu|em|mạng)",
  // a note left beside someone who took pills ("bên cạnh có tờ giấy viết dở") is no paperwork
  "(tờ|mảnh|lá) giấy (viết|ghi)", "(thư|lá thư) tuyệt mệnh",
  // a place: "khu tái định cư" is where people live now, not a resettlement asked about
  "khu tái định cư",
  // a works, not a request to deal with something ("bình clo ở trạm xử lý nước bị xì")
  "(trạm|nhà máy|khu|bể|hệ thống) xử lý (nước|rác|nước thải|chất thải)?",
  // shutting the door against smoke ("đang đóng cửa chèn khăn ướt": unmarked "dang dong" is no "đang đồn")
  "(đang)? (đóng|đóng kín|chèn|bịt) (cửa|khe cửa)",
  // how someone was met, not a story read online ("bị một đứa quen trên mạng dụ ra gặp, giờ đang bị nhốt")
  "(quen|làm quen|gặp) (trên|qua) (mạng|facebook|fb|zalo|tiktok|game)",
  // never before is no past: "co giật sùi bọt mép, 5 phút rồi chưa hết, nó chưa từng bị vậy"
  "(chưa|không) (từng|bao giờ|hề) (bị)?",
  // papers kept from someone held: "chủ nhà giữ hết giấy tờ, khóa cửa ngoài không cho ra"
  "(giữ|thu|lấy) (hết)? (giấy tờ|căn cước|hộ chiếu|cccd)",
  // long in labour and still not delivered ("vỡ ối lâu rồi mà chưa đẻ được") is now, not long ago
  "(đã)? lâu rồi (mà)? (chưa|không|ko|vẫn chưa|vẫn không)",
  // … phone and papers taken together ("họ thu điện thoại với căn cước, nhốt em trong nhà nghỉ")
  "(giữ|thu|lấy|tịch thu) (hết)? (điện thoại|đt|dt) (với|và|cùng)? (căn cước|cccd|giấy tờ|hộ chiếu)",
  // a town's name, not a hope ("bị lừa ra Móng Cái": unmarked "mong cai")
  "móng cái",
  // no one there can deal with it: "bà mụ trong bản không xử lý được" is the event, not a request
  "(không|ko|chưa) (xử lý|làm gì) (được|nổi)",
  // a place, not a time or a paper: "lửa ở cầu thang rồi" (unmarked "thang roi" is also "tháng rồi"), "xưởng giày"
  "(cầu thang|thang máy|thang bộ|thang gỗ)",
  // first aid being given now is the event ("cả nhà đang sơ cứu mà không biết làm sao")
  "(đang|vẫn đang|còn đang) (sơ cứu|hô hấp nhân tạo|ép tim|hà hơi)",
  // a fall from an upper floor ("té từ lầu 2 xuống": unmarked "tu lau" is also "từ lâu")
  "(té|ngã|rơi|rớt|nhảy|treo) (từ)? (lầu|tầng)",
  // a machine left running the night through is part of the event ("để máy phát điện nổ suốt đêm")
  "(chạy|nổ|mở|đốt|để) (máy|máy phát|máy phát điện|bếp than|lò than)? suốt (đêm|tối|cả đêm)",
  // bystanders filming are no film watched
  "(chỉ)? (đứng)? quay (phim|clip|video)",
  // panic, not paperwork: "tôi già không biết làm thế nào", "tôi không biết gọi số nào"; a driver fled
  "(không|ko|chẳng) biết (gọi|phải gọi) (số nào|ai|đâu)",
  "(phóng|chạy|bỏ chạy|trốn|chuồn) mất (rồi|tiêu)",
  "(không|chẳng|ko) biết (làm|phải làm) (thế nào|sao|gì|như thế nào)",
  // … and so is the same cry as a clause of its own ("đang bốc khói và cháy lên rèm cửa rồi, làm thế nào")
  "^(làm|phải làm|giờ làm) (thế nào|như thế nào) (bây giờ|giờ|đây|đi|trời)?",
  // what was in a snatched bag is no paperwork asked about ("giật túi xách … trong túi có hết giấy tờ")
  "(trong)? (túi|túi xách|ví|bóp|cặp|giỏ) (có|còn|đựng) (hết|cả|toàn bộ)? (giấy tờ|tiền|căn cước|cccd)",
  // what someone was doing when it struck ("đang ngồi xem tivi thì gục xuống") is no news watched
  "(đang)? (ngồi|nằm)? (xem|coi) (tivi|ti vi|tv|phim|bóng đá|đá banh) (thì|thời|bỗng|tự nhiên|bất ngờ)",
  // word that people are still inside is no rumour ("khói mù mịt, nghe nói có người ở trong xưởng")
  "nghe nói (có|còn)? (người|ai|công nhân|mấy người|vài người) (còn|vẫn còn)? (ở|kẹt|mắc kẹt)? (trong|bên trong)",
  "^(làm|phải làm|giờ làm) (sao|gì) (bây giờ|giờ|đây|đi|trời)",
  "(giấy vàng mã|vàng mã|giấy tiền|tiền vàng mã)",
  "(xưởng|công ty|nhà máy|cửa hàng|tiệm|kho|bãi|vựa) (giày|giầy|giấy)",
  // a cry heard: "nghe nói 'thả em về'", "trapped since last night"
  "nghe (nói|kêu|la|hét|khóc) (là)? (thả|tha|cứu|đừng)",
  "(kẹt|mắc kẹt|ngồi|trú|chờ|bám|nhốt|giam|khóa) ……… (từ|suốt từ) (tối qua|đêm qua|hôm qua|chiều qua|sáng)",
  // still out of reach since then: "ghe câu mực mất liên lạc từ tối qua"
  "(mất liên lạc|không liên lạc được|chưa liên lạc được|chưa về|không về|chưa thấy về|mất tích|không nghe máy) (từ|suốt từ) (tối qua|đêm qua|hôm qua|chiều qua|sáng qua|sáng|chiều|trưa)",
  // … told the other way round ("từ chiều qua mất liên lạc, máy tắt")
  "(từ|suốt từ) (tối qua|đêm qua|hôm qua|chiều qua|sáng qua) (tới giờ|đến giờ|đến nay)? (đã|bị|là|thì)? (mất liên lạc|không liên lạc được|chưa liên lạc được|chưa về|không về|chưa thấy về|không nghe máy|tắt máy)",
  // a motorbike is no time: unmarked "xe may ngay truoc" is "xe máy ngay trước", not "mấy ngày trước"
  "(xe máy|xe gắn máy)",
  // a knife in hand is no time gone by: unmarked "bằng dao trước quán" is not "dạo trước"
  "(bằng|cầm|vác|mang|rút|rút ra|cầm theo) (dao|dao phay|dao bầu)",
  // a way in, not a time: unmarked "vào nhà toi qua cửa sổ" is "tôi qua", not "tối qua"
  "qua (cửa sổ|cửa|ban công|tường|tường rào|hàng rào|mái|mái tôn|cổng|lan can|khe cửa|lỗ thông gió)",
  // a message sent at last is no news heard: "em lén nhắn được tin này"
  "(nhắn|gửi|nhắn được|gửi được) (tin|tin nhắn|tin này)",
  // … nor is a foundation a hope: unmarked "ho mong cong trinh bi sup" is "hố móng", not "mong"
  "(hố móng|móng nhà|đào móng|móng công trình|móng cột)",
  // a duration up to now, not the past: "từ tối qua tôi ngã … không đứng lên được"
  "(từ|suốt từ) (tối qua|đêm qua|hôm qua|chiều qua|sáng qua) (tôi|tui|em|bà|ông|mẹ|má|mạ|bố|ba|con|cháu|nó|anh|chị|chồng|vợ|cả nhà)? (ngã|té|bị|không|ko|chưa|đau|nôn|khó thở|bất tỉnh|mê man|li bì|kẹt|mắc kẹt)",
  "(hết|cạn) (thuốc|bình xịt|oxy|ô xy)? (từ|suốt từ) (tối qua|đêm qua|hôm qua|chiều qua|sáng qua)",
  // the cause told beside the harm now: "tối qua đốt than sưởi trong phòng đóng kín"
  "(tối qua|đêm qua|hôm qua) (đốt|để|nhóm) (lò)? than",
  // an armed crowd: "cầm mã tấu, gậy bóng chày tụ tập trước cổng trường"
  "(cầm|mang|vác|xách) (dao|mã tấu|kiếm|súng|gậy|hung khí|phóng lợn|tuýp sắt) …… tụ tập",
  "(giữ|lấy|thu|tịch thu|cướp) (hết|mất)? (giấy tờ|giấy|hộ chiếu|căn cước|cccd|điện thoại)",
  "suốt (từ|dọc|cả quãng|cả đoạn|quãng|đoạn)",
  "tụ tập (lại)? (xem|coi|đứng xem|đứng coi|vây quanh|quay phim)",
  "(đuối|chìm|cháy|sập|cuốn|trôi|lật|đổ|cuốn trôi|vùi|lấp|chôn|đè) mất rồi",
  // the power or the signal gone now, not someone who died: "điện cũng mất rồi", "sóng điện thoại mất rồi"
  "(điện|đèn|nước máy|sóng|sóng điện thoại|mạng|liên lạc) (cũng|đã|bị)? (mất|cúp|cắt) (hết)? rồi",
  "(giữ|bắt|chặn|cản|tóm|đến|tới|cứu|qua|vào|ra) (lại|giúp|giùm|ngay|nó|hắn)? được không",
];

/**
 * Nuisances the ward hears about every day, and near misses: beside them the situation words they explain are part
 * of the complaint ("đốt rác khói mù mịt", "nẹt pô tiếng nổ lớn", "nước không thoát ngập tới gối"), however "now" it
 * is. A nuisance explains only its own kind of danger: "đua xe … chém người" or "hát karaoke xong đánh nhau" is
 * still violence. A near miss ("suýt đâm vào người") explains only the few words after it. Only a call for help
 * overrides them.
 */
export const NUISANCES: readonly Nuisance[] = [
  { markers: ["đốt (rác|rơm|rạ|lá|vàng mã|nhựa|đồ|than|cỏ)", "(rác|lá khô|rơm|rạ|cỏ khô) (mà|rồi|để|đem)? đốt",
    // leaves raked together and burnt in the yard ("gom lá cây với bịch ni lông đốt trong cươi")
    "(gom|vun|quét|dồn) (lá|lá cây|lá khô|rác|cỏ|rơm) …… đốt"], explains: ["fire", "gas"] },
  // a pot burnt in the kitchen ("cháy nồi cơm rồi, khét lẹt cả nhà"): its smell and smoke are the pot's
  { markers: ["cháy (nồi|chảo|xoong|ấm) (cơm|cá|canh|cháo|thịt|nước|chè)?", "(nồi|chảo|xoong) (cơm|cá|canh|cháo|thịt|chè|cá kho|thịt kho)? (bị)? (cháy|khét)"], explains: ["fire"] },
  { markers: ["(nẹt pô|nổ pô|rú ga|đua xe|hát karaoke|mở karaoke|loa kéo|mở nhạc|tiếng ồn|ồn ào)"], explains: ["gas"] },
  // firecrackers set off by children ("bọn nhỏ đốt pháo nổ đùng đùng, khói mù mịt, ồn quá"): their bang and smoke
  { markers: ["(đốt|bắn|chơi|đánh|nổ) (pháo|pháo nổ|pháo tép|pháo hoa|pháo bi|pháo giấy)"], explains: ["fire", "gas"] },
  // ("=xém": unmarked "xem" is mostly "watch": "đang ngồi xem tivi thì gục xuống")
  { markers: ["(suýt|=xém|xíu nữa|may mà|may là)"], explains: "after" },
  { markers: ["(nước|cống|mưa) … không (thoát|chảy)"], explains: ["flood"] },
  // a street lamp burnt out ("bóng đèn đường ở ngõ 5 cháy rồi, tối om cả tuần")
  { markers: ["(bóng đèn|đèn đường|bóng đèn đường|đèn cao áp|bóng đèn tuýp|đèn) …… (cháy|chập) …… (tối|tối om|không sáng|ai sửa|thay bóng)"], explains: ["fire"] },
];

/** How many words after a near miss ("suýt") it explains. */
export const NEAR_MISS_WORDS = 4;

/**
 * The attackers are gone ("thằng đâm chạy mất rồi", "tụi nó bỏ chạy hết rồi"): the one they hurt needs the medics
 * before the police, so a bodily harm named beside the violence leads the reply.
 */
/**
 * The fire is out ("người ta dập lửa bếp rồi"): the one it burnt needs the medics first, as when attackers are gone.
 */
export const FIRE_OUT: readonly string[] = [
  "(đã|người ta|mọi người|bà con)? dập (tắt)? (lửa|bếp|lửa bếp)? (rồi|xong|tắt rồi|được rồi)",
  "(đã|người ta|mọi người|bà con)? dập (được|tắt được) (lửa|đám cháy)? (rồi)",
  "lửa (đã)? (tắt|tắt hẳn) (rồi)?",
  // … or the one hurt is already out of it ("vừa cứu được 1 người trong đám cháy ra, bỏng nặng khắp người")
  "(vừa|đã|mới) (cứu|kéo|lôi|bế|đưa|khiêng) (được)? …… (ra|ra khỏi|ra ngoài) (được)?", "(đã|vừa|mới) (kéo|lôi|bế|khiêng) ra",
  "(vớt|kéo|lôi) (được)? (lên|lên bờ|vào bờ) (rồi)",
  // pulled up out of a shaft, told loosely ("kéo lên đc rồi nhưng bất tỉnh")
  "(kéo|lôi|vớt|đưa|khiêng) (lên|ra) (được|dc|đc) (rồi)",
  // … or out of the water ("mới vớt được một thanh niên đuối nước lên, không tự thở")
  "(vừa|đã|mới) (vớt|kéo|lôi) (được)? …… (lên|lên bờ|vào bờ)",
];

export const ATTACKERS_GONE: readonly string[] = [
  // a fight over, its men scattered ("tụi nó đánh nhau xong bỏ chạy hết rồi, để lại thằng nhỏ bị đâm")
  "(đánh nhau|đâm nhau|chém nhau|đập nhau|đánh lộn) (xong|rồi|xong rồi) (là|thì)? (bỏ chạy|chạy mất|chạy hết|bỏ chạy hết|bỏ đi|tản đi|giải tán|chạy trốn)",
  "(đâm|chém|đánh|cướp|giật|tụi nó|bọn nó|tụi|bọn|thằng|hắn|nó|chúng nó|mấy thằng|tụi kia|bọn kia|gã|tên|kẻ) (kia|đó|ấy|nọ)? (xong)? (rồi)? (đã)? (bỏ chạy|chạy mất|chạy trốn|trốn mất|tẩu thoát|phóng xe chạy|bỏ đi|chạy hết|bỏ chạy hết|chạy đi|chạy rồi)",
  // … or caught: "công an đã bắt rồi", "bị bắt rồi"
  "(công an|cảnh sát|dân phòng|bảo vệ|bà con|mọi người|người dân) (đã)? (bắt|tóm|khống chế|còng) (được)? (rồi|hắn|nó|tụi nó|bọn nó|người đó|tên đó|thằng đó)",
  "(đã)? (bị)? (công an)? (bắt|tóm|còng) (đi)? rồi",
  // the one who stabbed fled, told loosely ("người bị đâm đã bỏ chạy rồi, nhưng anh này chảy máu")
  "đã bỏ chạy (rồi|mất)",
];

/**
 * A nuisance that has got out of hand: beside these a nuisance no longer hides the situation ("đốt rác cháy lan
 * sang bãi cỏ", "lửa không dập được").
 */
export const ESCALATIONS: readonly string[] = [
  // fireworks that set a house alight ("nổ pháo, cháy nhà rồi!!")
  "cháy (nhà|xưởng|kho|quán|tiệm|chợ|xe|mái|rèm|chòi|lều) (rồi|lớn|to|luôn)",
  "(cháy|lửa) (lan|bén|lan rộng|bùng lên|bén sang|bắt sang)",
  "(lan|bén|bắt) (sang|qua|tới|đến|vào|ra) (nhà|khu|bãi|xưởng|kho|nhà kho|rừng|cả|hàng|dãy|mái|rèm|xóm|đồi|rẫy|buôn|làng|vườn|bản)",
  "không (dập|dập tắt|khống chế|dập được) (được|nổi)?",
  "mất kiểm soát",
  "tưởng (là)? (người ta|ai|họ|nhà đó)? (đốt|đun|nấu|nướng|hun)",
];

/** The services by name, as a citizen names the number ("số cứu hỏa", "gọi cấp cứu là số mấy"). */
const SERVICE_NAME = "(cứu hỏa|cứu hoả|chữa cháy|cấp cứu|cứu thương|xe cứu thương|công an|cảnh sát|cứu hộ|cứu nạn|khẩn cấp|113|114|115)";

/**
 * Phrases in which words of one situation mean something else, while the words around them may still name that
 * situation or another: they hide only the named situations' matches that overlap them ("giật điện thoại" is a
 * snatch, not an electric shock; "máu chảy" is no fire; "hai xe đâm nhau" is a crash, not a knifing; "chạy tán loạn"
 * is running, not burning; "phá cửa vào thì thấy…" is a family breaking in to help).
 */
export const MISREADINGS: ReadonlyArray<{ markers: readonly string[]; hides: readonly EmergencySituationId[] }> = [
  // a fit that does not stop ("co giật liên tục ko dừng, mắt trợn ngược": unmarked "dung mat" is also "dùng mác"), and
  // nobody daring to come near someone the current holds ("ko ai dám tới gần": "dam toi" is also "đâm tôi")
  { markers: ["(không|ko|hổng|chẳng|chưa) (chịu)? dừng", "(không|ko|chẳng|hổng) ai (dám)? (tới|đến|lại|lại gần|vô|vào)"], hides: ["violence"] },
  // a seed stuck in the throat ("hóc ngang cổ") is no water up to the neck
  { markers: ["(hóc|mắc|nghẹn) ngang cổ", "(hột|hạt|kẹo|xương) …… ngang cổ"], hides: ["flood"] },
  // a lighter held, a tourniquet tied: no fire caught ("cầm bật lửa đòi đốt": unmarked "bat lua" is also "bắt lửa"),
  // no wire down ("buộc dây rồi mà vẫn chảy")
  { markers: ["(cầm|bấm|cầm cái|cầm theo|rút|lấy) (bật lửa|hộp quẹt|cái quẹt|quẹt|diêm)"], hides: ["fire"] },
  // stabbed is no one taken ("bị đâm ở chợ": unmarked "bi dam" is also "bị đem"); someone stabbing is no boat sinking
  // or a wall falling ("thằng đó đang đâm người": "do dang dam" is also "đò đang đắm"); a snatch from a bike that
  // stopped is no crash ("dừng xe giật dây chuyền": "dung xe" is also "đụng xe"); a propeller's cut is no slashing
  { markers: ["(bị|vừa bị|đã bị) đâm"], hides: ["kidnapping"] },
  { markers: ["(thằng|tên|gã|hắn|nó|người đàn ông|thanh niên) (đó|kia|này|ấy)? (đang)? đâm (người|chém|loạn|ông|bà|anh|chị|chú|bác|thằng|con|bạn|chủ)"], hides: ["drowning", "collapse"] },
  // a bone sticking out of a broken leg ("gãy chân lòi xương ra ngoài": unmarked "lo xuong" is also "lở xuống")
  { markers: ["(gãy|gẫy) (chân|tay|xương|xương chân|xương tay) (lòi|lồi|lộ) xương"], hides: ["landslide", "collapse"] },
  { markers: ["dừng xe (lại)? (giật|cướp)"], hides: ["injury"] },
  // a bomb left from the war going off under a plough is no gas leak ("máy cày trúng quả bom bi, nổ"); the heat of the
  // Lào wind is no fire ("nắng như đổ lửa")
  { markers: ["(bom|bom bi|quả bom|mìn|quả mìn|đạn pháo|đầu đạn|vật liệu nổ|đạn cối) …… (phát)? nổ"], hides: ["gas"] },
  { markers: ["(nắng|nóng|trời) (như|như là)? (đổ lửa|thiêu|thiêu đốt|cháy da)"], hides: ["fire"] },
  { markers: ["chân vịt (chém|cắt|cứa|quấn|đánh)"], hides: ["violence"] },
  // a roof tile falling on someone is no one sitting on a roof in a flood ("viên ngói trên mái rơi trúng đầu")
  { markers: ["(viên|tấm|miếng|mảnh|mấy viên|cục) (ngói|gạch|tôn|bê tông)"], hides: ["flood"] },
  // a limb broken is no bridge broken ("ngã xe ở dốc cầu Rào 2, chân gãy lòi xương"), and someone who fell senseless
  // no pole fallen ("chạm vào cột điện gần chợ, ngã xuống bất tỉnh")
  // (read only beside the bridge or the pole they would be taken for: alone, they leave the learnt reader its say)
  { markers: ["(cầu|cầu treo|cầu khỉ) …… (chân|tay|xương|cổ tay|cổ chân|đùi|sườn|xương sườn|cẳng chân|ống chân) (bị)? (gãy|đứt|gẫy)"], hides: ["collapse"] },
  { markers: ["(cột điện|trụ điện|cột đèn) …… (ngã|té|gục) (xuống|quỵ|ra)? (đất|đường)? (bất tỉnh|xỉu|ngất|ngất xỉu|bất tỉnh nhân sự)"], hides: ["power_line", "collapse"] },
  // a venomous fish's spine is no stabbing ("bị cá đuối đâm vô chân")
  { markers: ["(cá đuối|cá ngát|cá mặt quỷ|cá đá|cá mao ếch|cá dìa|cá trê|nhím biển|cầu gai|ngạnh cá) (đâm|chích|chít|cắn)"], hides: ["violence"] },
  // … nor is the sea it was met in a drowning ("bị cá đuối đâm vào chân khi tắm biển, chảy máu")
  { markers: ["(cá đuối|cá ngát|cá mặt quỷ|cá đá|sứa|nhím biển|cầu gai) (đâm|chích|chít|cắn|đốt) …… (khi|lúc|trong lúc|đang)? (tắm biển|tắm sông|tắm suối|bơi|lội)",
    "(tắm biển|tắm sông|tắm suối|bơi|lội) …… (bị)? (cá đuối|cá ngát|cá mặt quỷ|cá đá|sứa|nhím biển|cầu gai) (đâm|chích|chít|cắn|đốt)"], hides: ["drowning"] },
  // an air conditioner or a fridge short of its gas is no leak ("máy lạnh bị rỉ gas, không lạnh nữa"); thanks to a
  // shop is no syringe held ("cam on tiem sua xe": unmarked, also "cầm ống tiêm")
  { markers: ["(máy lạnh|điều hòa|điều hoà|máy điều hòa|tủ lạnh|tủ đông|tủ mát) …… (rỉ|xì|hở|hết|thiếu|rò|bơm|nạp|châm) (gas|ga)",
    "(rỉ|xì|hở|hết|thiếu|rò|bơm|nạp|châm) (gas|ga) (máy lạnh|điều hòa|điều hoà|tủ lạnh|tủ đông)"], hides: ["gas"] },
  { markers: ["cảm ơn (tiệm|tiêm|chủ tiệm)"], hides: ["violence"] },
  // someone on a roof to peep is no one fleeing a flood ("đang ngồi trên mái tôn nhìn trộm vô phòng tắm")
  { markers: ["(ngồi|núp|leo|trèo|nằm|đứng) (trên)? (mái|mái tôn|nóc|nóc nhà|mái nhà) …… (nhìn trộm|rình|quay lén|chụp lén|nhìn lén)"], hides: ["flood"] },
  // "rồi, mai …" is no fall from a roof ("cháy hàng từ 10h rồi, mai nhập thêm": unmarked "roi mai" is "rơi mái")
  { markers: ["rồi mai (nhập|mở|có|bán|về|làm|đi|tính|lại|mới|sẽ)"], hides: ["injury"] },
  // a threat to jump from a roof is no flood ("trèo lên nóc nhà 3 tầng đòi nhảy")
  { markers: ["(trèo|leo|đứng|ngồi) (lên|trên) (nóc|mái|sân thượng|nóc nhà|mái nhà) …… (đòi|dọa|định|muốn|tính) nhảy"], hides: ["flood"] },
  { markers: ["(buộc|cột|quấn|thắt|garo|ga rô) (dây|chặt|garo|ga rô)"], hides: ["power_line"] },
  // people running out or off ("có người chạy ra la": "chạy" is no fire)
  { markers: ["(có người|người ta|mọi người|mấy người|ai nấy|khách) (bỏ)? chạy (ra|vào|vô|tán loạn|toán loạn|đi|thoát|trốn)"], hides: ["fire"] },
  // a shop of one's own, typed with marks ("quán em cháy hàng": a regional "quánh em" would be a blow)
  { markers: ["=quán (em|tui|tôi|mình|nhà em|nhà tui|chị|anh) (cháy hàng|hết hàng|bán|đông|vắng|mở|đóng|nghỉ|có|hôm nay|mới|nằm|ở|tại|ngay|gần|cạnh|đối diện|kinh doanh|muốn)"], hides: ["violence"] },
  // fallen and pinning someone ("kệ sắt đổ sập, đè lên 2 người": unmarked "sap de" is also "sắp đẻ")
  { markers: ["(đổ|ngã|sụp|=sập) (sập)? =đè", "sap de (lên|trúng|vào|người|chết|nát)"], hides: ["medical"] },
  // an attacker or a citizen running ("ke dam chay roi", "tui chay vo tiem tap hoa": unmarked "chay" is "chạy")
  { markers: ["(kẻ|thằng|tụi nó|bọn nó|hung thủ|tên|người) (đâm|chém|đánh|cướp)? (đã)? (bỏ)? chạy (rồi|mất|đi|thoát|hết|hết rồi)", "(tui|tôi|em|mình|tao|chúng tôi|bọn tôi|cả nhà|mẹ con) (bỏ)? chạy (vô|vào|ra|đi|trốn|núp|nấp|thoát|về|qua)"], hides: ["fire"] },
  // land not owned yet ("chưa có đất ở": unmarked "co dat" is regionally "co giật")
  { markers: ["(chưa|không|ko|đã|mới|đều) có đất"], hides: ["medical"] },
  // the fee paid on registering a boat or a car ("tiền trước bạ": "truoc" is regionally "chuộc", a ransom)
  { markers: ["(tiền|lệ phí|phí|thuế|khai) trước bạ"], hides: ["kidnapping"] },
  // a blade slipping at work is no attack ("chém nhầm vào chân lúc chặt củi")
  { markers: ["(chém|chặt|bổ|phát) (nhầm|trượt|hụt) (vào|trúng)? (chân|tay|ngón|bàn chân|bàn tay)", "(lúc|khi|đang) (chặt|bổ|chẻ|phát|đốn) (củi|cây|gỗ|tre|cỏ|rẫy)"], hides: ["violence"] },
  // "not seen anywhere, searched for" ("ko thay dau, tim 15 phut": unmarked "dau tim" is also "đau tim")
  { markers: ["thấy đâu tìm"], hides: ["medical"] },
  // someone banging on the door from inside ("có người đập cửa bên trong mà không mở được")
  { markers: ["(đập|gõ) (cửa|kính) (bên trong|ở trong|từ trong|trong phòng)"], hides: ["violence"] },
  // a jump threatened is not a fall into the water yet ("đứng trên lan can cầu đòi nhảy xuống sông")
  { markers: ["(đòi|định|dọa|toan|sắp|sẽ|muốn) nhảy (xuống)? (sông|cầu|hồ|biển|suối)"], hides: ["drowning"] },
  // a child hanging from a railing is caught, not threatening to jump ("đu lan can cầu thang … đang treo lơ lửng")
  { markers: ["(treo lơ lửng|đu lan can)"], hides: ["jump_threat"] },
  // a stab wound told ("bi dam vao lung": unmarked "dam" is also "đám", a gang, regionally "giam", held, and "đắm", sunk)
  { markers: ["bị đâm (vào|vô|trúng) (bụng|lưng|ngực|tay|chân|cổ|người|đùi|mặt|đầu|vai|hông|sườn)"], hides: ["kidnapping", "drowning"] },
  // "then tomorrow" ("uong ha sot roi, mai co can di kham ko": unmarked "roi mai" is also "rơi mái")
  { markers: ["rồi (mai|sáng mai|tối mai|ngày mai|mốt) (có|có cần|cần|phải|nên|đi|mới|đưa|ra|khám)"], hides: ["injury"] },
  // a broken bone is no structure giving way ("cầu Long Biên, một chị bị gãy chân")
  { markers: ["(bị)? (gãy|gẫy) (chân|tay|xương|cổ|sườn|xương sườn|cột sống|xương đùi|hông|cổ tay|cổ chân)"], hides: ["collapse"] },
  // a birth that stops half way traps no one for the firefighters ("đầu em bé ra trước rồi mà ko ra được nữa", "em bé ra
  // được nửa người rồi kẹt lại")
  { markers: ["(đầu|chân|mông|tay) (của)? (em bé|bé|cháu|thai|thai nhi|con) …… (không|ko|k|chưa) ra (được|dc|đc)",
    "(em bé|bé|thai|thai nhi|đứa bé|con) (ra|ra được|chui ra|lòi ra) …… (kẹt|kẹt lại|mắc kẹt|không ra|ko ra)",
    "(đang đẻ|đang sinh|chuyển dạ|sinh con|đẻ rớt) ……… (kẹt|kẹt lại|mắc kẹt)"], hides: ["trapped"] },
  // the trapped banging to be let out ("2 công nhân kẹt bên trong, đang đập cửa kêu", "trong xe còn người đập kính")
  { markers: ["(kẹt|mắc kẹt|bị nhốt|ở trong|bên trong|trong xe|trong thang máy|trong cabin|trong phòng) ……… (đập|gõ) (cửa|kính)"], hides: ["violence"] },
  // climbing onto a roof to work on it is no refuge from a flood ("trèo lên mái lợp ngói bị ngã xuống sân")
  { markers: ["(trèo|leo) (lên)? (mái|nóc) (nhà)? (lợp|sửa|dọn|thay|đảo|quét|sơn|gỡ)", "(trèo|leo) (lên) (mái|nóc) …… (ngã|té|rơi|rớt|trượt)"], hides: ["flood"] },
  // a vehicle knocking something down is a crash, not a knifing ("xe tải đâm đổ cột điện")
  { markers: ["(xe|xe tải|ô tô|xe khách|xe container|xe ben|xe con|xe máy) (đâm|tông|húc) (đổ|gãy|sập|ngã|bật|văng)"], hides: ["violence"] },
  // a pain like a stab is no stabbing ("tim đau như bị đâm")
  { markers: ["(đau|nhói|buốt|nhức) (như|như là|giống như) (bị)? (đâm|dao đâm|cắt|xé|kim châm)"], hides: ["violence"] },
  // a chest that feels crushed is no collapse ("ngực đau như bị đè, thở không nổi")
  { markers: ["(như|như là|giống như) (bị)? (đè|đá đè|tảng đá đè|ai đè|vật nặng đè)", "(ngực|tim|lồng ngực) …… (bị)? (đè|đè nặng|đè ép)"], hides: ["collapse", "trapped"] },
  // rubbish or weeds caught in a canal ("rác kẹt lại dồng hôi thúi") trap no one
  { markers: ["(rác|lục bình|bèo|rong|củi|cành cây|bùn|túi ni lông|bọc ni lông|xác) (bị)? (kẹt|mắc|ứ|dồn) (lại)?"], hides: ["trapped"] },
  // back in after spraying ("phun thuốc sâu xong vào nhà thì nôn": unmarked "xong vao nha" is also "xông vào nhà")
  { markers: ["(phun|xịt|rải|pha|tưới) ……… xong (vào|vô) nhà"], hides: ["violence"] },
  // things the water took, not people: "nhà em vừa bị lũ cuốn hết giấy tờ"
  { markers: ["(cuốn|cuốn trôi|trôi) (hết|sạch|mất hết|mất sạch) (giấy tờ|đồ đạc|đồ|tài sản|tiền|lúa|hoa màu)?",
    "(cuốn|cuốn trôi|trôi) (mất)? (một phần|phần lớn|một phần lớn|hết|sạch|cả)? (cát|lúa|hoa màu|đồ đạc|tài sản|ao cá|cá|tôm|hàng|cây trồng|vườn|giấy|giấy tờ|sổ|sổ đỏ|hồ sơ|bằng|căn cước|cccd|kho|kho hàng|thành phẩm|máy móc|nhà xưởng)"], hides: ["swept_away", "drowning"] },
  // a thing lying across the road ("cây đổ chắn đường"; unmarked "chan duong" is also "chặn đường") stops no one by force
  { markers: ["(đổ|đỗ|đậu|ngã|gãy|cây|cành|đất|đá|rác|cột|xe|hàng) (nằm)? (chắn|chặn) (ngang)? (hết)? (lối|đường|lối đi|ngõ|hẻm|kiệt|ngách|cổng|lối vào)"], hides: ["violence"] },
  { markers: ["(giật|giựt) (mất)? (điện thoại|đt|dt)"], hides: ["electric_shock"] },
  // a boat's winch rope or a fishing line ("dây tời cuốn đứt mấy ngón tay") is no power line
  { markers: ["(dây tời|dây cáp tời|dây neo|dây lưới|dây kéo lưới) (cuốn|quấn|kẹp|kéo|cán|nghiến|siết|đứt)"], hides: ["power_line", "electric_shock"] },
  // a vehicle run into something ("đâm xe máy vô trâu") is a crash, not a knifing
  { markers: ["(đâm|tông|húc|đụng) (xe|xe máy|ô tô|xe đạp) (vô|vào|phải|trúng) (con)? (trâu|bò|chó|heo|cột|cột điện|gốc cây|cây|tường|xe|dải phân cách|lề|ổ gà|rào|hàng rào|đống)"], hides: ["violence"] },
  // land allotted, a phone used: "giao đất" is no digging out ("đào đất"), "dùng điện thoại" no touching a live wire
  { markers: ["giao (đất|khu vực|rừng|mặt nước|khu đất)"], hides: ["trapped"] },
  { markers: ["(dùng|sử dụng|xài|biết dùng) (điện thoại|đt|dt|điện thoại thông minh)"], hides: ["electric_shock"] },
  // red soil, not a snatch ("đường đất đỏ vào buôn": unmarked "dat do" sounds like "giật đồ" in the south)
  // (typed "giat do" is the snatch itself: the regional "giat" of "đất" is not read here)
  // the laundry, not a snatch ("đang giặt đồ thì bị giật điện")
  { markers: ["=giặt (đồ|quần áo|mền|chăn)", "giặt quần áo", "giặt đồ (thì|xong|ngoài|ở|sau|trong|bằng|cho|bị)"], hides: ["violence"] },
  { markers: ["(bụi|đường đất|đường|vùng|màu) (đỏ|đỏ au|đỏ quạch|bazan)", "=đất (đỏ|đỏ au|đỏ quạch|bazan)", "(đất|dat) đỏ (au|quạch|bazan)"], hides: ["violence"] },
  // a button, not a crack ("dịch vụ nút bấm khẩn cấp": unmarked "nut" is also "nứt")
  { markers: ["nút (bấm|bấm khẩn cấp|gọi|nguồn|áo|chai|điều khiển|khẩn cấp)", "(bấm|ấn|nhấn) nút"], hides: ["collapse"] },
  // a worry ahead, not a roof giving way ("lo mai mot" unmarked is "lỡ mai mốt", not "lở mái")
  { markers: ["(lỡ|nhỡ|lo) (mai mốt|mai này|mai kia|sau này)"], hides: ["collapse", "landslide"] },
  // crabs pounded for soup ("đập cua lọc nước": unmarked "dap cua" is also "đạp cửa")
  { markers: ["(đập|giã|xay|băm) cua (lọc|lấy|để|cho|rồi|xong|với)"], hides: ["violence"] },
  // the utilities' bill, not water coming in ("thu tiền điện nước, đang nói chuyện": unmarked "nuoc dang" is also
  // "nước dâng")
  { markers: ["điện nước", "(tiền|hóa đơn|hoá đơn|phí|giá) nước"], hides: ["flood"] },
  // tomorrow, not a roof ("lịch cắt điện ngày mai mấy giờ": unmarked "mai" is also "mái", "mấy" near "bay")
  { markers: ["(ngày|sáng|chiều|tối|trưa|hôm|đêm) mai"], hides: ["collapse"] },
  // a vehicle ridden into a pole or a tree is a crash, not a knifing ("đang chạy xe thì đâm vô cột điện")
  { markers: ["(đâm|tông|húc|đụng) (vô|vào|phải|trúng) (cột|cột điện|trụ điện|gốc cây|cây|tường|trụ|dải phân cách|lề|rào|hàng rào|gờ|xe tải|xe khách)",
    // hit by a vehicle ("bạn tôi bị đâm xe, chân dập")
    "bị (đâm|tông|húc|đụng) xe"], hides: ["violence"] },
  // a boat or a car overturned is no one lost ("ghe chở khách bị lật": southern "lạc" and "lật" sound alike)
  { markers: ["(ghe|thuyền|tàu|xe|đò|xuồng|ca nô|cano|sà lan|ô tô|xe khách|xe tải|xe máy) …… (bị)? lật"], hides: ["kidnapping"] },
  // crushed, not beaten ("chân dập nát": unmarked "dap" is also "đập")
  { markers: ["(dập|bị dập) (nát|nát bét|nặng|gãy)"], hides: ["violence"] },
  // a machine that jerks or shakes ("máy giặt giật giật khi vắt") is no fit and no shock
  { markers: ["(máy giặt|máy bơm|máy|quạt|xe|xe máy|động cơ|mô tơ|tủ lạnh) (bị|cứ|hay)? (giật giật|giật cục|rung giật)"], hides: ["medical", "electric_shock"] },
  // a bang "like a gun" is a shot, not a gas explosion
  { markers: ["(tiếng)? nổ (như|giống) (tiếng)? súng"], hides: ["gas"] },
  // children squabbling over something: "hai anh em giành đồ chơi đánh nhau" (blood or a fall beside it still stands)
  { markers: ["(đứa nhỏ|đứa trẻ|mấy đứa|hai đứa|bọn trẻ|tụi nhỏ|lũ trẻ|con nít|trẻ con|hai anh em|hai chị em|anh em|chị em|hai bé|mấy bé) …… (giành|tranh|vì) …… (đánh nhau|cãi nhau|gây nhau|đánh lộn)"], hides: ["violence"] },
  { markers: ["bỏ chạy", "(máu|nước|mồ hôi|nước mắt|nước mũi|nước miếng|dãi|mủ) (chảy|chay)", "(chạy|bỏ chạy) (tán loạn|toán loạn|tứ tán|thục mạng|ra ngoài|ra hết|tan loạn)",
    // blood that flows, someone running in or away ("đầu chảy máu", "đang chạy vào nhà dân nấp")
    "=chảy máu", "(đầu|mặt|miệng|mũi|tay|chân|bụng|trán|cổ|tai|người) (chảy|chay) máu",
    "(chảy|chay) máu (đầu|miệng|mồm|mũi|tai|nhiều|quá|lắm|không|ko|ra|me|đầm đìa|lênh láng|tùm lum)", "(đang|bị|vẫn|còn) (chảy|chay) máu",
    "(gãy|lệch|rách|trầy|sưng|bầm|nằm im|té|ngã) …… (chảy|chay) máu", "(chạy|bỏ chạy) (vào|vô) (nhà|nhà dân|trong|hẻm|ngõ|cây xăng|quán|chợ)", "chạy (trốn|núp|nấp|trối chết)",
    // an attacker running off ("thằng đâm chạy mất rồi": unmarked "dam chay" is also "đám cháy")
    "(đâm|chém|đánh|cướp|giật) (xong|rồi|xong rồi) (bỏ)? chạy", "(rượt|đuổi|bị rượt|bị đuổi) (theo)? chạy", "chạy (ra|vô|vào) (ruộng|đồng|rẫy|vườn)", "(đâm|chém|đánh|cướp|giật) bỏ chạy", "(đâm|chém|cướp|giật) chạy (mất|mất rồi|đi mất)"], hides: ["fire"] },
  // a cut from broken glass or a machine is an accident, not an attack ("mảnh kính vỡ cứa sâu cổ tay", "té trúng kính
  // vỡ", "bị máy cắt cỏ chém trúng")
  { markers: ["(mảnh kính|kính vỡ|miểng kính|mảnh chai|miểng chai|mảnh sành|miểng sành|tôn|mép tôn) (vỡ)? (cứa|cắt|đâm)",
    "(té|ngã|trượt|vấp|đạp) (trúng|vào|lên|phải)? (kính|kính vỡ|mảnh kính|miểng chai|mảnh chai|đinh|sắt)",
    "(máy cắt cỏ|máy cưa|máy cắt|lưỡi cưa|máy xay|máy cày|cưa máy|máy phát cỏ) (chém|cắt|cứa|đâm|cưa) (trúng|vào|phải)?",
    // a farm blade slipping while working ("đi rẫy bị dao phát cỏ chém vào chân")
    "(đi rẫy|làm rẫy|phát rẫy|phát cỏ|làm vườn|chặt cây|chặt củi|bổ củi|đốn cây) …… (bị)? (dao|dao phát|dao phát cỏ|rựa|liềm|cuốc|rìu) (chém|phạt|cứa|bổ|cắt) (vào|trúng|phải)?",
    "(dao phát|dao phát cỏ|dao rựa|lưỡi liềm|lưỡi cuốc) (chém|phạt|cứa|bổ|cắt) (vào|trúng|phải)? (chân|tay|bàn chân|ngón)",
    "(chém|phạt|cứa) (phải|trúng|vào) (chân|tay|bàn chân|ngón) (bằng)? (dao phát|rựa|liềm|dao) (khi)? (phát|làm|đi)?"], hides: ["violence"] },
  { markers: ["(xe|xe máy|ô tô|xe tải|xe khách|xe buýt|xe con|tàu|hai xe|2 xe) … (đâm|tông|húc) (nhau|vào nhau|trực diện)", "(tàu hỏa|xe lửa|tàu|xe|xe máy|ô tô|xe tải|xe khách|xe buýt|xe con|xe container|xe ben) (đâm|tông|húc|lao) (vào|thẳng vào)? (xe|xe máy|ô tô|nhà|nhà dân|cột|tường|dải phân cách|người đi đường|người đi bộ|bà cụ|ông cụ|em bé|cháu bé|học sinh)", "(sét|sóng|gió) đánh", "(phá|đạp|cạy) cửa (vào|vô|ra)? (thì|mới thấy|thấy)"], hides: ["violence"] },
];

/** Look-alikes: where these stand, the situation words inside them mean something else. */
export const LOOK_ALIKES: readonly string[] = [
  // an embankment named for what it prevents ("bờ kè chống sạt lở có vết nứt"), a lifeguard's job asked for
  "(kè|bờ kè|công trình|dự án|tường) chống (sạt lở|sạt|lở)", "chống sạt lở",
  "(tuyển|tuyển dụng|xin làm|xin vào làm|việc làm) (nhân viên|người)? cứu hộ",
  // … told the other way round ("đội cứu hộ ở bãi tắm Đồ Sơn hè này có tuyển người không, em bơi giỏi")
  "cứu hộ ……… (có)? (tuyển|tuyển dụng|cần tuyển|nhận thêm|cần thêm) (người|nhân viên|thêm|ai)",
  // a smell "to faint from" ("xe rác đổ trễ, mùi hôi chết ngất")
  "(hôi|thối|khai|tanh|khét) (chết ngất|muốn ngất|muốn xỉu|xỉu luôn|ngất luôn)",
  // the Mông people ("mấy thằng bản Mông": "mong" is no wish)
  "(bản|người|dân tộc|đồng bào|người dân tộc|thằng|mấy thằng|tụi) mông",
  // a rescue told as the past ("bị thương lúc cứu người mùa lũ"); goods carried across ("cư dân bên kia mang sang":
  // regionally "mang xăng"); a paper switched to a new form ("đổi sang mẫu mới": "đòi xăng"); a landslide asked about
  "(lúc|khi|trong lúc|hồi|trong khi) (đi)? cứu (người|nạn|hộ|dân)",
  "(bên kia|biên giới|nước bạn|ben kia) …… (mang|đem|chở) sang", "(mang|đem|chở) sang (bán|bên này|bên kia|chợ|qua|đây|việt nam|vn|nước mình)",
  "đổi sang (mẫu|giấy|loại|tên|cái|bản|tài khoản|số|thẻ|ngân hàng|mới|dạng|hình thức|chứng từ|biên lai|hóa đơn|nuôi|trồng|làm|kinh doanh|bán)",
  // a sea area allocated ("giao vùng mặt biển": "vung mat" is also "vung mác"); a right exploited for a term ("khai
  // thác có thời hạn": "thac co" is also "thắt cổ")
  "(vùng|khu vực|diện tích) mặt (biển|nước)", "khai thác (có)? (thời hạn|hiệu quả|kinh doanh|công viên|quyền)",
  "(có|có bị|còn|còn bị) (sạt lở|sạt|lở đất|ngập|lũ) (không|ko|hông|hem|k)",
  // a leg in a cast, being mended ("đang bó bột gãy chân, không xuống xã được"); a bus's hours ("xe buýt số 08 chạy
  // đến mấy giờ": unmarked "chay" is also "cháy")
  "(đang)? (bó bột|bó nẹp|băng bột|nẹp bột) (vì|do)? (bị)? (gãy)? (chân|tay|xương)?",
  "(xe buýt|xe buyt|xe bus|xe khách|chuyến xe|tuyến xe|chuyến tàu|xe đò) ……… chạy (đến|tới|lúc|từ)? (mấy giờ|mấy h|giờ nào|mấy chuyến)",
  // someone already rescued ("có người té sông, đã được cứu": no cry), a district of Cà Mau ("đoạn Cái Nước")
  "(đã được|vừa được|may được|mới được|đã được người ta) (cứu|cứu sống|cứu kịp|cứu lên|cứu ra)", "(đoạn|huyện|xã|thị trấn|ở|qua|tại) cái nước",
  // a canal and a street of Hải Phòng ("phòng trọ ở Lạch Tray": "tray" is a regional "cháy"); a price that gives one a
  // heart attack ("giá thịt lợn tăng mà đau tim")
  "lạch tray", "(giá|tăng giá|lên giá|tăng|đắt) …… (mà|muốn|phát|tới|đến)? (đau tim|lên cơn đau tim|nhồi máu)",
  // Hạ Long's ward and bridge ("quán karaoke ở Bãi Cháy", "cầu Bãi Cháy")
  "=bãi cháy",
  // an animal run over, tap water running a colour, glass stepped on, traffic going past (unmarked "xe chay" is
  // also "xe cháy"): reports for the ward, no emergency of people
  "(chuột|chó|mèo|gà|vịt|rắn|chim|cóc|ếch|heo|lợn|bò|trâu|dê) (chết)? …… bị xe (cán|cán chết|tông|cán nát)",
  "chảy ra (màu|nước|cặn|bùn|nước đục|nước vàng|nước đen)",
  "(dẫm|giẫm|đạp) (phải|trúng) (mảnh chai|chai|kính|đinh|miểng chai)?",
  "xe (chạy|chay) (ngang qua|qua lại|tốc độ|nhanh|ầm ầm|rầm rầm|liên tục|suốt ngày|suốt đêm|bạt mạng|ào ào)",
  // a cable that carries no power ("dây cáp internet bị đứt … không phải dây điện")
  "(dây|đường dây|sợi dây|cuộn dây) (cáp)? (internet|mạng|cáp quang|wifi|truyền hình|điện thoại|tivi|ti vi|camera|phơi đồ)", "(không phải|ko phải|hổng phải|chẳng phải|chứ không phải) dây điện",
  // fruit ("vựa trái cây của tui": unmarked "cay cua" is also "cạy cửa"), a record put right ("sửa lại cho đúng mất bao
  // lâu": unmarked "dung mat" is also "dùng mác")
  "trái cây của", "cho đúng (mất|hết|tốn)",
  // a cut from the kitchen knife, already dressed ("đứt tay khi thái rau, chảy ít máu, dán băng rồi")
  "(đứt|cắt vào|cắt phải) (tay|ngón tay) (khi|lúc) (thái|cắt|gọt|làm|nấu|rửa)", "chảy (ít|chút|tí|chút xíu) máu",
  // rescue gear bought or shipped ("cần nhập gấp xuồng cứu hộ, máy lọc nước để cứu trợ lũ lụt")
  "(xuồng|ca nô|phao|áo phao|thiết bị|dụng cụ|vật tư|hàng|trang bị) cứu hộ",
  // a price "to kill for" ("tháng này tiền điện cao giết người"); a composition imagined for school
  "(cao|đắt|mắc|nóng|lạnh|tăng) (giết người|chết người)",
  // a stadium "on fire" with its fans ("sân Lạch Tray cháy quá anh em ơi, cả sân hát vang")
  "(sân|khán đài|cổ động viên|cđv|fan|khán giả) …… cháy (quá|lắm|hết mình|rực|hết cỡ)",
  // back home to settle ("về nước định cư": unmarked "nuoc dinh" is also "nuốt đinh"); off to rescue others, a duty
  // told ("đội xung kích đi cứu người trong trận lũ")
  "(về|hồi|ở|trong) nước (định cư|sinh sống|làm ăn|ở hẳn)", "(đi|tham gia) cứu (người|nạn|hộ)",
  // where to pay for the power back ("đóng ở đâu để có điện lại": unmarked "dau de" is no "đau đẻ")
  "(ở|chỗ|nơi) đâu để",
  // fainting at the price of gold, stubborn "to death", an ambulance passing in the night, a scratch already dressed,
  // the rice burnt to the pot
  "xỉu (up|lên) xỉu (down|xuống)", "xỉu up",
  "(lì|lười|mệt|chán|đói|nóng|lạnh|bực|tức|quê|ngại|buồn cười|dễ thương|ngon|xấu hổ|nhớ) muốn chết",
  "xe (cấp cứu|cứu thương) (hú còi)? (chạy|đi) (qua|ngang)",
  "(đứt|trầy|xước) (tay|chân|ngón tay) (chút xíu|chút|tí|một chút|nhẹ|sơ sơ|tí xíu)",
  "(khét|cháy|khê) (cháy|khét)? (cả|hết)? (nồi|chảo|xoong|niêu|đáy nồi|nồi cơm)",
  // a heart broken ("vừa bị ny đá, đau tim quá, chết mất thôi")
  "(ny|người yêu|bồ|gấu|crush) (đá|bỏ) …… (đau tim|tim đau|chết mất)",
  // a haste or a heat "like a house on fire" ("nóng như cháy nhà ấy")
  "như cháy (nhà|chợ)",
  // a place, not paperwork ("làn dừng khẩn cấp trên cao tốc Dầu Giây": unmarked "giay" is also "giấy"); a lagoon, not
  // a door broken ("đầm phá của tui": unmarked "pha cua" is also "phá cửa")
  "dầu giây", "đầm phá", "cầu giấy",
  // papers burnt, told to a tax office ("chập điện cháy mất mấy quyển biên lai, phải báo cáo với cơ quan thuế")
  "cháy mất (mấy|một|1|hết|cả)? (quyển|cuốn|tờ|bộ|xấp)? (giấy tờ|biên lai|hóa đơn|sổ|sổ sách|hồ sơ|chứng từ)",
  // a boss who will "kill" when he finds out ("sếp mà biết chắc giết em mất")
  "(mà|nếu|lỡ) (biết|thấy|phát hiện) ……… (giết|chém|xử|đánh chết) (em|tôi|tao|mình|tui|con|cháu)? (mất|chết|luôn)",
  // a pest to be killed ("con gián to bò trong phòng ngủ, ai đến giết hộ")
  "con (gián|chuột|nhện|rết|thạch sùng|thằn lằn|sâu|bọ) ……… (giết|đập|diệt|đuổi|bắt) (hộ|giùm|dùm|giúp|đi|chết)",
  // a what-if ("nhà này mà bị trộm vào thì toang"), a scolding that "knocks out" ("bị sếp mắng xỉu ngang")
  "mà (bị)? ……… thì (toang|tiêu|tiêu đời|xong đời|chết|khổ|nguy|mệt)",
  "bị (sếp|cô|thầy|mẹ|bố|ba|má|vợ|chồng|ck|vk) (mắng|chửi|la|quát|mắng cho) (cho)? (xỉu|ngất|muốn xỉu) (ngang)?",
  // a match "robbed" ("bị cướp trắng chiến thắng phút 90"), a plant's leaves scorched ("cây mai bị cháy lá")
  "(cướp|bị cướp) (trắng|mất)? (chiến thắng|bàn thắng|điểm|chức vô địch|ngôi vương|huy chương|giải)", "cháy (lá|ngọn|rễ)",
  // an emergency as a kind of event to plan for ("phương án xử lý khi xảy ra sự cố khẩn cấp như vỡ đập")
  "(sự cố|tình huống|trường hợp|tình trạng) khẩn cấp (như)?",
  // over a hill, not passed away ("lửa bén qua đồi cỏ tranh": unmarked "qua doi" is also "qua đời")
  "qua (đồi|núi|rẫy|đèo) (cỏ|tranh|trọc|bên|phía|kia|sau|trước)",
  // from nowhere, not a place asked for ("3 4 người ở đâu ra vây em lại")
  "ở đâu ra",
  // diarrhoea, not a fire; figures of speech
  "(tiêu chảy|ỉa chảy|đi chảy)", "xỉu ngang (với|vì|khi)", "cướp giữa ban ngày",
  // a meter running fast ("công tơ điện nhà tôi chạy nhanh bất thường": unmarked "chay" is also "cháy")
  "(công tơ|công tơ điện|đồng hồ điện|đồng hồ nước|điện kế|đồng hồ) (nhà tôi|nhà tui|nhà em|nhà mình)? (chạy|quay|nhảy) (nhanh|vùn vụt|lố|sai|bất thường|nhiều|loạn)",
  // a bike walked out or a ride booked ("sáng ra không ai dắt xe ra được"; regional speech hears "giật xe")
  // (not someone walking it out of the yard now: "có người đang dắt xe máy nhà tôi ra khỏi sân")
  "(không|ko|chẳng|hông|ai|chưa) (dắt|đặt) xe", "=đặt xe", "đặt xe (grab|be|ôm|công nghệ|taxi|qua app)", "dắt xe (ra được|vào được|không được|ko được|đi sửa|đi rửa|đi bộ)",
  // a file uploaded is no "fire" mistyped ("không tải được file pdf … thử cả chrome")
  "(file|files|tệp|tập tin)",
  // rubbish or rubble dumped on the sly is no theft ("chở xà bần đổ trộm ra bãi đất trống")
  "(đổ|xả|vứt|đốt|chôn|quăng|=thải) (rác|xà bần|phế thải|nước thải)? trộm",
  // a sea of motorbikes: "chết đuối giữa biển xe máy"
  "biển (xe|xe máy|người|người đông|ô tô)",
  // traffic in a muddle: unmarked "xe chay lon xon" is no "cháy lớn"
  "(chạy|chay) (lộn xộn|lung tung|loạn xạ|quanh|vòng quanh|vòng vòng|lòng vòng)",
  // an angry boss is no bomb: "cả phòng như vừa bị bom nổ"
  "như (vừa)? (bị)? (bom|mìn) (nổ|rơi|dội)", "đánh cờ (tướng|vua|caro|vây)", "(khóc|la|gào|hét|chạy) như (cháy nhà|nhà cháy)", "nổi trận lôi đình", "(chết đuối|đuối) (giữa|trong) biển (xe|xe máy|người|ô tô|việc|deadline)",
  // about to run out, not collapsing: unmarked "sap het han" is "sắp hết hạn" ("GPXD nhà ở sắp hết hạn")
  "sắp (hết hạn|tới hạn|đến hạn|khởi công|xây|sửa|nộp)",
  // "not seen burning": "Chưa thấy cháy. Mọi người đang gọi…"
  "(chưa|không|ko) (thấy|có) (cháy|khói|lửa)",
  // a bar, not a lad ("bị thanh sắt đâm xuyên đùi" is an injury, no one held); a cabinet, not a suicide ("khói từ tủ điện")
  "thanh (sắt|thép|gỗ|tre|nhôm|inox|củi|kim loại|sắt nhọn)",
  "(từ)? tủ (lạnh|quần áo|đồ|sắt|gỗ|thờ|sách|kính)", "từ tủ điện",
  // a bargain hunted ("Cướp! à không, cướp deal thôi")
  "(cướp|săn) (deal|sale|voucher|mã giảm giá|hàng giảm giá|đồ giảm giá|khuyến mãi)",
  // the province, not coming to: "sáp nhập tỉnh chưa, tỉnh mình nhập với tỉnh nào"
  "=tỉnh (mình|nào|bạn|ta|này|đó|kia|lỵ|ủy|đội|đoàn)",
  // a road cut by a landslide, told as the reason one cannot travel ("đường đang sạt lở chưa thông, mạ tui già yếu")
  "(đường|đường đi|lối đi|đường vào|đường lên|đường xuống) (đang|bị|còn|vẫn)? (sạt lở|sạt|lở) (chưa thông|nên|không đi được|ko đi được|khó đi|chưa đi được|đi không được)",
  "(phòng cháy|chữa cháy|pccc|cháy máy|cháy bóng đèn|cháy cầu chì|cá cháy|cháy vé|cháy túi|cháy nắng|cơm cháy|cháy nồi|cháy khét)",
  // a shop sold out, orders pouring in ("shop em đang cháy hàng, cháy sạch luôn, đơn về nổ điện thoại")
  "(cháy hàng|hết hàng) …… (cháy sạch|cháy hết|cháy luôn)", "(đơn|đơn hàng|tin nhắn|thông báo) (về)? nổ (điện thoại|máy|đt)",
  // figures of speech: a price rise is "daylight robbery", a match "a stroke", homework "drowning"
  "(đúng là|như|khác gì|chẳng khác gì) (ăn)? cướp (giữa ban ngày)?", "(đúng là|như|muốn|sắp) (lên cơn)? (đột quỵ|đau tim|nhồi máu) (luôn|mất|với|quá)?",
  "(đau tim|đứng tim|thót tim|muốn đột quỵ) (vì|với|về|bởi) (điểm|kết quả|giá|tiền|con|thằng|vụ|chuyện)",
  // a price that breaks one's heart ("giá cà phê xuống 10 giá, đau tim quá trời")
  "(đau tim|muốn đột quỵ|lên tăng xông) (quá trời|quá xá|quá|luôn|thiệt|thật sự)",
  // mist "like smoke" admired on a pass ("sương mù trắng xóa như khói cháy, đẹp quá"), a lazy pupil scolded
  "(sương mù|sương|mây) …… như (khói|khói cháy|khói lửa)",
  "(lười học|lười quá|không chịu học|hư quá|nghịch quá) …… (dọa|doạ|đòi) (đánh|đánh chết|đập)",
  "(chết đuối|chết chìm|ngập|ngộp) (trong)? (đống|núi|biển)? (bài tập|deadline|công việc|nợ|việc|hồ sơ|bài vở)",
  // a kiln unloaded, not a collapse ("công nhân lò gạch bị bỏng do đổ lò")
  "(đổ lò|ra lò|đốt lò|nung lò)",
  // cooking and slang: "để lửa nhỏ cho cháy cạnh", "máy đẹp xỉu"
  // ("gió to lửa bén sang hàng rào" is wind and a fire spreading, not a cook turning the flame up)
  "(cháy cạnh|cháy xém|cháy giòn|cháy vàng|cháy tỏi|lửa nhỏ|lửa vừa|lửa riu riu|lửa liu riu|nhỏ lửa|vặn lửa)",
  "(để|vặn|chỉnh|bật|nấu|đun|hầm|kho|xào|chiên|rán|nướng) (to|lớn) lửa",
  "(đẹp|ngon|dễ thương|cute|hay|xinh|đỉnh|mê|đã|sướng|thơm|mệt|hài) xỉu",
  "(ăn chay|đồ chay|món chay|cơm chay|chay tịnh|chạy thận|chạy xe|chạy bộ|chạy việc|chạy chữa|=chạy chợ|chạy trường|chạy hàng)",
  "(vật liệu nổ|thuốc nổ|pháo nổ|nổ máy|bùng nổ)",
  // a children's game and tickets sold out ("chơi trò cảnh sát bắt cướp", "vé cháy sạch rồi")
  "(trò|trò chơi|chơi trò|chơi)? (cảnh sát bắt cướp|cướp cờ|bắn súng nước|trốn tìm)",
  "vé (đã|bị)? (cháy|cháy sạch|cháy hết)",
  // a clearance sale ("xả hàng cháy giá, sập sàn luôn"), an exam failed ("nó chết rồi, thi rớt môn 3 lần")
  "(cháy giá|sập sàn|sập giá|xả hàng|xả kho|đại hạ giá)",
  "(thi rớt|thi trượt|rớt môn|trượt môn|nợ môn|rớt tốt nghiệp|trượt tốt nghiệp|rớt đại học|trượt đại học)",
  // games children play on the phone ("chơi Free Fire la hét bắn nhau ầm ầm")
  "(free fire|liên quân|pubg)",
  // looking something up ("tra cứu chi tiết ở đâu", typed "tra cuwus"): no cry for help
  "tra cứu",
  // an alarm that rings for nothing, a fire that was only feared ("báo cháy hư kêu inh ỏi mà không có cháy gì",
  // "hàng xóm tưởng cháy nhà chạy qua")
  "(báo cháy|chuông báo cháy|còi báo cháy) (chung cư|tòa nhà|nhà)? (cũ)? (bị)? (hư|hỏng|lỗi|kêu bậy|kêu nhầm|kêu sai|tự kêu|kêu hoài)",
  "(báo cháy|chuông báo cháy|còi báo cháy) …… (hay kêu|kêu vô cớ|cứ kêu|kêu lung tung|kêu linh tinh|tự kêu|kêu hoài|hay tự kêu)",
  "(không|chẳng|hổng|ko) (có)? (cháy|lửa|khói) (gì|gì hết|gì cả|đâu)",
  "tưởng (là)? (có)? (cháy|cháy nhà|nhà cháy|có cháy)",
  // a quarrel only feared ("hàng xóm tưởng đánh nhau, thực ra ông chỉ xem bóng")
  "tưởng (là|rằng)? (có)? (người)? (đánh nhau|đánh lộn|ẩu đả|trộm|cướp|có trộm|có cướp)",
  // a phone or a machine dying ("điện thoại hết pin sắp chết rồi"), a love "on fire", a dish that burns the mouth
  "(điện thoại|đt|dt|máy|laptop|pin|xe) (hết pin|yếu pin|hết bình)? (sắp|gần|muốn)? chết (rồi|máy|luôn)?",
  "(trái tim|con tim|tim|lòng) (em|anh|tôi|mình|tui)? (đang)? (bốc cháy|bùng cháy|rực cháy|cháy bỏng) (vì|cho|bởi)",
  "(cay|nóng) (cháy|xé|bỏng) (miệng|lưỡi|họng)", "(bánh mì|món|bánh) (bom|bom nổ|núi lửa)",
  // cooking: hot oil smoking in a pan, onions fried, a strong flame ("chảo mỡ thật nóng, dầu bốc khói thì thả hành")
  // (unmarked "dau" is also "đậu", a car parked: "ô tô đậu ven đường tự nhiên bốc khói rồi cháy")
  "(chảo|chảo mỡ|chảo dầu|mỡ|=dầu|dầu ăn) (thật|thiệt|rất|thật là)? (nóng|nóng già|sôi)? …… (bốc khói|sôi) (thì|rồi|mới)",
  "phi (hành|tỏi|hành tỏi|sả) (cho)? (cháy cạnh|vàng|thơm|vàng thơm)", "(đun|nấu|hầm|xào) (sôi)? (lửa to|lửa lớn|lửa nhỏ|lửa riu riu|lửa vừa)",
  // tickets sold out, a team playing another, a crowd cheering hard
  "cháy (hết|sạch) (vé|tour|phòng|chỗ|suất)",
  // a hotpot on its burner, food "spicy enough to kill", the gas run out ("bình gas hết, cứu với ad ơi")
  "(lẩu|nồi lẩu) (cháy|lửa)", "(nồi|bếp) lửa (bốc|cao)", "cay chết (người|luôn)", "(bình)? (gas|ga) (hết|cạn|đã hết)", "hết (gas|ga)", "giao (gas|ga)",
  // asking how to call, not calling ("có cách nào gọi cấp cứu hông, tui hỏi để biết thôi"); a pot burnt in the kitchen
  "(cách nào|cách gì) (để)? (gọi|bấm|liên lạc|báo) (cho)? (cấp cứu|cứu hỏa|công an|cứu thương|113|114|115)",
  "nấu (cá|thịt|cơm|canh|chè|xôi|cháo|đồ ăn|món) (kho)? (bị)? (cháy|khét|cháy khét) (hết|rồi|mất|luôn)?",
  "(bánh đa|canh|riêu|lẩu|bún) cua",
  // a grill's charcoal, a burner that will not light
  "(nướng|quay) (lửa than|than hoa|than hồng)", "lửa than (cháy cạnh|thơm|hồng)",
  "(bật|mồi) (lửa)? (không|hổng|ko) (lên|cháy)", "không có mùi (gas|ga|khét|khói)", "(đánh nhau|đấu|đá|thi đấu|gặp) với (đội|đội tuyển|đội bóng|lớp|xóm)", "cháy (hết mình|hết cỡ|nào)",
  // a pond or a ditch about to brim over in the rain is a worry, not a flood ("hồ nước sau nhà sắp tràn")
  "(ao|hồ|mương|cống|bể|lu|thùng|giếng|rãnh) (nước)? (sau nhà|trước nhà|nhà tôi|nhà em|đầu ngõ|cuối ngõ)? (sắp|gần|muốn) tràn",
  // a cost, not extortion ("làm cái mới có tốn tiền ko": "tốn" in a southern ear is "tống")
  "(tốn tiền|tốn kém|tốn phí|tốn bao nhiêu|tốn nhiều)",
  // the writer "fainting" at homework or news is a figure of speech (someone who fainted does not type it)
  "(em|tui|tôi|mình|tao|tớ|tui cũng|em cũng) (xỉu|ngất) (ngang|luôn|up|lên xuống|tại chỗ luôn)",
  // the smell of a pot burnt while cooking ("nấu chè bị khét đáy nồi", "chiên cá bị khét"), a fire-hot match
  "(nấu|chiên|rán|kho|nướng|xào|rang|đun|hâm|luộc) (cơm|chè|cá|thịt|canh|cháo|bánh|trứng|đồ ăn|món|nước|sữa)? (bị)? khét",
  "khét (đáy|dưới|cả)? (nồi|chảo|xoong)",
  "khử mùi (khét|khói|tanh)",
  "(đá|chơi|thi đấu|đánh|cổ vũ) (bóng|banh|bóng đá|cầu|bóng chuyền|cầu lông|bóng bàn|bi a|bida)? (cháy|cháy quá|cháy hết mình)",
  "=cháy (sân|sân khấu|khán đài)",
  // a family's misfortune told to ask for help from the ward ("nhà em mới gặp nạn, chồng mất sức lao động, xin hộ nghèo",
  // "chồng mới bị tai nạn nằm một chỗ, nhà mất nguồn thu")
  "gặp nạn …… (mất sức lao động|hộ nghèo|cận nghèo|trợ cấp|hỗ trợ|xin xét|công nhận)",
  "tai nạn ……… (mất sức lao động|hộ nghèo|cận nghèo|nguồn thu|thu nhập|hết thu nhập|mất thu nhập)",
  // a quarrel that stops short of blows ("cãi nhau to tiếng hoài, ko đánh nhau nhưng ồn quá")
  "(không|ko|hông|chưa|chẳng|đâu có) (có)? (đánh nhau|đánh đập|đánh)",
  // learning first aid or rescue ("phường có lớp sơ cấp cứu không, muốn học cách cứu người dưới nước")
  "(học|dạy|lớp|khóa|khóa học|tập huấn|hướng dẫn) (cách)? (sơ cứu|sơ cấp cứu|cấp cứu|cứu người|cứu đuối|cứu hộ) (dưới nước|đuối nước|bị đuối|người đuối nước)?",
  // the flood season's fish ("lũ về rồi, cá linh lên đầy"); food hot or good enough to "burn" ("cay muốn cháy miệng", "ngon bá cháy")
  "(lũ về|nước lên|nước nổi|mùa nước nổi|mùa lũ) …… (cá linh|bông điên điển|cá về|mùa cá|cá lên)",
  "(cay|nóng) (muốn|tới|đến|xé|bỏng)? cháy (miệng|lưỡi|họng|ruột)", "(ngon|đẹp|hay|đỉnh) (bá cháy|quá cháy|cháy quá)", "bá cháy",
  // a heart stolen; an alarm bell being tested ("chuông báo cháy kêu inh ỏi, ban quản lý đang kiểm tra định kỳ")
  "(cướp|lấy|đánh cắp|trộm) (mất)? (trái tim|con tim|tim|hồn|tâm hồn)",
  "(chuông|còi|hệ thống) báo cháy (tòa nhà|chung cư|khu|của|ở)? ……… (kiểm tra|thử|test|bảo trì|bảo dưỡng|diễn tập|định kỳ)",
  // a match told as a fight ("gặp Trường Thi đánh nhau kịch liệt mà hòa 2-2")
  "(đá bóng|đá banh|trận|trận đấu|bóng đá|thi đấu|đội) …… đánh nhau (kịch liệt|quyết liệt|ngang ngửa|sát nút|cả trận)? (mà|nhưng|rồi|cuối cùng)? (hòa|thắng|thua)",
  // a heart that pounds from stress ("sếp hỏi là tim đập chân luôn")
  "tim (đập) (chân|thình thịch|chân luôn)",
  "(hiến máu|nhóm máu|xét nghiệm máu|thử máu|truyền máu|huyết áp|=máu lạnh|=máu lửa|=máu mặt|=máu mủ)",
  "(chờ|đợi|một|tí|chút|hỏi) xíu",
  "(trộm vía|mất trộm|bị trộm mất|bổ sung|súng săn|súng thể thao|vũ khí thể thao)",
  "(mất tích lâu|tuyên bố mất tích|người mất tích)",
  "(kẹt xe|tắc đường|kẹt tiền|kẹt lịch)",
  // gone, not dead: "bị người lạ dẫn đi mất rồi"
  "đi mất (rồi)?",
  "(sắp xếp|sắp đặt|tạm giữ|trông giữ|giữ xe|lưu giữ|gìn giữ|giữ gìn|giữ chỗ)",
  "(cứu trợ|nghiên cứu|cựu chiến binh)",
  "(bất động sản|bất đồng ý kiến|bất đồng quan điểm|thổ cư)",
  // a device part that burnt out, and "cháy" as praise ("hát cháy quá", "làm việc cháy", "quẩy cháy hết mình")
  "cháy (phong độ|main|mainboard|bo mạch|chip|ic|ổ cứng|màn hình|loa|mô tơ|motor|board|củ sạc|cục sạc|tụ|cầu chì|bóng)",
  "(làm việc|hát|nhảy|diễn|quẩy|chụp|mặc|đỉnh|ngon|đẹp|xịn|hay) (cháy) (quá|thật|ghê|luôn|vãi|phết|hết mình|máy)?",
  "=(cháy hết mình|cháy phố|chữ cháy|từ cháy|cháy là khen|cháy nghĩa là)",
  // the name of a number is no call for it: "số điện thoại cứu hỏa, cấp cứu với công an là số mấy", "gọi cấp cứu là số mấy"
  `số (gọi|điện thoại|đt|máy|đường dây nóng|hotline|khẩn cấp)? (của)? ${SERVICE_NAME} (và|với|hay|hoặc)? ${SERVICE_NAME}? (và|với|hay|hoặc)? ${SERVICE_NAME}?`,
  `(gọi|báo) ${SERVICE_NAME} (là)? (số|gọi số)? (mấy|nào|gì|bao nhiêu)`,
  // struggling, not a paper ("bé khóc giãy giụa": unmarked "giay" is also "giấy")
  "(giãy|giẫy) (giụa|dụa|đành đạch|nảy)",
  // cooking: "gà nướng cháy cạnh, để lửa to cho da giòn"
  "(nướng|chiên|rán|kho|nấu|quay|áp chảo) (cho)? (cháy cạnh|cháy xém|xém cạnh|hơi cháy)", "để lửa (to|lớn|nhỏ|liu riu|riu riu|vừa)",
  "(công thức|cách làm|cách nấu|món)",
  // a city's name ("từ cảng Hải Phòng sang Lào": "phòng sang" is no "phỏng xăng")
  "hải phòng",
  // a tour guide is no guide to a procedure ("hướng dẫn viên gọi ra được một cuộc")
  "hướng dẫn viên",
  // a wharf built for a while ("làm bến tạm bên sông để tập kết vật liệu": unmarked "tam ben" is also "tắm bến")
  "(bến|làm bến|xây bến) (tạm|tập kết|bốc dỡ|bốc xếp)",
  // an ambulance that could not get in, as a worry about a narrow alley ("xe cứu thương chắc không vào nổi")
  "(xe cứu thương|xe cấp cứu|xe cứu hỏa|xe chữa cháy) (chắc|sẽ|cũng|thì)? (không|chẳng|khó|ko) (vào|qua|tới|đến|lọt) (được|nổi|lọt)?",
  // an ambulance or a fire engine seen on its way is help already there ("sáng nay thấy xe cứu thương chở một ông bị
  // té ở chợ, không biết ổng sao rồi")
  "(thấy|thấy có|gặp|nghe) (mấy|một|1|2|hai)? (chiếc)? (xe cứu thương|xe cấp cứu|xe cứu hỏa|xe chữa cháy|xe 115|xe 114) (chở|đưa|hú còi|đi ngang|đi qua)",
  // … nor is a question about what calling it costs ("gọi 115 có mất tiền không", "xe cứu thương có tính phí không")
  `(gọi|số|xe) ${SERVICE_NAME} …… (mất tiền|tốn tiền|mất phí|tính phí|miễn phí|tính tiền|thu phí|trả tiền|bảo hiểm chi trả)`,
  // lighting a stove ("bat lua" unmarked is also "bắt lửa": caught fire); a deadline that "kills" ("deadline giết tôi")
  "(đánh lửa|=bật lửa|=mồi lửa)",
  "(deadline|bài tập|công việc|sếp|kẹt xe|cái nóng|nợ môn|bài thi|kỳ thi|chạy deadline|đề thi|bài kiểm tra|môn|đề) (toán|lý|hóa|văn|anh|sử|địa|tiếng anh)? (này|hôm nay|nay|đó)? (giết|sắp giết|muốn giết|hành|đè chết) (tôi|em|mình|tui|tao|người ta|chết)",
  // a call already made, the matter dealt with ("lúc đó đã gọi 114 và dập xong")
  `(đã|lúc đó|hồi đó|khi đó|hôm đó) (đã)? gọi ${SERVICE_NAME}`,
  // asking what the sirens were: "thấy xe cứu thương đầu hẻm, có chuyện gì vậy"
  "(có chuyện gì|chuyện gì vậy|chuyện gì thế|có vụ gì|vụ gì vậy|vụ gì thế)",
  // slang and feelings: "deadline dí cháy đít, cứu em", "chết chìm trong nợ", "thất tình, tim như bị đâm"
  "(cháy đít|deadline dí|dí deadline|chạy deadline)",
  "(deadline|bài tập|sếp|đồ án) …… (cháy|cháy nhà|cháy đít|cháy máy)",
  "chắc (đột quỵ|chết|xỉu|ngất|tăng xông) mất",
  "(nóng|nắng) (muốn|như|sắp)? (bốc cháy|cháy người|chảy mỡ)",
  // a mild, known complaint with a doctor already seen to
  "(tức ngực|đau ngực|khó thở|chóng mặt) (nhẹ|thoáng qua|một chút)",
  // a scene of a film or a game
  "=cảnh (cháy|chém|rượt|đánh|bắn|nổ|tai nạn|cháy nhà|đánh nhau|rượt chém)",
  // ("nổ" typed with its mark: unmarked "no" is mostly "nó")
  "(coi|xem) (phim|clip|video|game) ……… (cháy|cháy nhà|chém|rượt chém|đánh|bắn|=nổ)",
  "(deadline|bài tập|bài thi|kỳ thi|sếp|công việc|đồ án) …… (cứu|cứu em|cứu tôi|cứu mình|cứu tui|cứu tao) (với)?",
  "chết chìm trong (nợ|nợ nần|công việc|deadline|bài tập|đống việc|giấy tờ)",
  "(thất tình|bị bồ đá|chia tay)", "(bị)? (ny|người yêu|bồ|gấu|crush|bạn trai|bạn gái) (đá|bỏ|chia tay)",
  "tim (như|như là) (bị)? (đâm|dao đâm|xé|vỡ|tan nát|nát|bóp nghẹt)",
  // the sirens seen, asked about: "thấy xe cứu thương với công an đầu hẻm, có chuyện gì vậy"
  "(thấy|có) (xe cứu thương|xe cứu hỏa|xe chữa cháy|công an|cảnh sát) ……… (có chuyện gì|chuyện gì|vụ gì)",
  // a small hurt already cleaned, a cylinder run out, first aid learnt
  "(trầy|xước|trầy xước|trầy sơ|rách nhẹ) (đầu gối|tay|chân|da|nhẹ|chút|khuỷu tay|trán)",
  "(gas|ga|bình ga|bình gas) (nhà em|nhà e|nhà tôi|nhà mình|nhà tui)? (hết|đã hết|vừa hết) (rồi)?",
  "(đặt|đổi|mua|gọi|giao) (bình)? (ga|gas) (mới)?",
  "(đã|em đã|tôi đã)? (=dập|trùm|=tắt|=dập tắt) (tắt)? (được)? rồi",
  // a pet or a farm animal lost or ill is no emergency of people ("con mèo đi lạc 2 hôm", "con trâu bỏ ăn, chảy nước dãi")
  "(mèo|chó|trâu|=bò|heo|lợn|gà|vịt|dê|chim|ngựa|thú cưng|vật nuôi) …… (đi lạc|lạc mất|bỏ ăn|chảy nước dãi|chảy dãi|sùi bọt|co giật|không ăn|bỏ đi|mất tích)",
  // a proverb or a slang word asked about: "cháy nhà ra mặt chuột nghĩa là gì", "đánh nhau với deadline"
  "(cháy nhà ra mặt chuột|nghĩa là gì|có nghĩa là|ý là gì|câu này là sao)",
  "(đánh nhau|vật lộn|chiến đấu|vật nhau) (với)? (deadline|bài tập|công việc|sổ sách|giấy tờ|bài thi|kỳ thi|đống việc)",
  // feelings in a figure of speech: "xem giá vàng mà đau tim", "tức chết đi được"
  "(xem|đọc|coi|nghe|thấy|nhìn|rep|nhắn|trả lời) …… mà (đau tim|thót tim|đứng tim|muốn xỉu|muốn ngất|xỉu)",
  "(tức|cười|mệt|nóng|chán|đói|lạnh|bực|sợ|lo) (chết|muốn chết) (đi được|mất|luôn|thôi|được)?",
  // care already given is no cry for help ("các bác sĩ đã cấp cứu bố tôi")
  "(đã|được|đã được) cấp cứu",
  // a small hurt already seen to: "chảy ít máu, đã băng rồi", "ong đốt một vết nhỏ, hơi sưng"
  "(chảy|ra|rỉ|rướm) (ít|chút|tí|một ít|một chút|chút xíu|hơi) máu",
  "rướm máu",
  // help asked with homework, a weak wifi, thanks for work against landslides, a pole leaning a little with nothing
  // broken, a list of the hurt asked about afterwards
  "(cứu|cứu tôi|cứu em|cứu mình|cứu tui|cứu tao|cứu con|cứu cháu) (với)? (bài tập|bài toán|bài văn|deadline|bài thi|đề thi|đề cương|môn)",
  "(wifi|wi-fi|mạng|internet|sóng|4g|5g) …… (yếu|chậm|lag|rớt|chập chờn|giật giật) (quá|lắm|quá trời)?",
  "(nỗ lực|cố gắng|công tác) …… (chống|phòng chống|phòng) (sạt lở|lũ|bão|cháy|cháy nổ|thiên tai)",
  "(nghiêng|lệch|võng) (nhẹ|một chút|chút xíu|tí)", "(dây)? (không|chưa|ko) (bị)? đứt", "(không|chưa|ko) (có)? (tia lửa|tóe lửa|xẹt lửa)",
  "danh sách (người|những người)? (bị thương|thương vong|nạn nhân|tử vong|mất tích)",
  "chảy máu (chút chút|chút xíu|chút|tí|tí xíu|tí ti|ít|một ít|một chút|nhẹ|sơ sơ)",
  // cooking on a fire ("nướng trui cho lửa cháy đều mà không khét")
  "(lửa|than|củi) cháy (đều|đượm|riu riu|liu riu)",
  "(đốt|cắn|chích) (một|1|vài)? (vết|nốt|chỗ) (nhỏ|nhẹ|xíu)",
  "(hơi|chỉ hơi|chút|hơi bị) (sưng|rát|ngứa|tê)",
  // slang: "chém gió" (bragging), "chém giá" (overcharging)
  "(chém gió|chém giá|chém tiền|chém đẹp|chém ác)",
  // a pet up a roof or a tree is no rescue call ("con mèo bị kẹt trên mái")
  "(con)? (mèo|chó|gà|chim|vịt|khỉ|sóc) (nhà tôi|nhà mình|nhà em|nhà tui|của tôi|của em|hàng xóm)? (bị)? (kẹt|mắc kẹt|leo|trèo) (lên|trên)?",
  // a lesson, not a rescue: "học bài sơ cứu đuối nước", "lớp kỹ năng cứu đuối"
  "(học|lớp|khóa|bài|kỹ năng|tập huấn) (học|bài|kỹ năng)? (sơ cứu|cấp cứu|cứu đuối|cứu hộ|bơi|thoát hiểm|phòng cháy) (người)? (bị)? (đuối nước|đuối|điện giật|bỏng|hóc|ngạt|ngất|gãy xương|chảy máu|đột quỵ|hỏa hoạn|cháy)?",
  // children squabbling at home: another danger beside it (blood, a knife) still stands
  "(đứa nhỏ|đứa trẻ|mấy đứa nhỏ|hai đứa nhỏ|hai đứa con|mấy đứa con|bọn trẻ|tụi nhỏ|lũ trẻ|con nít|trẻ con|hai anh em|hai chị em|hai bé|mấy bé|hai con) (nhà tôi|nhà mình|nhà em|nhà tui|tôi|mình)? (hay|lại|cứ)? (cãi nhau|đánh nhau|giành nhau|tranh nhau|chí chóe|gây nhau)",
  // a mild tingle from an appliance is a repair question: "điện giật nhẹ", "giật tê tê"
  "(giật|dựt) (nhẹ|nhẹ nhẹ|tê tê|tê tay|rần rần|tê)",
  // figures of speech ("tim muốn ngừng đập", "giá vàng lại nổ tung"), toys and games ("súng nước", "game bắn súng")
  "(muốn|như muốn|suýt) (ngừng đập|ngừng thở|rớt tim|đứng tim|rụng tim|nghẹt thở)",
  "(giá|giá cả|giá vàng|giá xăng|giá đất|giá nhà|chứng khoán|thị trường|đơn hàng|tin nhắn|mạng|web|trang web) (lại|đã|bị|đang)? (nổ tung|nổ|bùng nổ|cháy|sập|cháy hàng)",
  "(súng nước|súng đồ chơi|súng nhựa|súng bắn nước|súng bắn bi|trò bắn súng|game bắn súng|bắn pháo hoa|pháo hoa)",
  // a thing stuck is no person caught: "xe tôi bị kẹt trong bãi giữ xe", "hồ sơ bị kẹt"
  "(xe|xe máy|ô tô|hàng|tiền|hồ sơ|đồ|giấy tờ|thẻ|thẻ atm) (tôi|của tôi|nhà tôi|mình|của em) (bị)? kẹt",
  // an animal hurt is no call for 115: "con chó nhà tôi bị xe tông" (a person bitten by a dog still is); unmarked
  // "bo bi dien giat" is "bố", not "bò"
  "(con)? (chó|mèo|gà|vịt|heo|lợn|dê|chim|=bò|trâu) (nhà tôi|nhà mình|nhà em|nhà tui|của tôi|của em|hàng xóm)? bị (xe|ô tô|xe máy|xe tải|chó|chó hàng xóm|chó nhà bên|con chó khác|chó lạ)? (tông|cán|đâm|húc|điện giật|đánh bả|ngộ độc|trúng độc|cắn) (gãy chân|gãy|dập|chết|nát|què|rách tai|rách)?",
  // jumping that is no fall, a bottleneck that is no noose
  // shutting oneself in is no one held ("nhốt mình trong phòng"); what follows it still stands
  "(tự)? nhốt mình",
  "cười (muốn)? (ngã|lăn|lăn lộn|ngất|xỉu|chết|đau bụng|bể bụng|té ghế|ngã lăn)",
  "(nhảy việc|nhảy múa|nhảy dây|nhảy đầm|nhảy cao|nhảy xa|nhảy hiện đại|nhảy số|nhảy lớp|nhảy cóc|thắt cổ chai)",
  // a helmet is no insurance paper; feelings and figures of speech; a danger that did not happen
  "(mũ bảo hiểm|nón bảo hiểm|dao rọc giấy)",
  "muốn (ngất|xỉu|nổ tung|nổ|điên)",
  "(đói|mệt|buồn ngủ|nóng|sướng|=mê|phê) (muốn|gần|tới|đến)? (xỉu|ngất|lả)",
  "(chưa|không|chẳng|đâu có) (đổ|sập|cháy|ngã|gãy|đứt|ngập)",
  // "cầu" that is no bridge ("nước tẩy bồn cầu … bỏng rát" is no bridge coming apart)
  "(bồn cầu|cầu thủ|cầu lông|cầu nguyện|cầu siêu|cầu vồng|cầu kỳ|cầu xin|yêu cầu|nhu cầu|toàn cầu|địa cầu|cầu tiêu|cầu mong|cầu thị|cầu hôn)",
  // a knee is not a head: "ngập tới đầu gối"
  "(đầu gối|mắt cá chân)",
  // read as regional spellings of "sập" they would collapse a house
  "(xập xình|xập xệ|sập sình)",
  "đe dọa (an toàn|sức khỏe|môi trường)",
  "(sóng đánh|gió đánh|=đánh bài|đánh đề|đánh lô|đánh cờ|đánh bóng|đánh trống|đánh nhạc|đánh võng)",
  // a hand of cards ("mời phường ra đánh mấy ván")
  "đánh (mấy|vài|một|1|2|3|dăm|chục)? (ván|canh|chiếu|sới)",
  // a fear of what may come ("sợ mùa mưa bão tới nó đổ"); prices that "stop the heart"
  // (typed with marks: unmarked "so 51 gi do" is "số 51 gì đó", "ng gia nha ben" is "người già nhà bên")
  "(=sợ) …… (nó)? (=đổ|=sập|=gãy|=ngã|=sạt|=lở|=cháy)",
  "(giá vàng|giá xăng|chứng khoán|tỷ giá) …… (đau tim|đứng tim|thót tim|nhồi máu)",
  // cooking on a high or a low flame ("để lửa to hay nhỏ cho không bị cháy nồi")
  "(lửa|bếp) (to|lớn|nhỏ|vừa|riu riu|liu riu) (hay|hoặc) (lửa|bếp)? (to|lớn|nhỏ|vừa)",
  // a risk, not an event: "nguy cơ cháy nổ", "dễ gây tai nạn", "sợ sập"
  "(nguy cơ|dễ|dễ gây|dễ bị|có thể|có thể gây|tiềm ẩn|đề phòng|phòng tránh|phòng chống|gây nguy hiểm|sợ|lo|e) (xảy ra|gây|bị)? (bão|gió|mưa|lũ|mưa bão|gió bão|nó)? (làm)? (cướp|trộm|giật đồ|cháy nổ|cháy|hỏa hoạn|chập cháy|chập điện|điện giật|sập|đổ|sụp|đổ sập|ngập|sạt lở|sạt|tai nạn|đuối nước|rò rỉ|rò điện|mất an toàn|nổ)",
];

/** Chat shorthand that appears in emergencies, with its words ("ng" → "người"). */
export const EMERGENCY_SHORTHANDS: Readonly<Record<string, string>> = {
  ng: "người",
  t: "tôi",
  ngta: "người ta",
  tl: "trả lời",
  ko: "không",
  k: "không",
  kh: "không",
  hok: "không",
  hổng: "không",
  dc: "được",
  đc: "được",
  vs: "với",
  bv: "bệnh viện",
  cc: "cấp cứu",
  r: "rồi",
  ms: "mới",
  // the South's "kêu" ("ai đó đang kiu cứu")
  kiu: "kêu",
  // a phone, as snatched ("bị giật đt ở ngã tư")
  dt: "điện thoại",
  đt: "điện thoại",
  // "đang", typed short ("ck e dg danh e")
  dg: "đang",
  cuuu: "cứu",
  cuuuu: "cứu",
};

/**
 * Laughing emoticons ("=))", ":)))", ":D", "xD", ":v"): a message that laughs tells a joke or a figure of speech
 * ("đọc tin nhắn crush mà đau tim quá =))"). They are read as "haha", a word of the hearsay and joke context above;
 * a cry for help still stands beside them.
 */
export const LAUGHING_EMOTICONS = /(?:[=:;]-?\){2,}|(?<![\p{L}\p{N}])[=:;x]-?[dD](?![\p{L}\p{N}])|(?<![\p{L}\p{N}]):v(?![\p{L}\p{N}])|[\u{1F602}\u{1F923}\u{1F606}\u{1F639}\u{1F605}])/gu;

/**
 * Look-alikes made of two words said together, which a stop or a comma between them undoes ("có người kêu cứu bị
 * đánh, tiếng đập cửa rầm rầm" is a beating, not "đánh tiếng").
 */
export const LOOK_ALIKES_WITHIN_CLAUSE: readonly string[] = [
  // a worry behind a request ("có lớp học bơi cho trẻ không, sợ con bị đuối nước")
  "(sợ|lo|ngại) (là)? (con|cháu|bé|tụi nhỏ|trẻ|bọn trẻ|các cháu|mấy đứa nhỏ|con nít)? (bị|lỡ bị)? (đuối nước|chết đuối)",
  // the neighbouring province ("tỉnh bên cạnh"; not "gọi không tỉnh, bên cạnh có tờ giấy")
  "=tỉnh bên cạnh",
  "(đánh giá|đánh số|đánh máy|đánh dấu|đánh thuế|đánh bắt|đánh bạc|đánh vần|đánh cá|đánh tiếng|danh tiếng|đánh răng|đánh điện)",
  // a supply cut ("điện chưa cắt, nước đã tới ổ cắm" is no "cắt nước")
  "(ngắt|cắt|mất|cúp) (điện|nước|mạng)",
  // sold out, within its clause ("nhà bà em đang cháy, hàng xóm vừa gọi" is no "cháy hàng")
  "cháy hàng",
];
