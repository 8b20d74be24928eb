/**
 * Someone hurt or in the water: bleeding, an accident, drowning.
 * Pattern syntax: see ../phrase-matcher.ts. Numbers: 113 police, 114 fire and rescue, 115 medical emergency.
 */
import { type EmergencySituation, SHAFT, WATER } from "./types.vi.js";

export const INJURY_SITUATIONS: readonly EmergencySituation[] = [
  {
    id: "injury",
    services: ["115"],
    signals: [
      // gored or trampled ("bị trâu húc thủng bụng, ruột lòi ra")
      "(trâu|bò|voi|heo rừng|lợn rừng|ngựa|bò tót) (húc|giẫm|đạp|quật|đá|húc trúng) (thủng|trúng|vào|lên|văng)?",
      "ruột (lòi|lồi|xổ) (ra)?", "ruột tòi ra",
      // an old person fallen in the bathroom and unable to get up ("má tui té trong nhà tắm, hổng đứng dậy được")
      "(té|ngã|trượt|trượt chân) (trong|ở)? (nhà tắm|nhà vệ sinh|toilet|wc|phòng tắm|buồng tắm) …… (không|ko|hổng|hông|chẳng) (đứng|ngồi|dậy) (dậy|lên)? (được|nổi|dc|đc)?",
      "=(chảy|mất|ra|phun|trào|đổ|ộc) (nhiều)? máu",
      "(chảy|mất|phun|trào|ộc) máu (nhiều|quá|lắm|không|ra|me|đầy|khắp)",
      "(chảy|mất|ra) nhiều máu",
      "=máu (chảy|me|ra|phun|loang|không cầm|me đầy|khắp|đầy)",
      "máu (me|chảy nhiều|chảy không|không cầm|loang|ròng ròng|lênh láng|xối xả|túa|tuôn|chảy ròng)",
      "(đổ|ngã|sập|rơi) (ụp|rầm|sầm)? (lên|trúng|đè|đè lên) (người|đầu)",
      "=(đầy|vũng) máu",
      "(bê bết|dính đầy) máu",
      "không cầm (được)? máu",
      "máu …… (không|chưa) (dừng|ngừng|cầm|hết)",
      "(chảy|mất) máu (không|chưa) (dừng|ngừng)",
      // bleeding told with where ("chảy máu ở bụng nhiều lắm")
      "(chảy|ra|mất) máu (ở|o)? (bụng|đầu|ngực|cổ|lưng|tay|chân|đùi|vai|mặt) (nhiều|quá|lắm|không cầm|ròng ròng|đầy)",
      "(chó|rắn|trâu|bò) (dữ|dại|lạ|hoang|béc giê|becgie|bẹc giê|pitbull|ngao|nhà bên)? (cắn|húc|đâm) (nát|vào|vô|trúng|rách|xé|đứt)",
      "bị thương (nặng|nhiều|rất nặng)",
      // a head struck against something hard in a fall ("đầu đập xuống lề đường", "đập đầu vô thành cầu")
      "(đầu|mặt|gáy) (đập|va|đụng|cắm|dộng) (mạnh)? (xuống|vào|vô|trúng) (đường|lề|lề đường|mặt đường|nền|nền nhà|sàn|đá|bê tông|cột|tường|đất|gốc cây|thành cầu|bậc|bậc thềm|cạnh bàn)",
      "(đập|va|đụng|dộng) đầu (mạnh)? (xuống|vào|vô|trúng)",
      "=thương (nặng|rất nặng)",
      "(bị)? (xe|ô tô|xe tải|xe máy|xe khách|tàu|tàu hỏa|xe lửa) (tông|húc|kéo lê)",
      "bị (xe|ô tô|xe tải|xe máy|xe khách) (đụng|cán)",
      "(đầu|mặt|miệng|mũi|tai) (có|chảy|ra|đầy|bê bết) máu",
      "(ra|chảy|mất) (rất|quá)? nhiều máu",
      "bị (xe)? tông",
      "bị đụng xe",
      "=(bị)? (xe|ô tô|xe tải|xe máy|xe khách|tàu|tàu hỏa|xe lửa) (đâm|cán|hất)",
      "(tông|đâm|cán) (phải|qua|vào) (người|xe|bé|em|cháu|chân|tay|đầu)",
      // unmarked "cam co" is "cám/cam, có…": without marks the preposition is needed
      "=(đâm|xuyên|cắm|găm) (vào|qua|thủng|xuyên)? (bụng|ngực|cổ|mắt|đùi|lưng)",
      "(đâm|xuyên|cắm|găm) (vào|qua|thủng|xuyên) (bụng|ngực|cổ|mắt|đùi|lưng)",
      "(chảy|chay) máu (đầu|mồm|miệng|tai|nhiều|lênh láng|đầm đìa)",
      "máu (ra|chảy) nhiều",
      "máu (chảy|chay|ra|tuôn|túa) (lênh láng|đầm đìa|ròng ròng|be bét|thành vũng|ướt hết|ướt cả|ướt đẫm)",
      "(đầu|mặt|miệng|mũi|trán|bụng|ngực|cổ|lưng|đùi) (bị)? (chảy|ộc|tuôn|túa) máu",
      "máu (ra|chảy|phun|trào)? (ồng ộc|ừng ực|xối xả|không ngừng)",
      "=máu …… (tuôn|túa|trào|phun) ra",
      "(xe|ô tô|xe khách|xe tải|xe buýt|xe con|xe máy|xe ba gác) (bị)? (lật|lao xuống|rơi xuống|lộn nhào|lật nghiêng)",
      "(rơi|ngã|té|rớt) từ …… (tầng|lầu|mái|lan can|ban công|giàn giáo|cây cao|mái tôn|trên cao)",
      "kẹt (dưới|trong) (bánh|gầm) (xe)?",
      "tai nạn (giao thông|xe|liên hoàn|thảm khốc)? … (bị thương|nằm|chảy máu|bất tỉnh|kẹt|ngay|đang|vừa)",
      "(đang|vừa|vừa mới|mới) (bị|có|xảy ra|gặp)? (tai nạn|vụ tai nạn)",
      "(gãy|=dập) (chân|tay|xương|cổ|sống lưng)",
      "(dập nát|nát bấy|gãy lìa|đứt lìa|gãy gập|gãy quặt|gãy vẹo|gãy lòi xương|lòi xương)",
      // blood spurting and not stopped by a binding ("máu phun ra, buộc rồi vẫn chảy")
      "máu (phun|phụt|vọt|xối) (ra)?", "(buộc|băng|quấn|đè) (lại|rồi|chặt)? (mà)? (vẫn|còn) (chảy|ra máu)",
      // gored by a buffalo ("bị trâu húc vào bụng, ruột lòi ra ngoài")
      "(ruột|lòng ruột) (lòi|lộ|xổ|thòi) (ra)?", "(trâu|bò) (húc|đâm|hút) (vào|trúng)? (bụng|ngực|người)",
      // a limb crushed under a wheel ("bị xe chở đất đâm, chân nát, không đứng được")
      "(chân|tay|bàn chân|bàn tay|ống chân|đùi|cẳng chân) (bị)? (nát|nát bét|bẹp|bẹp dúm|nát hết)",
      // a crash with people under the wheels or lying on the road
      "(cuốn|kẹp|lôi|kéo) (vào|vô) (gầm|bánh|gầm xe|bánh xe)",
      "(ở|nằm|kẹt) dưới (bánh xe|gầm xe|gầm|bánh)",
      "máu (me|be bét|lênh láng|đầy mặt|đầy người|chảy ròng|chảy ra tai|ra tai)",
      "(đầu|mặt) (đập|va|đập vào|đập vô|va vào) (lề|đá|tường|cột|nền|đường|vỉa hè|bậc)",
      "(nhiều|mấy|vài|hai|ba|2|3) (người|ng) (nằm|bất động) (dưới|giữa|trên) (đường|lòng đường|mặt đường)",
      "(đập|đập mạnh) đầu",
      "=va đầu",
      "(đầu|trán|mặt) (bị)? (bể toác|vỡ toác|toác|toạc|rách toạc|=bể|=vỡ)",
      "vết thương (sâu|lớn|nặng|hở|đang chảy)",
      "(đứt|cụt) (tay|chân|ngón|động mạch)",
      "(đứt|cụt|dập) (mất)? (1|2|3|4|5|một|hai|ba|bốn|năm|mấy) (ngón|đốt)",
      // a machine caught a limb ("máy cày cuốn tay vào", "bị máy xay kẹp tay")
      "(bị)? (máy|trục|dây curoa|băng chuyền)? (cuốn|kẹp|nghiến|cán|cuộn|nghiền) (mất)? (tay|chân|tóc|cánh tay|bàn tay|ngón tay|người) (vào|vô|nát|dập)",
      "(rơi|đổ|văng|sập) trúng (đầu|người)",
      "(rơi|ngã|té) (từ)? (trên)? (cao|giàn giáo|mái|tầng|cây|cầu thang|lầu)",
      "(nhiều|có)? người bị thương",
      // unmarked "bong" is mostly "bóng" (a bulb, a ball): the burn needs its marks here
      "=(bỏng|phỏng) (nặng|rộp|nguyên|cả|hết|khắp|mảng|nước sôi|dầu sôi|lửa)",
      "(nước sôi|dầu sôi|canh sôi|nước nóng) (đổ|dội|tạt|hắt|văng|đổ trúng|đổ vào|đổ lên) …… (bỏng|phỏng|phồng|rộp|khóc|tuột da|da tuột|lột da|bong da)",
      // … told the other way round ("bị đổ nồi nước sôi vào người, da tuột ra từng mảng")
      "(đổ|dội|tạt|hắt|văng|lật) (cả|nguyên)? (nồi|ấm|xoong|chảo|phích|bình)? (nước sôi|dầu sôi|canh sôi|nước nóng) (vào|lên|trúng) (người|mặt|chân|tay|ngực|lưng|bụng)",
      // ("da", skin, has no marks: unmarked "da bong" is as often "đã bong", a road's surface; the pieces are asked for)
      "da (tuột|bong|lột|phồng rộp) (ra)? (từng mảng|cả mảng|hết cả)",
      // a dog pack or a dog that mauls someone (an animal hurt is a look-alike)
      "(bầy|đàn|mấy con|con) chó (dữ|lạ|hoang|béc giê|becgie|pitbull|ngao)? …… (cắn xé|vây cắn|xông vào cắn|lao vào cắn|cắn rách|cắn nát|cắn vào mặt|cắn vào cổ)",
      "(bị)? chó (dữ)? cắn (xé|rách|nát|đứt|vào mặt|vào cổ|nhiều chỗ|chảy máu)",
      "=da (phồng|rộp|phồng rộp)",
    ],
    hints: [
      "tai nạn",
      "bị thương",
      "=máu",
      "(mất phanh|mất thắng|đứt phanh|cháy phanh|bể thắng)",
      "(đâm xe|tông xe|va chạm|đụng xe|tai nạn xe|tai nạn giao thông|xe lật|lật xe)",
      // a vehicle run into a pole, a tree or a wall ("ô tô con tông vào gốc cây, tài xế gục trên vô lăng")
      "(đâm|tông|húc|đụng) (vô|vào|phải|trúng) (cột|cột điện|trụ điện|gốc cây|cây|tường|trụ|dải phân cách|rào|hàng rào|xe tải|xe khách)",
      "văng (ra|khỏi xe|xuống đường)",
    ],
  },
  {
    // carried off by the current, clinging on, or down a shaft: a rescue first (114), then the medics
    id: "swept_away",
    services: ["114", "115"],
    // a child carried off by the water is no child taken ("đi tắm thác bị nước cuốn, chưa thấy nổi lên")
    leads: ["kidnapping"],
    signals: [
      "(nước|lũ|sóng|dòng nước) (xoáy|chảy xiết|lũ|dữ|ngập)? (cuốn|cuốn trôi|cuốn đi|nhấn chìm|lôi)",
      "cuốn trôi",
      // a rip current carrying bathers out ("bị dòng rip kéo ra xa, đang vẫy cứu")
      "(dòng rip|dòng chảy xa bờ|dòng chảy ngược|dòng xoáy|sóng|dòng nước) (kéo|lôi|cuốn|hút) (ra xa|ra khơi|xa bờ|ra ngoài|ra)",
      "(đang vẫy|vẫy tay|giơ tay|vẫy vẫy|tay vẫy) (kêu)? cứu",
      // a fall onto a ledge or down a cliff, unable to climb back ("rơi xuống mỏm đá cách mặt đường 15m, không leo lên nổi")
      "(rơi|té|ngã|rớt|trượt|lăn) (chân)? (xuống)? (mỏm đá|vách đá|vực|khe núi|taluy|dốc núi|ghềnh đá) ……… (không|ko|hổng|chưa) (leo|trèo|bò|lên) (lên)? (được|nổi|dc|đc)?",
      "(bị)? (nước|lũ|sóng)? cuốn (mất|phăng|ra|đi|theo)",
      "(bám|đu|níu|ôm) (vào|lấy|chặt)? (cành cây|cây|cột|cột điện|mái|nóc|thành cầu|phao|tảng đá|thuyền|ghe|xuồng|mạn thuyền) …… (giữa dòng|nước|lũ|sông|suối)",
      `(rơi|ngã|té|rớt|trượt|lọt|trượt chân|lăn) (chân)? (xuống|vào|xuống dưới) ${SHAFT}`,
      `(ngã|té|rớt|trượt chân|lọt) ${SHAFT}`,
    ],
  },
  {
    id: "drowning",
    services: ["114", "115"],
    // someone who jumped is in the water first: getting them out comes before the medics ("nhảy cầu, đang trôi"); a
    // car gone into a canal with people inside too ("ô tô lao xuống mương, nước ngập gần nóc")
    leads: ["medical", "injury", "jump_threat"],
    signals: [
      // a boat overturned with people clinging to it ("thuyền đánh cá bị lật, 3 người bám vào mạn thuyền")
      "(thuyền|ghe|tàu|đò|xuồng|ca nô|cano|sà lan|bè|kayak|thuyền kayak|thúng|thuyền thúng|sup) …… (bị)? (lật|chìm|đắm|lật úp) …… (người|bám|kêu cứu|chới với|trôi|khách)",
      // (told after the boat's trade: "thuyền đánh cá … bị lật gần đảo, 3 người bám vào mạn thuyền")
      "bị (lật|chìm|đắm|lật úp) …… (người|mấy người|ai cũng) (bám|bám vào|kêu cứu|chới với|đang trôi)",
      // a boat the waves overturned, people clinging to floats ("ghe bị sóng đánh lật … 4 người bám vô thùng xốp")
      "(ghe|tàu|thuyền|xuồng|đò|thúng|ca nô|vỏ lãi) (tui|tôi|em|nhà tui|nhà tôi|của tôi|của tui)? (bị)? (sóng đánh|sóng|gió) (lật|chìm|lật úp|vỡ)",
      // … told with the place between ("thuyền thúng ở Phú Long bị sóng đánh úp, 1 người vẫn chưa nổi lên")
      "(ghe|tàu|thuyền|xuồng|đò|thúng|thuyền thúng|ca nô|vỏ lãi) …… (bị)? (sóng đánh|sóng|gió) (lật|chìm|lật úp|úp|vỡ)",
      "(bám|bám vào|bám vô|víu|ôm lấy) (thùng xốp|can nhựa|phao|mạn ghe|mạn tàu|tấm ván|ván|thân cây|thúng)",
      // a boat found overturned, its man not seen ("thấy chiếc xuồng úp mà hổng thấy ổng đâu")
      "(xuồng|ghe|thuyền|đò|vỏ lãi|tàu) …… (úp|lật|chìm|lật úp) …… (không thấy|hổng thấy|chưa thấy|ko thấy|mất tích|đâu rồi)",
      "(đuối nước|chết đuối|chìm nghỉm|=đuối|=chìm)",
      // a boat overturned, told with its place between ("thuyền thiên nga đạp chân ở hồ Xuân Hương bị lật")
      "(thuyền|ghe|tàu|đò|xuồng|ca nô|cano|bè|kayak|thúng|sup) ……… bị (lật|lật úp|chìm)",
      // floundering in the water ("người lớn đang chấp chới")
      "(đang)? (chấp chới|chập chới|chới với) (giữa|dưới|trong)? (nước|sông|hồ|biển)?",
      `(đang)? trôi (giữa|ngoài|trên|dưới|theo) (dòng)? ${WATER}`,
      `nhảy cầu …… (xuống)? ${WATER} …… (đang trôi|chìm|không thấy|chưa thấy|chưa nổi|mất hút|cuốn trôi|nước cuốn|bị cuốn)`,
      "(bị|đang|sắp) chìm",
      // a boat overturned or sinking with people on it ("ghe chở khách vừa bị lật, chục người đang trôi")
      "(ghe|thuyền|tàu|đò|đò ngang|xuồng|ca nô|cano|sà lan|thuyền thúng) …… (vừa|đang|bị|vừa bị)? (lật|lật úp|chìm|bị chìm) (giữa|ngoài|trên|ở)? (sông|dòng|biển|hồ|giữa sông|giữa dòng)?",
      // someone sinking in a named water, typed without marks too ("thang nho chim ho sen"; "con chim" stays a bird)
      "(người|thằng nhỏ|đứa nhỏ|thằng bé|con bé|bé|cháu|em bé|nó|ổng|bả|đứa bé|nhỏ) (bị)? chìm (xuống|dưới|trong|ở)? (sông|suối|ao|hồ|hồ sen|kênh|mương|vực|đầm|hồ bơi|bể bơi|rạch|giếng|đập)",
      `(rơi|ngã|té|rớt|trượt|lọt|lao|nhảy|trôi|lăn) (chân)? (xuống|vào|xuống dưới) ${WATER}`,
      "(ngã|té|rớt|trượt chân|lọt) (sông|suối|ao|hồ|kênh|mương|biển|vực|xô nước|chậu nước)",
      // a child fallen in, told in three words ("con bé rơi sông Cấm"; a bare "rơi sông" is also "rồi sông")
      "(con bé|thằng bé|bé|cháu|đứa nhỏ|em bé|thằng nhỏ|con nhỏ|thằng cu) (rơi|rớt) (xuống)? (sông|suối|ao|hồ|kênh|mương|giếng|rạch|biển)",
      "lúc chìm lúc nổi",
      `(chới với|vùng vẫy|nhấp nhô|chìm nổi) …… ${WATER}`,
      `${WATER} …… (nhấp nhô|chới với|vùng vẫy|ngoi ngóp|chìm dần|mất hút|chìm nổi)`,
      `nằm (úp|sấp|úp mặt) …… (dưới|trong|bên)? ${WATER}`,
      "(lật|chìm) (thuyền|ghe|đò|xuồng|ca nô|tàu|thúng|bè)",
      // a child face down, floating ("hồ bơi có đứa nhỏ úp mặt nổi lềnh bềnh")
      "(úp mặt|nằm úp|nằm sấp) …… (nổi|lềnh bềnh|dập dềnh)",
      "bị (nước)? cuốn (xuống|vào|vô|trôi) (cống|miệng cống|hố ga|mương|sông|suối|hố|kênh)",
      "(người|đứa nhỏ|đứa bé|bé|em bé|thằng bé|con bé|ai đó|cháu) …… nổi lềnh bềnh",
      // a boat in distress at sea ("tàu cá mất liên lạc, sóng đánh vô khoang, đang trôi")
      // (a raft with its marks: unmarked "be … dang choi" is "bé … đang chơi", a child playing)
      "(thuyền|ghe|đò|xuồng|ca nô|tàu|tàu cá|thúng|=bè) …… (mất liên lạc|trôi dạt|đang trôi|hư máy|chết máy|nước vào khoang|sóng đánh vô khoang|sóng đánh vào khoang)",
      "(nước|sóng) (tràn|đánh|vào|vô) (vào|vô)? (khoang|mạn|thuyền|ghe|tàu)",
      "(thuyền|ghe|đò|xuồng|ca nô|tàu|thúng|bè) (chài|câu|cá|chở khách|du lịch|đánh cá|chở hàng)? (bị|đã)? (lật|chìm|đắm)",
      "tắm (ở|tại)? (sông|suối|biển|hồ|ao|kênh|đập|đầm|mương|bãi biển|hồ chứa) …… (chưa|không|mất|chỉ còn) (thấy|lên|về|tăm)",
      `(mất tích|mất tăm) (dưới|trên|ngoài)? ${WATER}`,
    ],
    hints: [
      // a child who played by the water and is not seen any more; what it wore left on the edge
      `${WATER} …… (giờ|bây giờ|mà|thì)? (không|ko|chẳng|hông) (thấy|thấy đâu|thấy nữa|thấy tăm hơi)`,
      `(dép|giày|áo|quần áo|xe đạp|cần câu) …… (trên|ở|bên|cạnh)? (thành|mép|bờ) ${WATER}`,
      "(dép|giày|áo|quần áo|xe đạp|cần câu) …… (trên|ở|bên|cạnh)? (thành|mép|bờ) (bể|bồn|giếng)",
      // what is left on the bank, and the water still moving ("chỉ thấy đôi dép trên bờ với mặt nước còn gợn")
      "(dép|đôi dép|giày|áo|quần áo|xe đạp|cần câu) (trên|ở|bên|cạnh) bờ",
      "mặt nước (còn|vẫn)? (gợn|sủi|sủi bọt|sủi tăm|động)",
      // what someone wore, floating where they stood ("chỉ còn thấy cái nón lá nổi trên mặt hồ")
      `(nón|nón lá|mũ|dép|chiếc dép|đôi dép|áo|giày|xô|thau|cần câu) …… (nổi|trôi|dập dềnh|lềnh bềnh) (trên|giữa|ngoài|dưới)? (mặt)? ${WATER}`,
      "(không|chưa|ko) (thấy)? (ai|người|chị ấy|anh ấy|nó|bé)? (ngoi lên|nổi lên|trồi lên)",
      // children bathing counted again and one missing ("tắm sông chỗ bến đò, giờ đếm thiếu 1 đứa")
      "(đếm|điểm danh|kiểm lại) (thiếu|mất|không đủ|ko đủ)",
      "(tắm|bơi|chơi) (ở|dưới|ngoài)? (sông|suối|ao|hồ|biển|kênh|đập nước|đập tràn|đập thủy lợi|bến)",
    ],
  },
];
