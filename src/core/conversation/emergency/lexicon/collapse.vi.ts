/**
 * A collapse, a landslide, someone trapped: rescue (114).
 * Pattern syntax: see ../phrase-matcher.ts. Numbers: 113 police, 114 fire and rescue, 115 medical emergency.
 */
import { type EmergencySituation, STRUCTURE, COLLAPSES } from "./types.vi.js";

export const COLLAPSE_SITUATIONS: readonly EmergencySituation[] = [
  {
    id: "collapse",
    services: ["114"],
    signals: [
      // a tree fallen onto a roof ("cây dầu lớn đổ đè sập mái nhà": unmarked "de sap" is also "dễ sập", a risk)
      "(cây|cột|tường|cây dầu|cây lớn|cây to|cành|cột điện) …… (đổ|ngã|gãy) (đè sập|đè) (mái|mái nhà|nhà|căn nhà|người|xe|chòi|lán)",
      `=${STRUCTURE} … (bị|đã|vừa|đang|bỗng)? ${COLLAPSES}`,
      `${STRUCTURE} ……… (bị|đã|vừa|đang|bỗng) ${COLLAPSES}`,
      `${STRUCTURE} …… (đang|bị|đã)? (nứt toác|nghiêng dần|nghiêng hẳn|đổ nghiêng|=sắp sập|=sắp đổ|chực đổ|chực sập)`,
      `${STRUCTURE} … ${COLLAPSES} (rồi|xuống|hết|mất|đè|lên)`,
      // unmarked "sap tran" is also "sắp tràn" (water about to overflow): a ceiling needs its marks, or "bị"
      `${COLLAPSES} ${STRUCTURE.replace("trần|trần nhà|", "")}`,
      "=(sập|sụp) (trần|trần nhà)",
      "bị (sập|sụp) (trần|mái|trần nhà|mái nhà|tường|nhà|cầu)",
      `${STRUCTURE} (bị)? đổ (xuống|ập|sầm|rầm|sập)`,
      "kẹt (đầu|tay|chân|người) (vào|trong|giữa)",
      "=(đè|vùi|vùi lấp|chôn vùi) (lên|dưới|bên dưới|trong)? (người|xe|nhà|hai|ba|nhiều|mấy|cả)",
      "(bị|đổ|sập) (đè|vùi|vùi lấp) (lên|dưới|bên dưới|chết|người|trong|mất|hết)",
      "=bị (đè|vùi|vùi lấp)",
      "bị (cây|tường|xe|đất|tủ|cột|gạch|đá|bê tông|mái|trần) (đổ|sập|rơi)? (đè|vùi)",
      "(vùi lấp|chôn vùi)",
      // someone under the rubble ("chồng em đang ở dưới đống gạch, chỉ thấy chân thò ra")
      "(đang|còn|bị|nằm|kẹt) (ở)? (dưới|trong) (đống|đống đổ nát|đống gạch|đống đất|đống đá|gạch|bê tông|tường đổ)",
      // a drain "bị lấp" is filled in, not a burial: people or homes only
      "(nhà|người|ông|bà|chồng|vợ|con|cháu|anh|chị|em|bé|mấy người|cả nhà) …… bị (vùi|lấp|chôn) (mất)? (rồi|hết|cả|trong)",
      "(ngã|gãy|sập) (xuống)? đè",
      "(đổ|ngã|gãy|sập|rơi) (đè|trúng|đè trúng|đè lên) (một|hai|ba|mấy)? (người|xe|em|bé|cháu|ông|=bà|anh|chị)",
      "=đổ (xuống)? đè",
      "(bị)? sụt (xuống|hầm)",
      // a well or a trench caving in on someone digging ("thành giếng sụp một mảng … đất với gạch lấp ở dưới")
      "(giếng|thành giếng|miệng giếng|vách giếng|vách hố|miệng hố) …… (sụp|sập|lở|sạt|đổ) …… (người|ổng|bả|ông|bà|anh|chị|chú|nó|công nhân|thợ)",
      "(đất|gạch|đá|đất đá|cát) …… (lấp|vùi|đè) (ở|bên)? (dưới|lên|người|ổng|bả)",
      // a wall falling into a room where someone is ("cả mảng tường bên đó đổ ầm sang bếp")
      "(tường|mảng tường|bức tường|vách|trần|mái) …… (đổ|sập) (ầm|rầm|sầm|ập)? (sang|vào|vô|xuống|lên) (bếp|nhà|phòng|giường|người|nhà tôi|nhà em|nhà tui)",
      "(đổ|sập|sụp) …… (còn)? (người|ai|mấy người|công nhân) (ở)? (trong|bên trong|dưới|bên dưới)",
    ],
    hints: ["(đất|đất đá|cát|tường|vách|thành hố|bờ|taluy|ta luy) (đổ|sạt|sụp|sập|lở) (ụp|ập|rầm|sầm)", "(nóc|mái|trần) …… (bị)? (đổ|sập|lật tung|tốc|bay)", "(tốc|bay|lật) (mái|nóc|mái tôn|nóc nhà|mái nhà)", "(cầu|cầu treo|cáp treo|cầu khỉ) …… (đứt|gãy)", `${STRUCTURE} …… (rung lắc|rung chuyển|rung bần bật|bung ra|bị bung|bung hết|bung cả|nứt|lún|nghiêng|sụt|răng rắc|rơi từng mảng|bong ra)`],
  },
  {
    id: "landslide",
    services: ["114"],
    signals: [
      // unmarked "lo dat" is mostly "lô đất" (a plot): a landslide typed so needs a verb of it
      "(bị|đang|vừa|sắp) lở đất",
      "(sạt lở|=lở đất|lở núi|sạt núi|sạt đồi|đất lở|núi lở|đá lở|lở đá|sạt taluy|=sạt)",
      "(lũ quét|lũ ống|lũ bùn)",
      "=đất đá … (đổ|tràn|lăn|rơi|sạt|vùi|lấp|trôi)",
      "đất đá … (đổ|tràn|lăn|rơi|sạt|trôi) (xuống|vào|lên)",
      "(núi|đồi|vách núi|taluy) … (đổ|lở|sạt|sụp|sập) (ào|ập|rầm)? xuống",
      // "mảng đồi phía trên trượt xuống, lấp nhà", "đất sạt lấp nhà" (unmarked "sat" is also "sát": a burial names it)
      "(núi|đồi|vách núi|taluy|sườn đồi|mảng đồi|quả đồi) …… (trượt|sạt|lở|đổ|sụp) (ào|ập|rầm)? xuống",
      "(đất|đồi|núi|đá|bùn) (sạt|trượt|lở|sụt) (xuống)? (lấp|vùi|đè|chôn) (nhà|người|mất|hết|lên|cả)?",
      "(đất|bùn|bùn đất|đá) (trên đồi|trên núi|từ đồi|từ núi|sau nhà|sau vườn)? (đang|bị|đã|vừa)? (tràn|đổ|trôi|sạt|trượt) xuống",
      // a crack in the hillside opening, the ground sliding away in pieces
      "(vết nứt|đường nứt|khe nứt) …… (sườn đồi|đồi|núi|taluy|sau nhà) …… (toác|rộng ra|to ra|mở rộng|dài ra)",
      "đất (đang)? (trôi|trượt|sạt|lở) (từng mảng|từng khối|từng tảng|xuống)",
    ],
  },
  {
    id: "trapped",
    services: ["114"],
    // a rescue frees them first: "xe lật, nhiều người kẹt trong xe" is 114 before 115
    leads: ["injury", "unconscious", "breathing", "medical", "drowning", "kidnapping", "electric_shock"],
    signals: [
      // someone still held by the current: the power is cut and they are freed first ("người vẫn dính, không ai dám gỡ",
      // "nằm vắt trên mái, người còn dính điện")
      "(người|anh|ông|chú|bác|nó|cháu|thằng bé|con bé|em) (vẫn|còn|vẫn còn|đang) dính (điện|vào dây|vào dây điện|vào cột|vào cột điện|vô dây|vô cột|vào máy|chặt|trên dây|trên cột)",
      // a bus or a house half buried by a slide, people inside ("xe khách bị vùi một nửa, có người bên trong đập cửa")
      "(xe|xe khách|ô tô|xe tải|nhà|lán|chòi) (bị)? (vùi|vùi lấp|=lấp|chôn vùi) (một nửa|nửa|mất|hết|cả)?", "(còn|vẫn) dính điện", "(dây|dây điện) (vẫn|còn)? (đang)? dính (trên|vào) (người)", "(vẫn|còn|vẫn còn) dính (vào)? (dây|dây điện|ổ điện|cầu dao)",
      // a tree or a wall fallen onto a house, someone under it ("cây đổ đè sập mái, thằng cháu còn ở dưới")
      "(cây|tường|mái|cột|nhà|trần) (đổ|ngã|gãy|sập)? (đè sập|đè lên|đè trúng)",
      // a car gone into the water with people in it ("ô tô lao xuống hồ, người còn trong xe, xe đang chìm dần")
      "(người|ai|tài xế|cả nhà|hai người|mấy người) (còn|vẫn còn|vẫn) (trong|ở trong|kẹt trong) (xe|ô tô|cabin|buồng lái)",
      "(mắc kẹt|còn kẹt|kẹt lại) (bên trong|trong|dưới|trên|ở trong)?",
      // sunk in mud, or down a pit with bad air ("lún xuống bùn tới ngực", "xuống hầm phân rồi ngã gục dưới đó")
      "(lún|sa lầy|lún sâu|sụp) (xuống)? (bùn|sình|lầy|vũng lầy|cát lún)",
      "xuống (hầm|hầm phân|bể phốt|hầm biogas|giếng|bể|cống|hố) …… (ngã gục|gục|ngất|bất tỉnh|xỉu|không lên|không leo lên)",
      "(còn|vẫn|cả hai|cả ba|đang|kẹt) (ở|nằm)? dưới (hầm|hầm phân|hầm biogas|giếng|bể|bể phốt|hố)",
      // a wall fallen on children, people digging them out ("tường rào đổ đè lên mấy bé, các thầy đang bới gạch ra")
      "(tường|tường rào|cổng|mái|trần|cột) …… (đổ|sập) (đè|trúng|vào) (lên)?",
      "(đang)? (bới|đào|moi) (gạch|đất|đống đổ nát|đống gạch|bê tông) (ra|lên)?",
      "(người|ai|nhà|con|cháu|công nhân|mọi người|chúng tôi|tôi|tui|mình|cả nhà|đứa|đứa nhỏ|trẻ|bé|em bé|ông cụ|bà cụ|tài xế|lái xe|hành khách|phụ xe) …… bị kẹt (bên trong|trong|dưới|trên|ở trong|ở tầng|trên tầng)",
      // (not "người bị nạn" alone: a victim lying in the road is the medics' first, "người bị nạn nằm giữa đường")
      "gặp nạn", "(đoàn|nhóm|tàu|thuyền|ghe|ghe câu|đoàn leo núi) (bị nạn|gặp nạn)",
      // buried by earth that gave way ("thợ đào giếng bị sập đất vùi dưới giếng": "sập đất" spelt whole, unmarked it
      // is also "sắp đặt")
      "(sập đất|sạt đất|lở đất|đất sập|đất sụp) …… (vùi|lấp|đè|chôn)",
      "(bị)? (vùi|lấp|chôn) (dưới|trong) (giếng|đất|hố|cát|bùn|đống đất|hầm)",
      // buried up to the chest by a sand pit's wall ("bãi cát sụp vách, 1 người bị cát vùi tới ngực")
      "(bị)? (cát|đất|bùn|đất đá|cát đá) (vùi|lấp|chôn|đè) (tới|đến|ngang|quá|lút|kín)? (ngực|cổ|bụng|đầu|nửa người|lưng|hông|người)",
      // slipped into a crack and caught by the foot ("tụt xuống khe đá trong hang, kẹt chân không lên được")
      "kẹt (chân|tay|người) (trong|dưới|giữa|ở)? (khe|khe đá|kẽ đá|hốc|hốc đá|kẽ)",
      "(tụt|rơi|trượt|lọt|té) xuống (khe|khe đá|kẽ đá|hốc|hốc đá) …… (kẹt|không lên|không ra|chưa lên)",
      "kẹt (trong|giữa)? thang máy",
      // caught inside a tank or a pit with no air ("tho han bi ket trong bon chua … thieu khi")
      "(kẹt|mắc kẹt|bị kẹt) (lại)? (trong|dưới|ở trong) (bồn|bồn chứa|bể|bể chứa|téc|xi téc|hầm|hầm chứa|giếng|cống|ống cống|silo|thùng chứa)",
      // someone under the rubble ("nhà sập một góc, 1 người kẹt bên dưới đống gạch")
      "(kẹt|mắc kẹt|bị kẹt|bị đè|nằm) (ở)? (bên)? dưới (đống gạch|đống đổ nát|gạch|đống đất|bê tông|tấm bê tông|xà|xà nhà|mái|tường|trần)",
      // stranded on a rock or a sandbar as the tide comes in ("bị kẹt trên mỏm đá, triều lên, sóng đánh mạnh")
      "(kẹt|mắc kẹt|bị kẹt|mắc cạn|bị cô lập) (lại)? (trên|ngoài|giữa|ở) (mỏm đá|mỏm|hòn đá|bãi đá|gành|gành đá|ghềnh|ghềnh đá|cồn|cồn cát|doi cát|bãi cát giữa)",
      // caught in a cave as the water rises ("nước suối trong hang đang dâng lên, cả đoàn bị kẹt ở khúc giữa")
      "(kẹt|mắc kẹt|bị kẹt|kẹt lại) (lại)? (ở|trong) (hang|hang động|động|khúc giữa|giữa hang|lòng hang)",
      "(trong|giữa) hang …… (nước|lũ|nước suối) …… (dâng|dâng lên|lên nhanh|đang lên)",
      // caught in a crushed cab, someone needed to cut the door ("kẹt cứng trong cabin bẹp dúm, cần người cắt cửa")
      "(kẹt|mắc kẹt|kẹp) (cứng)? (trong|ở trong)? (cabin|ca bin|buồng lái|ghế lái|xe)",
      "(cắt|cạy|banh) (cửa xe|khung xe|cabin|ca bin|cửa cabin)", "(cần|phải|gọi) (người)? (cắt|cạy) (cửa)",
      // down a pit and not come up ("2 công nhân xuống hầm biogas … không thấy lên, gọi không trả lời")
      "(xuống|dưới) (hầm|giếng|bể|hố|hầm biogas|bể phốt|hầm cầu|bồn) …… (không thấy lên|chưa lên|không lên|chưa thấy lên|không lên được)",
      "thang máy (bị)? (rơi|rớt|tuột|lao) (xuống|tự do|từ)?",
      // overcome down a well or a tank, the gas still there ("xuống giếng nạo vét, lịm đi dưới đó, con xuống cứu cũng gục")
      "(xuống|dưới) (giếng|hầm|bể|hố|hầm biogas|bể phốt|hầm cầu|bồn|cống|hố ga) ……… (lịm|lịm đi|ngất|gục|xỉu|bất tỉnh|ngã gục)",
      // a goods lift whose cable snapped ("thang máy chở hàng ở xưởng may bị đứt cáp rơi xuống")
      "(thang máy|thang tải|thang hàng|vận thăng) ……… (đứt cáp|đứt dây cáp|đứt dây) (rơi|rớt|tuột|lao)?",
      "(kẹt|mắc kẹt) …… người (bên trong|ở trong|trong đó)",
      "(bị)? bỏ quên (trong|trên) (xe|ô tô|xe buýt|xe đưa đón|xe hơi|cốp xe)",
      "thang máy …… (dừng|kẹt|đứng|treo|rơi) (giữa|lưng chừng|giữa chừng|giữa tầng|tự do)",
      // a cable car stopped with people hanging in it ("cabin tụi tôi treo lơ lửng gần ga trên, có cả con nít")
      "(cáp treo|cabin|ca bin) …… (treo lơ lửng|lơ lửng|mắc kẹt|kẹt cứng|đứng giữa chừng|dừng giữa chừng|dừng giữa không trung)",
      "(kẹt|mắc kẹt|bị kẹt) (trên|trong) (cáp treo|cabin cáp treo|ca bin cáp treo)",
      // "thang máy kẹt cứng giữa tầng 12 và 13, 5 người bên trong"
      "thang máy …… (kẹt|dừng|đứng) (cứng|lại|luôn) (giữa|lưng chừng|giữa chừng|ở giữa|giữa tầng)",
      // water rising inside a cave or a mine where people are ("đi lạc trong hang, nước đang dâng trong hang")
      "nước (suối|lũ)? (đang|đã|vừa|bắt đầu)? (dâng|lên|dâng lên|tràn) (cao)? (trong|vào|vô) (hang|hầm|lò|hầm lò|động)",
      "(người|ai|mọi người|con|cháu|ông|=bà|bé|cả nhà|công nhân) …… (trong|bên trong|ở trong) (nhà|phòng|đó|ấy|xưởng)? (chưa|không|chẳng) (ra|thoát|chạy) (ra)? (được|kịp)?",
      // a child in a pipe or a well caving in ("chui vào ống cống chơi giờ kẹt cứng", "giếng cũ bị sụt, thằng cu rơi xuống")
      "(chui|mắc|kẹt|lọt) (vào|trong) (ống cống|cống|ống|khe|hang|giếng|bể|hố) …… (kẹt|không ra|ko ra)",
      "kẹt cứng (không|ko|chẳng) ra",
      "(giếng|hố|hầm) …… (sụt|sập|sụp) …… (rơi|ngã|té|lọt) (xuống)",
      "(la hét|kêu la|tiếng la) (ở)? (bên trong|trong đó|dưới đó)",
      // people at a window above a fire, waving ("đứng ở cửa sổ tầng 6 vẫy khăn")
      "(đứng|kẹt|ngồi) (ở)? (cửa sổ|ban công|lan can|mái) …… vẫy (khăn|áo|tay|đèn)",
      "(cứu nạn|cứu hộ)",
      // a child locked in a car or a room, a hand or a head caught: rescue cuts or opens
      "(bị)? (khóa|nhốt|kẹt) (lại)? (trong|bên trong) (ô tô|xe hơi|xe|cốp xe|thang máy)",
      "(bé|con|cháu|em bé|đứa nhỏ|đứa bé|trẻ|tôi|người|ông|=bà|mẹ|bố) …… (bị)? kẹt (cứng)? (tay|chân|đầu|cổ|ngón tay|ngón chân)",
      "(thò|chui|nhét|mắc) (đầu|tay|chân) (vào)? (khe|song|lan can|chấn song|cửa cuốn) …… kẹt",
      "kẹt …… (không|chẳng) (rút|kéo|gỡ|lôi|lấy|đưa) (ra)? (được|nổi)",
      // a child last seen by water, people lost in the wild: a search and rescue (114) now
      "(con|bé|cháu|đứa nhỏ|đứa bé|thằng bé|con bé|thằng cu|con nhỏ) …… (chơi|tắm|câu cá|bơi|đi) (ở|gần|ngoài|dưới|bên|ra)? (bờ)? (sông|suối|ao|hồ|kênh|mương|biển|giếng|đập|rạch|sông suối) …… (tìm|kiếm) …… (không|chẳng|chưa) (thấy|ra|gặp)",
      "(bị lạc|lạc đường|đi lạc) (trong|trên|ở|khi|lúc)? (rừng|núi|hang|đèo|leo núi|đi rừng|vào rừng|trekking)",
      "(leo núi|đi rừng|vào rừng|vào hang|trekking) …… (bị lạc|lạc đường|mất liên lạc|chưa về|không về)",
      // a car caught by water with someone inside who cannot open it
      "(ngập|nước dâng|nước lên) ……… (xe|ô tô|taxi|xe hơi|tài xế|lái xe) …… (không|chẳng) (thể)? (mở được|mở) (cửa|cửa xe|cửa kính)",
    ],
    // (a cry for help is anyone's: beside a beating it is the victim's, so it names no one caught)
    // (hanging from a harness or a ledge: "công nhân bị treo lơ lửng bằng dây an toàn ở tầng 20")
    hints: ["(mắc|bị)? kẹt (lại)? (trên|trong|dưới|giữa) (cồn|mái|nóc|tầng|hầm|gác)", "(bị)? (treo|đu|mắc) (lơ lửng|lủng lẳng)", "(chưa|không) (ra|chạy|thoát) (ra)? (được|kịp)", "không (thấy|tìm được|có|còn) (đường|lối) (ra|thoát)"],
  },
];
