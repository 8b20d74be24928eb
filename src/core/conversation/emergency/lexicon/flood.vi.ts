/**
 * Rising water and a breached dike: rescue (114).
 * Pattern syntax: see ../phrase-matcher.ts. Numbers: 113 police, 114 fire and rescue, 115 medical emergency.
 */
import { type EmergencySituation } from "./types.vi.js";

export const FLOOD_SITUATIONS: readonly EmergencySituation[] = [
  {
    id: "flood",
    services: ["114"],
    signals: [
      "nước (sông|suối|lũ|biển|hồ|kênh)? (lên|dâng|lũ dâng|lũ lên) (nhanh|cao|quá|rất|ào ào|ngập|bất ngờ|đột ngột|cuồn cuộn)",
      "nước (lũ)? (đang)? (dâng|lên) (cao)? … (nhanh|kẹt|cứu|ngập nhà)",
      "(ngập|nước) (đang|đã|vẫn)? (dâng|lên|ngập)? (gần|sắp)? (tới|đến|ngang|quá|lên) (ngực|cổ|đầu|nóc|mái|mái nhà|nóc nhà|cửa sổ|trần|cửa kính|kính xe|nóc xe)",
      "(lũ về|lũ lên|lũ đến|nước lũ|lũ lớn|lũ tràn|đỉnh lũ)",
      // a call for help in the flood ("cứu với lũ ngập Đại Lộc")
      "cứu (với|giúp)? (lũ|nước lũ) (ngập|lên|tràn|về)",
      // water indoors as high as the furniture, or still rising ("nước trong nhà lên tới ghế rồi", "nước vẫn lên")
      "(ngập|nước) (trong nhà)? (đang|đã|vẫn)? (dâng|lên)? (tới|đến|ngang|quá|lút) (ghế|giường|bàn|bụng|nửa nhà|cửa sổ|gác)",
      "nước (vẫn|đang|cứ|còn) (lên|dâng|dâng lên|tăng) (nhanh|mãi|tiếp|nữa|hoài)?",
      "nước …… (đang)? (tăng|dâng|lên) (nhanh|rất nhanh|vùn vụt|từng phút)",
      // unmarked "vo de" is mostly "vợ đẻ" (a wife giving birth): a dyke breaking needs its marks
      "(=vỡ đê|vỡ đập|tràn đê|đê sắp vỡ|đập sắp vỡ|vỡ bờ bao)",
      "vỡ đê (rồi)? …… (nước|lũ) (tràn|ngập|dâng|lên|vào)",
      // furniture afloat in a room with the door stuck ("tủ lạnh với giường đã nổi lềnh bềnh trong phòng")
      "(tủ lạnh|giường|bàn ghế|đồ đạc|xe máy|tủ|nệm) …… (nổi|nổi lềnh bềnh|trôi lềnh bềnh) (trong|khắp|giữa)? (phòng|nhà)",
      // "đập vỡ" with no "bị" is mostly smashing something ("đập vỡ kính", "đập vỡ đầu"), not a dam giving way
      // (unmarked "de vo" is also "đẻ, vợ …": a bare dyke needs its marks)
      "(=đê|bờ bao) (bị|đã|vừa)? (vỡ|bục|sắp vỡ)", "đê (bị|đã|vừa) (vỡ|bục|sắp vỡ)",
      // "con đê đầu làng vừa vỡ một đoạn"
      "(đê|bờ bao|bờ kè) …… (vừa|đã|bị) (vỡ|bục)",
      "(ngập|nước) (đã|đang)? (gần|sắp|ngang|lút|quá) (mái|nóc|nóc nhà|mái nhà|trần|cổ|đầu người)",
      "đập (thủy điện|thủy lợi|nước|tràn)? (bị|đã|vừa) (vỡ|bục|sắp vỡ)",
      "đập (thủy điện|thủy lợi) (vỡ|bục|sắp vỡ)",
      // a dam or dyke leaking harder ("đập thủy lợi đầu làng đang rò nước mạnh, vết nứt dài ra")
      "(đập|đê|đập thủy lợi|đập thủy điện|bờ đê|bờ bao) (đầu làng|đầu xóm|đầu thôn|sau nhà)? (đang)? (rò nước|rò rỉ nước|rỉ nước|thấm nước|bục|nứt toác|sủi nước) (mạnh|nhiều|ào ào|lớn)",
      "(đập|đê|bờ đê|bờ bao) …… vết nứt (dài ra|to ra|rộng ra|lan ra)",
      "(=cô lập|bị cô lập)",
      // the river coming into the hamlet ("nước sông dâng tràn vào xóm, ông bà không bơi được")
      "nước (sông|lũ|suối|biển|kênh|triều) (đang|đã|vừa|bắt đầu)? (dâng|lên|dâng lên) (tràn)? (vào|vô) (xóm|làng|thôn|bản|ấp|khu dân cư)",
      "(ngồi|trèo|leo) (lên|trên) (mái|nóc|nóc nhà|mái nhà)",
      // stuck on the roofs ("cả xóm kẹt trên nóc, thuyền thúng trôi mất hết")
      "(kẹt|mắc kẹt|bị kẹt|ngồi kẹt) (trên|lên) (mái|nóc|nóc nhà|mái nhà|gác|gác lửng)",
      // a named river coming into the house ("nước sông Hóa đang dâng lên tràn vào nhà")
      "nước (sông|lũ|suối|kênh) …… (dâng|dâng lên|lên) (tràn)? (vào|vô) (nhà|xóm|làng|thôn|bản|ấp)",
      "nước …… (lên|dâng) …… (không biết bơi|không bơi được|đứng trên|trèo lên|leo lên|kẹt)",
    ],
    hints: [
      // the house under water ("nước ngập hết, con tui 2 tuổi")
      "nước ngập (hết|hết nhà|kín|khắp|cả nhà|vào nhà|vô nhà)",
      "(nước|ngập) …… (tới|đến|ngang|quá|lút|lên tận|tận) (bụng|ngực|hông|eo|nách|vai|cổ|đầu|giường|cửa sổ|đầu gối|gối)",
      "nước (bắt đầu|đang|cứ|lại)? (tràn|ùa|lên|dâng|tràn vào|ùa vào|vô|vào|tràn vô|ùa vô) (vào|vô)? (nhà|phòng|xóm)?",
      "nước (đang)? (chảy ào|ào|đổ|chảy xiết|tràn) (vào|xuống) (hầm|hầm mỏ|lò|giếng|nhà|phòng)",
      "(nước lũ|lũ) (dâng|lên|tràn|về)",
      // water let out upstream and coming down ("nước từ đập tràn về nhanh quá", "thủy điện xả lũ")
      "nước (từ)? (đập tràn|đập|thượng nguồn|đầu nguồn|hồ chứa|thủy điện|trên núi|trên rừng) …… (về|đổ về|tràn về|ập về|đổ xuống|ập xuống) (nhanh|ào ào|ầm ầm|cuồn cuộn|dữ|quá|rất nhanh)?",
      "(thủy điện|đập|hồ chứa|hồ thủy lợi) (đang)? xả (lũ|nước|tràn)",
      "(nước|sóng|thủy triều|triều) …… (đang)? (dâng|lên) (cao|nhanh|ngập)",
    ],
  },
];
