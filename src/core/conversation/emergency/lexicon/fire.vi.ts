/**
 * Fire, smoke, gas and explosions: the situations 114 answers first.
 * Pattern syntax: see ../phrase-matcher.ts. Numbers: 113 police, 114 fire and rescue, 115 medical emergency.
 */
import { type EmergencySituation, PLACE, VEHICLE } from "./types.vi.js";

export const FIRE_SITUATIONS: readonly EmergencySituation[] = [
  {
    id: "fire",
    // (kitchen fires the extinguisher could not put out, and fire catching on: see the last signals)
    services: ["114"],
    // a fire set by someone is put out first ("tạt xăng vô cửa rồi châm lửa, cửa đang cháy")
    // (someone shut in a room the smoke is filling needs the firefighters first: "bị nhốt trong phòng, khói tràn vào")
    leads: ["threat", "violence", "injury", "kidnapping"],
    signals: [
      // a cry that names it ("cuu chay voi")
      "cứu cháy", "cứu (với|voi|vs) cháy", "cháy (cứu|cứu với|cứu voi)",
      // the fire brigade shouted for ("CỨU HỎA ĐÂU!!! CHÁY Ở AN DƯƠNG")
      "(cứu hỏa|cứu hoả|chữa cháy|lính cứu hỏa) (đâu|đâu rồi|ơi) (rồi)? (ơi|hết)?",
      // a fire and a hamlet shouted ("chay!!! ap 5 xa Tan Hung Dong")
      "^cháy (ở|tại)? (ấp|xóm|thôn|bản|khóm|tổ|khu phố|buôn|phum|sóc|làng) (số)? (1|2|3|4|5|6|7|8|9|10|11|12|[0-9]+)?",
      // a fishing boat on fire ("tàu cá cháy ngoài biển": "cá cháy" alone is a fish)
      "(tàu|ghe|thuyền|xuồng) (cá cháy)", "(tàu cá|ghe cá|thuyền cá|tàu đánh cá) (đang|bị|đã|vừa)? (cháy|bốc cháy)",
      // smoke pouring out of an upper floor ("khói từ lầu 3 nhà trọ bay ra, ai đó đang kêu cứu")
      "khói (từ|trong) …… (bay ra|bốc ra|tuôn ra|phụt ra|tràn ra|ùn ra)",
      "khói (đen|trắng|xám)? (túa|tủa|tùm|tum|ùa|phì|tuôn|ùn ùn) ra (từ|trong)",
      // a warehouse or a workshop burning, told in three words ("chay kho giay o Phong Khe")
      "cháy (kho|xưởng|nhà máy|bãi|nhà xưởng) (giấy|gỗ|vải|hàng|phế liệu|nhựa|sơn|mút|xốp|lốp|ve chai)",
      "(bắt đầu|đã) (có|bốc|bùng|phát|lên) (lửa|ngọn lửa)",
      // smoke out of the electrics, the fire alarm ringing ("khói từ tủ điện cầu thang, chuông báo cháy kêu")
      "khói (bốc|bay|tỏa|phụt|xì)? (ra)? (từ tủ điện|tủ điện|từ ổ điện|ổ điện|ổ cắm|công tơ|đồng hồ điện|bảng điện|hộp điện)",
      "(khói|lửa|mùi khét) ……… (chuông|còi) báo cháy (kêu|hú|reo|réo|inh ỏi)",
      "(chuông|còi) báo cháy (kêu|hú|reo|réo|inh ỏi) …… (khói|lửa|mùi khét)",
      "khói (đen|trắng|xám)? (cuồn cuộn|bốc cuồn cuộn|ngùn ngụt) …… (từ|trong|ra|khỏi) (nhà|kho|dãy|xưởng|tầng|cửa sổ|phòng|chợ|tiệm|quán|xe|căn)",
      "(đang)? dập (lửa)? (bằng) (cành cây|nước|xô|chăn|bao tải)",
      "(bốc|phát|bắt|bùng) cháy",
      // a fire at an address, said first ("chay hem 88 Tran Hung Dao": no one says "chạy hẻm")
      "cháy (ở|tại)? (hẻm|ngõ|ngách|kiệt|số nhà|nhà số|khu trọ|dãy trọ|xóm trọ|chung cư|tòa nhà|khu tập thể|tầng hầm|hầm xe|hầm gửi xe|hầm để xe)",
      // a fire and an address, shouted ("cháy!! số 9 Lê Lợi")
      "^=cháy (ở|tại)? số (nhà)? (1|2|3|4|5|6|7|8|9|10|11|12|15|20|25|30|40|50|[0-9]+)?",
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
      "=lửa …… (bén|lan|bắt|táp|liếm) (sang|qua|vào|lên)",
      // "bốc lửa" alone also praises a singer
      `${PLACE} …… (bốc|phụt|trào|bắt|có) lửa`,
      "(cháy|lửa) …… lan (sang|qua|ra) (nhà|mấy nhà|dãy|khu|xóm|tầng)",
      // a hut, a shack or a watchman's hut on fire ("chòi canh vuông đang cháy mà anh út còn ngủ trong đó")
      "(chòi|lều|lán|nhà lá|nhà tranh|chòi canh|trại) (canh vuông|canh|canh tôm|canh đìa|rẫy)? (đang|bị)? (cháy|bốc cháy|bắt lửa)",
      // smoke rising through a building ("khói bay lên các tầng"), a vehicle burning in the basement ("cháy xe máy dưới
      // hầm để xe": read whole, so it is no "chạy xe")
      "khói (đen|xám|trắng|đặc)? (bay|bốc|tràn|lan|xộc|lùa) (lên)? (các|mấy|cả|từng)? (tầng|tầng trên|hành lang|cầu thang)",
      "(cháy xe|cháy xe máy|cháy ô tô|cháy xe điện) …… (dưới|trong|ở) (hầm|tầng hầm|hầm xe|hầm để xe|hầm gửi xe|bãi xe)",
      `${VEHICLE} …… (bốc|phụt|trào) lửa`,
      "chết cháy",
      "(chập|chạm) (điện)? cháy",
      `=(khói|lửa) (đen|trắng|xám|đỏ)? (bốc|phun|trào|phụt) (ra|lên) (nghi ngút|mù mịt|cuồn cuộn|ngùn ngụt)? (từ|trong) ${PLACE}`,
      "khói (tràn vào|đầy nhà|đầy phòng|đầy bếp|kín nhà|kín phòng|kín bếp)",
      // smoke coming in from outside ("khói đen bay vào phòng từ cửa sổ, nóng lắm")
      "khói (đen|xám|trắng|đặc)? (bay|tràn|lùa|ùa|phả|bốc|thổi) (vào|vô) (phòng|nhà|trong nhà|trong phòng|bếp|hành lang|cầu thang)",
      // … from the room or the house next door ("khói từ phòng bên cạnh tràn vào, cửa kẹt khóa")
      "khói (đen|xám|trắng|đặc)? (từ)? (phòng|nhà|căn|tầng|quán|xưởng) (bên cạnh|kế bên|bên|dưới|trên|sát vách) (bay|tràn|lùa|ùa|phả|bốc|xộc) (vào|vô|sang|qua|lên)",
      "(bốc|tỏa) khói (đen)? (nghi ngút|mù mịt|cuồn cuộn)",
      `khói (đen|xám)? (nghịt|kịt|đặc|đen kịt|đen nghịt) (ở|trong|từ|trên)? ${PLACE}`,
      "khói (đen|xám)? (nghịt|kịt|đen kịt|đen nghịt) (ở|trong|từ|trên|cuối|đầu|giữa)? (hẻm|ngõ|kiệt|xóm|dãy|khu|chợ)",
      "khói (đen|xám)? (mù mịt|nghi ngút|cuồn cuộn|dày đặc) (ở|trong|từ|trên|dưới|cả|khắp)? (cầu thang|hành lang|tầng|phòng|hẻm|ngõ|kiệt)",
      "ngạt khói",
      "(khói|lửa) …… (ra|bốc ra|tràn ra|phụt ra|bốc lên) (từ|ở)? (khe cửa|khe|cửa cuốn|ống thông gió|lỗ thông gió|thông gió|bếp|bếp nướng|lò|bình|ống|cửa sổ|mái|mái tôn|nóc|tầng|ban công|cửa)",
      "(hành lang|cầu thang|thang bộ|lối thoát|phòng|nhà) (đầy|kín|mù|ngập) khói",
      "(mùi khét|khét lẹt|mùi cháy) …… khói",
      "lửa (phựt|bùng|bốc|bén|bắt|cháy) (lên|sang|vào)",
      "lửa …… (bắt|bén|lan|cháy) (lên|sang|vào) (rèm|màn|mùng|nệm|chăn|trần|mái|vách|tường|tủ|quần áo)",
      "(bình chữa cháy|bình cứu hỏa|bình cứu hoả) …… (không|chẳng) (tắt|dập|ăn thua)",
      "lửa (bắt|bén|lan|bùng|cháy) (lên|sang|qua|vào) (ống|mái|trần|tường|nhà|tầng|rèm|máy hút)",
      "cháy bùng (lên)?",
      // a column of black smoke seen from afar ("kho phế liệu cháy, khói đen bốc cao cả cây số")
      "(khói đen|khói xám|khói đen kịt|khói đen nghịt) (bốc|bay|cuộn|bốc lên) (cao|lên cao|ngút trời|thành cột|mù trời|cả cây số)",
      // the word shouted twice ("Chay! Chay!"): "chay" typed without marks once is also "chạy" or a meatless meal
      "cháy cháy",
    ],
    hints: [
      "=cháy",
      "=lửa",
      "khói … (mù mịt|nghi ngút|cuồn cuộn|dày đặc|bốc lên|đầy)",
      "(bốc|tỏa) khói",
      "=khói",
      "khói (đen|xám)? (nghịt|kịt|đặc quánh|mù mịt)",
      "khói …… (bay lên|bốc lên|tràn ra|tỏa ra|bay ra|tràn lên)",
      "khói (xám|đen|trắng|bay|tràn|bốc|mù|kín|đặc|dày|ngập)",
      "(khói|lửa) …… (kín|đầy|mù mịt|trùm)",
      "khét",
      "(chuông|còi)? báo cháy (kêu|hú|reo|réo|inh ỏi|vang|kêu inh ỏi)",
      "(chập|chạm) điện",
      `${PLACE} …… cháy`,
      "(lan|bén|bắt) (sang|qua|tới|đến|vào|vô|lên) (mấy|các|dãy|cả|hai|ba)? (nhà|căn|dãy|xưởng|kho|mái|mái tôn|rèm|tầng|đống|nóc)",
      "(lửa|ngọn lửa) (cao|bốc cao|lớn|bùng) (hơn|quá|tới|ngang|lên) (nóc|mái|đầu người|cột điện|nóc nhà)?",
    ],
  },
  {
    id: "gas",
    services: ["114"],
    signals: [
      "(rò|rò rỉ|xì|hở|rỉ) (khí)? (gas|ga|gaz)",
      "mùi (khí)? (gas|ga|gaz)",
      "(ống|bình|đường ống|van|bếp) (gas|ga|gaz) …… (có mùi|bốc mùi|nồng|hôi|xì)",
      "(bể|vỡ|nứt|thủng|đứt) (ống|bình|van|dây)? (gas|ga)",
      "(ống|bình|van|dây) (gas|ga) (bị)? (bể|vỡ|nứt|thủng|đứt)",
      "(bình|khí) (gas|ga) …… (nổ|phát nổ|rò|xì)",
      "(nổ|phát nổ) (bình)? (gas|ga|xăng)",
      "nổ (một|1) (phát|tiếng|cái)",
      "(xưởng|kho|lò) (pháo|pháo lậu|thuốc nổ|hóa chất|pháo hoa) …… (nổ|cháy)",
      // a cylinder swelling or hissing ("bình ga mini trên bàn phồng lên kêu xì xì")
      "(bình ga|bình gas|bình ga mini|bình gas mini|lon ga|lon gas) …… (phồng|phồng lên|căng phồng|kêu xì|xì xì|xì ra)",
      "(tiếng|vụ) nổ (lớn|to|rất to|rất lớn|mạnh|rất mạnh|inh tai|chát chúa)",
      "(xe bồn|bồn xăng|xe chở xăng|xe chở dầu|xe chở gas|xe bồn chở xăng|xe bồn chở dầu) …… (lật|đổ|rò|bốc cháy)",
      "(xăng|dầu) (chảy|tràn|rò) (lênh láng|khắp|ra đường)",
      // a toxic gas or a chemical let loose where people are
      "(khí độc|hơi độc|khói độc|khí lạ|hóa chất) …… (lan|tràn|bốc|rò|rò rỉ|xì|phát tán) …… (khu dân cư|xóm|nhà|người|trường|chợ|ho|ngạt|khó thở|chóng mặt)",
      "(xe|xe tải|xe bồn|bồn|thùng|téc) (chở|chứa|đựng)? (hóa chất|axit|a xít|amoniac|clo) …… (lật|đổ|rò|tràn|vỡ|bể)",
      "phát nổ",
      "(gas|ga|khí ga|ống ga|ống gas|ống dẫn gas|ống dẫn ga) …… (bị|đang)? (rò|rò rỉ|xì)",
      "=(nổ tung|nổ lớn)",
      "mùi (như)? trứng thối …… (chóng mặt|choáng|buồn nôn|khó thở|ngất|đau đầu|khắp)",
      // an industrial gas let out: ammonia of an ice plant, chlorine of a water works
      "(rò|rò rỉ|xì|bể|vỡ) (khí|ống|đường ống|bồn|bình)? (amoniac|amôniắc|nh3|clo|khí clo)",
      "(amoniac|amôniắc|khí clo) …… (rò|rò rỉ|xì|nồng|hăng|xộc|sộc|cay mắt|ngạt|khó thở)",
      "(bình|bồn|ống|ống dẫn|đường ống|téc) (khí)? (clo|amoniac|amôniắc) ……… (xì|rò|rò rỉ|vỡ|bể|nứt)",
    ],
    hints: ["=nổ", "(nghe)? tiếng nổ (lớn|to|rất to|đùng)?", "nổ (lớn|to) (ở|tại|trong)",
      "khói (đen|vàng|trắng|độc|hóa chất)? …… (bay|lan|tràn|phủ) (sang|vào|qua|tới|vô|kín)", "(có|xảy ra|vừa có|một)? vụ nổ", "(nghe)? (bùm|ầm|đùng|uỳnh|đoàng) (một|1)? (cái|tiếng|phát)", "mùi (lạ|trứng thối|hắc|khí|hóa chất|khí lạ) …… (nồng nặc|nặng|khắp|cả|sộc)",
      "(rò rỉ khí|rò khí|xì khí)"],
  },
];
