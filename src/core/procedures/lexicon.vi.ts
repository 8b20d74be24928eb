/**
 * Vietnamese lexicon for procedure search, kept as data: chat abbreviations, domain abbreviations and synonyms
 * (what citizens say → how the official records say it), words that carry intent rather than content, and the
 * fields a ward favours. Edit this file to teach the search new words; no code change is needed.
 * Entries are general Vietnamese usage, written for this project.
 */

/** Chat shorthand → accented expansion. Keys are lower case, as typed (accented or folded). */
export const CHAT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ko: "không", k: "không", kh: "không", hok: "không", hong: "không", hem: "không", kg: "không", khg: "không",
  khong: "không", dc: "được", đc: "được", dk: "đăng ký", đk: "đăng ký", j: "gì", ji: "gì", ntn: "như thế nào",
  bn: "bao nhiêu", bnhiu: "bao nhiêu", nhiu: "nhiêu", bh: "bao giờ", bjo: "bây giờ", h: "giờ", mk: "mình",
  mik: "mình", mn: "mọi người", vs: "với", ng: "người", tg: "thời gian", ad: "admin", ak: "à", ah: "à", z: "vậy",
  v: "vậy", dzậy: "vậy", r: "rồi", ms: "mới", cx: "cũng", ns: "nói", trc: "trước", sd: "sử dụng", sdt: "số điện thoại",
  cty: "công ty", gđ: "gia đình", nha: "nhà", thk: "thì", lm: "làm", onl: "online", oline: "online",
  lquan: "liên quan", qđ: "quy định", hs: "hồ sơ", gt: "giấy tờ", tt: "thủ tục", ttục: "thủ tục",
};

/**
 * A phrase citizens use → the official wording. `replace`: the phrase never appears in records (an acronym);
 * `add`: keep the phrase and also search the official wording.
 */
export interface SynonymEntry {
  phrase: string;
  official: string;
  mode: "replace" | "add";
}

const r = (phrase: string, official: string): SynonymEntry => ({ phrase, official, mode: "replace" });
const a = (phrase: string, official: string): SynonymEntry => ({ phrase, official, mode: "add" });

export const SYNONYMS: readonly SynonymEntry[] = [
  // identity and residence
  r("cccd", "căn cước"), r("cmnd", "căn cước chứng minh nhân dân"), r("cmt", "căn cước chứng minh nhân dân"),
  a("căn cước công dân", "căn cước"), a("chứng minh thư", "căn cước chứng minh nhân dân"),
  a("làm căn cước", "cấp căn cước"), a("đổi căn cước", "cấp đổi căn cước"), a("mất căn cước", "cấp lại căn cước"),
  r("vneid", "định danh điện tử"), a("định danh mức 2", "tài khoản định danh điện tử mức độ 2"),
  a("hộ khẩu", "thường trú"), a("nhập khẩu", "đăng ký thường trú"), a("nhập hộ khẩu", "đăng ký thường trú"),
  a("cắt khẩu", "xóa đăng ký thường trú"), a("cắt hộ khẩu", "xóa đăng ký thường trú"), a("chuyển khẩu", "đăng ký thường trú"),
  r("kt3", "tạm trú"), a("đăng ký tạm vắng", "khai báo tạm vắng"), a("báo tạm vắng", "khai báo tạm vắng"),
  a("sổ tạm trú", "tạm trú"), a("xác nhận cư trú", "xác nhận thông tin về cư trú"),
  // civil status
  r("gks", "giấy khai sinh"), a("làm giấy khai sinh", "đăng ký khai sinh"), a("làm khai sinh", "đăng ký khai sinh"),
  a("mới sinh", "khai sinh"), a("sinh con", "khai sinh"), a("giấy chứng tử", "khai tử"), a("chết", "khai tử"),
  a("qua đời", "khai tử"), a("từ trần", "khai tử"), a("báo tử", "khai tử"), a("mất tại nhà", "khai tử"),
  a("lấy vợ", "kết hôn"), a("lấy chồng", "kết hôn"), a("cưới", "kết hôn"), a("giấy đăng ký kết hôn", "kết hôn"),
  a("ly dị", "ly hôn"), a("giấy xác nhận độc thân", "xác nhận tình trạng hôn nhân"),
  a("xác nhận độc thân", "xác nhận tình trạng hôn nhân"), a("độc thân", "tình trạng hôn nhân"),
  a("đổi tên", "thay đổi cải chính hộ tịch"), a("sửa tên", "thay đổi cải chính hộ tịch"),
  a("đổi họ", "thay đổi cải chính hộ tịch"), a("sai tên", "cải chính hộ tịch"), a("sai ngày sinh", "cải chính hộ tịch"),
  a("sửa năm sinh", "cải chính hộ tịch"), a("xin con nuôi", "nuôi con nuôi"), a("nhận con", "nhận cha mẹ con"),
  a("nhận cha", "nhận cha mẹ con"), a("người giám hộ", "giám hộ"), a("bản sao giấy khai sinh", "trích lục hộ tịch bản sao"),
  // certification
  a("công chứng", "chứng thực"), a("sao y", "chứng thực bản sao từ bản chính"),
  a("photo công chứng", "chứng thực bản sao từ bản chính"), a("chứng thực chữ ký", "chứng thực chữ ký"),
  a("ký chứng thực", "chứng thực chữ ký"),
  // land and construction
  a("sổ đỏ", "giấy chứng nhận quyền sử dụng đất"), a("sổ hồng", "giấy chứng nhận quyền sử dụng đất quyền sở hữu nhà ở"),
  a("bìa đỏ", "giấy chứng nhận quyền sử dụng đất"), a("bìa hồng", "giấy chứng nhận quyền sử dụng đất"),
  r("gcn", "giấy chứng nhận"), r("qsdđ", "quyền sử dụng đất"), r("qsdd", "quyền sử dụng đất"),
  a("tranh chấp đất", "hòa giải tranh chấp đất đai"), a("xây nhà", "giấy phép xây dựng"),
  a("sửa nhà", "giấy phép xây dựng sửa chữa cải tạo"), r("gpxd", "giấy phép xây dựng"),
  // business
  r("đkkd", "đăng ký kinh doanh"), r("dkkd", "đăng ký kinh doanh"), r("hkd", "hộ kinh doanh"),
  a("giấy phép kinh doanh", "đăng ký hộ kinh doanh"), a("mở quán", "hộ kinh doanh"), a("mở cửa hàng", "hộ kinh doanh"),
  a("buôn bán", "hộ kinh doanh"), a("tạm nghỉ kinh doanh", "tạm ngừng kinh doanh"), a("đóng cửa quán", "chấm dứt hoạt động hộ kinh doanh"),
  // government bodies
  r("ubnd", "ủy ban nhân dân"), r("hđnd", "hội đồng nhân dân"), a("ca phường", "công an phường"),
  a("ca xã", "công an xã"), r("tthc", "thủ tục hành chính"), r("dvc", "dịch vụ công"),
  // social protection
  r("bhyt", "bảo hiểm y tế"), r("bhxh", "bảo hiểm xã hội"), r("bhtn", "bảo hiểm thất nghiệp"),
  a("thẻ bảo hiểm", "bảo hiểm y tế"), a("người già", "người cao tuổi"), a("thương binh", "người có công"),
  a("liệt sĩ", "người có công"), a("hộ nghèo", "hộ nghèo"), a("thoát nghèo", "hộ nghèo"), a("cận nghèo", "hộ cận nghèo"),
  a("tiền tuất", "trợ cấp tuất"), a("lương hưu", "hưởng lương hưu"), r("nvqs", "nghĩa vụ quân sự"),
  a("đi bộ đội", "nghĩa vụ quân sự"), a("đi nghĩa vụ", "nghĩa vụ quân sự"),
  // vehicles
  a("biển số", "đăng ký xe"), a("cà vẹt", "đăng ký xe"), a("sang tên xe", "đăng ký xe sang tên"),
];

/**
 * Words that say what the citizen wants to know (aspect, politeness, pronouns) but not which procedure.
 * Accented forms; a question typed without marks is checked against their folded forms.
 */
export const INTENT_WORDS: readonly string[] = [
  "thủ tục", "làm", "xin", "cần", "gì", "mất", "bao", "lâu", "ở", "đâu", "bao nhiêu", "tiền", "như", "thế", "nào",
  "ra", "sao", "không", "được", "có", "à", "ạ", "á", "ơi", "em", "anh", "chị", "mình", "tôi", "tui", "admin",
  "thì", "là", "và", "của", "với", "những", "các", "một", "này", "đó", "rồi", "sẽ", "phải", "giờ", "muốn", "nhé", "vậy",
  "nhỉ", "hỏi", "giúp", "ai", "khi", "nếu", "đã", "đang", "bị", "để", "mà", "nhưng", "hay", "hoặc", "vào", "từ", "tại",
  "trên", "theo", "về", "đi", "chỗ", "nơi", "mấy", "hết", "xong", "bạn", "nay", "hôm", "nha", "nhá", "luôn", "thôi",
  "cũng", "vẫn", "còn", "nữa", "đến", "tới", "thế nào", "làm sao", "chưa", "quá", "rất", "lắm", "vâng", "dạ", "ạh",
  "cảm ơn", "xin chào", "chào", "bác", "cô", "chú", "ad", "shop", "gấp", "nhanh", "liền", "ngay", "đây", "kia", "ấy",
];

/**
 * Words that can be part of a procedure's name ("cấp lại", "con nuôi", "nhà ở", "lệ phí trước bạ") but in a
 * question mostly carry the aspect or the family story: they count, but little.
 */
export const SOFT_WORDS: readonly string[] = [
  "cho", "lấy", "ngày", "mang", "nộp", "hồ sơ", "giấy tờ", "giấy", "phí", "lệ phí", "thời hạn", "bước", "quy trình",
  "trình tự", "điều kiện", "kết quả", "online", "trực tuyến", "qua", "mạng", "nhận", "con", "bé", "cháu", "nhà",
  "ông", "bà", "bố", "mẹ", "vợ", "chồng", "người", "năm", "tháng", "tuần", "lại", "trường hợp", "đủ", "nhiêu",
  "cấp", "đăng ký", "mới", "cũ", "bản", "hết hạn", "thông tin", "văn bản", "đơn", "tờ khai", "mẫu", "phường", "xã",
  "ủy ban", "công an", "trực tiếp", "dịch vụ công", "cổng", "tiếp nhận",
];

/** Fields (lĩnh vực) a ward's citizens ask about most; a ward bot favours them. Folded substrings. */
export const WARD_FIELDS: readonly string[] = [
  "ho tich", "chung thuc", "cu tru", "can cuoc", "dat dai", "xay dung", "ho kinh doanh", "nguoi co cong",
  "bao tro xa hoi", "giam ngheo", "bao hiem xa hoi", "bao hiem y te", "nuoi con nuoi", "hoa giai", "dang ky kinh doanh",
  "tre em", "nghia vu quan su", "dinh danh",
];
