/**
 * Concepts citizens express in their own words, kept as data (general Vietnamese usage, written for this
 * project): the markers that set a procedure variant apart from the plain one of its family ("… lưu động",
 * "… có yếu tố nước ngoài", "cấp lại …", "Dừng thực hiện …", "Liên thông …"), the everyday words that ask for
 * each variant, and the foreign countries that make a civil-status event "có yếu tố nước ngoài".
 * Phrases are matched on folded syllables (no diacritics), whole syllables only.
 */

/**
 * Words that name the office a procedure is done with (folded, as the request is read) → the words, with their marks,
 * a record's name or field carries it by: a question naming one ("làm thủ tục hải quan ở chi cục nào") is not
 * answered with a record whose name and field lack it while a close rival carries it (see `rivals.ts`).
 */
export const OFFICE_HALLMARKS: Readonly<Record<string, readonly string[]>> = {
  "hai quan": ["hải quan"], "kho bac": ["kho bạc"], "bao hiem xa hoi": ["bảo hiểm xã hội", "bhxh"], bhxh: ["bảo hiểm xã hội", "bhxh"],
  // (a record carries the tax office by "thuế" with its mark: "tiền thuê đất" is rent)
  "co quan thue": ["thuế"], "chi cuc thue": ["thuế"], "cuc thue": ["thuế"], "ben thue": ["thuế"], "doi thue": ["thuế"],
};

/**
 * Words that name the kind of organisation a paper belongs to (folded, read anywhere in the citizen's own words: "GCN đăng ký HTX
 * của bọn tôi ghi sai …" names it in the story) → the words a record carries it by, as {@link OFFICE_HALLMARKS}: a
 * cooperative's certificate is not answered with the land certificate's correction while a close rival is the
 * cooperative's.
 */
export const ENTITY_HALLMARKS: Readonly<Record<string, readonly string[]>> = {
  htx: ["hợp tác xã", "htx"], "hop tac xa": ["hợp tác xã", "htx"], "to hop tac": ["tổ hợp tác"],
  hkd: ["hộ kinh doanh"], "ho kinh doanh": ["hộ kinh doanh"],
};

/** Score factor for a candidate without an asked-for marker, unless the marker sets its own. */
export const DEFAULT_ABSENT_PENALTY = 0.85;

/** A word or phrase in procedure names that marks a special variant of a family. */
export interface VariantMarker {
  /** Short id, for tests and debugging. */
  id: string;
  /** How the marker is written in procedure names (folded); "^" anchors a phrase at the start of the name. */
  inName: readonly string[];
  /** What a question says when it wants this variant (folded); the `inName` phrases count too. */
  cues: readonly string[];
  /** Score factor for a candidate carrying the marker when the question does not ask for it. */
  penalty: number;
  /**
   * Score factor for a candidate without the marker when the question asks for it (default
   * {@link DEFAULT_ABSENT_PENALTY}); lower for markers that split a family cleanly (foreign element).
   */
  absentPenalty?: number;
  /**
   * What is done with the paper or the registration (issue for the first time, issue again, exchange, fix,
   * revoke, end …): a procedure does one of these, so a question asking for one contradicts a procedure that does
   * only others ("cấp lại sổ đỏ" is not "… cấp Giấy chứng nhận … lần đầu"). Markers of one action share its name
   * ("cấp lại" and "đăng ký lại" both issue again; "điều chỉnh" and "đính chính" both fix).
   */
  action?: "issue" | "again" | "exchange" | "fix" | "extend" | "revoke" | "delete" | "stop" | "pause" | "end";
}

/** Words saying a paper is lost or unusable: they ask for "cấp lại" / "đăng ký lại". "mất" is disambiguated in code. */
export const LOSS_CUES: readonly string[] = [
  "bi mat", "lam mat", "danh mat", "that lac", "bi chay", "chay het", "chay mat", "bi rach", "rach", "bi hu", "hu hong",
  "bi hong", "hong het", "bi uot", "mat het", "khong con", "lam lai", "xin lai", "cap lai", "bi trom", "mat cap",
  "roi mat", "bi nat", "nat het", "rach nat", "nhau nat", "khong con luu",
  // termites at a paper ("bị mối mọt", "mối mọt ăn hết"; not a bare unmarked "moi mot", also "xây mới một nhà")
  "bi moi mot", "moi mot an", "moi mot het", "moi mot gam", "cuon troi", "troi het", "troi mat",
  "muc het", "muc nat", "co lai giay", "muon co lai",
];

/**
 * Words after "mất" that make it anything but a lost paper: "cost / take" (mất bao lâu, mất tiền), or losing
 * one's strength, job, power or water (mất sức lao động, mất việc, mất điện), a harvest (mất mùa) or a fee (mất lệ
 * phí). Accented, matched like {@link MAT_LOSS_NEXT}: "mất cả ngày" costs a day, "mất cà vẹt" loses a paper.
 */
export const MAT_COST_NEXT: readonly string[] = [
  "bao", "mấy", "tiền", "phí", "thời", "nhiều", "khoảng", "hết", "công", "gì", "cả", "tới", "ít", "lâu", "chi",
  "sức", "việc", "điện", "nước", "ngủ", "tích", "mạng", "khả", "liên", "trí", "lệ", "mùa",
];

/**
 * Words after "mất" that make it "lost" whatever comes before (tôi mất giấy khai sinh, em mất thẻ). Accented: a
 * question typed with marks is matched exactly ("mất căn cước", not "mất, cán bộ …"), one without on folded forms.
 */
export const MAT_LOSS_NEXT: readonly string[] = [
  "giấy", "thẻ", "sổ", "căn", "cccd", "cmnd", "bằng", "bản", "gks", "biển", "hộ", "hồ", "ví", "túi", "luôn", "cà", "cavet",
];

/**
 * The marks of the one-syllable variant cues: typed with other marks the syllable is another word ("trà sữa" is not
 * "sửa", "gãy đôi" is not "đổi"), and does not ask for the variant. Typed bare, it still does.
 */
export const CUE_MARKS: Readonly<Record<string, readonly string[]>> = {
  sua: ["sửa"], doi: ["đổi"], sai: ["sai"], loi: ["lỗi"], nham: ["nhầm"], xoa: ["xóa", "xoá"], dich: ["dịch"],
  luon: ["luôn"], rung: ["rừng"], rach: ["rách"], tay: ["tây"],
};

/** Words before a bare "mat" that make it "mặt" (tien mat: cash, khuon mat, gap mat), never a loss (folded). */
export const MAT_FACE_PREV: readonly string[] = ["tien", "khuon", "gap"];

/** Words before "mất" that make it "died" (bố mất, bà cụ mới mất): a death, not a lost paper. */
export const MAT_DEATH_PREV: readonly string[] = [
  "bo", "me", "ong", "ba", "cu", "chong", "vo", "con", "anh", "chi", "em", "chau", "nguoi", "noi", "ngoai", "nha",
  "moi", "vua", "qua", "ba cu", "toi", "minh", "tao", "no", "ay", "nha toi", "ong cu", "co", "chu", "bac", "di", "duong", "than", "sinh",
  // a stroke that killed ("không may đột quỵ mất tại nhà tôi")
  "quy",
  // a son, a daughter, a brother who died ("nhận cháu, con anh trai đã mất, làm con nuôi")
  "trai", "gai", "ruot",
];

/** Foreign countries and peoples citizens name (folded). "người X", "bên X", "quốc tịch X" all count. */
export const COUNTRIES: readonly string[] = [
  "han", "han quoc", "nhat", "nhat ban", "trung quoc", "trung", "dai loan", "hong kong", "my", "hoa ky", "uc", "phap",
  "duc", "nga", "lao", "campuchia", "cam pu chia", "thai lan", "singapore", "malaysia", "indonesia", "philippines", "an do",
  "canada", "ca na da", "tay ban nha", "ha lan", "thuy dien", "na uy", "dan mach", "ba lan", "anh quoc",
  "new zealand", "nam phi", "nigeria", "ai cap", "cuba", "brazil", "mexico", "trieu tien", "mong co", "nuoc anh",
  // Taiwan said short ("quen anh người Đài"), after "người", "bên" or "quốc tịch" only
  "dai",
];

/** Country names unambiguous on their own (others need "người", "bên", "quốc tịch", "nước" before them). */
export const COUNTRIES_ALONE: readonly string[] = [
  "han quoc", "nhat ban", "trung quoc", "dai loan", "hong kong", "hoa ky", "thai lan", "campuchia", "singapore",
  "malaysia", "indonesia", "philippines", "an do", "canada", "tay ban nha", "ha lan", "thuy dien", "na uy",
  "dan mach", "new zealand", "nam phi", "ai cap", "trieu tien", "mong co", "anh quoc",
];

/**
 * The marks of the short country names: typed with other marks the syllable is another word ("hẳn", "ngã", "lao
 * động" typed "lao"), and names no country. Typed bare, it still may.
 */
export const COUNTRY_MARKS: Readonly<Record<string, readonly string[]>> = {
  han: ["hàn"], my: ["mỹ", "mĩ"], nga: ["nga"], lao: ["lào"], duc: ["đức"], uc: ["úc"], phap: ["pháp"],
  nhat: ["nhật"], trung: ["trung"], anh: ["anh"], thai: ["thái"], ha: ["hà"], an: ["ấn"], dai: ["đài"],
};

/** Syllables that, right after a short country name, show it was another word ("người trung niên", "pháp luật"). */
export const COUNTRY_BLOCKED_NEXT: Readonly<Record<string, readonly string[]>> = {
  trung: ["nien", "gian", "tam", "uong", "hoc", "thu", "binh", "cap", "thanh", "ương"],
  phap: ["luat", "ly", "nhan", "che", "quy"], han: ["che", "muc", "hep"], my: ["pham", "thuat", "man"],
  nhat: ["dinh", "la", "thiet"], duc: ["tinh"], uc: ["che"], lao: ["dong", "cong", "dich", "xa"],
  // a radio or TV station, a monument, someone paying ("bên đài truyền hình", "đài tưởng niệm", "đài thọ")
  // (unmarked, also "đại": "người đại diện", "đại lý", "đại học")
  dai: ["truyen", "phat", "tho", "tuong", "ky", "niem", "bao", "khi", "hoa", "trang", "phun", "nuoc", "loan", "dien", "ly",
    "hoc", "su", "bieu", "gia", "ta", "uy", "ca", "han", "hoi", "tien", "tang", "thang", "chung"],
};

/**
 * Vietnamese places whose first syllable is a short country name ("Nga Sơn" in Thanh Hóa, "Lào Cai", "Mỹ Tho",
 * "Đức Phổ"): the syllable after it, for each name. Kept apart from {@link COUNTRY_BLOCKED_NEXT} so the list of
 * places can grow on its own.
 */
export const PLACES_NAMED_LIKE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  nga: ["son", "thuy", "bach", "dien", "thach", "lien", "giap", "nhan"],
  lao: ["cai"],
  my: ["tho", "phuoc", "xuyen", "hao", "khe"],
  duc: ["pho", "hoa", "trong", "linh", "hue"],
};

/**
 * Words after which a country names a border, not a foreign person ("mất giấy thông hành qua lại biên giới Trung
 * Quốc", "xã giáp Lào"): the ward's own citizens crossing it are no foreign element of a registration (folded).
 */
export const BORDER_BEFORE_COUNTRY: readonly string[] = ["bien gioi", "bien gioi voi", "giap", "giap voi", "giap bien", "cua khau", "cua khau voi"];

/** Words that, followed by a country, mean a foreign person or place. */
export const COUNTRY_LEADS: readonly string[] = ["nguoi", "ben", "quoc tich", "nuoc", "sang", "o", "tai", "voi", "lay"];

/**
 * Words of a stay abroad for work or study ("con trai đang đi xuất khẩu lao động bên Hàn", "du học bên Nhật"): a
 * country named within {@link TEMPORARY_ABROAD_SPAN} syllables after them is where a Vietnamese family member is for
 * a while, not a foreign element of the registration (folded).
 */
export const TEMPORARY_ABROAD: readonly string[] = ["xuat khau lao dong", "xkld", "di lao dong", "du hoc", "di cong tac", "di lam an", "di hoc"];
export const TEMPORARY_ABROAD_SPAN = 4;

/** Phrases that mean a foreign element by themselves. */
export const FOREIGN_CUES: readonly string[] = [
  "nuoc ngoai", "yeu to nuoc ngoai", "nguoi nuoc ngoai", "ngoai quoc", "viet kieu", "quoc tich", "ngoai kieu",
  "dinh cu o nuoc ngoai", "o nuoc ngoai ve", "nguoi tay", "khach tay", "ban tay", "ong tay", "khach nuoc ngoai",
];

const FOREIGN = "__foreign__";
const AGE_UNDER_14 = "__age_under_14__";
const AGE_14_PLUS = "__age_14_plus__";
const LOSS = "__loss__";
const LOST_PAPER = "__lost_paper__";
const DAMAGE = ["bi hu", "hu hong", "bi hong", "rach", "bi rach", "bi gay", "gay doi", "bi mo", "mo het", "bong troc", "het han", "sap het han",
  // a card cracked or unreadable ("bị nứt gãy một góc, máy quét không đọc được")
  "bi nut", "nut gay", "nut mot goc", "gay mot goc", "khong doc duoc", "hong chip"];

/**
 * Synthetic cue tokens the query analysis adds (a foreign country named, an age stated, a paper lost; `lostPaper`
 * when "mất" is followed by the paper itself: "mất sổ đỏ", "mất thẻ").
 */
export const SYNTHETIC_CUES = { foreign: FOREIGN, under14: AGE_UNDER_14, plus14: AGE_14_PLUS, loss: LOSS, lostPaper: LOST_PAPER } as const;

/** The variant markers of procedure families, with their cues. Penalties are score factors in (0, 1]. */
export const VARIANT_MARKERS: readonly VariantMarker[] = [
  // the first issue is what a plain request means: never blamed, but it is an action a re-issue contradicts
  { id: "first", inName: ["lan dau", "cap moi", "dang ky moi", "thanh lap"], cues: ["lan dau", "cap moi", "dang ky moi", "lan thu nhat", "chua tung co", "chua lam lan nao", "chua tung lam", "chua lam bao gio", "xay moi", "mo moi"], penalty: 1, absentPenalty: 1, action: "issue" },
  { id: "foreign", inName: ["yeu to nuoc ngoai", "nguoi nuoc ngoai", "ra nuoc ngoai", "cong dan nuoc ngoai"], cues: [FOREIGN, ...FOREIGN_CUES], penalty: 0.55, absentPenalty: 0.7 },
  // a person living "in the border area over there" ("người TQ ở vùng biên bên kia", "bên kia cửa khẩu"); not "vùng biên"
  // alone, which folded is also the sea ("vùng biển")
  { id: "border", inName: ["khu vuc bien gioi", "vung bien gioi", "bien gioi"], cues: ["bien gioi", "lang gieng", "giap bien", "vung bien ben kia", "ben kia cua khau", "sat cua khau", "giap cua khau"], penalty: 0.6 },
  { id: "mobile", inName: ["luu dong"], cues: ["luu dong", "tan nha", "xuong nha", "den nha", "tai giuong", "nam liet", "benh nang", "khong di duoc", "khong di lai duoc", "tan noi", "xuong tan", "nam mot cho", "liet nua nguoi", "bai liet", "khong ra xa duoc", "khong ra phuong duoc", "khong len xa duoc", "khong len phuong duoc", "khong len ubnd duoc", "khong den duoc", "lam tai nha", "bi liet", "khong the len", "khong the den", "khong the di", "di khong noi", "len tan nha", "len tan ban", "len tan thon", "ve tan nha", "ve tan ban", "ve tan thon", "ve tan noi", "tan ban", "tan thon", "tan buon", "khong xuong xa", "khong xuong phuong", "khong di xuong", "xuong xa khong duoc",
    // the officer coming up to a far village ("cán bộ xã có lên bản làm giấy khai sinh được không")
    "len ban", "vao ban", "xuong ban", "toi ban", "den ban", "len buon", "len lang"], penalty: 0.55, absentPenalty: 0.85 },
  { id: "reissue", inName: ["cap lai"], cues: [LOSS, "cap lai", "lam lai", "xin lai"], penalty: 0.6, absentPenalty: 0.8, action: "again" },
  { id: "reregister", inName: ["dang ky lai"], cues: [LOSS, "dang ky lai", "lam lai", "khong con luu", "so goc", "so cung khong con", "so cung mat", "so luu cung mat", "so luu cung bi mat", "khong con so"], penalty: 0.55, absentPenalty: 0.8, action: "again" },
  { id: "exchange", inName: ["cap doi", "^doi"], cues: ["doi", "cap doi", "het han", ...DAMAGE, "sap nhap", "doi dia gioi", "khong con dung"], penalty: 0.75, absentPenalty: 0.9, action: "exchange" },
  { id: "stop", inName: ["dung thuc hien"], cues: ["dung thuc hien", "xin dung ho so", "muon dung ho so", "dung lai ho so", "rut ho so", "rut lai ho so", "rut bo ho so", "huy ho so", "dung lam"], penalty: 0.5, action: "stop" },
  { id: "bundle", inName: ["lien thong"], cues: ["lien thong", "cung luc", "dong thoi", "mot lan luon", "ca ba", "ca hai"], penalty: 0.6 },
  { id: "combined", inName: ["ket hop"], cues: ["ket hop", "cung luc", "dong thoi", "luon"], penalty: 0.8 },
  { id: "revoke", inName: ["thu hoi"], cues: ["thu hoi", "tich thu", "nop lai", "huy bo", "cap sai", "cap khong dung", "sai quy dinh",
    // a vehicle scrapped ("xe hỏng nát, đã bán sắt vụn", "gửi biển số qua bưu điện")
    "ban sat vun", "ban phe lieu", "hong nat", "hu nat", "tra lai bien so", "gui bien so", "nop bien so"], penalty: 0.6, action: "revoke" },
  { id: "adjust", inName: ["dieu chinh", "hieu dinh", "cap nhat", "thay doi", "cai chinh", "bo sung thong tin"], cues: ["dieu chinh", "sua", "thay doi", "doi", "sai", "nham", "cap nhat", "hieu dinh", "tich hop", "cai chinh"], penalty: 0.6, action: "fix" },
  { id: "correct", inName: ["dinh chinh", "sua loi", "sai sot"], cues: ["dinh chinh", "sai", "nham", "sua", "loi", "sai sot"], penalty: 0.5, action: "fix" },
  // staying on past a term about to end ("thời hạn 1 năm, còn 10 ngày nữa là hết, muốn ở tiếp")
  { id: "extend", inName: ["gia han"], cues: ["gia han", "het han", "keo dai", "them thoi gian", "hoat dong tiep", "o tiep", "o them", "tiep tuc o", "het thoi han", "sap het han", "la het han"], penalty: 0.7, action: "extend" },
  { id: "delete", inName: ["xoa dang ky"], cues: ["pha do", "khong con trong so", "xoa", "cat khau", "cat ho khau", "chuyen di", "huy dang ky"], penalty: 0.65, action: "delete" },
  // (a port or a landing closed, "công bố đóng", and a dissolution, "giải thể", end too: "dẹp hẳn bến", "dẹp hẳn HTX")
  { id: "end", inName: ["cham dut", "thoi lam", "cong bo dong", "giai the"], cues: ["dung han", "dep han", "dep ben", "dong ben", "hong lam nua", "ra roi", "tan ra", "giai tan", "cham dut", "dong cua", "nghi han", "giai the", "khong kinh doanh nua", "khong buon ban nua", "thoi kinh doanh", "ngung han", "dep quan", "dep tiem", "thoi lam", "khong lam nua", "dong han", "nghi ban luon", "khong ban nua", "dong ma so", "nghi luon", "khong tiep tuc", "khong muon tiep tuc", "khong muon lam nua", "thoi khong lam", "muon thoi", "xin thoi"], penalty: 0.55, action: "end" },
  { id: "pause", inName: ["tam ngung", "de nghi tam dung"], cues: ["tam ngung", "tam nghi", "tam dung", "nghi hoat dong", "tam ngung hoat dong", "nghi tam", "nghi mot thoi gian", "tiep tuc kinh doanh", "mo lai", "mo cua lai", "ban lai", "buon ban lai", "kinh doanh lai",
    // a close for a while ("đóng cửa tạm thôi", "đóng cửa 3 tháng … rồi mở bán tiếp")
    "tam dong", "dong cua tam", "dong tam", "tam thoi", "dong cua mot thoi gian", "nghi vai thang", "nghi may thang",
    "dong cua vai thang", "dong cua may thang", "ban tiep", "mo ban tiep", "mo ban lai",
    ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`nghi ${n} thang`, `nghi ban ${n} thang`, `dong cua ${n} thang`, `nghi kinh doanh ${n} thang`, `nghi hoat dong ${n} thang`, `ngung hoat dong ${n} thang`, `ngung kinh doanh ${n} thang`, `ngung ${n} thang`]), "ngung hoat dong mot thoi gian"], penalty: 0.55, action: "pause" },
  { id: "under14", inName: ["duoi 14 tuoi"], cues: [AGE_UNDER_14, "duoi 14"], penalty: 0.7, absentPenalty: 0.85 },
  // the adult card is what most people mean, so it is not blamed when no age is given
  { id: "from14", inName: ["tu du 14 tuoi tro len", "tu du 14 tuoi"], cues: [AGE_14_PLUS, "tu du 14", "tren 14", "du 14"], penalty: 1, absentPenalty: 1 },
  // land used for a second purpose beside its own (a farm that takes in tourists): not a change of use
  // (or a corner of a rice field kept as a field: "vẫn giữ trồng lúa nhưng làm thêm chòi câu cá", "không chuyển hẳn")
  { id: "multi-use", inName: ["da muc dich"], cues: ["da muc dich", "ket hop", "du lich", "tham quan", "trai nghiem", "homestay", "khong chuyen han", "van giu trong", "van trong lua", "van giu ruong", "goc ruong"], penalty: 0.5 },
  { id: "organisation", inName: ["doi voi to chuc", "cho co quan to chuc", "co quan to chuc", "to chuc kinh te"], cues: ["to chuc", "cong ty", "doanh nghiep", "co quan", "don vi"], penalty: 0.7 },
  { id: "recorded-abroad", inName: ["ghi vao so"], cues: ["ghi vao so", "ghi chu", FOREIGN, "o nuoc ngoai", "ben nuoc ngoai", "da lam o", "ghi nhan", "duoc ghi nhan", "cong nhan o viet nam"], penalty: 0.6 },
  { id: "translator", inName: ["nguoi dich"], cues: ["dich", "nguoi dich", "ban dich", "dich thuat"], penalty: 0.55 },
  { id: "commune-cadre", inName: ["can bo xa"], cues: ["can bo xa", "can bo phuong", "can bo"], penalty: 0.7 },
  { id: "supervision", inName: ["giam sat viec giam ho"], cues: ["giam sat"], penalty: 0.6 },
  { id: "verify", inName: ["tham dinh"], cues: ["tham dinh", "bao cao", "du an", "thiet ke co so"], penalty: 0.5 },
  { id: "late-birth", inName: ["da co ho so"], cues: ["da co ho so", "chua bao gio", "chua tung", "chua ai dang ky khai sinh", "chua ai di khai sinh", "chua ai lam khai sinh", "chua ai khai sinh"], penalty: 0.55 },
  { id: "mediator", inName: ["hoa giai vien", "to truong to hoa giai", "thu lao"], cues: ["hoa giai vien", "to truong", "thu lao"], penalty: 0.5, absentPenalty: 0.7 },
  // the team's head, beside its members ("bầu anh Hùng làm tổ trưởng của tổ hòa giải")
  { id: "mediation-head", inName: ["to truong to hoa giai"], cues: ["to truong"], penalty: 0.6 },
  { id: "mediation", inName: ["hoa giai"], cues: ["hoa giai", "giang hoa", "dan xep", "thuong luong"], penalty: 0.75 },
  { id: "report-loss", inName: ["trinh bao mat"], cues: [LOSS, "bao mat", "trinh bao"], penalty: 0.6, action: "again" },
  { id: "forest", inName: ["rung"], cues: ["rung", "lam nghiep", "lam san"], penalty: 0.6 },
  // a household recognised during the year, not at the year-end review ("giữa năm", "phát sinh", "không đợi")
  { id: "off-cycle", inName: ["thuong xuyen"], cues: ["giua nam", "dot xuat", "phat sinh", "khong doi", "chu khong doi", "ngay bay gio", "luon bay gio", "chu khong cho", "khong cho toi cuoi nam", "khong cho den cuoi nam", "khong doi toi cuoi nam", "khong doi den cuoi nam"], penalty: 0.85, absentPenalty: 0.9 },
  { id: "stateless", inName: ["chua xac dinh duoc quoc tich", "giay chung nhan can cuoc"], cues: ["quoc tich", "goc viet", "giay chung nhan can cuoc"], penalty: 0.55 },
  // value-added tax counted on the margin (gold and silver) or on the takings ("tính thuế GTGT trực tiếp trên giá trị gia tăng")
  { id: "on-margin", inName: ["truc tiep tren gia tri gia tang"], cues: ["tren gia tri gia tang", "tren phan gia tri gia tang", "vang bac", "kinh doanh vang", "tiem vang", "mua ban vang", "ngoai te", "da quy"], penalty: 0.6, absentPenalty: 0.7 },
  { id: "on-takings", inName: ["tren doanh thu"], cues: ["tren doanh thu", "nhan doanh thu", "theo doanh thu", "ty le tren doanh thu", "phan tram doanh thu", "ty le phan tram"], penalty: 0.7, absentPenalty: 0.8 },
  // an employee declaring personal income tax himself, the payer withholding none ("họ trả lương nhưng không khấu trừ
  // thuế nên tôi phải tự khai")
  { id: "self-declared", inName: ["doi voi ca nhan co thu nhap tu tien luong"], cues: ["tu khai", "khong khau tru", "chua khau tru", "khong tru thue", "to chuc quoc te", "dai su quan", "lanh su quan"], penalty: 0.7, absentPenalty: 0.7 },
  // a boat registered for the first time while already working the rivers, or new from the yard ("ghe chạy mấy năm
  // nay rồi mà chưa đăng ký" / "mới đóng xong, chưa chạy chuyến nào"): the two first registrations differ by this only
  { id: "in-service", inName: ["phuong tien dang khai thac"], cues: ["dang khai thac", "da khai thac", "chay may nam", "may nam nay", "may nam ni", "may nam roi", "may nam nay roi", "ca chuc nam", "nhieu nam nay", "lau nay", "lau roi", "chay lau", "dang chay", "van chay", "da chay", "dang hoat dong", "dang su dung", "xai lau", "chay ca chuc nam"], penalty: 0.7, absentPenalty: 1 },
  { id: "unused", inName: ["phuong tien chua khai thac"], cues: ["chua khai thac", "moi dong", "vua dong", "dong moi", "dong xong", "moi dong xong", "vua dong xong", "chua chay", "chua ha thuy", "chua hoat dong", "chua su dung", "chua dung", "moi tinh", "chua cho khach", "chua cho hang"], penalty: 0.7, absentPenalty: 1 },
  // a boat registered again: bought from someone, moved from another registry, or both ("mua lại chiếc ghe của ông
  // hàng xóm cùng xã" / "trước đăng ký bên tàu cá, giờ chuyển qua chở hàng trên sông")
  { id: "owner-change", inName: ["chuyen quyen so huu phuong tien"], cues: ["mua lai", "sang ten", "doi chu", "chu moi", "ban lai", "chuyen nhuong", "qua ten"], penalty: 0.7, absentPenalty: 0.85 },
  { id: "same-registry", inName: ["nhung khong thay doi co quan dang ky"], cues: ["cung xa", "cung phuong", "cung ap", "cung thon", "cung to", "cung xom", "cung khom", "xa minh", "phuong minh", "xa nay", "phuong nay", "khong chuyen di", "van dang ky o", "khong doi noi dang ky"], penalty: 0.7, absentPenalty: 1 },
  { id: "registry-change", inName: ["dong thoi thay doi co quan dang ky", "chuyen tu co quan dang ky khac"], cues: ["co quan khac", "noi khac", "tinh khac", "xa khac", "huyen khac", "tau ca", "thuy san", "chuyen ve", "dem ve", "mang ve", "chuyen sang dang ky", "chuyen qua dang ky"], penalty: 0.7, absentPenalty: 1 },
  // a vehicle registered wholly online ("làm hết trên VNeID, khỏi phải lên công an"), and where it was made
  { id: "wholly-online", inName: ["toan trinh"], cues: ["toan trinh", "online het", "online toan bo", "online tu dau", "hoan toan online", "hoan toan truc tuyen", "hoan toan tren mang", "hoan toan qua mang", "tren mang het", "qua mang het", "tu dau toi cuoi", "truc tuyen het", "lam het tren", "lam het online", "tu dau den cuoi", "khong can ra cong an", "khong can len cong an", "khoi phai len", "khoi phai ra", "khoi len cong an", "khoi ra cong an"], penalty: 0.75, absentPenalty: 0.85 },
  { id: "imported", inName: ["xe nhap khau"], cues: ["nhap khau", "nguyen chiec", "xe nhap", "hang nhap"], penalty: 0.7, absentPenalty: 1 },
  { id: "made-here", inName: ["san xuat lap rap trong nuoc"], cues: ["lap rap trong nuoc", "san xuat trong nuoc", "lap rap o viet nam", "lap rap o vn", "lap rap tai viet nam", "lap rap", "xe trong nuoc", "hang trong nuoc"], penalty: 0.7, absentPenalty: 1 },
  // a worker hurt again while already paid for an earlier accident, or an old wound come back ("năm nay lại bị tai
  // nạn lần nữa" / "vết thương cũ tái phát phải mổ lại")
  { id: "injured-again", inName: ["nay tiep tuc bi"], cues: ["tiep tuc bi", "lai bi tai nan", "bi tai nan lan nua", "tai nan lan nua", "bi tai nan nua", "tai nan lan thu hai", "tai nan lan thu 2", "lan thu hai", "lan thu 2", "lai bi tnld", "lai bi them", "bi them lan nua", "tai nan moi", "lan nua", "lai bi"], penalty: 0.7, absentPenalty: 0.9 },
  { id: "relapse", inName: ["tai phat"], cues: ["tai phat", "vet thuong cu", "dau lai", "benh nang them", "nang them"], penalty: 0.75, absentPenalty: 0.9 },
  // a record kept for the district level that no longer exists in two-tier local government, beside the commune's
  // own ("Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp huyện)"): asked for only by a citizen naming the district
  { id: "district-level", inName: ["thuc hien tai cap huyen"], cues: ["cap huyen", "cong an huyen", "cong an quan", "len huyen", "len quan", "o huyen", "o quan", "tai huyen", "tai quan", "ra huyen", "ra quan"], penalty: 0.6, absentPenalty: 1 },
  // (a community as the giver's beneficiary, not as the owner: "làm sổ đỏ đứng tên cộng đồng buôn")
  { id: "to-state", inName: ["cho nha nuoc"], cues: ["nha nuoc", "cho cong dong", "tang cong dong", "hien cho cong dong", "cong dong su dung", "mo rong duong", "lam duong", "hien dat"], penalty: 0.6 },
  { id: "copy", inName: ["cap ban sao"], cues: ["cap ban sao", "xin ban sao", "lay ban sao", "xin lai ban sao", "sao luc", "trich luc", "them ban sao", "ban sao gks", "ban sao giay khai sinh", "ban sao khai sinh", "ban sao giay ket hon",
    // more copies of a paper already issued ("cần thêm 2 bản sao giấy đó")
    "ban sao giay do", "ban sao giay bao tu", ...[2, 3, 4, 5].flatMap((n) => [`them ${n} ban sao`, `xin ${n} ban sao`, `lay ${n} ban sao`])], penalty: 0.7, absentPenalty: 1, action: "again" },
  { id: "collaborator", inName: ["nguoi dich la cong tac vien"], cues: ["cong tac vien"], penalty: 0.7 },
  // a person mobilised to fight a fire who died, beside one injured ("anh tôi đi chữa cháy rừng … đã hy sinh")
  { id: "died", inName: ["bi chet"], cues: ["bi chet", "hy sinh", "chet", "qua doi", "tu vong", "thiet mang", "da mat", "mat roi", "tu nan"], penalty: 0.6, absentPenalty: 0.85 },
  // an aquatic species of the CITES lists caught in the wild or raised on a farm ("cá ngựa dính lưới ngoài khơi" / "cá
  // tầm nuôi thương phẩm, không phải bắt ngoài tự nhiên")
  { id: "wild", inName: ["khai thac tu tu nhien"], cues: ["tu nhien", "danh bat", "bat ngoai", "bat duoc", "keo luoi", "dinh luoi", "ngoai khoi", "ngoai bien"], penalty: 0.65, absentPenalty: 0.85 },
  { id: "farmed", inName: ["tu nuoi trong"], cues: ["nuoi trong", "ca nuoi", "trai nuoi", "nha nuoi", "tu nuoi", "thuong pham", "nuoi thuong pham", "ao nuoi", "long nuoi"], penalty: 0.65, absentPenalty: 0.85 },
  // a boat's owner moving house or seat to another province ("cả nhà chuyển hộ khẩu sang Quảng Ninh, tàu vẫn của bố")
  { id: "owner-moved", inName: ["chu phuong tien thay doi tru so"], cues: ["chuyen ho khau", "chuyen khau", "chuyen thuong tru", "doi thuong tru", "chuyen tru so", "doi tru so", "chuyen nha sang", "chuyen nha ve", "don nha sang", "don nha ve", "chuyen ca nha"], penalty: 0.7, absentPenalty: 0.85 },
  // a ferry landing or a landing serving a works site, beside the plain river landing ("bến bốc xếp … không phải bến đò
  // chở khách qua sông, cũng không phải bến tạm phục vụ thi công")
  { id: "ferry-or-works", inName: ["ben khach ngang song", "phuc vu thi cong"], cues: ["ben khach ngang song", "ben do", "ben do ngang", "do ngang", "cho khach qua song", "dua khach qua song", "phuc vu thi cong", "ben tam"], penalty: 0.6, absentPenalty: 0.85 },
  // a sea area handed back before its term ("sức khỏe yếu không nuôi nữa, muốn trả lại khu vực biển")
  { id: "hand-back", inName: ["^tra lai"], cues: ["tra lai", "giao lai", "nop tra", "tra vung bien", "tra khu vuc bien", "tra cho nha nuoc", "tra truoc thoi han", "tra truoc han", "khong nuoi nua", "thoi nuoi", "nghi nuoi"], penalty: 0.65, absentPenalty: 0.8 },
];

/**
 * Name words a plain request implies ("đăng ký hộ kinh doanh" is the founding one; "làm sổ đỏ" is for a person):
 * a candidate is not blamed for their absence in the question. Written with marks, as in the records: the
 * re-ranker matches them folded, the sibling comparison as written ("từ" is a function word, "tử" is not).
 */
export const IMPLIED_NAME_WORDS: readonly string[] = [
  "thủ tục", "thành lập", "cấp mới", "mới", "lần đầu", "hộ gia đình", "cá nhân", "công dân việt nam", "công dân",
  "cấp xã", "thực hiện tại", "việt nam", "đăng ký", "cấp", "giấy", "trong nước", "người", "cho", "đối với", "và",
  "của", "tại", "về", "các", "những", "trong", "theo", "từ", "đến", "đã", "được", "có", "không", "hoặc", "thuộc",
  "hoạt động", "thông tin", "nội dung", "mà", "là", "phải", "cũng", "cả", "này", "do", "đó", "khác", "việc",
];

/**
 * Name words that state the default reading of a family ("… lần đầu", "cấp mới", "thành lập", "trong nước"):
 * among {@link IMPLIED_NAME_WORDS}, the ones that still set a member apart when a citizen says them ("làm sổ đỏ
 * lần đầu"). The other implied words are function words and never distinguish siblings (see `siblings.ts`).
 */
export const DEFAULT_READING_WORDS: readonly string[] = ["lần đầu", "cấp mới", "mới", "thành lập", "trong nước"];

/**
 * Topics a ward does not handle (company registration, driving licences, passports, visas, divorce, criminal
 * records, court cases, bank interest, lottery, camera fines): when a question names one and the best procedure's
 * name does not, the search declines rather than answer with a procedure that merely shares other words (it lowers
 * the confidence; see `calibration.ts`). Folded phrases.
 */
export const NOT_AT_WARD: readonly string[] = [
  // founding or running a company, not working at one ("công ty có đóng bảo hiểm cho chồng tôi")
  "thanh lap cong ty", "mo cong ty", "lap cong ty", "dang ky cong ty", "cong ty co phan", "giai the cong ty",
  // (a visa is asked for by "gia hạn visa" and the like, `NO_NEED_ANYWHERE`: "xin visa" is also what a paper is for)
  "tnhh", "doanh nghiep tu nhan", "ho chieu",
  "ly hon", "ly di", "ly lich tu phap", "khoi kien", "kien toa", "tach thua",
  // the divorce itself, at a court (a copy of its judgment is a ward's record: `NOT_AT_WARD_UNLESS` does not spare these)
  "ly hon don phuong", "don phuong ly hon", "toa an nao", "toa xu", "toa xet xu",
  // driving licences (the transport department), bank interest, lottery results, traffic fines sent by camera
  "bang lai", "giay phep lai xe", "hoc lai xe", "thi lai xe", "thi bang", "lai suat", "xo so", "phat nguoi",
  // trademarks, traffic fines, unemployment benefit (the employment centre), a company's own taxes
  "nhan hieu", "vi pham giao thong", "tro cap that nghiep", "bao hiem that nghiep", "thue thu nhap doanh nghiep",
  // claiming the unemployment benefit itself (a proxy collecting it is a ward's record: "Ủy quyền lĩnh thay …")
  "huong tro cap that nghiep", "dang ky that nghiep", "lam that nghiep", "lanh that nghiep", "linh tien that nghiep",
  // the karaoke licence (the province's culture department), a skipper's certificate (the waterways authority)
  "kinh doanh karaoke", "bang thuyen truong", "chung chi thuyen truong", "bang lai tau", "bang lai thuyen",
  // the old-age social allowance, where a knowledge base lists it, is named "trợ cấp xã hội" (`NOT_AT_WARD_UNLESS`)
  "tro cap nguoi cao tuoi", "tro cap tuoi gia", "tro cap nguoi gia", "tien nguoi cao tuoi", "tro cap cho nguoi gia",
  // … and so are the disability assessment and allowance, and a boarding pupil's meal support, where a knowledge base
  // lists them under their own names
  "tro cap xa hoi", "xac dinh muc do khuyet tat", "giay xac nhan khuyet tat", "xac nhan muc do khuyet tat",
  "tro cap khuyet tat", "tro cap nguoi khuyet tat",
  // (a boarding pupil told as such: a bare unmarked "ban tru" is also "bán trừ", "giá bán trừ giá mua")
  "hoc sinh ban tru", "ho tro ban tru", "tien an ban tru", "an ban tru", "hoc ban tru", "che do ban tru", "truong ban tru",
  "tro cap ban tru", "ban tru dan nuoi", "gao ban tru",
  // the old-age allowance told by its subject, a person past eighty
  "nguoi tren 80", "tren 80 tuoi", "du 80 tuoi", "tu 80 tuoi",
  // tuition exemption (the school and the education office), an offshore fishing licence (the province)
  "mien hoc phi", "mien giam hoc phi", "giam hoc phi", "ho tro hoc phi", "giay phep khai thac thuy san",
  // a foreigner's residence card (immigration), a liquor licence, a tourist-standard rating, fuel support for a boat
  "the tam tru", "giay phep ban ruou", "giay phep ban le ruou", "giay phep kinh doanh ruou", "phep ban ruou",
  "dat chuan phuc vu khach du lich", "dat chuan du lich", "ho tro tien dau", "ho tro nhien lieu",
];

/**
 * Topics of {@link NOT_AT_WARD} a ward does handle under other words: a record whose name carries them answers the
 * topic (the old-age allowance is "Thực hiện … trợ cấp xã hội hàng tháng").
 */
/**
 * A shopping platform or a wallet named in a question is no procedure need, unless the procedure is about it (folded:
 * "bán hàng trên Shopee, sàn đã trừ thuế … xin lại tiền thuế" is the e-commerce sellers' refund).
 */
export const NO_NEED_UNLESS: Readonly<Record<string, string>> = {
  shopee: "thuong mai dien tu", lazada: "thuong mai dien tu", tiki: "thuong mai dien tu",
  // … and an e-wallet, when the record is the accounts a business reports ("số hiệu ví điện tử")
  momo: "vi dien tu", "vi momo": "vi dien tu", zalopay: "vi dien tu", "vi dien tu": "vi dien tu",
  // a loan asked of a credit scheme ("chính sách cho vay ưu đãi trồng rừng gỗ lớn"), a weapon kept on the family altar
  // as an heirloom, goods a duty-free shop delivers abroad
  "cho vay": "tin dung", "ban tho": "gia bao", "giao hang": "giao o nuoc ngoai",
  // money paid into the state budget at a bank, a pension moved to a bank account, a tenant's debt taken to court
  // online, a non-life insurer's reinsurance
  "ngan hang nao": "ngan sach", "hang nao": "ngan sach", "vut rac": "nop tien", "mo tai khoan ngan hang": "tai khoan ca nhan", "no tien": "khoi kien", "khong tra": "khoi kien", "nhan tho": "tai bao hiem",
};

export const NOT_AT_WARD_UNLESS: Readonly<Record<string, string>> = {
  "tro cap nguoi cao tuoi": "tro cap xa hoi", "tro cap tuoi gia": "tro cap xa hoi", "tro cap nguoi gia": "tro cap xa hoi",
  "tien nguoi cao tuoi": "tro cap xa hoi", "tro cap cho nguoi gia": "tro cap xa hoi",
  "xac dinh muc do khuyet tat": "khuyet tat", "giay xac nhan khuyet tat": "khuyet tat", "xac nhan muc do khuyet tat": "khuyet tat",
  "tro cap khuyet tat": "khuyet tat", "tro cap nguoi khuyet tat": "khuyet tat",
  "nguoi tren 80": "tro cap xa hoi", "tren 80 tuoi": "tro cap xa hoi", "du 80 tuoi": "tro cap xa hoi", "tu 80 tuoi": "tro cap xa hoi",
  // a trademark infringed at the border is the customs' record on intellectual property; unmarked "hỗ trợ tiền đầu tư"
  // is an investment's support, not a boat's fuel
  "nhan hieu": "so huu tri tue", "ho tro tien dau": "ho tro dau tu",
  // a passport held by someone abroad or a foreigner is the foreign element of a civil-status record ("chú định cư
  // bên Mỹ, có hộ chiếu Mỹ, muốn làm giấy khai sinh ở quê")
  "ho chieu": "nuoc ngoai",
};

/**
 * Words by which a citizen asks the administration for something: an act ("đăng ký", "xin", "cấp", "chứng thực",
 * "sang tên", "đổi", "đền bù", "tố cáo"), a paper ("giấy", "hồ sơ", "đơn", "sổ đỏ", "thẻ"), a benefit ("hỗ trợ", "trợ
 * cấp", "chế độ", "hưởng"). Matched as typed, like {@link NO_PROCEDURE_NEED} (and in a message typed with marks
 throughout, an unmarked syllable is that very word); the aspect words ("lệ phí", "ở đâu",
 * "bao lâu", "giấy tờ gì", see `aspect.ts`) count as well. A question that shares a word or two with some names
 * and says none of these ("cửa hàng gần chợ mấy giờ đóng cửa", "giá xe máy bây giờ bao nhiêu", a neighbour's tree
 * over the fence) has no procedure need: when the evidence is too weak to answer, it is declined rather than
 * offered procedures as choices.
 */
export const PROCEDURE_NEED_WORDS: readonly string[] = [
  "thủ tục", "đăng ký", "đăng kí", "xin", "cấp", "nộp", "khai", "báo cáo", "khai báo", "trình báo", "thông báo",
  "báo mất", "báo tử", "báo cho", "báo với", "báo lên", "phải báo", "đi báo", "chứng thực", "công chứng", "xác nhận", "sang tên", "đổi", "sửa", "cải chính", "bổ sung",
  "gia hạn", "công nhận", "chuyển", "tách", "nhập", "xóa", "hủy", "thôi", "làm lại", "cấp lại", "tố cáo",
  "khiếu nại", "kiến nghị", "phản ánh", "đề nghị", "hòa giải", "giải quyết", "đền bù", "bồi thường", "đòi",
  "kích hoạt", "mở lại", "cho phép", "hỗ trợ", "trợ cấp", "chế độ",
  "hưởng", "lĩnh", "nhận", "đóng bảo hiểm", "đóng tiền", "đóng phí", "đóng thuế", "giấy", "hồ sơ", "đơn", "thẻ",
  "sổ", "bằng", "phép", "giấy phép", "biển số", "mã số", "chứng nhận", "trích lục", "bản sao", "quyết định",
  "nhập khẩu", "xuất khẩu", "tạm nhập", "tái xuất", "hải quan", "phê duyệt", "trình duyệt", "xã duyệt", "phường duyệt", "phương án",
];

/**
 * What a question asks when it has no procedure need at all (general usage, written with marks): who holds an
 * office, a phone number, the weather or a storm, prices and lottery results, news and court cases, directions
 * and buses, talk about the bot itself, vaccination schedules, power and water cuts, private debts and disputes,
 * online shopping. Matched as typed (a word typed with marks must carry these marks: "chó cắn" is not "chỗ cán
 * bộ"), in the request of the message; like {@link NOT_AT_WARD}, a phrase counts when the best procedure's name
 * does not carry it: the search then declines (with the ward's contact) instead of offering procedures that
 * merely share a word.
 */
export const NO_PROCEDURE_NEED: readonly string[] = [
  // who holds an office, how to reach someone
  "là ai", "là ông nào", "là bà nào", "là người nào", "ai là chủ tịch", "ai là trưởng", "ai là bí thư", "ai làm chủ tịch", "ai đang làm", "tên chủ tịch",
  "ai là công an", "ai là cảnh sát", "ai là cán bộ", "ai là tổ trưởng", "ai phụ trách", "ai quản lý",
  // who takes over an office ("ông trưởng thôn sắp nghỉ để con trai lên thay có đúng không")
  "lên thay", "ai thay", "lên làm trưởng", "lên làm chủ tịch", "lên làm bí thư",
  "số điện thoại của", "xin số điện thoại", "cho số điện thoại", "hỏi số điện thoại", "số điện thoại riêng",
  "số điện thoại công an", "số điện thoại cán bộ", "số điện thoại ủy ban", "số điện thoại phường", "số điện thoại xã",
  "hotline", "gọi số nào",
  // weather, storms, prices, lottery, markets
  "thời tiết", "trời mưa", "trời có mưa", "trời nắng", "nhiệt độ", "dự báo", "đổ bộ", "cơn bão số", "cơn bão này", "cơn bão sắp", "cơn bão đang", "cơn bão lớn", "cơn bão tới",
  // a storm by its number (unmarked "bao so" is also "báo số", "bảo sổ": "thông báo số tài khoản", "xã báo sổ gốc mất")
  "bão số mấy", "bão số 1", "bão số 2", "bão số 3", "bão số 4", "bão số 5", "bão số 6", "bão số 7", "bão số 8", "bão số 9", "bão số 10", "bão số 11", "bão số 12", "bão số 13",
  "có mưa không", "có mưa hông", "có mưa ko", "có mưa k", "mưa to không",
  "rẻ nhất", "chỗ nào rẻ", "ở đâu rẻ", "nào rẻ", "nào đóng rẻ", "mua online", "mua trên mạng", "xổ số", "vé số",
  // a vehicle's price at the dealer's ("giá xe Vision ngoài đại lý bao nhiêu, mua trả góp có lời không")
  "đại lý nào", "ngoài đại lý", "bán rẻ", "có lời không", "có lời hông",
  "giá phòng", "bao nhiêu 1 đêm", "bao nhiêu một đêm", "đòi hoàn tiền", "khiếu nại shop", "khiếu nại shopee", "khiếu nại lazada", "khiếu nại tiki",
  "bao nhiêu một mét", "bao nhiêu 1 mét", "bao nhiêu tiền một mét", "bao nhiêu tiền 1 mét", "ước giúp", "định giá giúp", "không nổ", "không nổ máy", "hư gì",
  "tài khoản facebook", "facebook bị khóa", "nick facebook", "zalo bị khóa", "nick zalo",
  // a tree's first harvest ("trồng sầu riêng mấy năm thì cho trái")
  // (not "cho trái" alone: unmarked, "chở trái cây" is a boat's load)
  "thì cho trái", "mới cho trái", "bắt đầu cho trái", "thì ra trái", "mới ra trái", "đậu trái", "thì cho quả", "mới cho quả",
  "giá phân", "phân urê", "mua phân bón", "phân bón nào", "phân bón gì", "thuốc trừ sâu", "nghe đồn", "là con ai", "con ai vậy", "con ai thế", "mới cưới vợ hả", "đám cưới tổ chức", "đám cưới ở đâu", "đám cưới khi nào", "đám cưới hôm nào", "ra số mấy", "ra số gì", "có nên bán", "có nên mua", "bán được bao nhiêu",
  "phát gạo", "phát quà", "quà tết", "tuyển sinh",
  "tăng bao nhiêu", "tăng mấy", "được tăng", "tăng lương", "giá vàng", "giá xăng", "giá điện", "giá lúa", "giá heo", "giá cả", "giá đất", "giá nhà đất", "giá nhà ở", "giá nhà bây giờ", "giá nhà bao nhiêu", "giá nhà hiện nay", "giá nhà khu", "giá nhà phố", "giá nhà chung cư", "giá thuê", "một mét vuông", "1 mét vuông", "tỷ giá", "kqxs", "kết quả xổ số", "chứng khoán",
  // news, court cases, sport and entertainment
  "tin tức", "có tin gì", "biết tin gì", "soạn tin gì", "tin mới", "thời sự", "xét xử", "đá bóng", "đá với", "đá mấy giờ", "trận đấu", "đội tuyển", "bóng đá", "chung kết",
  "lịch thi đấu", "ca sĩ", "bộ phim",
  // opinions asked of the bot, and a shop's opening hours
  "theo bạn thì", "theo bác thì", "theo anh thì", "theo chị thì", "theo em thì", "theo ad thì", "có lợi cho",
  "mấy giờ mở cửa", "mấy giờ đóng cửa", "mở cửa mấy giờ", "đóng cửa mấy giờ", "giờ mở cửa",
  // directions and transport
  "đường nào", "đường đi", "chỉ đường", "tuyến xe buýt", "tuyến xe bus", "xe buýt số", "xe bus số", "xe buýt nào", "xe bus nào", "đi xe buýt", "đi xe bus", "bắt xe buýt", "bắt xe bus", "bến xe", "mấy giờ chạy",
  // the bot itself
  "tên gì", "tên là gì", "người thật", "người hay máy", "là máy", "robot", "có người yêu", "ăn cơm chưa", "bao nhiêu tuổi rồi",
  "ăn trưa chưa", "ăn sáng chưa", "ăn tối chưa", "có vui không", "có mệt không", "có buồn không", "cách bảo quản", "trả lương trễ", "nợ lương", "chậm trả lương", "trả lương chậm", "đòi lương", "gác lửng ko", "có gác lửng", "máy lọc", "tên là gì", "trung tâm hành chính tỉnh", "sáp nhập tỉnh", "giấy tờ xin việc", "xin việc phụ", "xin việc làm công nhân", "đang tuyển", "tuyển lao động", "xin việc vào", "giá thị trường", "đồ rẻ", "mấy cái chợ", "tiền cọc", "trả cọc", "nói chuyện với", "nói chuyện thế nào", "nên nói sao", "bảo quản giấy tờ", "bảo quản sổ", "giữ giấy tờ cho khỏi", "bạn khỏe không", "có khỏe không", "em khỏe không", "anh khỏe không", "chị khỏe không", "bot khỏe không", "khỏe không bạn", "khỏe không em", "khỏe không ad", "dạo này khỏe", "làm ở đó có",
  "đất nền", "giá rẻ", "chỗ nào bán", "ai biết chỗ", "sửa xe", "tiệm sửa", "nào uy tín", "đâu uy tín", "uy tín không", "uy tín ko", "uy tín hông", "uy tín nhất", "đang tuyển", "tuyển nhân viên",
  "tiệm photo", "quán photo", "chỗ photo", "sđt tiệm", "sđt quán", "số điện thoại tiệm", "số điện thoại quán",
  "tiếng anh gọi là gì", "tiếng anh là gì", "thủng lốp", "vá xe", "tiệm nào", "gần đây có",
  "mở lời", "sao cho khéo", "nói sao cho", "bảo hành", "không chịu đổi", "hổng chịu đổi", "đổi trả",
  // the power's or the water's hours, a copy shop, a ward's new name, an officer disciplined, a job asked for
  "mấy giờ có điện", "khi nào có điện", "bao giờ có điện", "mấy giờ có nước", "tiệm photocopy", "tên mới là gì",
  "bị kỷ luật", "có tuyển", "muốn xin việc", "xin việc làm bảo vệ",
  // gossip about whose house a project takes ("nhà ai bị giải tỏa vậy"), leaves over the fence
  "nhà ai bị", "lá rụng",
  // fake fertiliser bought at a shop; parking at the one-stop desk
  "phân bón giả", "chắc phân giả", "cho gửi xe", "gửi xe máy", "chỗ gửi xe", "gửi xe có mất",
  // a story told only to be heard, a curiosity ("kể cho ad nghe thôi chứ biết làm sao", "chỉ tò mò thôi, không cần làm gì")
  "kể cho ad nghe", "kể ad nghe", "kể cho bạn nghe", "kể cho em nghe", "tâm sự thôi", "chỉ tò mò", "tò mò thôi", "không cần làm gì",
  // a rumour checked ("nghe nói phường mình sắp sáp nhập với phường bên cạnh, có thật không ad")
  "có thật không", "có thật ko", "có thật k", "có thật hông", "có thật hem",
  // snow in the mountains, an exam's timetable, a neighbour's power cut off in a quarrel
  "có tuyết", "tuyết rơi", "ngắm tuyết", "săn tuyết", "lịch thi", "thi vào lớp 10", "thi vào lớp mười", "thi vào 10", "cúp cầu dao", "cắt cầu dao",
  "ngày đẹp", "ngày nào đẹp", "ngày nào tốt", "ngày tốt", "coi ngày", "thiệp mời", "thiệp cưới", "mẫu thiệp", "viết giùm", "xem ngày", "chọn ngày", "giờ đẹp", "hợp tuổi", "phong thủy", "xem tuổi",
  "bán giá bao nhiêu", "giá bao nhiêu 1m2", "bao nhiêu 1m2", "bao nhiêu một mét vuông", "mua đầu tư", "định đầu tư", "có đông khách", "đông khách không", "có đắt hàng", "buôn bán có",
  // other bodies' everyday services
  "lịch tiêm", "tiêm phòng", "tiêm chủng", "vắc xin", "lịch cắt điện", "cắt điện", "mất điện", "cúp điện", "cắt nước", "cúp nước", "lịch cúp", "lịch cắt nước",
  "tiền điện", "tiền nước", "điện lực", "công tơ điện", "đồng hồ nước", "ngân hàng nào", "đổi tiền mới", "đổi tiền lẻ", "lì xì",
  // a phone bought on credit, a bank card opened ("mua điện thoại trả góp 0% cần giấy tờ gì", "làm thẻ atm cần mang gì")
  "xin chuyển công tác", "chuyển công tác về", "tầm bao nhiêu 1 tháng", "tầm bao nhiêu một tháng", "giá tầm bao nhiêu", "phòng trọ giá", "có làm việc không", "có làm việc ko", "có làm việc k", "thứ 7 có làm", "thứ bảy có làm", "chủ nhật có làm", "trả góp 0", "điện thoại trả góp", "đt trả góp", "iphone trả góp", "mua iphone", "xe máy trả góp", "làm thẻ atm", "mở thẻ atm",
  "làm thẻ ngân hàng",
  // private debts, disputes and shopping
  "vay tiền", "nợ tiền", "đòi nợ", "quỵt nợ", "không trả tiền", "không chịu trả", "lừa đảo", "giao hàng", "đơn hàng online", "đơn hàng trên", "đặt đơn hàng", "đơn hàng bị", "đơn hàng của tôi", "đơn hàng của em",
  // what one's old car would sell for ("xe ô tô cũ … bán được giá bao nhiêu"), a crop's price by weight ("hợp tác xã
  // thu mua sầu riêng giá bao nhiêu một ký")
  // papers and aid other bodies give, asked for themselves: a foreigner's residence card, a liquor licence, a
  // tourist-standard rating, a boat's fuel support, repairs after a flood
  "thẻ tạm trú", "giấy phép bán rượu", "giấy phép bán lẻ rượu", "giấy phép kinh doanh rượu", "đạt chuẩn phục vụ khách du lịch",
  "hỗ trợ tiền dầu", "sửa nhà sau lũ", "sửa nhà sau bão",
  "bán được giá", "được giá bao nhiêu", "bán lại được", "bán lại được khoảng", "bao nhiêu một ký", "bao nhiêu 1 ký", "bao nhiêu một cân", "bao nhiêu 1 cân",
  "bao nhiêu một tấn", "bao nhiêu 1 tấn", "bao nhiêu một kg", "bao nhiêu 1 kg", "bao nhiêu 1kg",
  // things bought to keep papers in ("mua vỏ bọc căn cước ở đâu", "bìa kẹp đựng giấy khai sinh cho bền")
  "mua ở đâu", "bán ở đâu", "mua chỗ nào", "mua tại đâu", "vỏ bọc", "bao đựng", "bìa kẹp", "bìa đựng", "túi đựng giấy", "túi đựng thẻ", "túi đựng căn cước", "cho khỏi trầy",
  "shopee", "lazada", "tiki", "mã giảm giá", "khuyến mãi", "freeship",
  // (a dog biting, not "chó cắn" alone: unmarked "cho can bo xuong" is "cho cán bộ xuống")
  "bị chó cắn", "con chó cắn", "chó cắn người", "chó nhà hàng xóm", "đánh nhau",
  // damage between friends ("mượn xe làm trầy không chịu đền")
  "không chịu đền", "ko chịu đền", "bắt đền", "hổng chịu đền", "hông chịu đền", "chẳng chịu đền",
  // a school place asked for ("muốn xin học lớp 1 trường Tràng An trái tuyến": the school's, not the ward's)
  "xin học lớp", "học trái tuyến", "trường trái tuyến", "xin vào trường", "xin cho con vào trường", "xin học cho con",
  "xin học trường", "xin học ở trường", "học trường gần",
  // university admissions (the school's and the ministry's: "đăng ký nguyện vọng xét tuyển đại học")
  "xét tuyển đại học", "nguyện vọng xét tuyển", "thi đại học", "điểm chuẩn", "tuyển sinh đại học",
  // a deposit a landlord keeps ("chủ trọ giữ tiền cọc không chịu trả")
  "tiền cọc", "trả cọc", "giữ cọc", "trả lại cọc",
  // work abroad through a labour programme (the labour department's and the employer's: "đăng ký thi tiếng Hàn EPS")
  "eps", "thi tiếng hàn", "lao động hàn quốc",
  "kiện được không", "có kiện được", "mượn tiền",
  // a seller's account on a shopping platform, goods wanted from anyone ("có ai bán lại xe tải … cần mua gấp")
  "bên vận chuyển", "đơn vị vận chuyển", "chạy quảng cáo", "quảng cáo facebook", "quảng cáo trên facebook", "tài khoản người bán", "tài khoản shopee", "tài khoản lazada", "có ai bán", "ai bán lại", "cần mua gấp", "đang cần mua",
  "không trả", "cho vay",
  // incidents for the ward to fix, reported as feedback rather than asked as procedures
  "bị tắc", "cống thoát nước", "ngập úng", "đèn đường", "ổ gà", "tiếng ồn", "ồn ào", "vứt rác", "đổ rác",
  // a neighbour's dog barking all night ("nuôi chó thả rông sủa cả đêm"; unmarked, "thả lồng cá" shares its syllables)
  // (not "chó sủa": unmarked, "mới cho sửa thông tin" is a change allowed)
  "sủa cả đêm", "sủa suốt", "sủa inh ỏi", "chó thả rông",
  // homework and writing; cooking and recipes
  "bài văn", "bài tập", "bài toán", "giải toán", "giải giúp con", "giải giùm", "viết giúp", "font chữ", "phông chữ", "học trái tuyến", "cỡ chữ bao nhiêu", "cỡ chữ mấy", "thể thức văn bản", "đúng thể thức", "cách nấu", "cách gói", "công thức nấu", "công thức làm", "làm bánh",
  // looking for a job (the employment centre and employers, not a ward procedure)
  "xin việc làm", "tìm việc làm", "xin vào làm", "tuyển lao động", "tuyển dụng", "tuyển người", "việc làm thêm", "lương cao",
  // a guest's gift at a wedding, a name for a baby, a photo posted online, a frame for a certificate
  "mừng bao nhiêu", "mừng cưới", "tiền mừng", "đi đám cưới", "đi ăn cưới", "gợi ý tên", "gợi ý vài cái tên", "đặt tên gì",
  "tên gì hay", "tên nào hay", "cái tên hay", "lên facebook", "lên mạng xã hội", "đăng ảnh", "đăng hình", "khung treo", "đóng khung",
  // a school's own matters: marks and exams
  // (not "điểm thi" alone: unmarked, "dứt điểm thì" is a matter settled once and for all)
  "xem điểm thi", "tra điểm thi", "điểm thi của", "điểm thi học kỳ", "điểm thi tốt nghiệp", "điểm thi vào", "điểm thi bao nhiêu", "bao nhiêu điểm thì", "mấy điểm thì", "điểm thì đỗ", "điểm thì đậu", "chấm thi", "chấm sai", "phúc khảo", "điểm học kỳ", "nghỉ học", "cho học sinh nghỉ",
  // a phone line, the internet, a fair's stall, a storm coming, farm supplies from a dealer
  "nhà mạng", "lắp mạng", "cáp quang", "wifi", "đăng ký lại sim chính chủ", "cho sim chính chủ", "làm sim chính chủ", "khóa sim", "khóa 2 chiều", "gian hàng",
  // (a fair by its time or its tickets: goods brought in for a fair under customs are a procedure)
  "hội chợ tết", "hội chợ xuân", "hội chợ ở đâu", "hội chợ khi nào", "hội chợ bao giờ", "đi hội chợ", "đi chơi hội chợ", "vé hội chợ",
  // (a storm coming, asked about; not "bão về" alone: "hồi bão về, đi chằng chống nhà dân thì bị ngã" tells the past)
  "có bão", "bão vào", "bão sắp về", "bão về chưa", "bão về khi nào", "bão về tới đâu", "bão về đến đâu", "bão về không", "phân đạm", "phân npk", "npk", "đại lý nào",
  // a landlord's deposit, a building's service fee, a gym
  "tiền cọc", "trả cọc", "trả lại cọc", "phí quản lý", "phòng gym", "phòng tập",
  // which insurer's product to buy ("mua bảo hiểm nhân thọ của công ty nào thì lợi hơn")
  "bảo hiểm nhân thọ", "nhân thọ", "lợi hơn", "lời hơn", "ai tư vấn",
  // a family altar and its genealogy, a private loan's interest, a bank's own app
  "ban thờ", "gia phả", "trưởng họ", "tiền lãi bao nhiêu", "tính tiền lãi", "trả tiền lãi", "đòi tiền lãi", "tiền lãi ngân hàng", "tiền lãi vay", "nói chuyện sao cho", "nói chuyện với nó",
  "app ngân hàng", "ứng dụng ngân hàng",
  // a hospital's queue, a plate auction, a class or a teacher changed, a case followed in the news, an app that crashes
  "lấy số khám", "kịp khám", "lấy số từ mấy giờ", "ngũ quý", "biển đẹp", "giá cao nhất", "gặp hiệu trưởng", "với hiệu trưởng", "thầy hiệu trưởng", "cô hiệu trưởng", "cô chủ nhiệm", "thầy chủ nhiệm", "giáo viên chủ nhiệm",
  "chuyển lớp",
  "xử lý tới đâu", "tới đâu rồi", "bị xử chưa", "văng ra", "cài đặt lại", "gỡ cài đặt",
  // an exchange rate, whether a building's charge is fair (an e-wallet or a bank's app: NO_NEED_ANYWHERE)
  "tỷ giá", "tỉ giá", "phí gửi xe", "có cao quá không",
  "có đắt quá không", "có hợp lý không", "có hợp pháp không", "có đúng luật không", "có trái luật không", "có sai luật không",
  "nên nói với", "nói với sếp", "nói với trưởng phòng", "nói với giám đốc",
  // a cash machine that kept the card, a land price per sào, a crop's disease, a traffic jam
  "cây atm", "máy atm", "nuốt thẻ", "bao nhiêu 1 sào", "bao nhiêu một sào", "bán khoảng bao nhiêu", "phun thuốc gì",
  "bón phân gì", "vàng lá", "thối rễ", "kẹt xe", "tắc đường", "đỡ kẹt",
  // a class fund collected by a school
  "quỹ lớp", "quỹ phụ huynh", "thu quỹ", "từ chối đóng",
  // a room's rent and a landlord's rise
  "tăng tiền phòng", "tăng giá phòng", "có nên chuyển",
  // a craft's own know-how ("cá cơm ủ chượp bao lâu thì rút được nước nhất")
  "ủ chượp", "tỉ lệ muối", "tỷ lệ muối", "cách làm nước mắm",
  // how to talk to a landlord, a printer to buy; a procedure denied outright
  "nói chuyện thế nào", "nói thế nào cho khéo", "máy in", "không cần làm thủ tục", "không cần thủ tục",
  "không cần đăng ký gì", "không cần làm lại", "ép plastic", "ép dẻo", "ép loại", "đem đi ép",
  // the bot's opinion on buying now, a pet name, a deposit kept by a landlord, a school's deadline
  "admin thấy thế nào", "admin thấy sao", "bạn thấy thế nào", "hay đợi sang năm", "tên ở nhà", "dễ thương hơn", "ai đúng ai sai",
  "giữ tiền cọc", "giữ cọc", "đắt hay rẻ", "rẻ hay đắt", "xin vô trường", "xin vào trường", "vào lớp 10", "trường nội trú", "cách giữ",
  // a medicine's dose, a phone plan ("cho uống thuốc hạ sốt loại nào", "gói cước 4G nào rẻ")
  "thuốc hạ sốt", "uống thuốc gì", "uống thuốc nào", "thuốc gì", "bao nhiêu ml", "gói cước", "nhà mạng",
  // a hospital's queue on a weekend
  "bắt đầu lấy số", "mấy giờ bắt đầu", "thứ 7 có khám", "chủ nhật có khám",
  // which product to buy ("máy lọc nước loại nào có chứng nhận chất lượng mà giá dưới 5 triệu")
  "mua loại nào", "loại nào tốt", "hãng nào",
  // a coach's timetable ("xe khách từ trung tâm xã xuống Lào Cai chuyến sớm nhất mấy giờ")
  "nhà xe", "chuyến sớm", "chuyến cuối", "chuyến xe", "giờ xe chạy",
  // a bank account opened in an app, a traffic fine's amount, who holds an office now
  // (not a fine's amount alone: "đăng ký khai sinh muộn bị phạt bao nhiêu" asks about the procedure)
  "mở tài khoản ngân hàng", "vượt đèn đỏ", "không đội mũ", "mũ bảo hiểm", "ai đang là", "ai đang làm",
  // which bank lends cheapest, a loan's rate today (not a rate's support, "hỗ trợ lãi suất", which is a procedure)
  "ngân hàng nào", "bank nào", "lãi thấp nhất", "lãi suất thấp nhất", "lãi suất bao nhiêu", "lãi suất hiện nay", "lãi suất bây giờ",
  // getting a private debt or a scammed payment back; which hospital is best
  "đòi sao", "bệnh viện nào", "phòng khám nào", "tốt nhất", "không giao hàng", "chặn luôn", "bị lừa",
  // a motorbike's insurance bought at a shop, fuel prices, a visa's proof of funds
  "bảo hiểm xe máy", "bảo hiểm xe", "giá xăng", "tăng hay giảm", "chứng minh tài chính",
  // a visa asked for itself (a paper "để … xin visa" is read apart: the purpose is not the request)
  "xin visa",
];

/**
 * A private company's own service (folded), a need of its own wherever the message names it, unless the message asks
 * for a fee ("nộp lệ phí qua ví MoMo được không" asks about the procedure's fee): the question is for the bank or the
 * wallet, whatever paper it mentions.
 */
export const NO_NEED_ANYWHERE: readonly string[] = [
  // fuel prices, however the question goes on ("giá xăng tuần này tăng hay giảm, có phải do thuế môi trường không")
  "gia xang",
  "app ngan hang", "ung dung ngan hang", "vi momo", "momo", "zalopay", "vi dien tu", "cay atm", "may atm",
  // a shopping app's payment failing ("app shopee báo lỗi thanh toán, không đặt hàng được")
  "loi thanh toan", "bao loi", "khong dang nhap duoc", "xoa app", "cai lai app", "vang ra", "go cai", "tai khoan zalo",
  "zalo bi khoa",
  // who takes over an office, told as a purpose ("sắp nghỉ để con trai lên thay có đúng không")
  "con trai len thay", "con gai len thay", "de con len thay", "len thay ong", "len thay ba",
  // a child's arithmetic homework, wherever it is told ("bài toán lớp 5: 1 ghe chở 2,5 tấn tôm thì 4 ghe…")
  "bai toan",
  // a bank loan's rate asked for itself (not a rate's support: "nghe nói được hỗ trợ lãi suất"), goods delivered short
  // or wrong
  "lai suat bao nhieu", "lai suat hien nay", "lai suat vay ngan hang", "lai suat ngan hang", "giao thieu hang", "giao sai mau",
  "giao sai hang",
  // a shop or a carrier that will not exchange, refund or pay for what it damaged, told in the story ("tiệm không chịu
  // đổi, em phải làm sao?")
  "khong chiu doi", "hong chiu doi", "khong chiu doi tra", "khong chiu hoan tien", "khong chiu den", "hong chiu den", "mat kien hang",
  // an app refusing a password typed right ("vneid cứ báo sai mật khẩu dù em nhập đúng")
  "bao sai mat khau",
  // a life insurer's own contract ("mua bảo hiểm nhân thọ Prudential … hủy hợp đồng lấy lại bao nhiêu phần trăm")
  "bao hiem nhan tho",
  // another body's papers, however the message is told: a passport issued, a driving licence exchanged, a visa
  // extended ("khách nước ngoài ở homestay muốn gia hạn visa", "đổi bằng lái giấy sang thẻ PET")
  "ho chieu moi", "lam ho chieu lan dau", "lam ho chieu de", "lam ho chieu cho", "gia han ho chieu", "doi ho chieu", "cap ho chieu",
  "doi bang lai", "the pet", "gia han bang lai", "thi bang lai", "hoc bang lai", "doi giay phep lai xe",
  "gia han visa", "gia han thi thuc", "visa them",
  // a boat race of the festival ("cuối tuần xã có tổ chức đua thuyền không, muốn đăng ký đội tham gia")
  "dua thuyen", "dua ghe", "boi chai",
  // an account stolen ("zalo bị hack mất rồi, lấy lại tk kiểu gì")
  "bi hack", "hack mat", "hack nick", "hack tai khoan", "hack zalo", "hack facebook",
  // the power or water company's bill ("hóa đơn tiền điện tháng này tăng gấp đôi, khiếu nại ở đâu"), partners
  // quarrelling over their stake in a shop
  "hoa don tien dien", "hoa don tien nuoc", "tien dien tang", "tien nuoc tang", "doi rut von", "rut von lai",
  // … however the month's bill is told ("tiền điện tháng này nhà tôi tăng gấp đôi, khiếu nại ở đâu")
  "tien dien thang", "tien nuoc thang", "tien dien nha", "tien nuoc nha", "tien dien len", "tien dien cao",
  // a phone bill ("tiền cước điện thoại tháng này sao cao vậy, tra cứu chi tiết ở đâu")
  "tien cuoc", "cuoc dien thoai", "cuoc di dong", "cuoc internet",
  // a SIM card registered, money changed ("đăng ký sim chính chủ bằng cccd", "đổi Đài tệ ở đâu"; not a SIM owned,
  // "máy cục gạch nhưng sim chính chủ", told on the way to an e-ID)
  "dang ky sim", "doi ngoai te", "dai te", "ty gia",
];

/**
 * Phrases (folded, after chat abbreviations are expanded: "ko phai" is "khong phai") that deny what follows; after
 * "+", words that must follow for the phrase to deny, and are denied with the rest ("không có" denies only "yếu tố
 * …", since names carry "không có đất ở" as a case of their own): "tôi
 * không phải người nước ngoài", "không thuộc vùng biên giới", "không có yếu tố nước ngoài". A word they deny does
 * not ask for its variant and counts against a member whose name carries it (see `negation.ts`). "chưa có",
 * "không có" and "chưa" alone are not here: names carry them as a case of their own ("… chưa tham gia bảo hiểm y
 * tế", "thửa đất chưa được cấp Giấy chứng nhận"), and "không còn sổ gốc" tells of a loss.
 */
export const NEGATORS: readonly string[] = [
  // (not a payment spared: "tiền tài trợ không phải trả lại", "không phải nộp tiền thuê đất" ask about the exemption;
  // "không phải đóng" stays a denial: "không phải đóng phí chứng thực, có đúng không" was tried, and declined)
  "khong phai -tra -nop -chiu", "chang phai", "dau phai", "hong phai -tra -nop",
  // the alternative put aside: "muốn tái xuất chứ không bán vào nội địa", "nhờ xã hòa giải trước chứ chưa muốn kiện"
  // (not a wait refused, which is the request: "xin ra khỏi hộ cận nghèo luôn chứ không đợi cuối năm")
  "chu khong -doi -cho -can -phai", "chu chua -doi -cho -can", "chu hong -doi -cho -can -phai",
  // a step not wanted yet: "lập tổ hợp tác (chưa muốn lên htx)", "chưa đủ sức lên hợp tác xã", "nhờ hòa giải, chưa muốn kiện"
  "chua muon", "chua du suc", "chua du dieu kien +len", "chua toi muc +len", "khong +len", "chua +len", "khong muon +len", "khong ai la", "khong ai phai", "khong ai co", "chang ai co", "khong co ai", "khong co +quoc tich", "khong thuoc", "khong co +yeu to", "khong o", "khong song o", "khong cu tru o",
  // not married: "có con với anh ấy nhưng không cưới" is no marriage registration
  // closed for good: "nghỉ bán luôn, không mở lại nữa" asks for no pause
  // a way of filing put aside: "không rành làm online toàn trình, ra thẳng công an"
  "khong ranh", "khong quen +lam", "khong +lam online", "khong +lam truc tuyen", "khong +lam toan trinh", "khong +lam duoc online",
  "khong +mo lai", "khong +mo cua lai", "khong +ban lai", "khong +quay lai ban",
  "khong +cuoi", "chua +cuoi", "khong +ket hon", "chua +ket hon", "khong +dang ky ket hon", "chua +dang ky ket hon",
  // a residence left for later: "chưa đăng ký thường trú cho bé được, để sau tính" asks for no residence bundle
  "chua +dang ky thuong tru", "khong +dang ky thuong tru", "chua +nhap khau", "khong +nhap khau",
  "chua can +nhap khau", "chua can +nhap ho khau", "khong can +nhap khau", "khong can +nhap ho khau", "chua +nhap ho khau",
  "chua can +dang ky thuong tru", "khong can +dang ky thuong tru", "chua can +thuong tru", "khong can +thuong tru",
  // a temporary residence not registered yet where one is going: "chưa biết ở đâu nên chưa đk tạm trú được"
  "chua +dang ky tam tru", "khong +dang ky tam tru",
  // no household business registered: "buôn bán nhỏ không có đăng ký hộ kinh doanh, bên thuế bảo đăng ký mã số thuế"
  "khong co +dang ky ho kinh doanh", "chua co +dang ky ho kinh doanh", "khong +dang ky ho kinh doanh", "chua +dang ky ho kinh doanh",
  // a paper still in hand: "thẻ vẫn còn trong tay chứ không mất" asks for no re-issue of a lost one
  "khong +mat", "chu khong +mat", "chua +mat", "chua +bi mat", "khong +bi mat",
  // left for later: "chưa tính nhập khẩu cho con ở đây"
  "chua tinh", "khong tinh",
  // staying put: "tôi vẫn ở chỗ cũ, không chuyển đi đâu" asks for no deregistration
  "khong +chuyen di", "chua +chuyen di",
  // no passport, asking what else crosses the border: "không có hộ chiếu thì có giấy nào khác để qua lại"
  "khong co +ho chieu", "chua co +ho chieu", "khong can +ho chieu",
];
/**
 * Words that put off what was just named ("hộ khẩu để sau", "còn nhập hk thì tạm chưa", "bhyt với nhập khẩu tính
 * sau"), folded: the syllables before them in the clause (up to `NEGATION_SPAN`, back to a connective other than
 * "thì") are denied, as after a negator.
 */
export const DEFERRALS: readonly string[] = ["de sau", "tinh sau", "lam sau", "tam chua nhap", "tam chua", "chua nhap", "de lai sau"];

/** How many syllables after a negator it denies, at most; a connective ends it sooner (`NEGATION_ENDS`). */
export const NEGATION_SPAN = 5;
/**
 * Connectives that end what a negator denies: "không phải ở biên giới mà ở thành phố". ("hay" and "hoặc" right after
 * a denied word list more of what is denied: "không phải bến đò ngang hay bến phục vụ thi công", see negation.ts.)
 */
export const NEGATION_ENDS: readonly string[] = ["ma", "nhung", "thi", "nen", "vi", "va", "hay", "hoac"];

/** A kind of business a procedure is for: as names carry it (accented) and as questions say it (folded). */
export interface BusinessEntity {
  name: string;
  said: readonly string[];
}

/** The kinds of business names are for ("… hộ kinh doanh", "… hợp tác xã", "… tổ hợp tác", "… doanh nghiệp"). */
export const BUSINESS_ENTITIES: readonly BusinessEntity[] = [
  { name: "hộ kinh doanh", said: ["ho kinh doanh", "hkd", "ho kd"] },
  { name: "hợp tác xã", said: ["hop tac xa", "htx"] },
  { name: "tổ hợp tác", said: ["to hop tac"] },
  { name: "doanh nghiệp", said: ["doanh nghiep", "cong ty", "cty"] },
];

/**
 * The kinds of business a folded text names.
 *
 * @param folded - folded text padded with spaces.
 */
export function entitiesNamed(folded: string): BusinessEntity[] {
  return BUSINESS_ENTITIES.filter((e) => e.said.some((w) => folded.includes(` ${w} `)));
}
