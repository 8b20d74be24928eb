/**
 * A fallen power line, sparks, an electric shock.
 * Pattern syntax: see ../phrase-matcher.ts. Numbers: 113 police, 114 fire and rescue, 115 medical emergency.
 */
import { type EmergencySituation } from "./types.vi.js";

export const POWER_SITUATIONS: readonly EmergencySituation[] = [
  {
    id: "power_line",
    services: ["114"],
    // a live wire still on the crash comes first ("xe tải đâm đổ cột điện, dây điện đang đè lên nóc ô tô con")
    leads: ["injury", "electric_shock"],
    signals: [
      "dây (điện|cáp điện|trung thế|cao thế|hạ thế) … (đứt|rơi|rớt|sà|chạm đất|tóe lửa|phát lửa|bốc cháy|cháy|nổ|chập|đổ|võng sát|xẹt|rơi xuống)",
      "(đứt|rơi|rớt|chập|cháy) (dây điện|dây cáp điện|đường dây điện|dây trung thế|dây cao thế)",
      "(cột điện|trụ điện) …… (đổ|gãy|ngã|sập|đổ sập|đè|nghiêng đổ|tông nghiêng|đâm nghiêng|tông ngã)",
      "(đổ|gãy|ngã) cột điện",
      // flood water up to the sockets with the power still on ("nước đã tới ổ cắm rồi, điện chưa cắt, sợ chập điện")
      "nước …… (tới|đến|ngập|lên|chạm) (ổ cắm|ổ điện|công tơ|cầu dao|tủ điện)",
      "(trạm biến áp|máy biến áp|biến thế) (bị)? (nổ|cháy|bốc cháy|bốc khói|chập)",
      "(tóe|phát|xẹt|tia) lửa (điện)?",
      // sparks falling from a box on a pole ("tủ điện trên cột … lửa tóe xuống đất, khói đen")
      "lửa (tóe|xẹt|bắn) (ra|xuống|tung tóe|lên)",
      // someone still stuck to a live wire: the power must be cut before anyone touches them ("chừ còn dính vô dây")
      "(vẫn|còn|vẫn còn|chừ còn|giờ còn|vẫn đang|còn đang) (dính|bám|mắc|treo) (vô|vào|trên|ở)? (dây|dây điện|cột điện|trụ điện|cột đèn)",
      // held fast ("nó dính cứng ko buông ra được, tui ko dám đụng vào")
      "dính (cứng|chặt|luôn) …… (không|ko|k|chưa|hổng) (buông|gỡ|kéo|tách|lôi|giật) (ra)?",
      // still held at an appliance ("bị điện giật dính vào cái bình nóng lạnh, nó vẫn đang dính cứng đó")
      "(vẫn|còn|vẫn còn|vẫn đang|còn đang) dính (cứng|chặt)? (đó|ở đó|luôn|vào đó|trong đó)",
      "(điện giật|giật điện) (dính|bám) (vào|vô) (cái)? (bình nóng lạnh|máy giặt|quạt|máy bơm|dây phơi)",
      "dính (cứng|chặt) (không|ko|k|chưa|hổng) (ra|buông|gỡ|nhúc nhích) (được|dc|đc)?",
      // a rat-trap fence carrying mains power ("chạm vào hàng rào điện bẫy chuột ngoài ruộng")
      "(chạm|đụng|dính|vướng) (vào|vô)? (hàng rào điện|rào điện|dây bẫy chuột|bẫy chuột điện|điện bẫy chuột)",
      "dây (điện)? (vẫn|vẫn còn|còn) (có)? điện",
      // held by the wire, nobody daring to touch ("bi dien giat dinh vao cot dien o san, ko ai dam dong vao")
      "dính (vào|vô) (dây điện|cột điện|trụ điện|cột đèn|dây) …… (không|ko|k|chưa) (ai dám|buông|gỡ|kéo|tách|lôi)",
      // … at a pump or a machine ("bị điện giật dính vô máy bơm nước ngoài ruộng, ko ai dám tới gần")
      "(điện giật|giật điện) (dính|bám) (vào|vô) (máy bơm|trụ bơm|bơm|máy|mô tơ|motor|ổ điện|tủ điện|hàng rào|dây)",
      "(điện giật|giật điện) (dính|bám) (ở|tại)? (cái|chiếc)? (máy bơm|trụ bơm|bơm|máy|mô tơ|motor|ổ điện|tủ điện|hàng rào|dây|cột điện|trụ điện)",
      "(điện giật|giật điện) …… (dính|bám) …… (không|ko|hổng|hông|chẳng) ai dám (đụng|chạm|tới gần|lại gần|kéo|gỡ|động)",
      "dính (vào|vô) (cột điện|trụ điện|dây điện|cột đèn) …… (không|ko|k|chưa) (gút|gỡ|rút|kéo) (ra)? (được|dc|đc)?",
      "dính (vào|vô) (máy bơm|trụ bơm|mô tơ|motor|tủ điện|hàng rào điện) …… (không|ko|k|chưa) (ai dám|buông|gỡ|kéo|tách|lôi)",
    ],
    hints: [
      // the power to be cut now, beside a shock ("ai cắt cầu dao đi cứu với")
      "(cắt|ngắt|cúp|tắt|sập) (cầu dao|cầu giao|điện) (đi|giùm|giúp|gấp|nhanh|lẹ|với)",
      "(cầu dao|cầu giao) (ở đâu|chỗ nào|đâu)",
      // someone the current still holds, beside a shock ("bị điện giật ở cột đèn, nó vẫn dính vào ko gỡ ra được")
      "(vẫn|còn|vẫn còn|vẫn đang|còn đang) dính (vào|vô)? …… (không|ko|k|chưa) (gỡ|kéo|tách|lôi|giật) (ra)? (được|dc|đc)?",
      "dây (điện)? … (lòng thòng|sà|đứt|rơi|rớt|tóe lửa|xẹt|chạm đất)",
      "(xẹt xẹt|lách tách|lẹt xẹt|tóe lửa|chớp xẹt|nổ lách tách)",
      "dây (điện)? (võng|sà|rũ) (sát|chạm|gần chạm) (đất|mặt đất|đầu|mặt đường)",
      "cột (điện|đèn) …… (ngã|đổ|gãy|nghiêng|đổ rạp)",
    ],
  },
  {
    id: "electric_shock",
    services: ["115"],
    signals: [
      // someone touching an exposed box or wire and falling ("tủ điện bật nắp, vừa có bé chạm vào té ngửa ra")
      // (unmarked "dung" is mostly "đứng", "dùng": a touch needs its marks or "chạm", "sờ")
      "(tủ điện|dây điện|ổ điện|cột điện|trụ điện|công tơ|hộp điện) ……… (chạm|=đụng|sờ) (vào|vô|phải)? …… (té|ngã|giật|văng|co quắp|bất tỉnh|ngửa)",
      // "dựt": the southern word for "giật"
      "điện (giật|dựt)",
      "(bỏng|=phỏng) điện",
      "(bị)? (giật|dựt) điện",
      "(bị)? (điện)? giật (chết|bất tỉnh|ngã|văng|trên cột)",
      "(thợ điện|sửa điện|trên cột|cột điện|leo cột|đường dây) …… bị (giật|=dựt) …… (cứng|co|ngã|rơi|bất tỉnh|treo|văng|đơ)",
      "(chạm|dính|đụng) (vào)? (điện|dây điện|dây trần|ổ điện)",
      "(cho|thò|chọc|cắm|nhét) (tay|ngón tay|ngón|que|kim|đinh|kéo) … ổ (điện|cắm)",
      "(ổ điện|ổ cắm|dây điện|công tắc|cầu dao|dây trần|dây sạc|cục sạc|phích cắm|phích điện) …… bị (giật|=dựt)",
    ],
    hints: ["(rò|rỉ|rò rỉ) điện", "(dính|chạm|đụng) (vào)? (cột đèn|cột điện|dây|hàng rào điện|tủ điện)"],
  },
];
