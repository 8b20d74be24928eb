/**
 * Someone unconscious, not breathing or taken ill: the situations 115 answers first.
 * Pattern syntax: see ../phrase-matcher.ts. Numbers: 113 police, 114 fire and rescue, 115 medical emergency.
 */
import { type EmergencySituation } from "./types.vi.js";

export const MEDICAL_SITUATIONS: readonly EmergencySituation[] = [
  {
    // someone threatening to jump, not yet fallen: the police talk them down first, the rescuers stand by
    // (the blind sets' writers give 113 nine times out of thirteen)
    id: "jump_threat",
    services: ["113", "114"],
    leads: ["medical"],
    signals: [
      "(đòi|định|dọa|toan) nhảy (xuống|lầu|cầu|sông)?",
      "(trèo|leo|đứng|vượt|đu|=ngồi) (lên|trên|ngoài|bên ngoài|qua|ra|ra ngoài)? (lan can|thành cầu|mép cầu) …… (đòi|dọa|định|muốn|sắp|nói) (nhảy|chết|tự tử)",
    ],
    // (a roof is where a flood drives people, and a child hanging from a railing is caught: neither is a threat)
    hints: [
      "(trèo|leo|đứng|vượt|=ngồi) (lên|trên|ngoài|bên ngoài|qua|ra|ra ngoài)? (lan can|thành cầu|mép|mép sân thượng|sân thượng|mép cầu)",
      "(nói|dọa|đòi|la|hét)? (sắp|sẽ|muốn|định|đòi) nhảy",
      // high up on a building's roof, not coming in ("đang đứng trên mái nhà 5 tầng không chịu vào")
      "(đứng|ngồi) (trên)? (mái|nóc) (nhà|tòa nhà|chung cư)? …… tầng",
    ],
  },
  {
    id: "unconscious",
    services: ["115"],
    // someone already out of the water and not waking wants the medics first ("vừa vớt lên, không tỉnh")
    leads: ["drowning"],
    signals: [
      // called and not answering ("lạnh run ra mồ hôi, gọi không biết gì")
      "(gọi|lay|kêu) (không|ko|k|chẳng|hổng) (biết gì|thưa|trả lời|dậy|tỉnh|phản ứng)",
      // … told the other way round ("nằm xuống là không gọi dậy được nữa")
      "(không|ko|k|chẳng|hổng|chả) (gọi|lay|kêu) (dậy|tỉnh) (được|nổi|dc)",
      // pulled out and not coming round ("té xuống ao, vớt lên rồi mà không tỉnh")
      "(vớt|kéo|lôi|bế) (được)? (lên|ra|lên bờ|vào bờ) …… (không tỉnh|chưa tỉnh|ko tỉnh|k tỉnh|không thở|tím tái|mê man)",
      "bất tỉnh",
      // someone being given CPR ("em với má đang ép tim theo coi trên mạng")
      "đang (ép tim|ấn tim|hà hơi thổi ngạt|hô hấp nhân tạo|thổi ngạt)",
      "=(không|chưa|hết) tỉnh",
      "(ngất xỉu|hôn mê|lịm đi|=ngất|=xỉu|=bất động)",
      "(bị|lên cơn) (ngất|xỉu)",
      "ngất (lịm|đi|ngay|luôn|rồi)",
      "lên cơn (co giật|giật|động kinh|kinh phong)",
      // unmarked "ngat" is also "ngắt" (cut off), "xiu" also "xíu" (a little): they are fainting where someone
      // faints somewhere
      "(người|ai|ông|=bà|cụ|bé|con|cháu|chị|anh|em|mẹ|bố|ba|má|vợ|chồng|học sinh|công nhân|phụ nữ|đàn ông|đàn bà|thanh niên) …… ngất (trên|giữa|ngoài|trong|ở|tại|bên|dưới|khi|lúc)",
      "(người|ai|ông|bà|cụ|bé|con|cháu|chị|anh|mẹ|bố|ba|má|vợ|chồng|bà ngoại|bà nội|ông ngoại|ông nội) (bị|vừa|đã|tự nhiên|bỗng|đột nhiên|lăn ra|té)? xỉu (trên|giữa|ngoài|trong|ở|tại|bên|dưới|khi|lúc|rồi|luôn)",
      "xỉu (rồi|ngang|luôn|xuống|ra)",
      "(nằm|ngồi|người) bất động",
      "(ngã|lăn|té|gục) (ra|xuống|quỵ) (đất|sàn|đường)? … (không|bất) (tỉnh|cử động|nhúc nhích|động đậy|dậy)",
      "(ngã|té|trượt chân|nằm) …… không (dậy|đứng dậy|ngồi dậy|đứng lên|cử động) (được|nổi)",
      "(gọi|lay|kêu) (mãi)? không (tỉnh|dậy|thưa|cựa|động đậy)",
      "(nằm|ngồi) im không (cử động|nhúc nhích|động đậy|thở)",
      "(gục|ngã quỵ|ngã gục|đổ gục) (xuống|tại chỗ)",
      "(không|chưa) (tỉnh|dậy) lại (được)?",
      "(người)? mềm nhũn",
      "(ngã quỵ|ngã vật|=quỵ xuống|lịm dần|mê man)",
      "(nằm|ngã) gục",
      "không (còn)? (cử động|nhúc nhích|cựa quậy|động đậy)",
      // the chest crushed and the pain running into the left arm ("ngực đau thắt như có đá đè, lan ra tay trái")
      "ngực (đau|tức) (thắt|nhói|dữ dội|như)",
      "(lan|lan ra|lan xuống|chạy ra) (ra)? (tay trái|cánh tay trái|vai trái|hàm)",
      // a room heated with charcoal overnight ("đốt than sưởi đêm qua, sáng ra lừ đừ, 1 người hổng dậy")
      "(đốt|sưởi|ủ|đun) than ……… (lừ đừ|không dậy|hổng dậy|ko dậy|không tỉnh|ngất|xỉu|mê man|lịm|khó thở|nôn)",
      // "tài xế gục trên vô lăng, không thấy nhúc nhích"
      "(không|chẳng) (thấy|còn thấy) (cử động|nhúc nhích|cựa quậy|động đậy)",
      "lay … (không|chẳng) (phản ứng|tỉnh|dậy|trả lời|thưa|dạ|cựa|thấy cựa|động đậy)",
      "(gọi|kêu|lay) (mãi|hoài|mấy|răng|chi)? (cũng)? (không|chẳng) (dạ|thưa|ừ|trả lời)",
      "(không|chẳng) (biết|rõ) (còn)? sống (hay chết|không|ko)?",
    ],
    hints: [
      "(trắng bệch|tái nhợt|nhợt nhạt|tái xanh|xanh xao|xanh lét|tái mét)",
      "(lạnh toát|lạnh ngắt|vã mồ hôi|mồ hôi lạnh|người lạnh)",
      "nằm (úp|sấp|sõng soài|co quắp|bất động|úp mặt|co ro|gục|dưới đất|giữa đường|ra đất|vật ra|dưới sàn|trên sàn|dưới nền|sóng soài)",
      "(mặt)? úp (mặt)? xuống (đất|đường|sàn|nền|nước)",
      "(nằm|ngồi) im (re|thin thít)",
      "(ngã|té|nằm) (lăn|vật|lăn đùng|lăn quay) (ra)?",
      "(li bì|lờ đờ|lừ đừ|mê sảng|nói năng lộn xộn|không động tĩnh|không thấy động tĩnh|nằm lịm|lịm đi|lịm dần|ngủ lịm|mê man)",
      "ngoẹo (đầu|cổ|sang)",
      "=gục", "lơ mơ", "mắt nhắm (nghiền)?", "(không|chẳng) (nhận ra|biết) ai", "=lả (đi|người)", "lịm (đi|người|luôn|hẳn|mất)", "(nằm|ngã) im", "(ngã|té) (ra|xuống|vật ra)", "(gọi|lay|kêu) (mãi)? không (trả lời|phản ứng)"],
  },
  {
    id: "breathing",
    services: ["115"],
    leads: ["drowning"],
    signals: [
      "(không|ngừng|ngưng|tắt|khó|hết|chẳng|chưa) (còn)? thở",
      // (a slot of its own: unmarked "tu tho" is also "tủ thờ", an altar cabinet)
      "(không|ko|k|chưa|hết) (tự thở)",
      "(thở hắt|thở hổn hển|thở thoi thóp|thoi thóp)",
      // found hours after a fall, cold and barely breathing ("ngã trong phòng ngủ từ đêm qua … người lạnh, thở yếu lắm")
      "(thở yếu|thở rất yếu|thở yếu ớt|hơi thở yếu|thở yếu lắm)", "người (lạnh ngắt|lạnh toát|lạnh cóng|lạnh)",
      "thở không (được|nổi|ra hơi)",
      "ngạt thở",
      "=(tím|tím tái|tái) (môi|mặt)",
      "=(môi|mặt) (tím|tím tái|tái xanh|tái mét)",
      "(môi|mặt) (tím tái|tái xanh|tái mét)",
      "=(sặc|hóc|hóc phải|nuốt phải) (sữa|nước|xương|xương cá|dị vật|đồng xu|kẹo|hạt|đồ chơi|thức ăn)",
      "(hóc|sặc) (xương|xương cá|dị vật|đồng xu|sữa)",
      // wild mushrooms eaten and a family sick ("ăn nhầm nấm hại trong rừng, cả nhà nôn mửa, ba tôi ngất")
      "(ăn|ăn nhầm|ăn phải|hái) (nấm|nấm độc|nấm rừng|nấm lạ|nấm hại|nấm dại) ……… (nôn|ói|ngất|xỉu|co giật|nôn mửa|ói mửa|đau bụng|lả)",
      // a seed stuck in the throat ("nuốt hột chôm chôm hóc ngang cổ")
      "(nuốt|hóc|mắc) (hột|hạt|hạt nhãn|hột nhãn|hột chôm chôm|kẹo|xương) …… (hóc|mắc|nghẹn)? ngang cổ", "hóc ngang cổ",
      "nuốt (phải|mất|nhầm)? (viên|cục|cái|hạt|miếng|cả)? (đồng xu|dị vật|pin|pin cúc|đồ chơi|nam châm|đinh|kim)",
      "(ngừng|ngưng) (tim|đập)",
      "tim (ngừng|ngưng) (đập)?",
      "=cơn (hen|suyễn)",
      "lên cơn (hen|suyễn)",
      "(hen|suyễn|hen suyễn) (đang)? lên cơn",
      "(không|chẳng) (còn)? thấy thở",
      "(bị)? (=hóc|=nghẹn)",
      "(hóc|nghẹn|nghẹt|mắc nghẹn) (kẹo|xôi|cơm|thức ăn|đồ ăn|hạt|viên|xương|đồng xu|nho|bánh|thạch)",
      "(nuốt|nuốt phải|ngậm) …… (đang|bị) (nghẹn|nghẹt|hóc)",
      "thở (không|hổng|chẳng) (nổi|được)",
      "(bé|con|cháu|em bé|đứa nhỏ|thằng bé|con bé|ông|=bà|bố|mẹ|ông cụ|bà cụ) …… bị (hóc|nghẹn)",
      "vỗ lưng …… (không|chẳng|chưa) (ra|được|ăn thua)",
    ],
    hints: ["thở (dốc|gấp|khò khè|yếu|rít|hổn hển|khó)", "sặc sụa", "=sặc", "(ăn|nuốt|uống) …… bị (nghẹn|hóc|sặc)", "nói không ra hơi", "(tím tái|tím dần|tái dần|tím ngắt|tím tái dần)", "ôm cổ"],
  },
  {
    id: "medical",
    services: ["115"],
    signals: [
      // many sick at once after a meal ("cả lớp ăn cơm bán trú xong ói mửa, đau bụng, mấy chục đứa")
      // (a bare "ói" or "nôn" only with its marks: unmarked "nong" is also "nóng", "oi" also "ơi")
      "(cả lớp|cả trường|mấy chục|hàng chục|cả chục|nhiều cháu|nhiều em|nhiều người|nhiều đứa|mấy chục đứa) ……… (=ói|=nôn|ói mửa|nôn mửa|ngộ độc|đau bụng|tiêu chảy)",
      // … counted ("10 công nhân bị nôn ói, xỉu sau bữa trưa")
      "(3|4|5|6|7|8|9|10|12|15|20|25|30|40|50|mười|hai chục|ba chục|mấy chục|vài chục) (công nhân|người|học sinh|cháu|em|khách|thực khách|người dân|bà con) ……… (=ói|=nôn|ói mửa|nôn mửa|nôn ói|ngộ độc|xỉu|ngất xỉu)",
      "(đau bụng|ói mửa|nôn mửa|ngộ độc|=ói|=nôn) (ói mửa|nôn mửa|=ói|=nôn)? hàng loạt",
      "(ói mửa|nôn mửa|ngộ độc|=ói|=nôn) ……… (mấy chục|hàng chục|cả chục|cả lớp|nhiều cháu|nhiều em|nhiều người|nhiều đứa)",
      // bad liquor drunk, its poisoning showing ("nhậu rượu dỏm … giờ 3 ông bị mờ mắt, ói, 1 ông lịm luôn")
      "(rượu|nhậu|uống rượu|rượu dỏm|rượu giả|rượu lậu) ……… (mờ mắt|mù mắt|nhìn mờ|không thấy đường|co giật|lịm)",
      // a baby born early at home that does not cry ("sanh non ở nhà, em bé ra rồi mà không khóc")
      "(em bé|bé|con|cháu|đứa nhỏ) (ra rồi|vừa ra|mới ra|sinh ra|đẻ ra|lọt ra) …… (không khóc|chưa khóc|không thở|chưa thở|tím|tím tái)",
      "(sanh non|sinh non|đẻ non|đẻ rơi|sinh rớt|sanh rớt|đẻ rớt) ……… (không khóc|chưa khóc|không thở|chưa thở|tím|tím tái|yếu lắm)",
      // poison swallowed ("vợ tôi uống thuốc cỏ rồi"), a toxic food eaten ("ăn cóc nướng … nôn, tim đập chậm")
      "(uống|nốc|uống phải|uống nhầm) (thuốc cỏ|thuốc diệt cỏ|thuốc trừ sâu|thuốc sâu|thuốc chuột|thuốc rầy|thuốc diệt chuột|paraquat|thuốc tẩy|nước tẩy)",
      "(ăn|ăn phải|ăn nhầm) (thịt)? (cóc|nấm rừng|nấm lạ|cá nóc|mật cóc|trứng cóc|lá ngón) …… (nôn|ói|tê|khó thở|mệt lả|co giật|tim|lịm)",
      "đột quỵ",
      // died suddenly, as bystanders say of someone who dropped ("có người đột tử")
      "(bị)? đột tử",
      // a person struck ("sét đánh cây" is a tree; unmarked "xet danh" is "xét danh hiệu")
      "sét (đánh|đánh trúng|đánh vào|đánh chết) (người|ông|=bà|anh|chị|em|con|cháu|bé|bố|mẹ|chồng|vợ|tôi|nó|hai|ba|mấy|cả|1|2|3|4|5)",
      "bị sét đánh",
      "méo (một bên|nửa|xệch)? (miệng|mặt)",
      "(miệng|mặt) (méo|méo xệch|lệch)",
      "co (giật|giựt)",
      "giật giật (tay|chân|tay chân|người|liên hồi|liên tục)",
      "(lên cơn)? động kinh",
      "(nuốt|uống|ăn) (phải|nhầm)? (mấy|nhiều|cả|hết|hết cả|nguyên|một)? (viên|vỉ|lọ|chai|gói|hộp|nắm) (thuốc|thuốc chuột|thuốc sâu)",
      "ăn phải (thuốc chuột|thuốc sâu|thuốc diệt cỏ|bả chuột|bả)",
      "sùi bọt mép",
      "(sủi|xùi|suy|sui) bọt (mép|mồm|miệng)",
      "mắt trợn (ngược|trắng)",
      "(ngộ độc|trúng độc)",
      "(uống|uống phải|nuốt) … (thuốc sâu|thuốc chuột|thuốc diệt cỏ|thuốc trừ sâu|thuốc ngủ|nhiều thuốc|axit|xăng|dầu hỏa|nước tẩy|thuốc tẩy|chất tẩy|nước rửa|=cồn)",
      "(uống|nuốt) nhầm",
      "(nuốt|ngậm|nuốt phải) …… (thủy ngân|pin cúc|viên pin|cục pin|nam châm)",
      "(cắn|làm|đánh) vỡ (cái|cây)? nhiệt kế",
      "(tự tử|tự sát|treo cổ|thắt cổ|cắt cổ tay|rạch tay)",
      // a farewell sent from a bridge or a rooftop ("đang đứng trên cầu Nhật Tân, nhắn tin chào vĩnh biệt cả nhà")
      "(chào vĩnh biệt|nhắn tin vĩnh biệt|nhắn vĩnh biệt|vĩnh biệt cả nhà|vĩnh biệt mọi người|vĩnh biệt bố mẹ|vĩnh biệt ba mẹ)",
      "tự (cắt|rạch) (tay|cổ tay|cổ)",
      "(đòi|định|muốn)? nhảy (lầu|cầu|sông|xuống)",
      "(đau|tức|ôm) ngực",
      "(đau|tức) thắt (ngực|tim|lồng ngực)",
      "(có thai|có bầu|mang thai|mang bầu|bầu) …… (ra máu|chảy máu|băng huyết)",
      // a birth at home going wrong ("vợ em đang đẻ ở nhà, em bé ra được nửa người rồi kẹt lại, ra máu nhiều")
      "(đang đẻ|đang sinh|đang sanh|đẻ ở nhà|sinh ở nhà) ……… (ra máu|chảy máu|băng huyết|kẹt lại|không ra|ko ra|nửa người|ngôi ngược)",
      "(đau tim|nhồi máu|lên cơn tim|cơn đau tim)",
      "(vỡ ối|chuyển dạ|đẻ rơi|sắp đẻ|sắp sinh|đau đẻ)",
      "sốc (phản vệ|thuốc)",
      "=(ong|ong vò vẽ|ong bắp cày|ong đất) (đốt|chích)",
      "bị (ong|ong vò vẽ|ong bắp cày|ong đất|rết|bọ cạp|nhện độc|sứa|kiến ba khoang) (đốt|chích|cắn)",
      "(rết|bọ cạp|nhện độc|sứa|kiến ba khoang|ong vò vẽ|ong bắp cày) (đốt|chích|cắn)",
      // a venomous fish's spine ("bị cá đuối đâm vô chân, đau la hoài", "dẫm phải cá mặt quỷ")
      "(cá đuối|cá ngát|cá mặt quỷ|cá đá|cá mao ếch|cá dìa|cá trê|nhím biển|cầu gai|ngạnh cá) (đâm|chích|chít|cắn|đốt)",
      "(dẫm|đạp|giẫm) (phải|trúng)? (cá đuối|cá mặt quỷ|cá đá|nhím biển|cầu gai)",
      // a battery or a firework bursting into the face ("bình ắc quy ghe nổ văng vô mắt", "pháo hoa bắn thẳng vào mặt")
      "(bình ắc quy|bình acquy|ắc quy|acquy|bình điện) …… (nổ|bể|vỡ) …… (văng|bắn|tạt|phun) (vào|vô|trúng) (mắt|mặt|hai mắt)",
      "(pháo|pháo hoa|pháo sáng|pháo hoa giấy|pháo nổ|pháo tự chế) (bắn|nổ|văng|phụt) (thẳng)? (vào|vô|trúng) (mặt|mắt|người|tay|bụng|ngực)",
      "(cháy xém|bỏng|=phỏng) (mắt|mặt|hai mắt)",
      "(sưng|=phù) (vù|to|húp|nề)? (hết|cả|khắp) (cổ|người|mặt|họng)",
      "(sưng|=phù) (nề|vù|to|húp)? (hết|cả|khắp)? (mặt|môi|họng|cổ họng|lưỡi|mí mắt|toàn thân|cả người)",
      "(mặt|môi|họng|lưỡi|mí mắt|toàn thân|cả người) (sưng|=phù) (phù|vù|to|nề|húp)?",
      "dị ứng (nặng|thuốc|toàn thân|khó thở)",
      // a reaction to an injection or a pill ("vừa tiêm thuốc ở phòng khám về thì nổi mề đay, thở hụt hơi")
      "(tiêm|chích|tiêm thuốc|chích thuốc|truyền dịch|uống thuốc) ……… (nổi mề đay|nổi mẩn|sưng mặt|sưng môi|sưng họng|khó thở|thở hụt hơi|hụt hơi|tụt huyết áp)",
      // a chemical in the eyes ("hóa chất bắn vô mắt anh công nhân, mắt ko mở dc")
      "(hóa chất|axit|a xít|xút|vôi|nước tẩy|thuốc tẩy|dung dịch|thuốc sâu) (bắn|văng|dính|rơi|phun|tạt) (vào|vô|trúng) (mắt|hai mắt|mặt)",
      // … from a battery, told with its source between ("axit bình ắc quy văng vô mặt")
      "(axit|a xít|acid) …… (bắn|văng|dính|phun|trào) (vào|vô|trúng|lên) (mắt|hai mắt|mặt)",
      "(bị)? (tạt|văng|bắn|dính|phun) (hóa chất|xút|clo|chlorine|javel|nước tẩy|thuốc tẩy) …… (vào|vô|trúng) (mắt|hai mắt|mặt)",
      "(ăn|uống|nuốt) (phải|nhầm|lộn) (thuốc chuột|thuốc diệt chuột|bả chuột|thuốc sâu|thuốc trừ sâu|thuốc diệt cỏ|thuốc cỏ|bả|thuốc tẩy|nước tẩy|nước rửa chén|dầu hỏa)",
      "(bỏng|phỏng) (nặng|nước sôi|dầu|xăng|axit|khắp|cả người)",
      "(bị)? (rắn|chó dại) cắn",
      // a venomous snake named is the bite ("bị rắn lục cắm vô chân", typed in a hurry)
      "bị (rắn lục|rắn độc|rắn hổ|rắn hổ mang|hổ mang|rắn cạp nong|rắn cạp nia|rắn chàm quạp)",
      // charcoal burnt in a closed room: carbon monoxide ("tối qua đốt than sưởi trong phòng đóng kín")
      "(đốt|để|nhóm) (lò)? than (sưởi)? (trong)? (phòng|nhà) (kín|đóng kín|đóng cửa)",
      "ngộ độc (khí)? (than|co|khí than)",
      // fumes in a closed house ("nhà đóng kín cửa để máy phát điện nổ suốt đêm", with headaches and someone fainting)
      "(máy phát|máy phát điện|bếp than|lò than|than tổ ong|than hoa) …… (đóng kín|kín cửa|phòng kín|nhà kín|đóng cửa|khoang kín|hầm kín|khoang máy)",
      "(đóng kín|kín cửa|phòng kín|nhà kín|đóng cửa) …… (máy phát|máy phát điện|bếp than|lò than|than tổ ong|than hoa)",
      "(trong phòng|trong nhà|phòng kín) (có|để|đốt)? (lò than|bếp than|than tổ ong)",
      "rắn (lục|hổ|độc|cạp nong|hổ mang|chàm quạp)? (cắn|cắp|mổ|táp)",
      "(gọi|cần|kêu|đưa đi) (cấp cứu|xe cấp cứu|xe cứu thương|cứu thương)",
      "xe (cấp cứu|cứu thương)",
    ],
    hints: [
      // heatstroke, confirmed by its signs ("bị say nắng, nằm ngoài ruộng mặt đỏ, không đổ mồ hôi, lơ mơ")
      "(say nắng|sốc nhiệt|say nóng)",
      "nói (ngọng|đớ|lắp|líu|không rõ|khó|lắp bắp|lảm nhảm|lộn xộn|sảng|mê sảng)",
      "(run cầm cập|run bần bật|=vật vã|quằn quại|lên cơn run)",
      "(chảy|trào|ứa) (nước miếng|nước dãi|dãi|bọt)",
      "(làm nhảm|lẩm bẩm|lảm nhảm) (một mình)?",
      "(hạ đường huyết|tụt đường huyết|hạ đường|tụt huyết áp|sốc insulin)",
      // a diabetic confused and sweating: low blood sugar ("mẹ bị tiểu đường, giờ lú lẫn, vã mồ hôi, gọi không rõ")
      "(tiểu đường|đái tháo đường) ……… (lú lẫn|lơ mơ|li bì|vã mồ hôi|mồ hôi|run rẩy|nói không rõ|gọi không|không tỉnh|lịm)",
      "(lú lẫn|lơ mơ|li bì) …… (vã mồ hôi|mồ hôi như tắm|mồ hôi lạnh)",
      "mắt (mờ|lờ đờ|trợn ngược|dại đi)",
      "(=rơi|đánh rơi|làm rơi|=rớt) (đũa|ly|cốc|chén|bát|muỗng)",
      "=cầm …… (cũng|bị)? rơi",
      "(muốn|đòi|định|nói sẽ|sẽ) (chết|tự tử|tự vẫn|nhảy xuống|kết liễu)",
      "(không|chẳng|hết) (muốn|thiết) sống (nữa)?",
      "(nhắn|nói|gửi|viết) (tin|lời|tin nhắn)? vĩnh biệt",
      "(trèo|leo|đứng|vượt|đu|=ngồi) (lên|trên|ngoài|bên ngoài|qua|ra|ra ngoài)? (lan can|thành cầu|mép|mép sân thượng|sân thượng|mái nhà|mép mái|mép cầu)",
      "(tay|chân|nửa người|một bên người|một bên) …… (không nhấc|yếu|tê|liệt|không cử động|không cầm)",
      "đau (đầu|bụng|ngực)? (dữ dội|quằn quại|không chịu nổi)",
      "(nôn|ói) (liên tục|ra|nhiều|mửa)",
      "=(nôn|ói)",
      "(chóng mặt|buồn nôn|hoa mắt)",
      "(không|ko|hông|hổng|chẳng) (mở|mở được|mở ra được) mắt (được|dc|đc|ra)?", "(không|ko|hông|hổng) mở mắt (ra)? (được|dc|đc|nổi)",
      "(không|chẳng) nói (chuyện)? (được|ra lời|nên lời)",
      "cấp cứu", "=(bỏng|phỏng)", "(sốt cao|ói ra máu|nôn ra máu)", "(không|chẳng) nói (được|ra lời|nên lời)"],
  },
];
