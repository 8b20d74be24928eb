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
      // someone beating another's head against a wall ("anh ta đang đập đầu em vô tường")
      "(anh ta|hắn|nó|chồng|ổng|thằng đó|gã|ông ta|chồng tôi|chồng em|ck) …… (đập|nện|dộng|đánh) đầu (em|tôi|tui|con|vợ|mẹ|chị|cô ấy|bé|cháu)? (vô|vào|xuống) (tường|cửa|bàn|sàn|nền|đất|cột)",
      // a girl dragged into the bushes ("có đứa con gái bị kéo vô bụi cây ở công viên, nghe la thất thanh")
      "(bị)? (kéo|lôi|vác|bế) (vô|vào) (bụi|bụi cây|lùm cây|lùm|góc tối|nhà hoang|hẻm tối|bụi rậm|rẫy|vườn cao su)",
      // a gang smashing a car and beating its driver after a crash ("4 thằng đang đập xe và đánh tài xế ở ngã tư")
      "(đang)? (đập|phá) (xe|ô tô|kính xe) (và|rồi|với)? (đánh|đấm|đạp|đuổi đánh) (tài xế|lái xe|người|chủ xe|anh|ông)",
      // racketeers holding a road with sticks ("cầm gậy chặn đầu đường bắt khách nộp tiền")
      "(cầm|vác|mang) (gậy|dao|mã tấu|tuýp|ống tuýp|kiếm|rựa|gậy gộc) (chặn|đứng chặn|chốt) (đầu đường|đường|lối|xe|khách)",
      // a knife drawn, a road blocked for money ("chặn đường ở dốc Mỏng, thò dao ra đòi tiền")
      "(thò|móc|lôi|rút) (dao|súng|mã tấu|kiếm|rựa|dao găm) ra",
      "(chặn đường|chặn xe|chặn đầu xe) …… (đòi tiền|cướp|lấy tiền|trấn lột|xin đểu|đòi tiền mãi lộ)",
      // followed on the road and cut off ("3 thằng chạy xe theo từ Nguyễn Trãi, nó chặn đầu xe tui rồi")
      "(chạy xe theo|bám theo|đuổi theo|rượt theo) ……… (chặn đầu xe|chặn xe|chặn đường|ép xe)",
      // a gang smashing cars or windows ("ngoài cổng có mấy đứa đang đập kính ô tô")
      "(mấy đứa|mấy thằng|bọn|tụi|đám|nhóm|băng|lũ) …… (đang|vừa)? (đập|đập phá|phá) (kính|cửa kính|kính xe|xe|ô tô|xe máy|cửa|cổng)",
      // petrol poured on a door to burn it ("lấy xăng đổ cửa nhà em tôi, nói đốt, đang cầm bật lửa")
      "(đổ|tạt|tưới|rưới|hắt) xăng (vào|vô|lên|ra|đầy)? (cửa|nhà|người|quán|tiệm|phòng|cổng)",
      "(lấy|cầm|xách|mang) xăng (đổ|tạt|tưới|rưới|hắt) (vào|vô|lên|ra|đầy)? (cửa|nhà|người|quán|tiệm|phòng|cổng)",
      // a lorry stopped and surrounded ("mấy thằng ném đá vô kính, giờ đang vây quanh cabin")
      "(đang)? vây (quanh|kín) (cabin|xe|nhà|tôi|tui|em|chúng tôi|cổng)",
      "đánh (nhau|đập|hội đồng|lộn)",
      "(thằng kia|thằng đó|ông kia|gã kia|tên kia|thằng chồng|người đàn ông) …… (đập|nện|dộng) đầu …… (vô|vào|xuống) (tường|cửa|bàn|sàn|nền|cột)",
      // a chase going on ("1 thằng lấy búa đập kính xe kia, đang rượt")
      "đang (rượt|rượt đuổi|đuổi đánh|đuổi chém)",
      // a bike or a bag robbed, the robber running now ("xô người ta té để cướp xe, nó đang chạy về hướng …")
      "(để cướp|cướp|giật|giựt) (mất)? (xe|xe máy|túi|túi xách|ví|bóp|đồ|tiền) …… (đang)? (chạy về|chạy mất|phóng đi|phóng xe|về hướng|đang phóng|chạy)",
      // a window or a lock forced at night, the person inside alone ("nó vòng ra sau nhà lấy cây cạy cửa sổ")
      "(nó|người lạ|thằng|ai đó|kẻ lạ|kẻ trộm|trộm|tụi nó|bọn nó|tên|hắn) ……… (đang)? (cạy|phá|bẻ|đục|tháo) (cửa sổ|cửa|khóa|ổ khóa|song sắt|chấn song|cửa sau|cửa bếp)",
      // paint thrown at a house by debt collectors ("cho vay nặng lãi đang tạt sơn vô nhà")
      "(tạt|ném|hắt|xịt|đổ) (sơn|chất bẩn|phân|mắm tôm|dầu nhớt|nhớt|dầu thải) (vào|vô|lên|đầy) (nhà|cửa|cổng|tường)",
      // a child or a wife whipped with something ("đang quất đứa con riêng bằng dây điện")
      "(quất|vụt|quật|lằn|đánh|đập) …… bằng (dây điện|roi|roi mây|gậy|thắt lưng|dây nịt|cây|cán chổi|chổi|móc áo|dây thừng|ống nước|tuýp)",
      "=(quất|vụt) (con|vợ|cháu|đứa|nó|bé|thằng|người)",
      // a snatch with the thief running now ("giat dt o Nguyen Hue, dang chay")
      "(giật|giựt) (mất)? (điện thoại|đt|dt|túi|túi xách|ví|dây chuyền|bóp) …… (đang chạy|chạy về|đang phóng|phóng xe|đang trốn|chạy xe|chạy wave|chạy sh|về hướng|hướng)",
      // an armed robbery ("cướp có vũ khí tại tiệm vàng": "cướp có" spelt whole, unmarked it is also "cướp cờ")
      "(cướp có) (vũ khí|dao|súng|hung khí|mã tấu)",
      // a head held under water ("dúi đầu con xuống lu nước")
      "(dìm|dúi|ấn|nhấn|dận|nhận) đầu …… (xuống|vào|trong) (nước|lu|lu nước|chậu|thau|xô|bồn|bể|ao|sông|vại)",
      `(đang|bị) đánh ${PERSON}?`,
      `đánh ${PERSON}`,
      "(đâm|chém) (nhau|chết|người|tôi|em|con|vợ|chồng|anh|chị|ông|bà|liên tiếp)",
      "(bị|đã|vừa|đang) (đâm|chém)",
      "(đâm chém|chém|=đâm)",
      "(ném|chọi|phang|choảng) (đá|gạch|chai)? nhau",
      "(ném|chọi) (đá|gạch|chai|bom xăng|mắm tôm) (vào|vô)? (nhà|cửa|người|xe|tôi|kính)",
      "(vây|xúm|hùa|xông) (vào|lại|vô)? (lớp|nhà|phòng|quán|trường|tận nhà|tận lớp)? (đánh cô giáo|đánh cô|đánh|đập|đạp|chém)",
      "(cầm|vác|lấy|nhặt) (gạch|đá|chai|ghế|cây|gậy|búa) (đập|ném|phang|chọi|đánh|choảng)",
      "(bóp|siết) cổ",
      `bị ${PERSON} (đánh|=đập|đấm|tát|=quánh|=đá|bóp cổ)`,
      // a child slapped again and again ("co thang dang tat dua con nho lien tuc")
      "(đang|cứ) tát (đứa|con|bé|cháu|thằng|nó|vợ|mẹ) …… (liên tục|liên tiếp|túi bụi|lia lịa|tới tấp|chảy máu)",
      // southern and colloquial words for hitting, typed with their marks ("quan nhau" is "quán nhậu")
      "(=quánh|=oánh|=uýnh|=đập) (nhau|vợ|chồng|con|người|tôi|em|mẹ|má|bố|ông|=bà|chị|anh|bé|cháu)",
      "bỏ thuốc (vào|vô) (nước|ly|cốc|đồ uống|bia|rượu|đồ ăn|trà|cà phê)",
      // a car being rifled as it is told ("đập kính xe tui lấy đồ, nó còn đang lục trong xe")
      "(đang|còn đang|vẫn đang) (lục|lục lọi|moi|bới) (trong xe|trong ô tô|đồ|trong nhà|tủ|cốp|ba lô)",
      // followed on a motorbike all the way ("có thằng chạy xe theo em từ lúc tan ca … em sợ quá")
      "(chạy xe|đi xe|chạy|bám|đi) theo (em|tôi|tui|mình|chị|con|cháu) …… (sợ|sợ quá|run|không dám|hoảng)",
      "(chạy xe|đi xe|chạy|bám|đi) theo (em|tôi|tui|mình|chị) (từ lúc|từ khi|suốt từ|nãy giờ|tới giờ|suốt đường|cả đoạn đường)",
      "(hành hung|ẩu đả|hỗn chiến|xô xát|đập phá|thanh toán nhau)",
      "(cầm|mang|vác|rút|vung|khua|dí|kề|dùng|lấy|chĩa|chỉa|=giơ) (dao|mã tấu|hung khí|gậy|súng|kiếm|rựa|dao phay|tuýp sắt|ống tiêm|kim tiêm|vật nhọn|chai vỡ|mảnh chai|dao rọc giấy|cây sắt|thanh sắt|gậy sắt|ống sắt|xà beng|rìu|búa|=côn|dùi cui|roi điện|mác|giáo|lựu đạn|súng ngắn|súng săn|súng hoa cải)",
      "(ép|dí|vây|khống chế) …… (đưa|rút|nộp|đưa hết) (tiền|điện thoại|vàng|đồ|ví|xe)",
      // unmarked "cua be" is "của bé": a bare door needs its marks, or a "bị"
      "(=cửa|khóa|ổ khóa|cửa sổ|cửa kính) (phá|cạy|bẻ|đập vỡ)",
      "(cửa|khóa|ổ khóa|cửa sổ|cửa kính) bị (phá|cạy|bẻ|đập vỡ)",
      "(rình|quay lén) …… (cửa sổ|phòng tắm|nhà tắm|khe cửa|nhà vệ sinh)",
      "(sờ soạng|sờ mó)",
      "(nổ|bắn|cầm|có) súng",
      // a gun carried in the street, a shot heard as one ("cầm cây súng tự chế đi ngoài đường la lớn", "nổ như súng")
      "(cầm|mang|vác|cầm theo|xách) (cây|khẩu|cái|một cây|1 cây) (súng|súng tự chế|súng hoa cải|súng săn|súng kíp|súng côn)",
      "(nổ|tiếng nổ) (như|giống) (tiếng)? súng",
      "bắn (người|chết người|trúng người)",
      "(tiếng|nghe) súng",
      "(phát|loạt|tràng) súng",
      "súng (nổ|bắn|chĩa)",
      "giết (chết|cả nhà|mày)",
      `giết ${PERSON}`,
      "(cướp|ăn cướp|cướp giật|trấn lột)",
      "(giật|giựt) (túi|túi xách|giỏ|giỏ xách|điện thoại|dây chuyền|đồ|tiền|xe|ví|bóp)",
      "(kẻ|tên|thằng|bọn)? trộm (đang|vào|đột nhập|cạy|leo)",
      "(đột nhập|cạy cửa|phá khóa|bẻ khóa|leo rào|phá cửa|đạp cửa|xông vào nhà)",
      // a pupil ambushed by a gang ("bị cả đám chặn đánh trước cổng trường"); thieves armed ("tụi nó có dao"); someone
      // chased on the road ("đang bị 2 thằng chạy xe không biển số rượt")
      "(chặn đánh|vây đánh|đánh hội đồng|xúm vào đánh|xúm lại đánh)",
      "(tụi nó|bọn nó|chúng nó|tụi trộm|bọn trộm|thằng đó|tụi kia|bọn kia) (có|cầm|mang|vác) (dao|mã tấu|súng|hung khí|rựa|kiếm|gậy)",
      "(đang)? bị (2|3|hai|ba|mấy|một đám|tụi|bọn|đám)? (thằng|người|tên|đứa|xe) (chạy xe|đi xe)? …… (rượt|rượt đuổi|đuổi theo|đuổi đánh|đuổi chém|bám đuôi)",
      // shots fired ("nghe tiếng súng nổ ở quán nhậu"; unmarked "tieng dan" is also "tiếng dân", "tiền dân")
      "(tiếng súng|=tiếng đạn|đạn nổ|nổ súng|bắn súng|súng nổ|bắn nhau) (nổ)? (ở|tại|trong|ngoài|đầu|cuối|liên tục|mấy phát|mấy tiếng|đùng đùng)?",
      // a cash machine pried or smashed open ("có đứa đang cạy trụ ATM lúc nửa đêm")
      "(đang)? (cạy|phá|đập|khoan|cắt) (trụ|cây|máy|cabin) atm",
      "(dí|gí|rượt|đuổi|kề|chĩa) …… (bằng)? (dao|mã tấu|kiếm|súng|rựa|dao găm)",
      // a fight fixed for later, armed ("hẹn ra bãi đất giải quyết, mang cả kiếm")
      "(mang|vác|cầm|giắt) (cả|theo|sẵn)? (dao|mã tấu|kiếm|rựa|tuýp|tuýp sắt|súng|hung khí|dao phay)",
      "(ổng|hắn|nó|anh ta|ông ta|thằng đó|gã đó|bả|chồng cũ|ck cũ) (có|đang cầm|cầm|mang|giắt) (dao|mã tấu|kiếm|rựa|súng|dao phay)",
      // surrounded and made to pay ("có 3 thằng vây quanh đòi tiền")
      "(vây|vây quanh|chặn|chặn đầu) …… (đòi|bắt đưa|bắt nộp) (tiền|điện thoại|xe)",
      // climbing into a home whose owners are away
      "(leo|trèo) …… (ban công|cửa sổ|tường rào|mái) …… (đi vắng|vắng nhà|không có ai|không có nhà)",
      // hitting with whatever is at hand ("cầm thắt lưng quất em", "cầm mũ bảo hiểm phang vào mặt")
      "(cầm|lấy|dùng|rút) (thắt lưng|dây lưng|dây nịt|roi|mũ bảo hiểm|nón bảo hiểm|cây|gậy|ghế|chai|xẻng|cuốc) …… (quất|đánh|phang|đập|vụt|nện|choảng)",
      "(quất|vụt|nện|phang) (liên tục|túi bụi|tới tấp|vào mặt|vào đầu)",
      "(đổ|chiết|rót) xăng (vào|vô) (chai|can|bình)",
      "(đánh|đập|chém) ……… (đang|còn|lại) (đuổi theo|rượt theo|đuổi đánh)",
      "(đang)? (dùng|lấy|cầm) (kìm|kềm|cưa|xà beng|búa) (cắt|cưa|bẻ|cạy|phá) (khóa|ổ khóa|cửa|cổng|song sắt)",
      // a body found is the police's first ("có xác người trôi trên sông")
      "(xác|thi thể|tử thi) (người|một người|ai đó|đàn ông|phụ nữ|em bé)? (trôi|nổi|nằm|mắc|dạt)",
      "(kẻ gian|bọn cướp|tên cướp)",
      "(hiếp dâm|cưỡng hiếp|xâm hại|sàm sỡ|quấy rối tình dục)",
      "(bạo hành|đánh đập)",
      // a stranger doing something intrusive, however it is said
      "(người lạ|kẻ lạ|lạ mặt|đàn ông lạ|=lạ hoắc) …… (đang)? (cạy|phá|bẻ|trèo|leo|rình|quay lén|đột nhập|lục|cố mở|mở khóa)",
      "(trèo|leo) (rào|tường|cổng|ban công) (vào|vô|sang|qua) (nhà|phòng|sân)",
      // carrying things out of a house ("đang khuân đồ ra xe")
      "(đang)? (khuân|khiêng|bê|vác|chất) (đồ|đồ đạc|tivi|xe|hàng) (ra|lên) (xe|cổng|ngoài)",
      "(cạy|phá|bẻ|mở trộm) (khóa|ổ khóa|cửa)",
      "(khống chế|bỏ thuốc mê|chặn đường)",
      "(cầm|vung|dí|kề|khua) (kéo|cây kéo)",
      "bị …… (dẫn|lôi|kéo|dụ|gọi|rủ) (ra|đến|vào|tới) …… (đánh|đập|đánh hội đồng|hành hung)",
      "(đập|phá) (vỡ)? (kính|cửa kính) (xe|ô tô|xe hơi)? … (lấy|trộm|lấy trộm|móc|lục)",
      "(có người|có kẻ|ai đó|thằng nào|đứa nào|người lạ) (đang)? (cố|lén) (mở|vặn|cạy) (khóa|ổ khóa|cửa|tay nắm)",
      // a woman or a child crying for help next door ("đang có tiếng phụ nữ kêu cứu")
      "(tiếng)? (phụ nữ|đàn bà|con gái|chị ấy|cô ấy|bà ấy|trẻ con|con nít|đứa nhỏ|em bé) (kêu cứu|la cứu|hét cứu|la làng)",
      // held somewhere with the phone taken ("bị nhốt trong 1 căn nhà, họ lấy điện thoại của tôi rồi")
      "(nhốt|giam|giữ|khóa) ……… (lấy|giật|thu|giữ|tịch thu) (mất|hết)? (điện thoại|đt|dt)",
      // a motorbike wheeled off by strangers ("tụi nó đang dắt xe máy nhà tui đi")
      "(tụi nó|bọn nó|mấy thằng|hai thằng|2 thằng|thằng kia|người lạ|kẻ lạ|ai đó|mấy đứa|2 đứa|hai đứa) (đang)? (dắt xe|dắt trộm xe|dắt mất xe|đẩy xe|lấy xe) (máy|đạp)? (nhà|của)",
    ],
    // (a phone or a bag snatched: "giat dt o Nguyen Hue, dang chay")
    hints: ["(cướp|trộm|=đánh)",
      // chased ("cứu tôi, có người đang rượt tôi")
      "(rượt|rượt đuổi|đuổi theo|rượt theo) (tôi|tui|em|mình|con|cháu|chị|tao|bọn tôi|chúng tôi)", "bị (nhốt|giam|giữ) (trong|ở) (một|1)? (căn nhà|nhà|phòng|kho|căn phòng|chỗ|xe)",
      "(họ|bọn nó|tụi nó|chúng nó|hắn|bọn họ) (lấy|giật|thu|giữ|tịch thu) (mất|hết)? (điện thoại|đt|dt)", "bạo lực", "(giật|giựt) (mất)? (điện thoại|đt|dt|túi|túi xách|ví|dây chuyền|bóp)", "(tiếng)? (đồ|chén bát|bát đĩa|chén dĩa|kính|đồ đạc) (vỡ|=bể|đổ vỡ|đổ bể|loảng xoảng)", "(=hét|la hét|thét|gào|kêu thét) (lên)? (rồi|thất thanh)", "(la|kêu|hét|gào) thất thanh", "(đập|phá|ném|quăng) (đồ|đồ đạc|bàn ghế|chén bát)", "nổ như (súng|bom|pháo)", "(lục lọi|lục đồ|lục tung|lục tủ)", "(đập|đạp|phá) cửa", "kính vỡ",
      // a scream from behind a door that stops ("tiếng phụ nữ la hét cứu với rồi im bặt")
      "(tiếng)? (phụ nữ|đàn bà|con gái|chị ấy|cô ấy|bà ấy) (la hét|kêu cứu|thét|gào)", "im bặt",
      // a shop broken into at night ("tiếng đập kính ở tiệm điện thoại, 3 người đang chui vô vét đồ")
      "(đập|phá) (kính|cửa kính|tủ kính)", "(chui|trèo|leo) (vô|vào) (vét|lấy|khuân|khoắng|trộm)", "(vét|khoắng) (sạch)? đồ"],
  },
  {
    id: "threat",
    services: ["113"],
    signals: [
      "(dọa|hăm dọa|đe dọa|=đòi|=định|hăm) (giết|chém|=đánh|đốt|tạt|xử|thủ tiêu|đâm|bắn|cho nổ|phóng hỏa)",
      "(tạt|ném|hắt) (axit|a xít|xăng|mắm tôm)",
      "dọa …… (sẽ)? (bắt|bắt cóc|giết|chém|đánh|đốt|tạt|xử|bắn|đâm) (con|vợ|chồng|cả nhà|mày|tao|tôi|em|bố|mẹ|nhà|cháu)",
      "uy hiếp",
      // money or harm ("nói nếu ko đưa tiền là rạch mặt em")
      "(không|ko|k|chưa) (đưa|nộp|chuyển|trả) (tiền)? …… (là|thì|sẽ) (rạch|rạch mặt|chém|đâm|giết|đánh chết|xử|cắt)",
      "sẽ (đến|tới|qua|quay lại|vào)? (giết|chém|đâm|xử|thanh toán|tạt axit|đốt nhà) (em|tôi|tui|mình|mày|con|vợ|chồng|cả nhà|bố|mẹ)",
      "(dừng|dừng lại|đi nhanh|rẽ|chạy|đứng lại) (thì)? (nó|hắn|họ|anh ta|người đó|ông ta|gã đó|xe đó) (cũng) (dừng|dừng lại|đi nhanh|rẽ|chạy|đứng lại)",
      "(rẽ|quẹo|đổi đường|vòng) (mấy|nhiều|vài|2|3) (lần|ngả) (mà)? (vẫn|còn|cứ) (theo|bám|đi theo)",
      // someone mirrors the citizen: stops when they stop, hurries when they hurry
      "(em|tôi|tui|mình|con)? (dừng|đi nhanh|rẽ|quay lại|chạy|đứng lại) … thì (anh ta|hắn|họ|nó|người đó|tụi nó|bọn nó|ông ta|gã đó)? (cũng) (dừng|đi nhanh|rẽ|quay lại|chạy|đứng lại)",
      "(tống tiền|đòi tiền chuộc)",
      // followed on the road for a while, frightened ("có chiếc xe máy chạy theo nãy giờ, em sợ quá")
      "(chạy theo|chạy xe theo|bám theo|đi theo|bám đuôi) …… (nãy giờ|từ nãy|mấy cây số|cả đoạn|suốt đoạn|một đoạn dài) …… (sợ|hoảng|run)",
      // a death threatened for a denunciation or an unpaid debt ("nói tôi tố cáo thì giết", "hổng trả là đốt nhà")
      "(tố cáo|báo công an|báo cảnh sát|khai ra|nói ra|la lên) (thì|là|sẽ) (giết|chém|xử|đâm|đốt nhà|đánh chết)",
      "(hổng|không|ko|chưa|hông) trả …… (là|thì|sẽ) (đốt|đốt nhà|giết|chém|xử|đánh)",
      // threatening with a beating, typed without marks ("dang chui boi va doa danh")
      "(đang)? (chửi|chửi bới) …… (dọa|hăm) (đánh|giết|chém)",
      // armed men around a house ("mấy thằng … đang vây nhà tôi, cầm tuýp sắt")
      "đang (vây|bao vây) (nhà|quanh nhà|kín nhà|cổng)",
      // a car surrounded and its windows smashed, with a death threat ("giang ho vay xe tui giua duong, dap kinh, doi giet")
      "(đập|phá|đập phá) (kính|cửa|xe|kính xe) …… (đòi|dọa|hăm) (giết|chém|xử|đâm)",
      "(bao vây|=vây) nhà",
      "(cầm|mang|xách) (xăng|can xăng|bình xăng)",
      // petrol poured on a house or a person ("la lên nó sẽ tưới xăng đốt cả nhà")
      "(tưới|tạt|xối|dội) xăng",
      // someone battering the door of a person alone ("đập cửa nhà em rầm rầm, bảo là đòi nợ")
      "(đập|phá|đạp|tông|đá) (cửa|cổng) (nhà)? (em|tôi|tui|mình)? (rầm rầm|ầm ầm|liên hồi|liên tục|đòi vào|đòi xông vào)",
      "đổ xăng (vào|vô|lên|ra) (nhà|người|cửa|cổng|giường|phòng)",
      "(đi theo|bám theo|bám đuôi|theo dõi|theo sau|đi sau) ……… (đứng|đợi|chờ|rình|đang ở) …… (trước|ngoài|ở) (cổng|cửa|nhà)",
    ],
    hints: [
      "(dọa|đe dọa|hăm dọa|khủng bố|dọa dẫm)",
      "(theo dõi|rình rập) …… (sợ|lo)",
      "(người lạ|kẻ lạ|lạ mặt|gã lạ|đàn ông lạ|=lạ hoắc)",
      "(đi theo|bám theo|bám đuôi|rình) (tôi|em|mình|con|cháu|bé|chị|vợ|suốt|mãi)",
      "(có người|có ông|có thằng|có gã|có đứa|có tên|người lạ) (đang|cứ)? (theo|đi theo|bám theo) (tôi|em|mình|tui|con|cháu)",
      "(cứ|đang)? (bám|bám theo|bám sau|bám đuôi|đi theo|theo sau) (từ|sau|suốt|em|tôi|mình) …… (không dám|sợ quá|run)",
    ],
  },
  {
    id: "kidnapping",
    services: ["113"],
    signals: [
      "bắt cóc",
      // a child wrenched from a grandmother's arms, the man wanting to take him ("giằng con em khỏi tay bà nội")
      "(giằng|giật|giành|cướp|lôi) (con|đứa nhỏ|bé|cháu|thằng bé|con bé|đứa bé) (em|tôi|tui|chị)? (khỏi tay|trên tay|từ tay|ra khỏi tay)",
      "đòi (bắt|bế|mang|đem|dắt) (thằng bé|con bé|bé|cháu|con|đứa nhỏ) (đi|về)",
      // girls made to get into a car to be taken away ("ép mấy bé gái lên xe, nói đưa xuống Sài Gòn làm, tụi nhỏ khóc")
      "(ép|bắt|lôi|kéo|đẩy|dụ) (mấy|hai|2|ba|3)? (bé|cháu|đứa nhỏ|em|cô gái|con gái|bé gái|chị|thiếu nữ) …… (lên xe|vào xe|vô xe|lên ô tô)",
      // locked in by a landlord or a host ("khóa cổng không cho tụi em ra")
      "(khóa|nhốt|chốt|khóa trái) (cổng|cửa|phòng|cửa phòng) (lại)? (không|ko|hổng|chẳng) cho (tụi em|em|tôi|tui|chúng tôi|chúng em|mọi người|ai|con|cháu)? (ra|về|đi|ra ngoài)",
      // a child made to get into a car ("bị một thằng trên mạng hẹn ra rồi bắt lên xe")
      "bị ……… (bắt|lôi|kéo|ép|đẩy) lên (xe|ô tô|taxi|xe hơi|xe tải)",
      // a child not home hours late, the phone off ("đi học thêm từ 5h mà giờ 9h tối chưa về, điện thoại tắt máy")
      "(chưa|không|hổng|ko) (về|thấy về) …… (điện thoại|đt|dt|máy) (tắt|tắt máy|không liên lạc được|không bắt máy|thuê bao)",
      // a hostage taken ("có kẻ bắt con tin trong tiệm vàng")
      "(bắt|giữ|khống chế|bắt giữ|cầm) (làm)? con tin",
      // people held inside and let out by no one ("giữ 3 nhân viên bên trong, hổng cho ai ra")
      "(giữ|nhốt|khóa) …… (bên trong|trong đó|ở trong) …… (không|hổng|ko|chẳng) cho (ai|ai ra|ra|ra ngoài)",
      // a child grabbed by a man in the street ("có thằng ôm con nhỏ lớp 1 trước cổng trường bỏ lên xe")
      "(có thằng|có người|có gã|có ông|có đứa|người lạ|thằng lạ|ông lạ) (ôm|bắt|bế|bồng|lôi|kéo|bồng) (con nhỏ|đứa nhỏ|đứa bé|bé|con nít|em bé|cháu|thằng bé|con bé|bé gái|bé trai)",
      "(có thằng|có người|có gã|người lạ|thằng lạ|ai đó) (bắt|ôm|bế|bồng) (con|cháu|bé) (tôi|tui|em|mình|nhà tôi|nhà tui) …… (đi rồi|đi mất|chở đi|mang đi|đem đi|chạy xe|chạy)",
      // a child snatched and taken off ("có người vừa bắt đứa nhỏ ở cổng trường, chạy xe về hướng quốc lộ")
      "(vừa|đang) (bắt|ôm|bế|bồng|cướp) (đứa nhỏ|đứa bé|em bé|con nít|bé|thằng bé|con bé|cháu bé) …… (chạy xe|phóng xe|chạy|phóng|chở đi|bỏ chạy|về hướng)",
      "tiền chuộc",
      // a child gone, feared carried off ("biến mất ở bãi biển hơn 20 phút, nghi có người bồng đi")
      "(biến mất|mất tích|mất dạng|không thấy đâu) ……… (nghi|sợ|chắc|hình như) (là)? (có)? (người|ai|kẻ|ng|thằng|bọn|người lạ) (bắt|bắt cóc|dắt|bế|dụ|bồng|ẵm|lôi)",
      // a child fetched from school by someone nobody knows ("người đó tự xưng là chú, nhà tôi không có ai như vậy")
      "(ai đó|người lạ|một người|người đàn ông|người phụ nữ|có người) (đã|vừa)? (đón|rước|dắt|đưa|chở) (con|cháu|bé|con trai|con gái|đứa nhỏ) (tôi|em|tui|mình)? (đi)? ……… (tự xưng|tự nhận|nhận là|giả làm|mạo nhận|không quen|không phải người nhà|nhà tôi không có|nhà em không có)",
      // a small child not found after playing, someone suspected of taking her ("ko thấy con tôi đâu … nghi có ng bắt")
      "(không|ko|hổng|chẳng) thấy (con|cháu|bé|đứa nhỏ) …… (nghi|sợ|chắc|hình như) (là)? (có)? (người|ai|kẻ|ng|thằng|bọn) (bắt|bắt cóc|dắt|bế|dụ|bồng|ẵm)",
      // a child gone and seen carried off ("đang chơi trước sân thì biến mất, hàng xóm thấy một người đàn ông ôm đi")
      "(biến mất|mất tích|không thấy đâu|mất dạng) ……… (người|đàn ông|người đàn ông|phụ nữ|người phụ nữ|thằng|gã|ai đó|kẻ) (lạ)? (ôm|bế|bồng|bắt|dắt|lôi|chở|ẵm) (đi|mất|đi mất|lên xe)",
      "(bắt|dụ|lôi|dắt|kéo) … (đi mất|đi đâu mất|mất rồi|lên xe lạ|lên xe rồi)",
      "(dụ|lôi|ép|cưỡng ép|bắt ép|kéo tay) …… lên (xe|ô tô|xe máy|xe hơi|taxi)",
      "(bị)? nhốt (trong|ở trong|vào) (thùng xe|thùng xe tải|xe tải|container|công ten nơ|cốp xe)",
      "(khóa|nhốt) (tôi|em|tui|con|vợ|chị|cháu|mình) (trong|ở trong) (phòng|nhà|kho|buồng)",
      "(kéo|lôi|vác) (cô gái|cô ấy|chị ấy|bé gái|cô bé|con bé|một cô|phụ nữ|con nhỏ|đứa nhỏ|con gái) …… (vào|vô) (bụi|lùm|bụi rậm|lùm cây|nhà hoang|hẻm tối|vườn|rẫy|ruộng|rừng|chòi|kho|vườn nhãn|vườn cây)",
      "(tụi nó|bọn nó|bọn họ|mấy người lạ|người lạ|nó|họ|tụi|bọn) (bắt|lôi|kéo|ẵm|bế|đẩy) …… (con|bé|cháu|đứa nhỏ|thằng bé|con bé|thằng con|đứa con) …… (lên|vào) (xe|ô tô|xe hơi|taxi|xe máy)",
      "(kéo|lôi|đẩy|ép|bế|bồng) (một)? (cô gái|cô bé|em bé|bé|con|cháu|người|phụ nữ|chị|em|cô|thằng bé|con bé|đứa|đứa nhỏ|đứa bé) … lên (xe|ô tô|xe máy|xe hơi|taxi)",
      "(người lạ|xe lạ|kẻ lạ|đứa lạ) … (bắt|dụ|dắt|dẫn|bế|lôi|kéo|chở|đưa|ôm)",
      // "cháu tôi bị một ông lạ kéo lên xe hơi"
      "bị (một|1|mấy|hai)? (ông|bà|gã|thằng|người|đàn ông|người đàn ông|phụ nữ|kẻ|tên) (lạ|lạ mặt|lạ hoắc) (kéo|lôi|bế|bồng|ẵm|bắt|đẩy|ôm|nhét) (lên|vào|vô) (xe|ô tô|xe hơi|xe máy|taxi|xe tải)",
      `${PERSON} … bị (bắt|dắt|dụ|dẫn|bế|lôi|đưa) (đi|mất|lên xe)`,
      // a child pushed onto a motorbike or into a car by a stranger ("đang dúi bé gái lên xe máy, bé khóc giãy giụa")
      "(dúi|lôi|kéo|đẩy|ẵm|bế|bắt|nhét) (bé|đứa bé|bé gái|bé trai|đứa nhỏ|con bé|thằng bé|cháu|con tôi|con em) (lên|vào|vô) (xe|xe máy|ô tô|xe hơi|taxi|xe tải)",
      // held at a guesthouse after being tricked into a job ("nhốt em và 3 bạn trong một nhà nghỉ")
      "(nhốt|giam|giữ) …… (trong|ở) (một)? (nhà nghỉ|khách sạn|nhà trọ|căn nhà|kho|xưởng|phòng)",
      // ("=trói" alone: unmarked "troi" is mostly "trời", as in "trời mưa mà không cho bà vô")
      "(bị|bắt)? (nhốt|giam|=trói|giam giữ|bị trói|bắt trói) …… (không cho|trong phòng|trong nhà|trong xe|trong ô tô|trong thùng|thùng xe|cốp xe)",
      // locked in from outside, not let out ("khóa cửa ngoài không cho ra, xin giúp tôi ra ngoài")
      "(khóa|khoá|nhốt) (cửa)? (ngoài|bên ngoài|lại)? (không cho|ko cho|chẳng cho) (ra|về|đi|ra ngoài)",
      // held somewhere and guarded ("họ nhốt em trong một căn nhà …, có ba người thay nhau canh cửa")
      "(nhốt|giam|giữ) (em|tôi|tui|con|cháu|nó|chị|anh|mình|bọn em|con tôi)? (trong|ở) (một)? (căn|ngôi|cái)? (nhà|phòng|nhà nghỉ|kho|phòng trọ|nhà trọ)",
      "(thay nhau|người) (canh cửa|canh giữ|canh chừng)",
      // kept from leaving: the door locked from outside, men on guard, papers and phone taken, not let ashore
      "(khóa|khoá) (cửa|cửa phòng) (phòng)? (bên ngoài|ở ngoài|từ ngoài|từ bên ngoài)", "(đàn ông|người|thằng|tụi nó|bọn nó) canh (ở|ngoài|dưới|trước) (dưới|cửa|cổng|nhà)?",
      "(thu|lấy|giữ) (hết)? giấy tờ (với|và) điện thoại",
      "(giữ|nhốt|giam) …… không cho (lên bờ|về nhà|ra ngoài|liên lạc)",
      // confused and wandered off ("ông bị lú lẫn đi lạc từ chiều")
      "(bị lẫn|lú lẫn|lẫn|lẫn trí|lãng trí|đãng trí|lẩm cẩm|mất trí nhớ|sa sút trí tuệ|alzheimer) ……… (đi lạc|lạc đường|mất tích|chưa về|chưa thấy về|không thấy về|đi đâu mất)",
      // bound and pushed into a car ("bị 2 người trói tay nhét lên xe 7 chỗ")
      "(trói|bịt miệng|bịt mắt|khống chế) …… (nhét|đẩy|lôi|kéo|ném|tống) (lên|vào|vô) (xe|ô tô|xe hơi|xe tải|cốp)",
      // a drunk driver ramming people and driving on ("tông liên tiếp mấy người … vẫn chưa dừng lại")
      "(tông|đâm|húc|cán) (liên tiếp|liên tục|một loạt)? (nhiều|mấy|vài|2|3|4|5)? (người|xe|người đi đường) …… (chưa dừng|không dừng|vẫn chạy|chạy tiếp|đang chạy)",
      "(giữ|nhốt|giam) …… không cho (về|ra|đi|gọi|liên lạc|gặp)",
      "bị … (giữ|giữ lại|cầm giữ|khống chế|bắt giữ) …… (không cho về|không cho ra|không cho đi|không cho gọi|không cho liên lạc|trong phòng|trong nhà|trong xe)",
      "(lừa bán|buôn người)",
      // held for money ("bắt đi, giữ ở nhà trọ, bắt gia đình chuyển 50 triệu mới thả")
      "(bắt|giữ|nhốt) …… (chuyển|đưa|nộp|gửi) (tiền|20|30|50|100|200|500|năm mươi|một trăm|mấy chục|mấy trăm) …… (mới|thì)? (thả|cho về)",
      "bị (nhóm|bọn|đám|tụi|người)? …… bắt (đi|mang đi|đưa đi)",
      // fetched by someone the family did not send ("có người tự xưng là chú đã đón", "lên một chiếc ô tô đen")
      "(tự xưng|tự nhận|nhận là|giả làm) …… (đón|đưa) (bé|cháu|con|nó|đi)",
      "không (nhờ|gửi|cho) ai (đón|đưa)",
      "(lên|vào) (một|1)? (chiếc)? (ô tô|xe hơi|xe) (lạ|đen|trắng|không biển)",
      "(chưa|không) thấy (về|đâu) …… (lên|vào) (xe|ô tô|xe hơi)",
      // sold across the border; "ban sang ten" is "bạn sang tên"
      "bán (người|phụ nữ|con gái|trẻ em|em|cô ấy|chị ấy|vợ|nó)? sang (trung quốc|tàu|bên kia|bên kia biên giới|biên giới|campuchia|lào|nước ngoài)",
      "(dụ|dụ dỗ|lừa|rủ|dắt|dẫn) (đi|mang đi|đưa đi|theo) …… (không liên lạc được|mất liên lạc|không về|chưa về|tắt máy|không nghe máy)",
      // lured out to meet someone known online, not heard of since ("bị người quen trên mạng dụ ra gặp rồi mất liên lạc")
      "(dụ|dụ dỗ|lừa|rủ|hẹn) (ra|ra ngoài|đi|lên)? (gặp|gặp mặt|đi gặp|ra gặp) …… (không liên lạc được|mất liên lạc|không về|chưa về|tắt máy|không nghe máy)",
      // a driver who will not let the passenger out ("tài xế taxi không cho tôi xuống, đang chở đi đâu không biết")
      "(tài xế|lái xe|tài xế taxi|xe ôm|tài xế xe ôm|tài xế grab|thằng lái|ông tài xế) …… (không|ko|hông|không chịu) (cho|chịu cho) (tôi|em|tui|mình|con|cháu|chị)? (xuống|xuống xe|ra|ra khỏi xe|mở cửa)",
      // a stranger who rode up and carried a child off ("người lạ chạy xe tới bồng đi")
      "(người lạ|người lạ mặt|thằng lạ|ông lạ|gã lạ|kẻ lạ|mấy người lạ|hai người lạ) (chạy xe|phóng xe|đi xe|lái xe)? (tới|đến|lại|vô|vào|ngang)? (bồng|bế|ẵm|bắt|ôm|giật) (bé|cháu|con|nó|đứa nhỏ)? (đi mất|đi|mất|lên xe)",
      "(bế|bồng|bắt|lôi|kéo|nhét|đẩy|ôm|vác) … (lên|vào) (xe|ô tô|xe máy|taxi|xe hơi|xe tải|cốp) …… (chạy|phóng|chở|lái|rồ ga) (mất|đi)",
      "bị (một|mấy|hai|ba)? (nhóm|bọn|đám|người|tụi|kẻ|chúng|gã|thằng) …… (nhốt|giam|trói|giam giữ)",
      "(=lạ|lạ mặt|người lạ|đàn ông lạ|đàn bà lạ) …… (bế|bắt|lôi|kéo|dắt|dẫn|chở) (đi|lên xe)",
      "(mất tích|lạc mất|đi lạc) (từ|chưa|đến giờ|cả|mấy)",
      // fetched by someone nobody sent ("cô báo có người đón rồi, nhà em ko ai đón cả")
      "(có|báo có|nói có) (người|ai) (đón|đến đón|tới đón|đón đi) …… (không|ko|chẳng) (ai|có ai|nhờ ai) (đón|đi đón)",
      // … in southern words ("cô nói bé về rồi, có người rước mất, tui đâu có nhờ ai")
      "(có|báo có|nói có|được)? (người|ai|người lạ|người ta) (rước|đón|dắt|chở) (mất|đi|rồi|về)? …… (đâu có|không|ko|hổng|chẳng) (nhờ ai|có nhờ|nhờ|ai đón|ai rước)",
      // a girl taken to be someone's wife against her will ("bị mấy thằng bản bên bắt về làm vợ, nó không chịu")
      "(bắt|bắt cóc|kéo|lôi|ép) (về|đi)? (làm vợ|về làm vợ)",
      // a woman dragged off into the bushes while she cries out ("có thằng đang kéo 1 cô gái vô bụi chuối, cô la cứu")
      "(kéo|lôi|vác|bế|ôm) (một|1)? (cô gái|cô|chị|em gái|bé gái|người phụ nữ|phụ nữ|con nhỏ|đứa con gái) (vô|vào) (bụi|lùm|bụi chuối|bụi rậm|vườn|chỗ tối|hẻm|xe|nhà hoang|rẫy)",
      // a child not seen, searched for ("ko thấy đâu, tìm 15 phút rồi"); lost in the forest for hours
      "(không|ko|chẳng|hông|chả) thấy (đâu|đâu hết|đâu cả) …… (tìm|kiếm) (khắp|hoài|mãi|cả|mấy|vài|nửa|5|10|15|20|30|40)",
      "(lạc|đi lạc|bị lạc) (trong|vào|ở)? (rừng|núi|hang|đồi|rẫy) …… (chưa|không|ko) (thấy|tìm thấy|về|ra)",
      // a small child not seen just now ("con tôi 4 tuổi vừa chơi trước sân, giờ không thấy đâu")
      "(con|cháu|bé|thằng bé|con bé|đứa nhỏ|đứa bé|thằng cu|con gái|con trai) …… (vừa|mới|đang) …… (không|chẳng|hông) (thấy|thấy đâu|thấy đâu nữa|còn thấy|tìm thấy)",
      // a child grabbed into a vehicle ("xe 7 chỗ tới chụp 1 bé gái … rồi phóng đi")
      "(chụp|chộp|túm|tóm|bắt|giật|lôi) (lấy)? (1|một)? (bé|đứa|cháu|em bé|con bé|bé gái|bé trai|đứa nhỏ|đứa bé|cô bé) ……… (phóng|chạy|chở|lái) (đi|mất)",
      // someone held begging to be let go ("tiếng con gái khóc trong nhà kho … 'thả em về'")
      "(thả|tha) (em|tôi|tui|cháu|con|chị|tao) (về|ra|đi)",
      // a small child not found ("ko thấy con em đâu, bé 4t")
      // a small child, its age told, searched for just now ("con tui 6 tuoi di choi truoc cong tro, moi do ma tim ko thay dau")
      "tuổi ……… (mới đó|mới đây|vừa nãy|mới nãy|mới) …… (tìm|kiếm)? (không|ko|chẳng|hông|chả) thấy (đâu|đâu hết|đâu cả|nữa)",
      // a small child, its age told, not seen since ("Cái Na nhà em 4 tuổi không thấy đâu từ trưa")
      "tuổi …… (không|ko|chẳng|hông|chả) (thấy|thấy đâu|thấy về) (đâu)? (từ|cả|suốt|mấy)",
      // a small child lost and alone, nobody claiming it ("đứa bé chừng 3 tuổi đi lạc một mình ở chợ, khóc mãi không ai nhận")
      "(đứa bé|bé|cháu bé|em bé|đứa nhỏ|đứa trẻ|bé gái|bé trai) …… (đi lạc|bị lạc|lạc) ……… (không ai nhận|chưa ai nhận|không thấy người nhà|không ai đón|chưa thấy người nhà)",
      // (its name between: "ko thấy bé Na đâu hết")
      "(không|ko|chẳng|hông) thấy (con|bé|cháu|thằng bé|con bé|đứa nhỏ) … đâu",
      // a small child led away ("bảo vệ thấy một người phụ nữ dắt một bé gái ra cổng")
      "(người|người phụ nữ|người đàn ông|phụ nữ|đàn ông|thanh niên|bà|ông|chị|anh) (lạ)? (dắt|bế|bồng|dẫn|chở) (một|1)? (bé|đứa bé|bé gái|bé trai|cháu|đứa nhỏ) (ra|đi) (cổng|khỏi|mất|ngoài)",
      // a small child searched for everywhere after dark ("giờ tìm khắp xóm không thấy")
      "(bé|con|cháu|đứa nhỏ|thằng bé|con bé|thằng cu) ……… (tìm|kiếm) (khắp|hết|cả) (xóm|nơi|khu|làng|nhà|ngõ|hẻm) (mà)? (không|chẳng|ko|hông) (thấy|ra)",
      // a child fetched from school by someone posing as family ("người giả là chú đến đón, nhà không ai nhờ đón")
      "(giả là|giả làm|nhận là|mạo nhận|tự xưng là|xưng là) (chú|bác|cô|dì|cậu|mợ|người nhà|bố|mẹ|ba|má|anh|chị|ông|bà) …… (đón|đưa|dắt|chở) (đi|cháu|bé|con|về)?",
      "(không|ko|chẳng) (ai|có ai) nhờ (đón|đưa)",
      // shots fired ("có người bắn nhau ở quán nhậu": unmarked "ban nhau" is also "bàn nhau")
      "(=bắn nhau|nổ súng|bắn súng|=bắn chết|=bắn trọng thương)",
      // followed home by strangers on a motorbike ("bị theo đuôi từ chợ về, 2 thằng chạy xe sau lưng")
      "(bị)? (theo đuôi|bám đuôi)", "(chạy xe|đi xe|bám) (theo)? sau lưng",
      // a vehicle being taken now, watched from the window ("có người đang dắt xe máy nhà tôi ra khỏi sân")
      "(có người|người lạ|thằng|đứa|ai đó|kẻ lạ) (đang) (dắt|đẩy|lấy|dẫn|bẻ khóa|phá khóa) (xe|xe máy|con xe) …… (ra|đi|ra khỏi)",
      // a girl taken away in a car ("bắt con gái em ở bản, đẩy lên xe 7 chỗ chạy về phía cửa khẩu")
      // (not a child carried to the car for the hospital: "bế bé lên xe")
      "(bắt|đẩy|lôi|ép) (con gái|con|bé|cháu|em gái|chị|vợ|con bé) …… (lên xe|vào xe|vô xe|lên ô tô)",
      // a child shut in by someone else, kept from home ("nhốt con gái 10 tuổi của chị ấy trong nhà không cho về")
      "nhốt (con gái|con trai|con|bé|cháu|đứa nhỏ|con bé|thằng bé|đứa bé) ……… (không cho|ko cho|chẳng cho) (về|ra|đi)",
      // a stranger inside the home ("có thằng lạ trong nhà")
      "(thằng|người|đứa|kẻ|gã|tên|ông|bà) (lạ|lạ mặt) (đang)? (trong|ở trong|vào|vô|lẻn vào|lẻn vô|đột nhập|trèo vào|trèo vô) (nhà|phòng|sân|bếp)",
      "(trộm|kẻ trộm|ăn trộm|cướp) (đang)? (ở)? (trong|vào|vô|lẻn vào|lẻn vô|trèo vào|trèo vô) (nhà|phòng)",
      // a child gone longer than it should be
      "(con|cháu|bé|con gái|con trai|thằng bé|con bé) …… (đi học|đi chơi|ra ngoài|đi) ……… (chưa|không thấy|vẫn chưa|chưa thấy|hông thấy|ko thấy) (về|thấy về|thấy|dìa)",
      // … told by the hours since ("ra đồi cát chơi từ trưa tới giờ hông thấy dìa")
      "(chơi|đi chơi|đi) từ (trưa|sáng|chiều|hồi trưa|hồi sáng|hồi chiều|sáng sớm) (tới giờ|đến giờ|tới bây giờ|đến bây giờ) (vẫn)? (chưa|không|ko|hông|chẳng) (thấy)? (về|dìa)",
      // a man forcing his way in to take a child ("xông vô trường đòi bắt đứa học trò đi")
      "(xông|xông vô|xông vào|lao vào|vào) …… (đòi|định|muốn) (bắt|mang|đem|dắt|lôi) (đứa|bé|cháu|học trò|học sinh|trẻ|con|đứa nhỏ)",
      // a child gone missing at a place ("con tôi mất tích ở chợ đêm", "con tôi lạc ở chợ Hạ Long 1 rồi")
      "(con|cháu|bé|con gái|con trai|thằng bé|con bé) (tôi|tui|em|mình|toi)? (mất tích|bị lạc|đi lạc|lạc mất|lạc) (ở|tại|trong)",
    ],
    hints: ["(bị)? (ép|cưỡng ép|bắt ép|lôi) (vào|lên|đi) (nhà nghỉ|khách sạn|xe|ô tô|phòng)",
      // lost in the forest, searched for hours (two hints of one event: "lạc trong rừng … tìm 3 tiếng chưa thấy")
      "(lạc|đi lạc|bị lạc) (trong|vào|ở)? (rừng|núi|đồi|rẫy)",
      "(tìm|kiếm) (mấy|2|3|4|5|6|vài|cả|nửa) (tiếng|giờ|ngày|buổi) (rồi)? (mà)? (chưa|không|ko|vẫn chưa) (thấy|tìm thấy)",
      // followed and cut off on the road ("đang bị theo, có xe chặn đầu, cứu")
      "(đang)? bị (theo|bám theo|đi theo|bám)", "(có)? (xe|người|bọn|đám|tụi) chặn đầu",
      // someone banging on a door to get in ("giờ ổng đang đập cửa lớp, tụi nhỏ khóc quá")
      "(đang)? (đập|đạp|phá) cửa (lớp|phòng|nhà|cổng)",
      // impostors let into a house, and someone inside crying out ("2 đứa giả làm nhân viên điện lực vào nhà, giờ
      // nghe bà la lên mà cửa đóng im")
      "(giả làm|giả danh|mạo danh|giả dạng|đóng giả) ……… (vào|vô) (nhà|phòng)",
      "(nghe|thấy) (bà|ông|cụ|chị|cô|người|con|ai|bé) (la|hét|kêu) (lên|cứu|thất thanh|ầm)",
      "(quay lại|quay ra|ngoảnh lại|nhìn lại) (thì)? (không|chẳng) (thấy|còn thấy) (bé|con|cháu|đứa nhỏ|thằng bé|con bé|thằng nhỏ|con nhỏ) (đâu)?",
      "(lạc|lạc mất|mất) (con|bé|cháu) (ở|trong|tại)",
      "(bồng|bế|ẵm|dắt|kéo) (nó|bé|cháu|con) (ra|đi|lên) (cửa sau|cửa|cổng|cổng sau|xe|ô tô|ngoài)",
      "(tìm|kiếm) (không|chẳng) thấy (bé|con|cháu|đứa nhỏ|thằng bé|con bé) đâu",
      "(bồng|bế|ẵm|dắt|cõng) (bé|cháu|đứa nhỏ|thằng bé|con bé|thằng nhỏ|con nhỏ) (đi|chạy) (về phía|ra|mất|theo)",
      "bị (giữ|giam|nhốt|giữ lại) (lại)? (trong|ở|tại) (một)? (căn nhà|nhà|phòng|kho|chỗ)", "(mất tích|lạc mất|bị lạc|đi lạc)"],
  },
];
