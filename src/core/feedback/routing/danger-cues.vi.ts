/**
 * Danger cues of feedback messages, as data: wording that makes a report urgent (a danger to people or property
 * now) without being an emergency call — a tree about to fall, a fallen or sagging power line, an open manhole, a
 * road that caved in, water rising, a child at risk. Emergencies proper (fire, violence, someone hurt) come from
 * the chat's emergency detector; these patterns add what a ward must act on the same day. Pattern syntax: see
 * src/core/conversation/emergency/phrase-matcher.ts (`(a|b)` one of, `?` optional, `…` up to three words, `=` only
 * when typed with marks).
 */
export const DANGER_CUES: readonly string[] = [
  // something about to fall or collapse
  "(sắp|có thể|muốn|nguy cơ|chực|chắc|coi chừng) (đổ|sập|gãy|ngã|rơi|rớt|sụp)",
  "nghiêng … (sắp|có thể|nguy cơ) (đổ|sập|gãy)",
  "(đổ|gãy|ngã) (chắn|chặn|đè) (ngang)? (đường|lối|nhà)",
  "(mục|rỗng|bật|trốc) gốc",
  "(=đè|=đổ|ngã) (lên|vào|xuống)? (dây điện|nhà|xe|người)",
  "=nghiêng hẳn",
  // held by almost nothing ("chỉ còn một chân giữ")
  "(chỉ còn|còn mỗi) (một|1)? (chân|ốc|sợi|dây|bên|mép|góc) (giữ|bám|đỡ|treo)",
  // something loose overhead, swaying now ("biển quảng cáo … bung khung, đang lắc lư")
  "(biển|biển quảng cáo|bảng hiệu|bảng|mái tôn|tấm tôn|tôn|cây|cành|cột|tường|giàn giáo|khung|mái) …… (lắc lư|chao đảo|rung lắc|đung đưa|bung khung|chực rơi)",
  // the writer spells out what happens next ("xe máy lao vào là ngã", "xe tải qua là vướng")
  "(vào|qua|tới|đến|xuống|ngang|chạm) là (ngã|té|vướng|lọt|rơi|sụp|chết|gãy|giật)",
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
  "(quả bom|trái bom|bom mìn|quả mìn|trái mìn|=mìn|đạn pháo|đầu đạn|lựu đạn|vật nổ|quả đạn|đạn cối|bom chưa nổ)",
  "(bị|đang)? cuốn (trôi|đi)",
  "(vỡ|tràn) đê",
  "mắc kẹt",
  "bị kẹt",
  // chemicals and gas
  "hóa chất",
  "(rò|xì) (gas|ga|khí)",
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
  // an old shell described, not named
  "(giống|như|hình) (đạn|quả đạn|bom|mìn|lựu đạn|đầu đạn)",
  "(đi|ra khỏi nhà|đi đâu) …… (chưa|không|không thấy) về",
  "(về trễ|về muộn|trễ|muộn) … (tiếng|giờ) … (chưa|không) (thấy|liên lạc)",
  "(đâm|tông|va chạm|húc) (vào|phải)? (xe|người)",
  "(người|nạn nhân) … (nằm|ngã) (dưới|giữa|ra)? (đường|lòng đường)",
  "(đánh|rượt) (nhau|vợ|con|người|hội đồng)",
  "(bạo hành|hành hung|hung khí)",
  "(cầm|rút|vung|vác|mang|kề|dí|cầm theo) (dao|mã tấu|rựa)",
  "(bỏ đói|bị nhốt)",
  "nhốt … trong",
  "kêu cứu",
  "(chảy máu|bất tỉnh|bất động|nằm bất động|bị thương)",
  "(tai nạn|lật|kẹt trong|kẹt dưới)",
  // the writer says it cannot wait
  "(khẩn cấp|cấp cứu)",
  "(nguy cơ|=sợ|có thể|dễ) (cháy|nổ|cháy nổ|sập|đổ|giật điện|bị điện giật|điện giật|chết người)",
  "(suýt|súyt|=xém|đã có người|có người|2 người|hai người|mấy người|nhiều người) (bị)? (ngã|té|trúng|rơi|lọt|sụp|đâm|vấp)",
  "(lọt|rơi|sụp|té) (xuống)? (hố|cống|mương|kênh)",
  // someone already got hurt there ("tuần này đã có 2 người đi xe máy ngã")
  "(đã có|có) … (người|xe|cháu|em|bé) …… (bị)? (ngã|té|vấp ngã|lọt|sụp|trượt ngã)",
  "(bốc khói|nổ lụp bụp|lụp bụp|phát nổ|xì khói)",
  "(thở máy|thở oxy|máy thở|chạy thận)",
  "nguy hiểm đến? tính mạng",
];

/**
 * A hazard that is urgent only where people are exposed to it or it is getting worse (the words of
 * {@link EXPOSURES} in the same message): an exposed electrical box is urgent where children play, a rotten
 * footbridge where pupils cross daily, a cracked bank where it keeps sinking. Kinds, not sentences: something that
 * can fall or is hanging, a hole or an edge with nothing around it, water where it should not be, live wires.
 */
export const HAZARDS: readonly string[] = [
  // wires and electricity
  "(=dây|dây điện|dây cáp|cáp|cáp điện|lưới điện) (bị)? (lòi|hở|trần|võng|thòng|lòng thòng|sà|rủ|đứt)",
  "(tủ điện|hộp điện|cầu dao|ổ cắm|ổ điện|công tơ) … (mở|hở|hỏng|bung|ngập|ướt|nước)",
  "(nước|ngập|tràn|chảy) …… (ổ cắm|ổ điện|tủ điện|hộp điện|cầu dao|công tơ|dây điện)",
  // something broken, loose, leaning or hanging
  "(sắt|thép|đinh|kính|đầu sắt|mũi sắt) (nhọn|vỡ|gãy|chĩa|nhô|lòi)",
  "(=mục|sâu mục|mục ruỗng|mục nát|gãy|gãy gập|lung lay|bung|nứt|nứt toác|nứt dọc)",
  "(trần|tường|mảng|trần nhà|mái) … (bong tróc|tróc|bong|rơi|rớt)",
  "long (ra|chân|bản lề|hết|cả)",
  "(oằn|oằn xuống|võng xuống|cong vênh|xiêu vẹo|xiêu|vặn xoắn|phình ra)",
  "(khoét|hàm ếch|rỗng ruột|rỗng bên dưới|hổng bên dưới|rỗng chân|hổng chân)",
  "(mất|gãy|thủng|sụt|gãy mất) (mấy|vài|một|1|hai|2)? (tấm|thanh|nhịp|tấm ván|thanh ván|bậc)",
  "(tổ ong|ong vò vẽ|ong bắp cày|ong đất|rắn độc|rắn hổ|chó dữ|chó dại)",
  "(xăng|dầu|nhớt) … (chảy|tràn|lênh láng|loang)",
  "(cháy âm ỉ|âm ỉ)",
  "(tạch tạch|lách tách|xèo xèo|tách tách|rè rè)",
  "mảnh (kính|vỡ|bê tông|tôn)",
  "(nghiêng|=ngả|sạt|sạt lở|sụt|lún sâu|xói mòn)",
  "(ngả|ngã|nghiêng|chìa|chồm|đổ) (ra|sang|xuống) (đường|lòng đường|mặt đường|nhà)",
  "(=treo|treo lơ lửng|lơ lửng|lủng lẳng|đung đưa|bay phần phật|treo một bên|treo 1 bên)",
  "(gạch|vữa|vật liệu|giàn giáo|bê tông|ngói|kính) … (rơi|đổ|văng|rớt)",
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
  "(đập|đê|bờ bao|bờ kè|kè|bờ kênh|hồ chứa|bờ sông|ven sông) ……… (rò|rỉ|thấm|rò rỉ)",
  "(đập|đê|bờ bao|bờ kè|kè|bờ kênh|hồ chứa|bờ sông|ven sông) … (nứt|sạt|lở|vỡ|tràn)",
  "(rò|rỉ|rò rỉ|thấm) (mạnh|nhiều|ra nhiều)",
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
  "(xóm|làng|thôn|nhà dân|khu dân cư) (bên|phía|ở)? dưới",
  "(trên|sát|ngang) (đầu|cổ)",
  "(lối|đường|cửa) (ra vào|đi vào|đi lại)",
  "(sân chơi|khu vui chơi|sân chung cư|hành lang|cầu thang|lối đi chung)",
  "(vẫn|còn) có (người|xe|trẻ)",
  "(không nhìn thấy|nhìn không thấy|không thấy được|khuất tầm nhìn|khó nhìn thấy)",
  "(không dám|chẳng dám) (ngủ|ở|vào|đi qua|cho con)",
  // they keep going near it
  "(vẫn|hay|thường|cứ) (cố|vào|ra)? (chơi|đu|trèo|tắm|bơi|qua lại|đi qua|chạy qua|chạy xe|lội|đi lại)",
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
  // the writer says it cannot wait
  "(xử lý|đến|can thiệp|cứu|hỗ trợ|chặn|rào chắn|rào lại|rào) (gấp|ngay)",
];
