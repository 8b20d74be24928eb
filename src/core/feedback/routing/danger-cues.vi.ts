/**
 * Danger cues of feedback messages, as data: wording that makes a report urgent (a danger to people or property
 * now) without being an emergency call — a tree about to fall, a fallen or sagging power line, an open manhole, a
 * road that caved in, water rising, a child at risk. Emergencies proper (fire, violence, someone hurt) come from
 * the chat's emergency detector; these patterns add what a ward must act on the same day. Pattern syntax: see
 * src/core/conversation/emergency/phrase-matcher.ts (`(a|b)` one of, `?` optional, `…` up to three words, `=` only
 * when typed with marks).
 */
export const DANGER_CUES: readonly string[] = [
  // dead animals in water people use, or dead of a disease ("cả chục con heo chết xuống kênh … bà con còn lấy nước kênh
  // tắm giặt"; not a dead dog smelling by the market)
  "(heo|lợn|gà|vịt|chó|mèo|trâu|bò|súc vật|gia súc|gia cầm) (bệnh)? chết ……… (múc nước|lấy nước|dùng nước|xài nước|nước sinh hoạt|tưới rau|rửa rau|rửa đồ|rửa chén|tắm giặt|giặt giũ|nấu ăn|giếng|nghi dịch|bị dịch|dịch tả|dịch cúm|có dịch)",
  // a child or an old person left alone at risk ("bé sơ sinh bị bỏ trước cổng chùa", "bé bị mẹ khóa trong phòng 2
  // ngày", "bà bị lẫn đi từ sáng chưa về", "trong nhà không còn gì ăn")
  "(bé|trẻ|em bé|đứa bé) sơ sinh (bị)? (bỏ|bỏ rơi|vứt)",
  "(bé|cháu|con|đứa nhỏ|đứa bé) …… (bị)? (khóa|nhốt) (trong|ở trong) (phòng|nhà)",
  "(lẫn|lú lẫn|mất trí nhớ|lẩn thẩn) …… (chưa về|chưa thấy về|không thấy về|tìm không thấy|đi lạc)",
  // … told with where and since when ("bị lẫn, đi khỏi nhà từ sáng ở khu chợ Cái Răng đến giờ chưa về")
  "(lẫn|lú lẫn|mất trí nhớ|lẩn thẩn|đi khỏi nhà|ra khỏi nhà|bỏ nhà đi) ……… (đến giờ|tới giờ|đến nay|tới nay) (vẫn)? (chưa|không) (thấy)? về",
  "(không còn|chẳng còn|hết sạch) (gì|gạo|cái gì|đồ) (để)? ăn",
  // children left to fend for themselves, out of food ("3 đứa nhỏ tự lo, hết gạo từ hôm qua")
  "(đứa nhỏ|đứa con|tụi nhỏ|mấy đứa|con nít|các cháu|mấy cháu|bọn trẻ) ……… (tự lo|không ai lo|không ai chăm|ở nhà một mình) ……… (hết gạo|đói|không có gì ăn|nhịn đói)",
  // weapons brought to settle a score ("giấu mã tấu trong áo chờ học sinh tan học để xử")
  // ("=kiếm": unmarked "kiem" is mostly "kiểm tra" or "kiếm tiền")
  // ("dao" alone: unmarked it is also "lãnh đạo", "dạo")
  "(mã tấu|hung khí|cầm dao|mang dao|vác dao|con dao|dao phay|dao bầu|=kiếm|gậy gộc|tuýp sắt) …… (chờ|đợi|xử|hẹn|rình)",
  // many people taken ill at once ("mấy nhà có trẻ đau bụng, tiêu chảy", "ho sặc sụa, bé thở không nổi")
  "(đau bụng|tiêu chảy|ngộ độc|nôn ói|ho sặc sụa|thở không nổi|khó thở) …… (mấy nhà|nhiều nhà|cả xóm|nhiều người|mấy đứa|trẻ|bé)",
  "(mấy nhà|nhiều nhà|cả xóm|nhiều người|mấy đứa|mấy cháu|nhiều cháu|vài cháu|mấy em|nhiều em|5-6 cháu|cả lớp) …… (đau bụng|tiêu chảy|ngộ độc|nôn ói|=nôn|ói|ho sặc sụa|thở không nổi|khó thở)",
  // children taken ill after a meal ("sau bữa ăn có 5-6 cháu nôn, đau bụng")
  "(sau bữa|sau khi ăn|bữa trưa|bữa ăn|ăn trưa|ăn xong) …… (cháu|em|bé|học sinh|trẻ|người) …… (=nôn|ói|đau bụng|tiêu chảy)",
  // without water for days in the heat
  "(mất|cúp|không có) nước (mấy|2|3|4|5|hai|ba|bốn|năm) ngày",
  // a truck left across the road in the dark
  "(đậu|đỗ|dừng) …… (không|ko|chẳng) (bật|có) (đèn|đèn cảnh báo)",
  // something about to fall or collapse
  "(sắp|có thể|muốn|nguy cơ|chực|coi chừng) (đổ|sập|gãy|ngã|rơi|rớt|sụp)",
  // unmarked "chac do" is mostly "chắc do" (probably because): "chắc đổ" counts typed with marks
  "chắc (=đổ|sập|gãy|ngã|rơi|rớt|sụp)",
  "nghiêng … (sắp|có thể|nguy cơ) (đổ|sập|gãy)",
  // (unmarked "do chan ngang duong" is as often a lorry parked across it, "đỗ chắn": a thing that fell is named)
  "(=đổ|gãy|ngã) (chắn|chặn|đè) (ngang)? (đường|lối|nhà)",
  "(cây|cột|cột điện|tường|đất|đá|cành|cành cây|mái|biển|biển quảng cáo) … (đổ|gãy|ngã) (chắn|chặn|đè) (ngang)? (đường|lối|nhà)",
  "(mục|rỗng|bật|trốc) gốc",
  "(=đè|=đổ|ngã) (lên|vào|xuống)? (dây điện|nhà|xe|người)",
  "=nghiêng hẳn",
  // held by almost nothing ("chỉ còn một chân giữ")
  "(chỉ còn|còn mỗi) (một|1)? (chân|ốc|sợi|dây|bên|mép|góc) (giữ|bám|đỡ|treo)",
  // something loose overhead, swaying now ("biển quảng cáo … bung khung, đang lắc lư")
  "(biển|biển quảng cáo|bảng hiệu|bảng|mái tôn|tấm tôn|tôn|cây|cành|cột|tường|giàn giáo|khung|mái) …… (lắc lư|chao đảo|rung lắc|đung đưa|bung khung|chực rơi)",
  // the writer spells out what happens next ("xe máy lao vào là ngã", "xe tải qua là vướng")
  "(vào|qua|tới|đến|xuống|ngang|chạm) là (ngã|té|vướng|lọt|rơi|sụp|chết|gãy|giật)",
  // a fire already catching on ("gió to lửa bén sang hàng rào rồi, cạnh đó là kho"), a fire exit chained shut
  "(lửa|cháy) (đã)? (bén|lan|bắt) (sang|qua|tới|vào|vô)",
  "(lối thoát hiểm|cửa thoát hiểm|cầu thang thoát hiểm|lối thoát nạn) …… (bị)? (khóa|khoá|khóa xích|xích|chặn|bịt|chắn|chất đầy)",
  // sparks from a fire carried towards houses ("gió to, tàn lửa bay tung tóe, sợ cháy lan sang nhà bên")
  "(tàn lửa|tàn than|đốm lửa|tia lửa) (bay|bắn|văng) (tung tóe|tứ tung|sang|qua|vào|vô|khắp)",
  "(=sợ|lo|nguy cơ|có thể|coi chừng) (bị)? cháy (lan|lan sang|sang|qua)",
  // an old person alone, bedridden and feverish ("mệ sống một mình … nằm liệt nỏ dậy được, sốt cao, nói nỏ ra tiếng")
  "(nằm liệt|liệt giường|không dậy được|nỏ dậy được|không ngồi dậy được) ……… (sốt cao|không ăn|nói không ra tiếng|nói nỏ ra tiếng|lả đi|yếu lắm)",
  // a fence or a gate carrying current now ("hàng rào giờ vẫn đang có điện, con tui chạm vô bị giật tê tay")
  "(hàng rào|cửa sắt|cổng sắt|lan can|mái tôn|cột sắt|khung sắt|song sắt) …… (đang có điện|vẫn có điện|có điện|rò điện|bị rò điện)",
  "(bị)? giật (tê tay|tê người|tê cả tay|tê rần)",
  // a drain left open ("lỗ cống hở hoác")
  "(lỗ cống|hố ga|miệng cống|miệng hố ga) (bị)? (hở|hở hoác|toang hoác|không có nắp|không nắp|mất nắp)",
  // a storm arriving tonight with people unprotected ("bão chiều tối nay vô, nhà toàn người già với con nít")
  "(bão|áp thấp|áp thấp nhiệt đới|lũ) (chiều nay|tối nay|chiều tối nay|đêm nay|sáng mai|sắp) (vô|vào|đổ bộ|tới|về|đến)",
  // a fight under way, people holding the parties apart ("mọi người đang can")
  "(mọi người|người ta|bà con|mấy người) (đang)? (can|can ngăn) (ra|lại)?", "can (không được|không nổi|không ra)",
  // a child followed from school by a stranger
  "(người lạ|người đàn ông lạ|ông lạ|thanh niên lạ|xe lạ) …… (theo|bám theo|đi theo|chạy theo|chạy xe theo) (con gái|con trai|con|cháu|bé)",
  // an impostor collecting money door to door ("mặc áo giống nhân viên điện lực … thu tiền")
  // (a call from someone posing as the police is reported afterwards: "bị gọi điện giả danh công an … bị lừa rồi")
  "(giả danh|mạo danh|giả làm|đóng giả|mặc áo giống|mặc đồ giống) …… (nhân viên|cán bộ|công an|điện lực|cấp nước) …… (đang)? (đi từng nhà|gõ cửa|đến từng nhà|vào từng nhà|tới từng nhà)",
  // a contagious illness spreading in a group of small children
  "(nhóm trẻ|lớp|mấy cháu|nhiều cháu|các cháu|mấy đứa nhỏ) …… (tay chân miệng|thủy đậu|sởi|cúm a)",
  "(tay chân miệng|thủy đậu|sởi) …… (nhóm trẻ|trong lớp|mấy cháu|nhiều cháu|các cháu)",
  // power lines and electricity
  "(dây điện|lưới điện|đường dây điện|cáp điện) … (bị)? (đứt|rơi|rớt|võng|chạm|xẹt|chập|cháy|bốc cháy|sà)",
  // where it hangs may take a few words ("dây điện trước nhà 23 ngõ 5 … võng xuống")
  "(dây điện|lưới điện|đường dây|cáp điện|dây cáp|cáp) …… (bị)? (đứt|rơi|rớt|võng|sà|rủ|thòng) (xuống|sát|ngang|chạm|vào)",
  "sát (đầu|mặt) người",
  "(đứt|rơi|rớt) dây điện",
  "(rò|hở) điện",
  "điện giật",
  "(xẹt|tóe|bắn) (lửa|tia lửa)",
  "tia lửa",
  "(=dây|dây điện) (trần|hở)",
  "(cột|trụ) điện … (nghiêng|đổ|gãy|sắp đổ)",
  // holes and cave-ins
  "(mất|hở|không có|vỡ|bung) nắp (cống|hố ga|ga|giếng|hầm|mương|bể)",
  "(nắp cống|nắp hố ga|nắp ga|nắp mương|nắp bể|tấm đan|nắp đan) ……… (mất|vỡ|sập|hở|bung|sụp|gãy)",
  "(hố ga|cống|giếng) …… (mất|không có) nắp",
  "hố (nước)? (sâu|lớn|to|tử thần)",
  "(sụt|sụp) (lún|xuống|thành hố)",
  // water
  "ngập (sâu|ngang bụng|ngang ngực|đến ngực|tới ngực|nửa mét|một mét)",
  "(lún|sụt|sụp) (xuống|thành hố|sâu) (một|1|cả|thành)? (mảng|hố|đoạn|hố sâu)",
  "nước (lũ|lên|dâng) … (nhanh|cao|tràn)",
  "(nước|ngập) …… (đang|vẫn đang|vẫn còn|còn đang) (dâng|lên)",
  "(đang|vẫn) dâng",
  "(nước|ngập|lũ) ……… (tràn|chảy|ngập|dâng) vào (nhà|trong nhà|hầm|tầng hầm)",
  // a burst main washing the road away
  "nước phun (mạnh|cao|lên|thành cột|xối xả)",
  "xói (mòn|lở)? (cả|hết|mất|sụt|lở)? (nền|mặt|móng|lề|mép) (đường|nhà)?",
  "(vỡ|bể|bục|nổ) (đường)? ống (nước)? (chính|lớn)",
  // explosives left from the wars
  "(=quả bom|trái bom|bom mìn|quả mìn|trái mìn|=mìn|đạn pháo|đầu đạn|lựu đạn|vật nổ|quả đạn|đạn cối|bom chưa nổ)",
  // … told by its look ("cục sắt hình trái thơm có chốt")
  "(hình|giống|như) (trái thơm|quả thơm|quả dứa|trái dứa|quả na|trái na) …… (chốt|kíp|ngòi)",
  "(có|còn|rút|cái) (chốt|kíp nổ|ngòi nổ)",
  // a threat to come back and hurt ("nhắn tin nói tối sẽ quay lại đốt nhà")
  "(dọa|đe dọa|hăm dọa|nhắn tin dọa|dọa sẽ) …… (đốt|giết|chém|đánh|tạt|xử|bắt cóc|phóng hỏa)",
  "(quay lại|quay về|tới|đến) (đốt|chém|giết|xử|tạt axit|phóng hỏa) (nhà|người|cả nhà)?",
  // water, mud or sewage getting into homes now
  "(nước|nước thải|nước cống|bùn|bùn đất) …… (tràn|ngập|ùa|dâng) (vào|vô) (nhà|sân|bếp|phòng|mấy nhà|các nhà)",
  "(bị|đang)? cuốn (trôi|đi)",
  "(vỡ|tràn) đê",
  "mắc kẹt",
  // someone or something caught ("tài xế bị kẹt trong ca bin"), not a paper or a meter stuck ("giấy tờ … bị kẹt")
  "bị kẹt (trong|dưới|lại|ở|giữa|bên trong|trên|chân|tay|đầu|cổ)",
  "(người|ai|bé|con|cháu|ông|bà|mẹ|bố|ba|má|em|anh|chị|học sinh|công nhân|trẻ|tài xế|cửa cống|cửa xả|cửa đập) …… bị kẹt",
  // chemicals and gas
  "hóa chất",
  // (unmarked "ro ga" is also "rồ ga", an engine revved: "nổ máy rồ ga thử xe")
  "(=rò|xì|rò rỉ|bị rò) (gas|ga|khí)",
  "mùi (gas|ga|khí gas)",
  // people at risk
  "(mất tích|đi lạc|lạc đường|bị lạc)",
  // someone alone who does not answer, someone collapsed, someone shut in a lift
  "(gọi|gõ|đập) cửa …… (không|chẳng) (ai|thấy)? (trả lời|thưa|mở|lên tiếng)",
  "(sống một mình|ở một mình) ……… (không thấy|chẳng thấy) (ra|ra ngoài|mở cửa|đâu)",
  "(ngã gục|nằm gục|gục xuống|co giật)",
  "thang máy … (kẹt|mắc|rơi|tụt|dừng) … (người|trong)",
  // animals that hurt people
  "(=chó|chó dữ|chó dại|=rắn|rắn độc) …… (=cắn|vồ)",
  "(tổ ong|ong vò vẽ|ong bắp cày|ong đất) …… (bị)? =đốt",
  // a war shell dug up whole ("đào ao gặp 1 quả bom còn nguyên, con nít bu quanh coi")
  "(gặp|đào được|đào trúng|đào gặp|phát hiện|thấy|lượm được|nhặt được|cuốc trúng|cày trúng) …… (quả|trái)? (bom|mìn|lựu đạn|đạn pháo|đạn cối|vật liệu nổ)",
  "(bom|mìn|đạn pháo|đạn cối|lựu đạn) (còn nguyên|chưa nổ|còn sót|còn kíp)",
  // an old shell described, not named
  "(giống|như|hình) (đạn|quả đạn|bom|mìn|lựu đạn|đầu đạn)",
  // someone gone since some time ("đi từ sáng tới giờ chưa về"; not the residents "đi làm ca chưa về" at a meeting's hour)
  "(đi|ra khỏi nhà|đi đâu) …… (từ|suốt từ|mấy ngày|mấy hôm|hôm nay|ngày nay|bữa nay|cả đêm|cả ngày|tới giờ|đến giờ|đến nay|tới nay) …… (chưa|không|không thấy) về",
  "(đi|ra khỏi nhà|đi đâu) (chưa|không|không thấy) về (từ|suốt|mấy|cả|tới giờ|đến giờ)",
  "(đi đâu|đi đâu mất|bỏ đi|bỏ đi đâu) (chưa|không|không thấy) về", "(tới|đến) (tối|trưa|chiều|khuya|đêm) (vẫn|mà|mà vẫn)? (chưa|không) (thấy)? về",
  "(tan học|tan trường|đi học|đi chơi|ra ngõ|ra đầu ngõ|ra đầu hẻm) …… (chưa|không|không thấy) về",
  // … told with the hours ("đi chơi ở quảng trường từ 4 giờ chiều đến giờ (7 giờ tối) không thấy về")
  "(đi chơi|đi học|ra ngoài|ra khỏi nhà|đi ra ngoài) ……… (đến giờ|tới giờ|đến nay|tới nay) …… (chưa|không|vẫn chưa|vẫn không) (thấy)? về",
  "(từ|từ khoảng|từ lúc) (1|2|3|4|5|6|7|8|9|10|11|12) (giờ|h) (sáng|trưa|chiều|tối)? (mà)? (đến giờ|tới giờ) …… (chưa|không|vẫn chưa|vẫn không) (thấy)? về",
  "(đi biển|ra khơi|đi đánh cá|đi rừng|lên rẫy|lên nương|đi rẫy|đi câu) …… (chưa|không|không thấy) về",
  "(về trễ|về muộn|trễ|muộn) … (tiếng|giờ) … (chưa|không) (thấy|liên lạc)",
  "(đâm|tông|va chạm|húc) (vào|phải)? (xe|người)",
  "(người|nạn nhân) … (nằm|ngã) (dưới|giữa|ra)? (đường|lòng đường)",
  "(đánh|rượt) (nhau|vợ|con|người|hội đồng)",
  "(bạo hành|hành hung|hung khí)",
  "(cầm|rút|vung|vác|mang|kề|dí|cầm theo) (dao|mã tấu|rựa)",
  "(=bỏ đói|bị nhốt)",
  "nhốt … trong",
  "kêu cứu",
  "(chảy máu|bất tỉnh|bất động|nằm bất động|bị thương)",
  // an accident happening or just happened, where it lies ("vừa xảy ra tai nạn ở ngã ba", "tai nạn, người nằm bất
  // động"); one told as the past or as the ground for a benefit ("bị tai nạn khi trực đê đợt lũ vừa rồi, xin hỏi chế
  // độ") is not
  "(lật|kẹt trong|kẹt dưới)",
  "(vừa|mới|vừa xảy ra|mới xảy ra|xảy ra|vừa có|đang|=kẻo|=dễ|=sợ|gây|gây ra) tai nạn",
  "tai nạn (ở|tại|ngay|trước|trên|giữa|liên hoàn|xe tải|xe khách|nghiêm trọng)", "tai nạn (người|xe)? (nằm|kẹt|bất tỉnh|chảy máu)",
  // the writer says it cannot wait: "khẩn cấp" / "cấp cứu" are URGENT_WORDS, read apart from paperwork
  "(nguy cơ|=sợ|có thể|=dễ) (cháy|nổ|cháy nổ|sập|đổ|giật điện|bị điện giật|điện giật|chết người)",
  "(suýt|súyt|=xém|đã có người|có người|2 người|hai người|mấy người|nhiều người) (bị)? (ngã|té|trúng|rơi|lọt|sụp|đâm|vấp)",
  "(lọt|rơi|sụp|té) (xuống)? (hố|cống|mương|kênh)",
  // someone already got hurt there ("tuần này đã có 2 người đi xe máy ngã")
  "(đã có|có) … (người|xe|cháu|em|bé) …… (bị)? (ngã|té|vấp ngã|lọt|sụp|trượt ngã)",
  "(bốc khói|nổ lụp bụp|lụp bụp|phát nổ|xì khói)",
  "(thở máy|thở oxy|máy thở|chạy thận|máy tạo oxy|máy oxy|bình oxy|máy hút đờm)",
  "nguy hiểm đến? tính mạng",
  // the writer tells the danger by what could happen next ("lỡ đứa nào rơi xuống", "mưa thêm trận nữa là sập")
  "(lỡ|nhỡ|=kẻo|=sợ|lỡ mà|nhỡ mà|lỡ như|nhỡ như|không khéo|chỉ sợ|rất sợ) (có)? (ai|đứa|đứa nhỏ|người|cháu|em|bé|trẻ|xe|học sinh|con|bọn trẻ|tụi nhỏ)? (nào)? … (bị)? (rơi|rớt|ngã|té|lọt|đuối|đuối nước|chết|chết đuối|chết người|điện giật|giật điện|cuốn|đè|trúng|vướng|sa chân|trượt chân|bị thương)",
  "(nữa|thêm|mạnh|to) (là|thì) (sập|đổ|gãy|vỡ|bể|tràn|rơi|rớt|bung|sạt|chết người)",
  "(nữa|thêm) (là|thì) …… (sập|=đổ|gãy|sạt|bung|rơi|rớt)",
  "(là|thì) chết (người)",
  // someone already came to harm there ("1 cụ già đã té xuống", "có đứa suýt đuối")
  "(người|cụ|cụ già|ông cụ|bà cụ|cháu|em|bé|học sinh|xe|xe máy|trẻ|đứa|ông|bà|khách|người già) …… (đã|vừa|mới|suýt|=xém|bị|đã bị|vừa bị) (bị)? (té|ngã|lọt|rơi|sụp|trượt ngã|vấp ngã|đuối|đuối nước|sa chân|bị thương)",
  // vehicles already down there ("trơn như đổ mỡ, 3 xe máy ngã rồi")
  "(2|3|4|5|hai|ba|bốn|năm|mấy|nhiều|vài) (chiếc)? (xe|xe máy|người|cháu|đứa) (đã|bị)? (ngã|té|trượt ngã|vấp ngã|lật) (rồi)",
  // livestock led off by strangers as it is told ("vừa thấy 2 thằng lạ dắt con bò nhà ông Năm xuống ghe")
  "(thằng lạ|người lạ|kẻ lạ|mấy thằng|hai thằng|2 thằng) …… (dắt|lùa|bắt|trộm|chở|kéo) (con)? (bò|trâu|heo|dê|lợn|ngựa)",
  // a pond's stock dying as it is told ("máy sục khí hổng chạy được, tôm nổi đầu chết quá trời")
  "(tôm|cá) (nổi đầu|nổi đầu chết|đang chết)",
  // people falling ill from what they ate, drank or breathed
  "(ngộ độc|trúng độc|nhiễm độc)",
  // several people falling ill at once ("gần 20 người trong xóm nôn mửa", "mấy cháu về đau bụng"), not one family
  "(mấy|nhiều|hàng chục|chục|gần|hơn|các) … (cháu|em|học sinh|công nhân|hộ|nhà|gia đình|người|trẻ|bé) …… (nôn|nôn mửa|nôn ói|ói mửa|tiêu chảy|đau bụng|=chóng mặt|khó thở|ngất|ngất xỉu|nhập viện|vào viện|đi viện|chảy nước mắt|ngứa rát|rát họng)",
  // an outbreak with cases ("sốt xuất huyết … 3 cháu nhập viện")
  "(sốt xuất huyết|tay chân miệng|ổ dịch|dịch bệnh|dịch sởi|dịch tả|=dịch|bùng phát) ……… (nhập viện|vào viện|mắc|ca|lây|tử vong)",
  // gas, fuel and smoke
  "(ống|đường ống|bình|van|bồn|bình chứa) (dẫn)? (gas|ga|khí|khí đốt|xăng|dầu) …… (rò|rỉ|xì|bị va|va|thủng|móp|nứt|hở|bể|vỡ|có vẻ rỉ|xì xì)",
  // (not a concrete mixer's drum "chạy rò rò" in the night: the leak is said as a leak)
  "(xe bồn|bồn xăng|bồn dầu|téc xăng|xe téc) …… (rò rỉ|bị rò|đang rò|rỉ|thủng|tràn|có vẻ rỉ|=chảy ra|chảy xăng|chảy dầu)",
  "(kêu|nghe|tiếng) (xì xì|xì|xèo xèo)",
  "(khói|lửa) … (bốc|bốc ra|bốc lên|tỏa ra|phụt ra|bùng) (từ)? (cửa sổ|trong phòng|phòng|căn hộ|phòng trọ|ban công|tủ điện|ổ điện|công tơ|mái|trong nhà)",
  "(tủ điện|hộp điện|ổ điện|công tơ|cầu dao|dây điện|máy biến áp|trạm biến áp|ổ cắm|cột điện) …… (khét|mùi khét|bốc khói|tóe|nóng chảy|chảy nhựa)",
  "(pháo tự chế|thuốc nổ|thuốc pháo|chế pháo|làm pháo)",
  // violence and threats by what is done or carried
  "(đánh đập|hành hạ|ngược đãi|bầm tím|thâm tím)",
  "nhốt (con|cháu|bé|trẻ|em|đứa|người già|cụ)",
  "(mang|cầm|vác|giắt|dắt) theo (dao|mã tấu|rựa|kiếm|gậy|súng|hung khí|gạch)",
  "(cầm|vác) (gậy|gạch|súng|kiếm|gậy gộc|ống sắt)",
  "(dọa|doạ|đe dọa|hăm dọa|hăm) (đánh|chém|giết|đâm|đốt|tạt)",
  "(chặn|chặn đường) (người|xe|đường)? …… (xin tiền|đòi tiền|lấy tiền|cướp)",
  "(trấn lột|cướp giật|xin đểu)",
  "(ném|chọi|phóng) (đá|gạch|chai) (vào)? (trẻ|trẻ con|người|học sinh|các cháu|người đi đường)",
  // animals going at people ("rượt đuổi học sinh", "cắn 2 cháu")
  "(rượt|rượt đuổi|tấn công) (theo)? (mấy|hai|2|ba|3|nhiều|các)? (cháu|học sinh|trẻ|trẻ con|trẻ em|=bé|đứa trẻ)",
  // water into homes and classrooms ("nước … đã vào tới bậc cửa", "tràn vào trường mầm non")
  "(nước|ngập|lũ) ……… (vào|tới|đến|lên|trào) (tới|đến)? (bậc cửa|thềm nhà|trong nhà|nhà dân|mấy nhà|các nhà|nhiều nhà|giường|nền nhà)",
  "(tràn|chảy|trào|ngập) vào (trường|lớp|lớp học|phòng học|nhà dân|khu dân cư|xóm|khu trọ)",
  "(lớp học|phòng học|nhà dân) … (bị)? ngập",
  // a person left without care ("nằm liệt mấy ngày, không ai cho ăn")
  "(nằm liệt|liệt giường|nằm một chỗ|ốm nặng|ốm liệt|neo đơn) ……… (không|chẳng|ko) (ai|người) (chăm|chăm sóc|cho ăn|trông|lo|hay biết|biết)",
  // burning cables or tyres for scrap beside people ("đốt dây điện lấy đồng, khói đen kéo vào lớp mẫu giáo")
  "(đốt|nung) (cả)? (đống|đám)? (dây điện|dây cáp|cáp|vỏ xe|lốp xe|lốp|nhựa|cao su) …… (khói|khói đen|mùi khét)",
  // fuel stored where someone smokes or cooks
  "(chất|trữ|để|xếp) …… (can xăng|can dầu|thùng xăng|bình gas|bình ga|xăng) …… (hút thuốc|đun nấu|bếp|bếp than|tổ ong|lửa|điếu thuốc)",
  // a child left alone, an old person not seen for days
  "(bị)? (bỏ|để) (một mình|1 mình) (ở nhà|trong phòng|trong nhà)? (từ|mấy|hai|2|cả)",
  "gọi (cửa)? (mà)? không ai (trả lời|thưa|mở)",
  "(không|chẳng) thấy (ra|mở cửa|ra ngoài|ló mặt) …… (gọi|gõ|đập)",
  // explosive remnants, however they are named
  // ("bom bi" unmarked is also "bơm bị": "bom bi hong" is a broken pump)
  "(quả bom bi|trái bom bi|đầu đạn|=quả bom|=trái bom|=mìn|lựu đạn|đạn pháo|vật nổ|bom mìn|giống quả bom|giống trái bom)",
  // smoke from a house nobody is in
  "khói …… (bốc|bay|tỏa) (ra)? …… (khóa cửa|đi vắng|không có ai|không ai ở)",
  // spoilt food about to be served to many
  "(thịt|thức ăn|đồ ăn|cá|rau) …… (có mùi hôi|ôi thiu|bốc mùi|bị hư|thiu|hôi thối) …… (nấu|ăn|trường|học sinh|bếp ăn)",
  // no clean water to drink for days ("50 hộ không có nước sạch để uống với nấu ăn đã 2 ngày")
  "(không có|không còn|hết|thiếu) nước sạch (để)? (uống|ăn uống|nấu ăn|nấu) …… (2|3|4|5|hai|ba|bốn|năm|mấy|nhiều) (ngày|hôm)",
  // days without water for the bedridden and the newborn
  "mất nước …… (ngày|hôm|tuần) …… (nằm liệt|mới sinh|sơ sinh|hết sạch|người già)",
  // a stray bullet from a firing range ("hôm qua có viên đạn lạc cắm vô tường nhà tôi, ngày mai còn tập tiếp")
  "(đạn lạc|viên đạn|đầu đạn) …… (cắm|găm|bay|rơi|trúng|xuyên)",
  // a swindle under way: money about to leave on a caller's word ("người xưng là công an … mẹ đang chuẩn bị ra ngân hàng")
  "(xưng là|giả danh|giả làm|mạo danh|lừa đảo|rửa tiền|tài khoản tạm giữ) ……… (đang|chuẩn bị|sắp) (chuyển|chuyển khoản|chuyển tiền|ra ngân hàng|đi rút)",
  // a road where the view is hidden and someone was nearly hit ("che hết tầm nhìn … suýt cán 1 học sinh")
  "(suýt|súyt|=xém) (cán|tông|đâm|đụng|va|húc|cuốn) (phải|trúng|vào)?",
  // animals dying in numbers, a disease suspected
  "(gà|vịt|heo|lợn|gia cầm|cá) …… chết (hàng loạt|la liệt|cả đàn|nhiều)",
  // smoke into a baby's room, a child coughing from fumes
  "(khói|khí|mùi) …… (bé|em bé|trẻ|con|cháu|sơ sinh) …… (ho|nôn|ói|khó thở)",
  // heat on people queueing
  "(choáng|ngất|xỉu|say nắng) …… (xếp hàng|đứng chờ|ngoài nắng|chờ đợi)",
  // heavy trucks fast past children
  "(xe tải|xe ben|xe container|xe chở đất) …… (tốc độ cao|phóng nhanh|chạy ẩu|chạy nhanh) …… (trường|mầm non|tan học|học sinh|trẻ)",
  // an electrical cabinet open to rain where children play
  "(tủ điện|hộp điện|cầu dao) …… (hở|ướt|nước|mở toang|không khóa)",
  // an old person alone and unwell ("bà cụ ở một mình … sốt mê man, gọi không trả lời")
  "(sốt mê man|mê man|lả đi|gọi không trả lời|gọi không thưa|nằm một chỗ không ai)",
  // drinking water that made people ill
  "(nước máy|nước giếng|nước sinh hoạt|nước uống) ……… (đi ngoài|tiêu chảy|đau bụng|nôn|ói)",
  "đi (ngoài|cầu) (mấy|nhiều|5|4|6|7|bốn|năm|sáu) lần",
  // a dead animal where people bathe or draw water
  "(heo|lợn|gà|vịt|bò|chó|trâu) chết …… (trôi|trương|dạt|nổi|phình|nằm) …… (múc nước|tắm|lấy nước|giếng|nguồn nước|bể nước|nước mưa|dùng chung|nấu ăn|rửa rau)",
  // a dog that bit someone, or may carry rabies, still loose
  "(chó|béc giê|becgie) …… (sổng|xổng|thả rông|chạy rông|chạy lung tung) …… (cắn|vồ)",
  "(chó|béc giê) …… cắn …… (vẫn|còn|đang) (chạy|thả|sổng|rông)",
  "(con chó|chó) (đó|ấy|cắn)? …… (chết|lăn ra chết) …… (tiêm|ngừa|dại)",
  // several people ill with the same fever
  "(nhiều|mấy|4|5|3|bốn|năm|ba) (nhà|người|cháu|đứa|hộ) …… (bị)? (sốt xuất huyết|sốt phát ban|sốt cao|phát ban|tay chân miệng)",
  // water on a street rising while people are in it
  "(nước|ngập) (đang)? (lên|dâng) (nhanh|rất nhanh|ào ào)",
  "ngập (tới|đến|ngang|quá) (yên xe|yên|bánh xe|đầu gối|bụng)",
];

/**
 * A hazard that is urgent only where people are exposed to it or it is getting worse (the words of
 * {@link EXPOSURES} in the same message): an exposed electrical box is urgent where children play, a rotten
 * footbridge where pupils cross daily, a cracked bank where it keeps sinking. Kinds, not sentences: something that
 * can fall or is hanging, a hole or an edge with nothing around it, water where it should not be, live wires.
 */
export const HAZARDS: readonly string[] = [
  // nothing left to drink or cook with: with the old, the small or the sick named beside it, a danger
  "(không có|không còn|hết|thiếu|mất) nước (uống|ăn uống|để uống|nấu ăn|nấu cơm)",
  // wires and electricity
  "(=dây|dây điện|dây cáp|cáp|cáp điện|lưới điện) (bị)? (lòi|hở|trần|võng|thòng|lòng thòng|sà|rủ|đứt)",
  "(tủ điện|hộp điện|cầu dao|ổ cắm|ổ điện|công tơ) … (mở|hở|hỏng|bung|ngập|ướt|nước)",
  "(nước|ngập|tràn|chảy) …… (ổ cắm|ổ điện|tủ điện|hộp điện|cầu dao|công tơ|dây điện)",
  // something broken, loose, leaning or hanging
  "(sắt|thép|đinh|kính|đầu sắt|mũi sắt) (nhọn|vỡ|gãy|chĩa|nhô|lòi)",
  "(sâu mục|mục ruỗng|mục nát|=gãy|gãy gập|lung lay|bung|nứt|nứt toác|nứt dọc)",
  // rotten, not the "mục" of "mục đích" (a purpose)
  "(=mục) (rồi|hết|lắm|quá|cả|mất|chân|gốc|đáy|mọt|gãy|nát)",
  "(cây|cành|nhánh|cột|trụ|thanh|tay vịn|lan can|rào|khung|chân|ống|cần|dầm|xà) (bị|đã)? gãy",
  "(trần|tường|mảng|trần nhà|mái) … (bong tróc|tróc|bong|rơi|rớt)",
  "long (ra|chân|bản lề|hết|cả)",
  "(oằn|oằn xuống|võng xuống|cong vênh|xiêu vẹo|xiêu|vặn xoắn|phình ra)",
  "(khoét|hàm ếch|rỗng ruột|rỗng bên dưới|hổng bên dưới|rỗng chân|hổng chân)",
  "(mất|gãy|thủng|sụt|gãy mất) (mấy|vài|một|1|hai|2)? (tấm|thanh|nhịp|tấm ván|thanh ván|bậc)",
  "(tổ ong|ong vò vẽ|ong bắp cày|ong đất|rắn độc|rắn hổ|chó dữ|chó dại)",
  "(xăng|=dầu|dầu thải|dầu nhớt|nhớt|dầu máy) … (chảy|tràn|lênh láng|loang|rỉ|rò|rò rỉ)",
  "(cháy âm ỉ|âm ỉ)",
  "(tạch tạch|lách tách|xèo xèo|tách tách|rè rè)",
  "mảnh (kính|vỡ|bê tông|tôn)",
  "(nghiêng|=ngả|=sạt|sạt lở|sụt|lún sâu|xói mòn)",
  "(ngả|ngã|nghiêng|chìa|chồm|đổ) (ra|sang|xuống) (đường|lòng đường|mặt đường|nhà)",
  "(=treo|treo lơ lửng|lơ lửng|lủng lẳng|đung đưa|bay phần phật|treo một bên|treo 1 bên)",
  // (unmarked "vua roi" is "vừa rồi", just now)
  "(gạch|=vữa|vật liệu|giàn giáo|bê tông|ngói|kính) … (rơi|đổ|văng|rớt)",
  "(rơi|rớt|văng) (cả|từng)? (mảng|tảng)? (gạch|vữa|bê tông|ngói|kính|trần)",
  "(lan can|tay vịn|thành cầu|rào chắn|hàng rào) … (gãy|mất|long|sập|đổ)",
  // holes, deep water, edges
  "hố (nước)? (to|sâu|lớn)",
  "(hố|hố móng|hầm|giếng|hào|mương|ao) …… (hở|không có nắp|không che|=sâu)",
  "(hố|hầm|rãnh|mương) (đào|móng)",
  "(ngập nước|=nước) sâu",
  "sâu (cả|gần|hơn|tới|đến|khoảng)? (mét|một mét|1 mét|hai mét|2 mét|nửa mét|1m|2m)",
  "(đường)? ống (nước)? (chính|lớn|to) … (vỡ|bể|bục|nổ)",
  "(kim tiêm|hóa chất|chất độc|vật nhọn|mảnh chai)",
  // water out of place
  "(ngập|nước) … dây điện",
  "(nửa bánh xe|ngập yên|ngang yên|gần yên|quá bánh xe|ngang hông)",
  "(chảy xiết|nước xiết|lũ quét|nước chảy mạnh|tràn ngược|tràn qua đường)",
  "(đập|đê|bờ bao|bờ kè|=kè|bờ kênh|hồ chứa|bờ sông|ven sông) ……… (rò|rỉ|thấm|rò rỉ)",
  "(đập|bờ bao|bờ kè|kè|bờ kênh|hồ chứa|bờ sông|ven sông) … (nứt|sạt|lở|vỡ|tràn)",
  // (unmarked "de" is mostly "để": "để xe tràn ra vỉa hè" is no dyke)
  "(đê|bờ đê|con đê|chân đê|mặt đê) (bị)? (nứt|sạt|lở|vỡ|tràn)", "=đê … (nứt|sạt|lở|vỡ|tràn)",
  "(rò|rỉ|rò rỉ|thấm) (mạnh|nhiều|ra nhiều)",
  // water, food and air that can make people ill
  "(nước máy|nước giếng|nước sinh hoạt|nước uống|nước giếng khoan) ……… (mùi lạ|mùi thuốc|mùi thuốc trừ sâu|mùi hóa chất|có váng|đen ngòm|cặn bùn|toàn bùn|đục ngầu|vàng đục)",
  "(cơm|thức ăn|đồ ăn|thực phẩm|suất ăn|bếp ăn|thịt) …… (thiu|ôi|hỏng|mốc|có giòi|bốc mùi|ôi thiu)",
  "mùi (khét|hóa chất|thuốc trừ sâu|thuốc sâu)",
  // people who may hurt others (acting out near children is urgent)
  "(ngáo đá|=ngáo|phê thuốc|lên cơn|loạn thần|tâm thần)",
  // structures that wear out or carry people
  "thang máy …… (giật|giật cục|tụt|rơi|đứt|rung lắc|hỏng phanh)",
  "(sụt|sụp) … (hố|to|sâu)",
  "hố (sụt|sụp|tử thần)",
  // a fuel tanker (a concrete mixer is a "xe bồn" too: "xe bồn chạy rầm rầm" is noise)
  "(xe bồn|xe téc|bồn) (chở)? (xăng|dầu|gas|ga|hóa chất)", "(bồn xăng|bồn dầu|téc xăng)",
  "(đổ|ngã|sập|bung) (ra|xuống) (vỉa hè|lối đi|lòng đường)",
  // a cover gone from a drain, a deep hole ("nắp cống bị ai lấy mất, còn cái lỗ sâu hoắm")
  "(nắp cống|nắp hố ga|nắp ga|nắp hầm|nắp mương|tấm đan) …… (mất|bị lấy|bị trộm|bị vỡ|vỡ|lật|hở|không có)",
  "(lỗ|hố|hốc) (sâu hoắm|sâu hun hút|sâu)",
  // poison left where people pass ("mấy bao thuốc trừ sâu rách")
  "(bao|chai|can|thùng|lọ) (thuốc trừ sâu|thuốc sâu|hóa chất|thuốc diệt cỏ|thuốc chuột)",
  "(phân|nước thải|nước bẩn|chất thải|nước cống) (tràn|chảy|trào|lênh láng) (ra|xuống|vào|khắp|sang|qua|vô)",
  // fuel beside a flame ("vừa hút thuốc vừa rót xăng", "mấy chục can xăng để trong nhà")
  "(hút thuốc|châm lửa|bật lửa|đốt lửa) …… (xăng|bình ga|bình gas|can xăng)",
  "(can|thùng|phuy|chai) xăng …… (trong nhà|trong tiệm|trong hẻm|dưới gầm)",
  // a road blocked by parked trucks, a race announced ("container đậu chắn hết 2 làn", "tối nay tụi nó hẹn đua")
  "(đậu|đỗ|chắn|=dừng) (chắn)? (hết|kín)? (2|hai|cả)? (làn|làn đường|lòng đường|lối đi)",
  "(đua xe|đua lớn|đua xe trái phép|nẹt pô đua)",
  // a roof gone in the rain, a family without shelter
  "(sập|tốc|bay|đổ) (mái|nóc|mái nhà|nóc nhà)",
  // … told the other way round ("mái nhà tôn bị bão tốc hết")
  "(mái|nóc|mái nhà|nóc nhà|mái tôn) …… (bị)? (bão|gió|lốc)? (tốc|thổi bay|cuốn bay|bay mất|sập)",
];

/**
 * What makes a hazard urgent: people exposed to it now (children, pupils, passers-by, a crowded place underneath),
 * nothing around it, or it getting worse as the writer watches. Words about a slow answer ("vẫn chưa sửa") are not
 * here: a hazard left unrepaired is routine unless someone is at risk.
 */
export const EXPOSURES: readonly string[] = [
  // who is exposed
  "(trẻ con|trẻ em|trẻ nhỏ|=trẻ|các cháu|các em|học sinh|em nhỏ|người già|người đi đường|người đi bộ|xe máy|người qua lại|bà con)",
  "(nhà trẻ|mẫu giáo|mầm non|cổng trường|trường học|lớp học|sân trường|=chợ|bệnh viện)",
  "(trạm|bến|điểm) (chờ|dừng)? (xe buýt|xe bus|xe)",
  "(đông người|đông đúc|đông dân|đông xe|người dân)",
  "(bên dưới|phía dưới|ngay dưới|dưới) (là|có)",
  "(xóm|=làng|thôn|nhà dân|khu dân cư) (bên|phía|ở)? dưới",
  // houses at the foot of a slope that is giving way ("dưới chân dốc có 3 hộ đang ở")
  "(dưới|phía dưới|bên dưới) (chân)? (dốc|đồi|taluy|ta luy|núi|kè|tường|mái dốc) (là|có)",
  "(trên|sát|ngang) (đầu|cổ)",
  "(lối|đường|cửa) (ra vào|đi vào|đi lại)",
  "(sân chơi|khu vui chơi|sân chung cư|hành lang|cầu thang|lối đi chung)",
  "(vẫn|còn) có (người|xe|trẻ)",
  "(không nhìn thấy|nhìn không thấy|không thấy được|khuất tầm nhìn|khó nhìn thấy)",
  "(không dám|chẳng dám) (ngủ|ở|vào|đi qua|cho con)",
  // they keep going near it
  "(vẫn|hay|thường|cứ) (cố|vào|ra)? (chơi|đu|trèo|tắm|bơi|qua lại|đi qua|chạy qua|chạy xe|lội|đi lại)",
  // children who pick things up there ("trẻ nhặt ve chai hay bới ở đây")
  "(trẻ|trẻ con|tụi nhỏ|con nít|bọn trẻ|mấy đứa) …… (bới|nhặt|lượm|mò)",
  "(suýt|súyt|=xém|nguy hiểm|rất sợ|chỉ sợ|tối nay|ngày nào cũng)",
  "(đã có|có) (người|xe) (bị)? (ngã|té|đâm|trúng|rơi)",
  // nothing around it
  "(không|chưa) (có)? (rào|rào chắn|rào lại|biển báo|biển cảnh báo|che chắn)",
  // getting worse now
  "(ngày càng|càng lúc càng|càng ngày càng|mỗi lúc một|lỗ hổng càng|càng) (to|cao|lớn|rộng|sâu|mạnh|nghiêng|nhiều)",
  "(sụt|lún|nứt|sạt|lở|nghiêng|xói|loang) thêm",
  "(rộng|to|sâu|lớn|nghiêng|cao|nhiều) hơn (hôm qua|hôm trước|lúc trước|tối qua|ban sáng)?",
  "(đang|vẫn|vẫn còn|vẫn đang) (lắc|rung|dâng|lên|tràn|chảy|rỉ|rò|sụt|lún|nghiêng|rơi|rớt|phun|lan)",
  "(gió|mưa|giông) (to|mạnh|lớn|giật|bão)",
  "(gió|bão) (giật|thổi)",
  "(mưa|mưa to|mưa lớn) …… (chưa dứt|chưa tạnh|không ngớt|không dứt|chưa ngớt|không ngừng)",
  // the writer says it cannot wait
  "(xử lý|đến|can thiệp|cứu|hỗ trợ|chặn|rào chắn|rào lại|rào) (gấp|ngay)",
  "cử người (xuống|tới|đến|qua|lên) (gấp|ngay)",
  // the vulnerable, however they are called
  "(đứa nhỏ|đứa bé|con nhỏ|cháu nhỏ|em bé|con nít|tụi nhỏ|bọn trẻ|lũ trẻ|tụi trẻ|bọn nhỏ|các bé|cháu bé|cụ già|cụ bà|cụ ông|ông cụ|bà cụ|người cao tuổi|người khuyết tật|bà bầu|phụ nữ mang thai|người bệnh|phụ huynh|người mua bán|các con)",
  // a hazard beside where people live or gather
  "(sát|cạnh|giữa|gần|ngay cạnh|kế|kế bên|sát vách) (nhà dân|khu dân cư|trường|trường học|chợ|nhà trẻ|lớp học|mầm non|khu trọ|dãy trọ)",
  "(ngay trên|phía trên|ngay phía trên) (vỉa hè|lối đi|lối đi bộ|đầu người|người đi)",
  "(chĩa|nhô|thò|lòi) ra (ngay)? (vỉa hè|lối đi|lối đi bộ|lòng đường|đường)",
  // many people at once
  "(mấy|nhiều|hàng chục|chục|gần|hơn) (chục)? (cháu|em|học sinh|công nhân|hộ|gia đình)",
  // unmarked "may nha" is as often "máy nhà" (the house's pump, tap)
  "(=mấy|nhiều|hàng chục|chục|gần|hơn) (chục)? nhà",
  "cả (xóm|khu|khu phố|tổ|lớp|trường)",
  "(ngang|sát|chạm|quệt|vướng) (đầu|cổ|mặt|mũ bảo hiểm)",
  // people using it now
  "(đang|vẫn|đã|vẫn đang) (dùng|uống|nấu|nấu ăn|ăn|sử dụng|tắm)",
  // nothing around it, said another way ("chưa ai rào")
  "(chưa|không|chẳng) (có)? (ai)? (rào|rào chắn|rào lại|che chắn|cảnh báo|đặt biển|cắm biển)",
  // children playing or passing there daily ("chiều nào con nít cũng vào đó đá banh")
  "(trẻ|trẻ con|tụi nhỏ|con nít|bọn trẻ|mấy đứa|học sinh|tụi nhỏ) …… (chơi|đá banh|đá bóng|tắm|bơi|đi ngang|chạy qua)",
  "(trạm y tế|bếp ăn tập thể)",
  // people still living beside it, or with nowhere to go
  "(vẫn|còn) (đang)? ở (trong)? nhà",
  "(không có|chưa có|hết) chỗ (ở|ngủ|trú)",
  "(mất|sụp|lở|sạt) thêm",
  // the harm has begun ("lỡ nấu cơm bằng nước đó", "cháu bé đang ói")
  "(lỡ|đã) (nấu|uống|dùng|tắm)",
  "(nôn|ói|tiêu chảy|đau bụng|ngộ độc)",
  // the structure already strains
  "tiếng (rắc|rắc rắc|răng rắc|kêu răng rắc|lục cục|kẽo kẹt)",
];

/**
 * Words by which a writer says the matter cannot wait. Urgent by themselves, except beside paperwork
 * ({@link PAPERWORK}): "khẩn cấp, xin xem lại hồ sơ trợ cấp" is a late dossier, not a danger.
 */
export const URGENT_WORDS: readonly string[] = ["(cấp cứu)"];

/** Paperwork and its answers: a dossier, a permit, an allowance, a certificate. */
export const PAPERWORK: readonly string[] = [
  "(hồ sơ|giấy phép|cấp phép|trợ cấp|thủ tục|giấy tờ|xác nhận|sổ đỏ|sổ hồng|giấy chứng nhận|chứng thực|căn cước|khai sinh|hộ khẩu|tạm trú|đơn xin|đơn đề nghị|lá đơn|=đơn|chế độ|trả lời đơn|phê duyệt|cấp giấy|cấp lại|cấp đổi)",
];
