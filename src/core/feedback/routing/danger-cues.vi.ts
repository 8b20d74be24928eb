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
  "(sắp|có thể|muốn|nguy cơ|chực) (đổ|sập|gãy|ngã|rơi|sụp)",
  "nghiêng … (sắp|có thể|nguy cơ) (đổ|sập|gãy)",
  "(đổ|gãy|ngã) (chắn|chặn|đè) (ngang)? (đường|lối|nhà)",
  "(mục|rỗng|bật|trốc) gốc",
  "(đè|đổ|ngã) (lên|vào|xuống)? (dây điện|nhà|xe|người)",
  "=nghiêng hẳn",
  // something loose overhead, swaying now ("biển quảng cáo … bung khung, đang lắc lư")
  "(biển|biển quảng cáo|bảng hiệu|bảng|mái tôn|tấm tôn|tôn|cây|cành|cột|tường|giàn giáo|khung|mái) …… (lắc lư|chao đảo|rung lắc|đung đưa|bung khung|chực rơi)",
  // the writer spells out what happens next ("xe máy lao vào là ngã", "xe tải qua là vướng")
  "(vào|qua|tới|đến|xuống|ngang|chạm) là (ngã|té|vướng|lọt|rơi|sụp|chết|gãy|giật)",
  // power lines and electricity
  "dây điện … (bị)? (đứt|rơi|rớt|võng|chạm|xẹt|chập|cháy|bốc cháy|sà)",
  // where it hangs may take a few words ("dây điện trước nhà 23 ngõ 5 … võng xuống")
  "dây điện …… (bị)? (đứt|rơi|rớt|võng|sà) (xuống|sát|ngang|chạm)",
  "sát (đầu|mặt) người",
  "(đứt|rơi|rớt) dây điện",
  "(rò|hở) điện",
  "điện giật",
  "(xẹt|tóe|bắn) (lửa|tia lửa)",
  "dây (trần|hở)",
  "(cột|trụ) điện … (nghiêng|đổ|gãy|sắp đổ)",
  // holes and cave-ins
  "(mất|hở|không có|vỡ|bung) nắp (cống|hố ga|ga|giếng|hầm)",
  "(nắp cống|nắp hố ga|nắp ga) ……… (mất|vỡ|sập|hở|bung|sụp)",
  "(hố ga|cống|giếng) …… (mất|không có) nắp",
  "hố (sâu|lớn|to|tử thần)",
  "(sụt|sụp) (lún|xuống|thành hố)",
  // water
  "ngập (sâu|ngang bụng|ngang ngực|đến ngực|tới ngực|nửa mét|một mét)",
  "nước (lũ|lên|dâng) … (nhanh|cao|tràn)",
  "(nước|ngập) …… (đang|vẫn đang|vẫn còn|còn đang) (dâng|lên)",
  "(đang|vẫn) dâng",
  "(nước|ngập|lũ) ……… (tràn|chảy|ngập) vào (nhà|trong nhà)",
  // a burst main washing the road away
  "nước phun (mạnh|cao|lên|thành cột|xối xả)",
  "xói (cả|hết|mất|sụt|lở)? (nền|mặt|móng) (đường|nhà)?",
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
  "(suýt|súyt|xém|đã có người|có người|2 người|hai người|mấy người|nhiều người) (bị)? (ngã|té|trúng|rơi|lọt|sụp|đâm|vấp)",
  "(lọt|rơi|sụp|té) (xuống)? (hố|cống|mương|kênh)",
  "(bốc khói|nổ lụp bụp|lụp bụp|phát nổ|xì khói)",
  "(thở máy|thở oxy|máy thở|chạy thận)",
  "nguy hiểm đến? tính mạng",
  "(xử lý|đến|can thiệp|cứu|hỗ trợ|chặn|rào chắn) (gấp|ngay)",
];

/**
 * A hazard that is urgent only where people are exposed to it (the words of {@link EXPOSURES} in the same message):
 * an exposed electrical box is urgent where children play, a rotten footbridge is urgent where pupils cross daily.
 */
export const HAZARDS: readonly string[] = [
  "(dây|dây điện) (lòi|hở|trần|võng|thòng|sà)",
  "(tủ điện|hộp điện|cầu dao) … (mở|hở|hỏng|bung)",
  "(sắt|thép|đinh|kính) (nhọn|vỡ|gãy|chĩa)",
  "(mục|mục nát|gãy|lung lay|bung|nứt toác)",
  "long (ra|chân|bản lề|hết|cả)",
  "(nghiêng|rơi xuống|rớt xuống|sạt|sạt lở|sụt|lún sâu)",
  "(hố|ổ gà|ổ voi|ổ trâu) (to|sâu|lớn)",
  "(hố|hầm|giếng) (hở|không có nắp|không che)",
  "(kim tiêm|hóa chất|chất độc|vật nhọn|mảnh chai)",
  "(gạch|vữa|vật liệu|giàn giáo) … (rơi|đổ|văng)",
  "(không|chưa) (có)? (rào chắn|biển cảnh báo|che chắn)",
  "(ngập|nước) … dây điện",
];

/** People exposed to a hazard now. */
export const EXPOSURES: readonly string[] = [
  "(trẻ con|trẻ em|trẻ nhỏ|các cháu|các em|học sinh|em nhỏ|người già|người đi đường|người đi bộ|xe máy|người qua lại|bà con)",
  "(suýt|súyt|xém|nguy hiểm|rất sợ|chỉ sợ|tối nay|ngày nào cũng)",
  "(đã có|có) (người|xe) (bị)? (ngã|té|đâm|trúng|rơi)",
];
