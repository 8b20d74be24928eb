/**
 * Vietnamese lexicon for procedure search, kept as data: chat abbreviations, domain abbreviations and synonyms
 * (what citizens say → how the official records say it), words that carry intent rather than content, and the
 * fields a ward favours. Edit this file to teach the search new words; no code change is needed.
 * Entries are general Vietnamese usage, written for this project. The everyday words for the less common
 * procedures, field by field, are in `everyday.vi.ts`.
 */
import { EVERYDAY_SYNONYMS } from "./everyday.vi.js";

/** Chat shorthand → accented expansion. Keys are lower case, as typed (accented or folded). */
export const CHAT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ko: "không", k: "không", kh: "không", hok: "không", hông: "không", hem: "không", kg: "không", khg: "không",
  khong: "không", dc: "được", đc: "được", dk: "đăng ký", đk: "đăng ký", j: "gì", ji: "gì", ntn: "như thế nào",
  bn: "bao nhiêu", bnhiu: "bao nhiêu", nhiu: "nhiêu", bh: "bao giờ", bjo: "bây giờ", h: "giờ", mk: "mình",
  mik: "mình", mn: "mọi người", vs: "với", ng: "người", tg: "thời gian", ad: "admin", ak: "à", ah: "à", z: "vậy",
  v: "vậy", dzậy: "vậy", r: "rồi", ms: "mới", cx: "cũng", ns: "nói", trc: "trước", sd: "sử dụng", sdt: "số điện thoại",
  cty: "công ty", gđ: "gia đình", nha: "nhà", thk: "thì", lm: "làm", onl: "online", oline: "online",
  lquan: "liên quan", qđ: "quy định", hs: "hồ sơ", gt: "giấy tờ", tt: "thủ tục", ttục: "thủ tục", nhg: "những", nhug: "những",
  nhữg: "những", nhưg: "nhưng", tq: "trung quốc", hkd: "hộ kinh doanh", ctv: "cộng tác viên",
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

/** What citizens say → how records say it (abbreviations, everyday words, concepts). */
export const SYNONYMS: readonly SynonymEntry[] = [
  // identity and residence
  a("cccd", "thẻ căn cước"), a("thẻ cccd", "thẻ căn cước"), a("thẻ cc", "thẻ căn cước"), a("tnxp", "thanh niên xung phong"), r("cmnd", "căn cước chứng minh nhân dân"), r("cmt", "căn cước chứng minh nhân dân"),
  a("căn cước công dân", "căn cước"), a("chứng minh thư", "căn cước chứng minh nhân dân"),
  a("làm căn cước", "cấp căn cước"), a("đổi căn cước", "cấp đổi căn cước"), a("mất căn cước", "cấp lại căn cước"),
  r("vneid", "định danh điện tử"), a("định danh mức 2", "tài khoản định danh điện tử mức độ 2"),
  a("hộ khẩu", "thường trú"),
  // "nhập khẩu" is also importing goods ("làm thủ tục hải quan nhập khẩu xe"): only its residence phrasings are read
  a("nhập khẩu cho", "đăng ký thường trú"), a("nhập khẩu vào", "đăng ký thường trú"), a("nhập khẩu về", "đăng ký thường trú"),
  a("nhập khẩu dìa", "đăng ký thường trú"), a("nhập khẩu nhà", "đăng ký thường trú"), a("nhập khẩu lại", "đăng ký thường trú"),
  a("làm nhập khẩu", "đăng ký thường trú"), a("xin nhập khẩu", "đăng ký thường trú"), a("đi nhập khẩu", "đăng ký thường trú"),
  a("nhập khẩu vô", "đăng ký thường trú"), a("nhập khẩu vợ", "đăng ký thường trú"), a("nhập khẩu chồng", "đăng ký thường trú"), a("nhập khẩu con", "đăng ký thường trú"), a("nhập khẩu bé", "đăng ký thường trú"), a("nhập khẩu cháu", "đăng ký thường trú"), a("nhập khẩu mẹ", "đăng ký thường trú"), a("nhập khẩu bố", "đăng ký thường trú"),
  a("nhập hộ khẩu", "đăng ký thường trú"),
  // selling on is transferring, a flat let is property let; paying a debt bit by bit is paying it in instalments
  a("bán lại", "chuyển nhượng"), a("mua lại đất", "nhận chuyển nhượng quyền sử dụng đất"),
  a("cho thuê căn hộ", "cho thuê bất động sản"), a("khai thuế cho thuê", "khai thuế cho thuê bất động sản"),
  a("thuế cho thuê nhà", "thuế cho thuê bất động sản"), a("trả dần", "nộp dần"), a("trả góp", "nộp dần"),
  a("đóng dần", "nộp dần"),
  // a deadline pushed back ("xin lùi thời hạn nộp thuế", "xin chậm nộp tờ khai")
  // a cooperative group grown into a cooperative ("tổ hợp tác … muốn chuyển lên thành hợp tác xã")
  a("chuyển lên hợp tác xã", "chuyển đổi tổ hợp tác thành hợp tác xã"), a("chuyển lên thành hợp tác xã", "chuyển đổi tổ hợp tác thành hợp tác xã"),
  a("nâng lên hợp tác xã", "chuyển đổi tổ hợp tác thành hợp tác xã"), a("nâng lên thành hợp tác xã", "chuyển đổi tổ hợp tác thành hợp tác xã"),
  a("lên thành hợp tác xã", "chuyển đổi tổ hợp tác thành hợp tác xã"),
  // a declaration withdrawn ("muốn bỏ cái tờ khai đó đi cho khỏi treo")
  a("bỏ tờ khai", "hủy tờ khai"), a("bỏ cái tờ khai", "hủy tờ khai"), a("rút tờ khai", "hủy tờ khai"), a("xóa tờ khai", "hủy tờ khai"),
  a("lùi thời hạn", "gia hạn"), a("lùi hạn", "gia hạn"), a("dời hạn", "gia hạn"), a("xin chậm nộp", "gia hạn nộp"),
  // records' own words: rest after sick leave, goods sent back, pay to employees, a wharf closed, a way onto a highway
  a("dưỡng sức", "dsphsk"), a("bị trả về", "bị trả lại"), a("trả hàng về", "bị trả lại"),
  a("cho nhân viên", "trả thu nhập từ tiền lương tiền công"),
  a("cho công nhân viên", "trả thu nhập từ tiền lương tiền công"),
  a("quyết toán thuế tncn cho", "trả thu nhập từ tiền lương tiền công"),
  a("quyết toán thuế thu nhập cá nhân cho", "trả thu nhập từ tiền lương tiền công"),
  // the employer settling for the staff ("tiệm có 6 nhân viên, quyết toán thuế TNCN cho mấy bạn"), not the shop's own tax
  a("quyết toán cho nhân viên", "tổ chức cá nhân trả thu nhập"), a("quyết toán thuế cho nhân viên", "tổ chức cá nhân trả thu nhập"),
  a("quyết toán thuế tncn cho nhân viên", "tổ chức cá nhân trả thu nhập"), a("quyết toán thuế tncn cho mấy bạn", "tổ chức cá nhân trả thu nhập"),
  a("quyết toán cho người lao động", "tổ chức cá nhân trả thu nhập"), a("quyết toán thuế tncn cho người lao động", "tổ chức cá nhân trả thu nhập"),
  a("đóng bến", "đóng cảng bến thủy nội địa"), a("bến bốc xếp", "bến thủy nội địa"),
  a("nối vào quốc lộ", "đấu nối vào đường bộ"), a("nối ra quốc lộ", "đấu nối vào đường bộ"),
  a("lối ra tạm", "đấu nối tạm"),
  a("cắt khẩu", "xóa đăng ký thường trú"), a("cắt hộ khẩu", "xóa đăng ký thường trú"), a("chuyển khẩu", "đăng ký thường trú"),
  // "hk" alone is also "không" in chat: only beside a verb of residence is it "hộ khẩu"
  a("nhập hk", "đăng ký thường trú"), a("chuyển hk", "đăng ký thường trú"), a("cắt hk", "xóa đăng ký thường trú"),
  a("tách hk", "tách hộ"), a("hk riêng", "tách hộ"), a("sổ hk", "thường trú"), a("xác nhận hk", "xác nhận thông tin về cư trú"),
  a("bỏ tên ra khỏi hộ khẩu", "xóa đăng ký thường trú"), a("bỏ tên khỏi hộ khẩu", "xóa đăng ký thường trú"),
  a("xóa tên khỏi hộ khẩu", "xóa đăng ký thường trú"), a("xóa tên trong hộ khẩu", "xóa đăng ký thường trú"),
  a("gạch tên", "xóa đăng ký"), a("bỏ tên", "xóa đăng ký"), a("xóa tên", "xóa đăng ký"),
  r("kt3", "tạm trú"), a("đăng ký tạm vắng", "khai báo tạm vắng"), a("đăng ký ở tạm", "đăng ký tạm trú"), a("hộ kd", "hộ kinh doanh"), a("tạm nghỉ hoạt động", "tạm ngừng hoạt động"), a("tạm dừng hoạt động", "tạm ngừng hoạt động"), a("khai báo ở tạm", "đăng ký tạm trú"), a("báo tạm vắng", "khai báo tạm vắng"),
  a("sổ tạm trú", "tạm trú"), a("xác nhận cư trú", "xác nhận thông tin về cư trú"),
  a("ct07", "xác nhận thông tin về cư trú"), a("xác nhận hộ khẩu", "xác nhận thông tin về cư trú"),
  a("tách khẩu", "tách hộ"), a("tách ra khỏi hộ khẩu", "tách hộ"), a("tách khỏi hộ khẩu", "tách hộ"), a("tách hộ khẩu", "tách hộ"), a("ra riêng", "tách hộ"), a("ra ở riêng", "tách hộ"), a("chủ hộ riêng", "tách hộ"), a("hộ khẩu riêng", "tách hộ"), a("hộ riêng", "tách hộ"),
  a("passport", "hộ chiếu"), a("marriage certificate", "kết hôn"),
  a("kết thúc giám hộ", "chấm dứt giám hộ"), a("kết thúc việc giám hộ", "chấm dứt giám hộ"), a("thôi giám hộ", "chấm dứt giám hộ"),
  a("ghi nhận vô sổ", "ghi vào sổ hộ tịch"), a("ghi vô sổ", "ghi vào sổ hộ tịch"), a("ghi nhận vào sổ", "ghi vào sổ hộ tịch"),
  // a birth or a marriage registered abroad, to be recognised at home ("khai sinh của cháu được ghi nhận ở Việt Nam")
  a("ghi nhận ở việt nam", "ghi vào sổ hộ tịch"), a("ghi nhận tại việt nam", "ghi vào sổ hộ tịch"),
  a("công nhận ở việt nam", "ghi vào sổ hộ tịch"), a("hộ tịch bên việt nam", "ghi vào sổ hộ tịch"),
  a("giấy tờ hộ tịch ở việt nam", "ghi vào sổ hộ tịch"),
  a("khai báo lưu trú", "thông báo lưu trú"), a("báo lưu trú", "thông báo lưu trú"), a("khách thuê phòng", "thông báo lưu trú"),
  a("thẻ chip", "thẻ căn cước"), a("căn cước gắn chip", "thẻ căn cước"), a("cccd gắn chip", "thẻ căn cước"),
  // the southern "căng cước" (n said ng), with or without marks
  r("căng cước", "căn cước"), r("cang cuoc", "căn cước"),
  a("xnthn", "xác nhận tình trạng hôn nhân"), a("xntthn", "xác nhận tình trạng hôn nhân"),
  // civil status
  // Southern and everyday spellings of the names themselves
  r("khai sanh", "khai sinh"), r("đăng kí", "đăng ký"), r("đăng ki", "đăng ký"), r("bổ xung", "bổ sung"), r("hđ điện tử", "hóa đơn điện tử"), r("hđđt", "hóa đơn điện tử"), r("bỗ sung", "bổ sung"),
  // the initials of the common registrations ("dkkh can giay to gi")
  r("dkkh", "đăng ký kết hôn"), r("đkkh", "đăng ký kết hôn"), r("dkks", "đăng ký khai sinh"), r("đkks", "đăng ký khai sinh"),
  r("dkkt", "đăng ký khai tử"), r("đkkt", "đăng ký khai tử"),
  r("gks", "giấy khai sinh"), a("làm giấy khai sinh", "đăng ký khai sinh"), a("làm khai sinh", "đăng ký khai sinh"),
  a("mới sinh", "khai sinh"), a("sinh con", "khai sinh"), a("giấy chứng tử", "khai tử"), r("chết máy", "hỏng máy"), r("chết pin", "hết pin"),
  // a wedding attended is no marriage to register ("rớt mất căn cước lúc đi đám cưới")
  r("đi đám cưới", "đi dự tiệc"), r("đi ăn cưới", "đi dự tiệc"), r("dự đám cưới", "dự tiệc"), a("báo vắng", "khai báo tạm vắng"),
  // "làm lại" a part of a house is building work, not a paper issued again
  r("làm lại mặt tiền", "cải tạo mặt tiền"), r("làm lại mái", "thay mái"), r("làm lại cổng", "sửa cổng"), r("làm lại bếp", "sửa bếp"),
  r("làm lại sân", "sửa sân"), r("làm lại tường", "sửa tường"), r("làm lại nền", "nâng nền"),
  a("qua đời", "khai tử"), a("từ trần", "khai tử"), a("báo tử", "khai tử"), a("mất tại nhà", "khai tử"),
  a("lấy vợ", "kết hôn"), a("lấy chồng", "kết hôn"), a("cưới", "kết hôn"), a("giấy đăng ký kết hôn", "kết hôn"),
  a("ly dị", "ly hôn"), a("giấy xác nhận độc thân", "xác nhận tình trạng hôn nhân"),
  a("xác nhận độc thân", "xác nhận tình trạng hôn nhân"), a("độc thân", "tình trạng hôn nhân"),
  a("xác nhận chưa vợ", "xác nhận tình trạng hôn nhân"), a("xác nhận chưa chồng", "xác nhận tình trạng hôn nhân"),
  a("đổi tên", "thay đổi cải chính hộ tịch"), a("sửa tên", "thay đổi cải chính hộ tịch"),
  a("đổi họ", "thay đổi cải chính hộ tịch"), a("sai tên", "cải chính hộ tịch"), a("sai ngày sinh", "cải chính hộ tịch"),
  a("sửa năm sinh", "cải chính hộ tịch"), a("xin con nuôi", "nuôi con nuôi"), a("làm con nuôi", "nuôi con nuôi"), a("nhận con nuôi", "nuôi con nuôi"), a("nhận con", "nhận cha mẹ con"),
  a("nhận cha", "nhận cha mẹ con"), a("người giám hộ", "giám hộ"), a("bản sao giấy khai sinh", "trích lục hộ tịch bản sao"),
  // certification
  a("công chứng", "chứng thực"), a("thừa kế", "di sản"), a("chia thừa kế", "phân chia di sản"),
  a("từ chối thừa kế", "từ chối nhận di sản"), a("không nhận thừa kế", "từ chối nhận di sản"), a("sao y", "chứng thực bản sao từ bản chính"),
  a("photo công chứng", "chứng thực bản sao từ bản chính"), a("chứng thực chữ ký", "chứng thực chữ ký"),
  a("ký chứng thực", "chứng thực chữ ký"), a("hợp đồng", "giao dịch"), a("ghi chú kết hôn", "ghi vào sổ hộ tịch việc kết hôn"),
  a("ghi chú ly hôn", "ghi vào sổ hộ tịch việc ly hôn"), a("xin bản sao", "cấp bản sao"), a("bản sao trích lục", "cấp bản sao trích lục hộ tịch"),
  a("trích lục kết hôn", "bản sao trích lục hộ tịch"), a("trích lục khai sinh", "bản sao trích lục hộ tịch"),
  a("trích lục khai tử", "bản sao trích lục hộ tịch"), a("sao lục", "cấp bản sao trích lục hộ tịch"),
  // land and construction
  a("sổ đỏ", "giấy chứng nhận quyền sử dụng đất"), a("sổ hồng", "giấy chứng nhận quyền sử dụng đất quyền sở hữu nhà ở"),
  a("bìa đỏ", "giấy chứng nhận quyền sử dụng đất"), a("bìa hồng", "giấy chứng nhận quyền sử dụng đất"),
  a("thổ cư", "đất ở"), a("lên thổ cư", "chuyển mục đích sử dụng đất"), a("chuyển đất", "chuyển mục đích sử dụng đất"),
  a("đất vườn", "đất nông nghiệp"), a("đất ruộng", "đất nông nghiệp"), a("đất lúa", "đất nông nghiệp"),
  a("sang đất ở", "chuyển mục đích sử dụng đất"), a("lên đất ở", "chuyển mục đích sử dụng đất"),
  a("làm sổ", "cấp giấy chứng nhận quyền sử dụng đất"), a("cấp sổ", "cấp giấy chứng nhận quyền sử dụng đất"),
  a("lấn đất", "tranh chấp đất đai"), a("lấn chiếm", "tranh chấp đất đai"), a("ranh giới đất", "tranh chấp đất đai"),
  a("lấn ranh", "tranh chấp đất đai"), a("lấn bờ ranh", "tranh chấp đất đai"), a("lấn qua ranh", "tranh chấp đất đai"), a("lấn sang ranh", "tranh chấp đất đai"),
  a("thế chấp", "đăng ký biện pháp bảo đảm"), a("giếng", "khai thác nước dưới đất"), a("tách sổ", "tách thửa"),
  r("gcn", "giấy chứng nhận"), r("qsdđ", "quyền sử dụng đất"), r("qsdd", "quyền sử dụng đất"),
  a("tranh chấp đất", "hòa giải tranh chấp đất đai"), a("xây nhà", "giấy phép xây dựng"),
  a("sửa nhà", "giấy phép xây dựng sửa chữa cải tạo"), r("gpxd", "giấy phép xây dựng"),
  // business
  r("đkkd", "đăng ký kinh doanh"), r("dkkd", "đăng ký kinh doanh"), r("hkd", "hộ kinh doanh"), r("đkhkd", "đăng ký hộ kinh doanh"), r("dkhkd", "đăng ký hộ kinh doanh"),
  a("giấy phép kinh doanh", "giấy chứng nhận đăng ký hộ kinh doanh"), a("giấy đkkd", "giấy chứng nhận đăng ký hộ kinh doanh"),
  a("giấy đăng ký kinh doanh", "giấy chứng nhận đăng ký hộ kinh doanh"), a("kinh doanh cá thể", "hộ kinh doanh"),
  a("tạp hóa", "hộ kinh doanh"), a("mở tiệm", "hộ kinh doanh"), a("bán hàng", "hộ kinh doanh"), a("mở sạp", "hộ kinh doanh"),
  a("quán ăn", "hộ kinh doanh"), a("quán nước", "hộ kinh doanh"), a("tiệm", "hộ kinh doanh"), a("mở quán", "hộ kinh doanh"), a("mở cửa hàng", "hộ kinh doanh"),
  a("buôn bán", "hộ kinh doanh"), a("tạm nghỉ kinh doanh", "tạm ngừng kinh doanh"), a("đóng cửa quán", "chấm dứt hoạt động hộ kinh doanh"),
  // government bodies
  r("ubnd", "ủy ban nhân dân"), r("hđnd", "hội đồng nhân dân"), a("ca phường", "công an phường"),
  a("ca xã", "công an xã"), r("tthc", "thủ tục hành chính"), r("dvc", "dịch vụ công"),
  // social protection
  a("bhyt", "bảo hiểm y tế"), a("bhxh", "bảo hiểm xã hội"), r("bhtn", "bảo hiểm thất nghiệp"),
  a("bảo hiểm y tế", "bhyt"), a("bảo hiểm xã hội", "bhxh"), a("thẻ bảo hiểm", "thẻ bhyt"),
  a("mua bảo hiểm", "đăng ký đóng cấp thẻ bhyt"), a("mua bhyt", "đăng ký đóng cấp thẻ bhyt"),
  a("mua bảo hiểm y tế", "đăng ký đóng cấp thẻ bhyt"), a("gia hạn bhyt", "đăng ký đóng cấp thẻ bhyt"),
  a("bhyt hộ gia đình", "đăng ký đóng cấp thẻ bhyt"), a("bảo hiểm tự nguyện", "bhxh tự nguyện"),
  a("rút bhxh", "hưởng bhxh một lần"), a("rút bảo hiểm", "hưởng bảo hiểm xã hội một lần"), a("bhxh 1 lần", "bhxh một lần"),
  a("nhận thay", "ủy quyền lĩnh thay"), a("lĩnh thay", "ủy quyền lĩnh thay"), a("lãnh thay", "ủy quyền lĩnh thay"),
  a("thay mẹ", "ủy quyền lĩnh thay"), a("thay bố", "ủy quyền lĩnh thay"), a("nhận giùm", "ủy quyền lĩnh thay"),
  a("lĩnh giùm", "ủy quyền lĩnh thay"), a("lãnh giùm", "ủy quyền lĩnh thay"), a("ủy quyền nhận", "ủy quyền lĩnh thay"),
  a("nhận hộ", "ủy quyền lĩnh thay"), a("lĩnh hộ", "ủy quyền lĩnh thay"), a("lãnh hộ", "ủy quyền lĩnh thay"),
  a("chuyển lương hưu", "chuyển hưởng sang địa bàn khác"), a("chuyển nơi nhận lương hưu", "chuyển hưởng sang địa bàn khác"),
  a("qua tài khoản", "lĩnh bằng tài khoản cá nhân"), a("qua ngân hàng", "lĩnh bằng tài khoản cá nhân"),
  a("thẻ atm", "lĩnh bằng tài khoản cá nhân"), a("nghỉ thai sản", "chế độ thai sản"), a("sổ hộ nghèo", "công nhận hộ nghèo"),
  a("giấy chứng nhận hộ nghèo", "công nhận hộ nghèo"), a("sang tên hộ kinh doanh", "thay đổi nội dung đăng ký hộ kinh doanh"),
  a("đổi chủ hộ kinh doanh", "thay đổi nội dung đăng ký hộ kinh doanh"), a("cơi nới", "sửa chữa cải tạo"),
  a("tuất", "chế độ tử tuất"), a("tử tuất", "chế độ tử tuất"), a("mai táng phí", "chế độ tử tuất"),
  a("trái tuyến", "thanh toán trực tiếp chi phí khám chữa bệnh bhyt"), a("khác tuyến", "thanh toán trực tiếp chi phí khám chữa bệnh bhyt"),
  a("không đúng tuyến", "thanh toán trực tiếp chi phí khám chữa bệnh bhyt"), a("tự trả tiền", "thanh toán trực tiếp chi phí"),
  a("tự bỏ tiền", "thanh toán trực tiếp chi phí"), a("tự chi trả", "thanh toán trực tiếp chi phí"),
  a("hoàn tiền", "thanh toán trực tiếp chi phí"), a("hoàn lại tiền", "thanh toán trực tiếp chi phí"),
  a("nghỉ sinh", "chế độ thai sản"), a("sinh con", "thai sản"), a("ốm đau", "chế độ ốm đau"), a("nghỉ ốm", "chế độ ốm đau"),
  a("bằng lái", "giấy phép lái xe"), a("heo", "lợn"), a("dịch tả", "dịch bệnh động vật"), a("người già", "người cao tuổi"), a("thương binh", "người có công"),
  a("liệt sĩ", "người có công"), a("hộ nghèo", "hộ nghèo"), a("thoát nghèo", "hộ nghèo"), a("ra khỏi hộ nghèo", "hộ thoát nghèo"),
  a("thoát khỏi hộ nghèo", "hộ thoát nghèo"), a("ra khỏi diện hộ nghèo", "hộ thoát nghèo"),
  a("ra khỏi danh sách hộ nghèo", "hộ thoát nghèo"), a("không còn là hộ nghèo", "hộ thoát nghèo"), a("ra khỏi hộ cận nghèo", "hộ thoát cận nghèo"), a("cận nghèo", "hộ cận nghèo"),
  a("tiền tuất", "trợ cấp tuất"), a("lương hưu", "hưởng lương hưu"), r("nvqs", "nghĩa vụ quân sự"),
  a("đi bộ đội", "nghĩa vụ quân sự"), a("đi nghĩa vụ", "nghĩa vụ quân sự"),
  // vehicles
  a("biển số", "đăng ký xe"), a("cà vẹt", "đăng ký xe"), a("cavet", "đăng ký xe"), a("sang tên xe", "đăng ký xe sang tên"),
  // a used vehicle bought is one to put in the buyer's name; a motorbike called by its model ("chiếc Wave", "xe SH")
  a("mua lại xe", "đăng ký xe sang tên"), a("mua lại chiếc xe", "đăng ký xe sang tên"), a("mua xe cũ", "đăng ký xe sang tên"),
  ...["wave", "sh", "vision", "air blade", "airblade", "dream", "sirius", "exciter", "vespa", "future", "winner", "cub"]
    .flatMap((model) => [a(`xe ${model}`, "xe máy"), a(`chiếc ${model}`, "xe máy")]),
  // taxes paid over, set against another ("nộp thừa thuế TNDN, muốn bù sang thuế GTGT còn nợ"); a feasibility study
  a("bù sang", "bù trừ"), a("bù qua", "bù trừ"), r("nckt", "nghiên cứu khả thi"),
  // work accidents and food safety, as records abbreviate them
  a("tai nạn lao động", "tnlđ"), a("tnlđ", "tai nạn lao động"), a("bệnh nghề nghiệp", "bnn"), a("bnn", "bệnh nghề nghiệp"),
  r("attp", "an toàn thực phẩm"), a("vệ sinh thực phẩm", "an toàn thực phẩm"),
  // guests staying overnight, residence papers
  // cooperatives, boats, compensation by the state, a pause in trading
  // taxes as the records abbreviate them
  a("tncn", "thu nhập cá nhân"), a("gtgt", "giá trị gia tăng"), a("tndn", "thu nhập doanh nghiệp"), a("ttđb", "tiêu thụ đặc biệt"),
  a("ttdb", "tiêu thụ đặc biệt"),
  // the treasury as half its records name it ("… qua KBNN") and half in words ("… qua Kho bạc Nhà nước")
  a("kho bạc", "kbnn"), a("kbnn", "kho bạc nhà nước"),
  r("htx", "hợp tác xã"), r("bqt", "ban quản trị"), a("mst", "mã số thuế"), a("thuyền", "phương tiện thủy nội địa"), a("chiếc đò", "phương tiện thủy nội địa"),
  a("con đò", "phương tiện thủy nội địa"), a("xuồng máy", "phương tiện thủy nội địa"), a("ghe máy", "phương tiện thủy nội địa"),
  a("đền bù", "bồi thường"), a("nghỉ tạm", "tạm ngừng kinh doanh"), a("tạm đóng cửa", "tạm ngừng kinh doanh"),
  // joining the village mediation team is being recognised as a mediator
  a("vào tổ hòa giải", "công nhận hòa giải viên"),
  a("tham gia tổ hòa giải", "công nhận hòa giải viên"), a("muốn làm hòa giải viên", "công nhận hòa giải viên"),
  a("tham gia làm hòa giải viên", "công nhận hòa giải viên"), a("xin làm hòa giải viên", "công nhận hòa giải viên"), a("bầu vào tổ hòa giải", "công nhận hòa giải viên"),
  // a wedding or funeral tent on the street asks for the street, not for a marriage
  a("dựng rạp", "sử dụng tạm thời lòng đường vỉa hè"), a("che rạp", "sử dụng tạm thời lòng đường vỉa hè"),
  a("qua đêm", "lưu trú"), a("ngủ lại", "lưu trú"), a("homestay", "lưu trú"), a("nhà nghỉ", "lưu trú"),
  a("xác nhận nơi ở", "xác nhận thông tin về cư trú"), a("xác nhận chỗ ở", "xác nhận thông tin về cư trú"),
  ...EVERYDAY_SYNONYMS,
];

/**
 * Words that say what the citizen wants to know (aspect, politeness, pronouns) but not which procedure.
 * Accented forms; a question typed without marks is checked against their folded forms.
 */
export const INTENT_WORDS: readonly string[] = [
  "thủ tục", "làm", "xin", "cần", "gì", "mất", "bao", "lâu", "ở", "đâu", "bao nhiêu", "tiền", "như", "thế", "nào",
  "ra", "vì sao", "tại sao", "sao vậy", "thì sao", "là sao", "sao ạ", "không", "được", "có", "à", "ạ", "á", "ơi", "em", "anh", "chị", "mình", "tôi", "tui", "admin",
  "thì", "là", "và", "của", "với", "những", "các", "một", "này", "đó", "rồi", "sẽ", "phải", "giờ", "muốn", "nhé", "vậy",
  "nhỉ", "hỏi", "giúp", "ai", "khi", "nếu", "đã", "đang", "bị", "để", "mà", "nhưng", "hay", "hoặc", "vào", "từ", "tại",
  "trên", "theo", "về", "đi", "chỗ", "nơi", "mấy", "hết", "xong", "bạn", "nay", "hôm", "nha", "nhá", "luôn", "thôi",
  "cũng", "vẫn", "còn", "nữa", "đến", "tới", "thế nào", "làm sao", "chưa", "quá", "rất", "lắm", "vâng", "dạ", "ạh",
  "cảm ơn", "xin chào", "chào", "bác", "cô", "chú", "ad", "shop", "gấp", "nhanh", "liền", "ngay", "đây", "kia", "ấy",
  "nhiều", "ít", "thật", "máy", "bot", "trả lời", "biết", "xem", "thử", "kiểu", "cái", "chút", "đứa", "họ", "ta", "nó",
  "lúc", "sau", "trước", "bây giờ", "hiện", "vừa", "sắp", "mới đây", "hẳn", "ruột", "cả", "lẫn", "bằng cách",
  // hearsay and checking ("nghe nói … có đúng không")
  "nghe nói", "nghe bảo", "người ta nói", "có đúng không", "đúng không",
  // VNeID as the channel, not the subject ("làm trên VNeID được không" asks whether it can be done online)
  "trên vneid", "qua vneid", "bằng vneid", "app vneid", "ứng dụng vneid", "trên app", "qua app", "trên điện thoại",
];

/**
 * Words that can be part of a procedure's name ("cấp lại", "con nuôi", "nhà ở", "lệ phí trước bạ") but in a
 * question mostly carry the aspect or the family story: they count, but little.
 */
export const SOFT_WORDS: readonly string[] = [
  "cho", "trong", "lấy", "ngày", "mang", "nộp", "hồ sơ", "giấy tờ", "giấy", "phí", "lệ phí", "thời hạn", "bước", "quy trình",
  "trình tự", "điều kiện", "kết quả", "online", "trực tuyến", "qua", "mạng", "nhận", "con", "bé", "cháu", "nhà",
  "ông", "bà", "bố", "mẹ", "vợ", "chồng", "người", "năm", "tháng", "tuần", "lại", "trường hợp", "đủ", "nhiêu",
  "cấp", "đăng ký", "mới", "cũ", "bản", "hết hạn", "thông tin", "văn bản", "đơn", "tờ khai", "mẫu", "phường", "xã",
  "ủy ban", "công an", "trực tiếp", "dịch vụ công", "cổng", "tiếp nhận",
];

/**
 * Folded phrases in which a syllable typed without marks is another word than a lexicon phrase would read: "từ đầu
 * đến cuối", "cuối cùng" hold "cuối" (the end), not "cưới" (a wedding). A synonym found wholly inside one of them,
 * typed without marks, is not applied. Not "cuối năm" or "cuối tháng" alone: "cưới năm ngoái" folds the same.
 */
export const FOLDED_HOMOGRAPHS: readonly string[] = [
  "den cuoi", "cuoi cung", "cuoi ky", "cuoi quy", "cuoi duong", "cuoi ngo", "cuoi hem", "han cuoi", "buoc cuoi",
  "trang cuoi", "dinh ky cuoi", "ra soat cuoi", "dot cuoi", "doi cuoi nam", "doi den cuoi", "cho cuoi nam",
  // "từ giờ tới cuối năm" (not "tới cuối" alone: "toi cuoi" is also "tôi cưới")
  "gio toi cuoi", "nay toi cuoi nam",
];

/** Fields (lĩnh vực) a ward's citizens ask about most; a ward bot favours them. Folded substrings. */
export const WARD_FIELDS: readonly string[] = [
  "ho tich", "chung thuc", "cu tru", "can cuoc", "dat dai", "xay dung", "ho kinh doanh", "nguoi co cong",
  "bao tro xa hoi", "giam ngheo", "bao hiem xa hoi", "bao hiem y te", "nuoi con nuoi", "hoa giai", "dang ky kinh doanh",
  "tre em", "nghia vu quan su", "dinh danh", "bhxh", "bhyt", "chi tra cac che do",
];

/**
 * Sector fields the national data tags as commune level that a ward's citizens rarely meet (customs, tax,
 * treasury): a ward bot lowers them, so a question does not land on a customs procedure by a shared word.
 */
export const RARELY_AT_WARD: readonly string[] = ["hai quan", "thue", "kho bac"];
