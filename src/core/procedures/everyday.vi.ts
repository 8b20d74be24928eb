/**
 * Everyday words for the less common procedures of a ward, field by field, kept as data (general Vietnamese usage,
 * written for this project by going through the names of the commune-level records): what a citizen says
 * ("chặt cây", "sang tên ghe", "nhường phần thừa kế", "hiến đất làm đường") → how the records name it. Each entry
 * adds the official wording to the search beside the citizen's own words (see `lexicon-match.ts`); the search still
 * decides between the records that carry it. Phrases of two syllables or more: a lone syllable folds onto too many
 * words ("ghe" is also "ghé"). Read by `lexicon.vi.ts`, which holds the common words.
 */
import type { SynonymEntry } from "./lexicon.vi.js";

const a = (official: string, ...phrases: string[]): SynonymEntry[] => phrases.map((phrase) => ({ phrase, official, mode: "add" }));
const r = (official: string, ...phrases: string[]): SynonymEntry[] => phrases.map((phrase) => ({ phrase, official, mode: "replace" }));

/** Everyday phrases → official wording, grouped by field (lĩnh vực). */
export const EVERYDAY_SYNONYMS: readonly SynonymEntry[] = [
  // hộ tịch: copies of civil-status papers, ethnicity, guardianship, a father's name
  ...a("cấp bản sao trích lục hộ tịch", "bản sao giấy đăng ký kết hôn", "bản sao giấy kết hôn", "bản sao đăng ký kết hôn",
    "bản sao giấy khai tử", "bản sao khai tử", "bản sao kết hôn", "xin bản sao khác", "bản sao khác"),
  // an adult who was never registered at birth, with papers of their own since ("40 tuổi, có căn cước, học bạ…")
  ...a("đăng ký khai sinh cho người đã có hồ sơ giấy tờ cá nhân", "chưa bao giờ được đăng ký khai sinh",
    "chưa bao giờ đăng ký khai sinh", "chưa từng đăng ký khai sinh", "chưa từng được khai sinh", "chưa từng có giấy khai sinh",
    "chưa bao giờ có giấy khai sinh", "chưa từng làm khai sinh", "chưa bao giờ làm giấy khai sinh", "hồi nhỏ chưa được khai sinh",
    "hồi nhỏ chưa khai sinh", "hồi nhỏ không được khai sinh", "từ nhỏ chưa có giấy khai sinh", "từ nhỏ không có giấy khai sinh"),
  // a cooperative changing its mind about dissolving, a filing withdrawn
  ...a("dừng thực hiện thủ tục giải thể hợp tác xã", "dừng thủ tục giải thể", "rút lại hồ sơ giải thể", "rút hồ sơ giải thể",
    "không giải thể nữa", "thôi không giải thể", "tiếp tục hoạt động không giải thể",
    "dừng giải thể", "ngừng giải thể", "hủy giải thể", "thôi giải thể", "rút lại giải thể"),
  // compulsory social insurance kept up while working abroad; goods shown at a fair under an ATA carnet
  ...a("đăng ký điều chỉnh đóng bhxh bắt buộc", "tự đóng bhxh bắt buộc", "tự đóng bảo hiểm xã hội bắt buộc",
    "tiếp tục đóng bhxh bắt buộc", "tiếp tục đóng bảo hiểm xã hội bắt buộc"),
  ...a("tạm nhập hàng hóa tạm quản", "sổ ata", "carnet ata", "ata carnet", "hàng tạm quản"),
  // … sent back abroad when the fair is over ("hội chợ xong đưa hàng về lại nước ngoài")
  ...a("tái xuất", "đưa hàng về lại nước ngoài", "đưa về lại nước ngoài", "chở về lại nước ngoài", "gửi trả về nước ngoài",
    "mang về lại nước ngoài", "đưa hàng trở ra nước ngoài"),
  // a cooperative's branch, tax on a plot sold, e-invoices looked up by a lender, goods moved to an inland port,
  // a foreign airline's flights
  ...a("đăng ký hoạt động chi nhánh văn phòng đại diện", "mở thêm chi nhánh", "mở chi nhánh", "lập chi nhánh",
    "lập văn phòng đại diện", "mở văn phòng đại diện"),
  // a loss by nature, told by what happened ("gặp giông chìm ghe mất hết hàng", "nước mặn vô chết hết, mất trắng")
  ...a("thiên tai", "gặp giông", "bị giông", "giông lốc", "lốc xoáy", "gặp bão", "bị bão", "bị lũ", "lũ cuốn", "nước mặn vô",
    "nước mặn vào", "nhiễm mặn", "xâm nhập mặn", "mất trắng", "hạn hán", "sạt lở"),
  // tax on the margin, told as the shop's sums ("tính thuế trên phần chênh lệch giá bán trừ giá mua")
  ...a("phương pháp trực tiếp trên giá trị gia tăng", "phần chênh lệch", "chênh lệch giá bán", "giá bán trừ giá mua",
    "chênh lệch giữa giá bán"),
  // a boat broken up for scrap, struck off the register
  ...a("xóa đăng ký phương tiện", "phá dỡ tàu", "phá dỡ ghe", "phá dỡ thuyền", "tàu mục hết",
    "ghe mục hết", "không còn trong sổ đăng ký"),
  // planted forest cleared for another crop; bamboo shoots, rattan and bamboo taken from a forest
  ...a("chuyển mục đích sử dụng rừng", "chặt bỏ rừng", "chặt rừng trồng", "chặt bỏ để chuyển", "chuyển rừng sang",
    "phá rừng trồng", "chuyển đất rừng sang trồng"),
  ...a("khai thác thực vật rừng ngoài gỗ", "lấy măng", "hái măng", "lấy mây", "khai thác mây", "tre nứa trong rừng",
    "lâm sản ngoài gỗ", "khai thác tre nứa"),
  // a buying agent run by a family; a mediator elected, or hurt while mediating
  ...a("đăng ký thành lập hộ kinh doanh", "quy mô hộ gia đình", "mở đại lý thu mua"),
  ...a("công nhận hòa giải viên", "bầu làm hòa giải viên", "bầu vô tổ hòa giải", "bầu vào tổ hòa giải",
    "được bầu làm hòa giải viên", "bầu tui vô tổ hòa giải"),
  ...a("hòa giải viên gặp tai nạn hoặc rủi ro", "đi hòa giải bị", "lúc hòa giải bị", "khi hòa giải bị", "hòa giải bị xô",
    "hòa giải bị đánh", "bị một bên đánh"),
  // perennial crops in an irrigation work's protected area ("đất trong hành lang bảo vệ hồ muốn trồng sầu riêng")
  ...a("trồng cây lâu năm", "trồng sầu riêng", "trồng bơ", "trồng tiêu", "trồng cà phê", "trồng điều", "trồng cây ăn trái",
    "trồng cây ăn quả", "trồng mít", "trồng xoài", "trồng quế", "trồng sơn tra", "trồng hồi", "trồng chè", "trồng cao su"),
  // a pension paid once on leaving to settle abroad; state land allotted without an auction
  ...a("trợ cấp một lần", "lãnh một cục", "lĩnh một cục", "nhận một cục", "lấy một cục"),
  ...a("không thông qua đấu giá", "không qua đấu giá", "ko qua đấu giá", "không cần đấu giá", "khỏi đấu giá"),
  // a cooperative or a cooperative group set up ("muốn góp vốn lập hẳn hợp tác xã", "mấy nhà lập tổ hợp tác")
  ...a("đăng ký thành lập hợp tác xã", "lập hẳn hợp tác xã", "lập hẳn htx"),
  ...a("thành lập tổ hợp tác", "lập tổ hợp tác", "lập cái tổ hợp tác"),
  // timber and rattan taken from an allotted forest; a production forest cleared
  ...a("khai thác gỗ", "gỗ tạp", "cây gỗ tạp", "song mây", "chặt gỗ trong rừng", "chặt cây trong rừng", "chặt mấy cây gỗ"),
  ...a("chuyển mục đích sử dụng rừng", "phá rừng", "phá bỏ rừng"),
  // a pipe or a ditch bringing water to the fields, asked as support ("đường ống dẫn nước từ khe về tưới ruộng bậc thang")
  ...a("thủy lợi nhỏ thủy lợi nội đồng", "dẫn nước về tưới", "dẫn nước tưới", "ống dẫn nước tưới", "đường ống dẫn nước về tưới",
    "mương tưới", "kênh mương nội đồng", "bê tông hóa kênh mương"),
  // a mediator elected into the group; damage done by officials
  ...a("công nhận hòa giải viên", "vào tổ hòa giải", "vô tổ hòa giải"),
  ...a("người thi hành công vụ gây thiệt hại", "thừa nhận làm sai", "phường làm sai", "xã làm sai", "cán bộ làm sai",
    "làm sai gây thiệt hại"),
  ...a("cấp bản sao từ sổ gốc", "sổ cấp bằng"),
  ...a("nhà ở xã hội", "noxh", "căn hộ noxh", "suất nhà ở xã hội"),
  // away from one's registered home for a year or more ("về quê nuôi ông, chắc hơn 1 năm mới vô lại")
  ...a("khai báo tạm vắng", "năm mới vô lại", "năm mới về lại", "năm mới quay lại", "đi xa hơn một năm", "đi xa hơn 1 năm",
    "vắng nhà hơn một năm", "vắng nhà hơn 1 năm"),
  // a suitcase checked in and lost on the way ("thất lạc vali ký gửi ở sân bay")
  ...a("hành lý ký gửi thất lạc", "vali ký gửi", "thất lạc vali", "mất vali", "thất lạc hành lý", "lạc hành lý", "hành lý bị thất lạc"),
  // a business or a cooperative stopping for a season ("định nghỉ hoạt động 4 tháng rồi mở lại")
  ...a("tạm ngừng kinh doanh", "nghỉ hoạt động", "tạm nghỉ hoạt động"),
  // land money of a resettlement plot owed for later; a parent off work for a sick child
  ...a("ghi nợ tiền sử dụng đất", "khất nợ", "xin khất", "cho nợ tiền đất", "nợ lại tiền sử dụng đất", "ghi nợ tiền đất"),
  ...a("chế độ ốm đau", "nghỉ chăm con ốm", "nghỉ làm chăm con", "nghỉ chăm con", "con ốm phải nghỉ", "nghỉ làm chăm cháu",
    "nghỉ chăm cháu"),
  // a customs declaration put right item by item; a rare sea creature's origin; the rent of state land declared
  ...a("khai bổ sung hồ sơ hải quan", "sửa tờ khai", "sửa lại tờ khai", "sửa chỉ tiêu trên tờ khai", "sửa lại mấy chỉ tiêu",
    "khai sai trọng lượng", "khai sai mã hs", "sai mã hs"),
  ...a("xác nhận nguồn gốc loài thủy sản", "cá ngựa", "trứng cá tầm", "bắt ngoài tự nhiên", "cá nuôi chứ không phải"),
  // rent for state land waived or cut ("xin miễn tiền thuê trong thời gian xây dựng cơ bản")
  ...a("miễn tiền thuê đất giảm tiền thuê đất", "miễn tiền thuê", "giảm tiền thuê", "miễn giảm tiền thuê", "thời gian xây dựng cơ bản",
    "không phải trả tiền thuê đất", "không phải nộp tiền thuê đất"),
  ...a("khai tiền thuê đất", "kê khai tiền thuê đất", "khai báo tiền thuê đất", "tiền thuê đất hằng năm", "tiền thuê đất hàng năm"),
  // a paper saying someone is unmarried, told with the person ("bên đó đòi giấy xác nhận em chưa vợ")
  ...a("xác nhận tình trạng hôn nhân", ...["tôi", "em", "mình", "con", "cháu", "là", "nó"].flatMap((who) => [`xác nhận ${who} chưa vợ`, `xác nhận ${who} chưa chồng`]),
    "giấy chưa vợ", "giấy chưa chồng"),
  // a household neither poor nor near-poor in farming or fishing ("không nghèo không cận nghèo, sống ở mức trung bình")
  ...a("mức sống trung bình", "sống ở mức trung bình", "ở mức trung bình", "mức trung bình", "hộ trung bình",
    "không nghèo không cận nghèo", "ko nghèo ko cận nghèo"),
  // tax paid back, told as money asked back ("muốn xin lại số thuế đã nộp")
  ...a("hoàn thuế", "xin lại số thuế", "xin lại tiền thuế", "lấy lại tiền thuế", "lấy lại số thuế", "lấy lại thuế",
    "trả lại tiền thuế", "trả lại thuế",
    // money paid and then owed back ("đã nộp thuế TNCN … theo hiệp định thì được miễn, xin trả lại số tiền đã nộp")
    "trả lại số tiền đã nộp", "trả lại số đã nộp", "lấy lại số tiền đã nộp", "xin lại số tiền đã nộp", "hoàn lại số tiền đã nộp"),
  // goods taken to the importer's own store while a specialised inspection is pending
  ...a("đưa hàng về bảo quản", "mang hàng về kho", "đưa hàng về kho", "chở hàng về kho", "mang về kho cất giữ", "đem về kho", "về kho cất giữ", "phí lưu bãi", "lưu bãi",
    "chờ kết quả kiểm tra chuyên ngành"),
  ...a("khai thuế thu nhập cá nhân chuyển nhượng bất động sản", "thuế bán đất", "thuế bán nhà", "khai thuế bán đất",
    "vừa bán mảnh đất", "vừa bán đất", "vừa bán nhà", "bán miếng đất", "bán mảnh đất ở quê"),
  ...a("tài khoản truy cập cổng thông tin điện tử khai thác thông tin hóa đơn điện tử", "tra cứu hóa đơn điện tử",
    "tra cứu thông tin hóa đơn", "tài khoản tra cứu hóa đơn"),
  ...a("cá nhân cư trú quyết toán thuế trực tiếp với cơ quan thuế", "tự quyết toán", "tự quyết toán thuế", "tự đi quyết toán",
    "tự làm quyết toán", "tự quyết toán thuế tncn"),
  ...a("chưa tham gia bảo hiểm y tế", "chưa có thẻ bhyt", "chưa có bhyt", "không có thẻ bhyt", "không có bhyt",
    "chưa có bảo hiểm y tế", "không có bảo hiểm y tế", "chưa có thẻ bảo hiểm y tế"),
  ...a("khai bổ sung hồ sơ khai thuế", "khai bổ sung tờ khai", "kê sai số liệu", "khai sai số liệu", "khai sai doanh thu",
    "tờ khai bị sai", "tờ khai kê sai"),
  ...a("hàng hóa chuyển cửa khẩu", "chuyển cửa khẩu", "chuyển về icd", "đưa về icd"),
  ...a("tàu bay xuất cảnh nhập cảnh quá cảnh", "hãng bay nước ngoài", "hãng hàng không nước ngoài", "máy bay nước ngoài",
    "chuyến bay quốc tế"),
  // the ticket office of a foreign airline declares the airline's tax ("phòng vé phải khai thuế thay cho hãng")
  ...a("khai thuế đối với hãng hàng không nước ngoài", "khai thuế thay cho hãng", "khai thuế cho hãng", "phòng vé",
    "văn phòng bán vé", "đại lý bán vé"),
  // a divorce granted abroad, to be written into the Vietnamese register before a new marriage
  ...a("ghi vào sổ hộ tịch việc ly hôn", "ly hôn bên tòa án", "ly hôn ở tòa án nước ngoài", "ly hôn ở nước ngoài",
    "ly hôn bên đó", "ly hôn bên nước ngoài", "tòa án nước ngoài", "tòa án đài loan", "tòa án hàn quốc", "tòa án nhật",
    "tòa án trung quốc", "tòa bên đó"),
  ...a("xác định lại dân tộc", "đổi dân tộc", "đổi sang dân tộc", "theo dân tộc", "lấy dân tộc", "đổi lại dân tộc"),
  ...a("giám hộ", "người đỡ đầu", "đỡ đầu", "trông nom"),
  ...a("chấm dứt giám hộ", "thôi giám hộ", "không giám hộ nữa", "thôi làm giám hộ", "hết giám hộ", "thôi trách nhiệm",
    "thôi làm người trông nom", "thôi đại diện"),
  ...a("đăng ký nhận cha mẹ con", "thêm tên bố", "thêm tên cha", "bổ sung tên bố", "bổ sung tên cha",
    "nhận con ruột", "nhận là con", "nhận bố", "nhận mẹ ruột", "công nhận là con", "công nhận bé là con",
    "công nhận con", "là con ruột của"),
  // nuôi con nuôi
  ...a("nuôi con nuôi", "nhận về nuôi", "xin nuôi", "nhận làm con", "nuôi làm con", "đứa con nuôi"),
  // chứng thực: copies, signatures, translations, contracts, estates
  ...a("chứng thực bản sao từ bản chính", "công chứng bản sao", "công chứng giấy tờ", "chứng thực giấy tờ", "sao y bản chính",
    "công chứng photo", "bản photo", "photo giấy tờ", "công chứng bằng", "chứng thực bản sao", "chứng thực bằng",
    "công chứng học bạ", "công chứng căn cước", "công chứng cccd", "photo căn cước", "photo cccd", "chứng thực cccd",
    "chứng thực căn cước",
    // a paper photocopied and brought with its original ("photo bằng tốt nghiệp với học bạ … có mang bản gốc")
    "photo bằng", "photo học bạ", "photo giấy", "photo bảng điểm", "photo sổ", "photo hộ khẩu", "photo giấy khai sinh",
    "mang bản gốc", "mang theo bản gốc", "kèm bản gốc", "có bản gốc", "bản gốc để đối chiếu"),
  ...a("tích hợp cập nhật điều chỉnh thông tin trên thẻ căn cước", "tích hợp bằng lái", "tích hợp giấy phép lái xe",
    "tích hợp bhyt", "tích hợp thẻ bảo hiểm y tế", "đưa bằng lái vào căn cước", "đưa bằng lái lên căn cước",
    "tích hợp vào căn cước", "tích hợp lên căn cước", "tích hợp vào cccd", "tích hợp thẻ bhyt", "vào thẻ căn cước",
    "lên thẻ căn cước"),
  ...a("chứng thực chữ ký giấy tờ văn bản", "giấy ủy quyền", "làm ủy quyền", "viết ủy quyền", "ký xác nhận",
    "xác nhận chữ ký", "chứng chữ ký", "lăn tay", "không ký được", "không biết chữ"),
  ...a("chứng thực chữ ký người dịch", "bản dịch", "dịch công chứng", "công chứng bản dịch", "dịch thuật công chứng",
    "dịch sang tiếng việt"),
  ...a("chứng thực giao dịch hợp đồng", "giấy mua bán", "giấy bán đất"),
  ...a("hủy bỏ giao dịch", "hủy hợp đồng", "hủy giao dịch", "không mua bán nữa", "thôi không bán"),
  ...a("sửa đổi bổ sung giao dịch", "sửa hợp đồng", "bổ sung hợp đồng", "thêm điều khoản", "phụ lục hợp đồng"),
  ...a("sửa lỗi sai sót trong giao dịch", "hợp đồng ghi sai", "hợp đồng bị sai", "sai trong hợp đồng", "hợp đồng ghi nhầm"),
  ...a("cấp bản sao có chứng thực từ bản chính giao dịch đã được chứng thực", "bản sao hợp đồng", "sao hợp đồng",
    "thêm bản hợp đồng"),
  ...a("cấp bản sao từ sổ gốc", "bản sao từ sổ gốc"),
  ...a("từ chối nhận di sản", "nhường lại phần", "không nhận phần", "không lấy phần", "khước từ", "không muốn nhận phần",
    "không muốn lấy phần", "để anh trai đứng tên", "để anh đứng tên", "nhường hết cho",
    "từ chối phần", "không muốn nhận phần", "nhường hết cho", "từ chối thừa kế"),
  ...a("chứng thực di chúc", "chúc thư", "lập di chúc", "làm di chúc", "viết di chúc"),
  ...a("phân chia di sản", "khai nhận di sản", "chia tài sản thừa kế", "chia phần thừa kế", "chia di sản"),
  // cư trú
  ...a("thông báo lưu trú", "ngủ nhờ", "tá túc", "nghỉ lại", "báo lưu trú"),
  ...a("xóa đăng ký tạm trú", "bỏ tạm trú", "bỏ cái tạm trú", "hủy tạm trú", "cắt tạm trú", "xóa tạm trú", "trả phòng trọ", "không ở trọ nữa", "thôi ở trọ", "dọn khỏi phòng trọ", "hết thuê trọ"),
  ...a("khai báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký", "không đủ điều kiện đăng ký",
    "không đăng ký được thường trú", "không đăng ký được tạm trú", "nhà không có giấy tờ", "không có giấy tờ nhà",
    "không có chỗ ở hợp pháp"),
  ...a("xác nhận về điều kiện diện tích bình quân nhà ở", "đủ diện tích", "diện tích bình quân", "mét vuông mỗi người",
    "m2 mỗi người", "nhập khẩu vào nhà thuê", "thường trú vào nhà thuê", "thường trú nhà thuê", "nhập khẩu nhà thuê"),
  ...a("phương tiện vào mục đích để ở", "nhà bè", "nhà thuyền", "nhà nổi", "sống trên thuyền", "sống trên ghe",
    "ở trên thuyền", "ở trên ghe", "sống trên sông", "ở trên sông", "sống trên bè"),
  ...a("điều chỉnh thông tin về cư trú", "sai thông tin cư trú", "cư trú bị sai", "cư trú sai"),
  ...r("cơ sở dữ liệu", "csdl"),
  ...a("cơ sở dữ liệu quốc gia về dân cư", "dữ liệu dân cư", "cơ sở dữ liệu dân cư", "dữ liệu dân số", "hệ thống dân cư",
    "trên vneid", "lên vneid", "vneid hiện", "vneid ghi", "trong vneid"),
  ...a("khai thác thông tin công dân", "tra cứu thông tin công dân", "xin thông tin dân cư", "trích xuất thông tin",
    "lấy thông tin công dân"),
  ...a("xác nhận số chứng minh nhân dân số định danh cá nhân", "cmnd cũ", "số cmnd cũ", "chứng minh cũ",
    "chứng minh thư cũ", "số chứng minh cũ", "hai số"),
  // xây dựng, hạ tầng, đường bộ
  ...a("cấp điều chỉnh giấy phép xây dựng", "thay đổi thiết kế", "đổi thiết kế", "sửa thiết kế",
    "so với giấy phép", "khác giấy phép", "khác với giấy phép", "xây khác"),
  ...a("gia hạn giấy phép xây dựng", "chưa khởi công", "chưa kịp xây", "chưa xây kịp"),
  ...a("giấy phép di dời công trình", "di dời nhà", "dời nhà", "dời công trình", "di dời công trình"),
  ...a("chặt hạ dịch chuyển cây xanh", "chặt cây", "đốn cây", "chặt bỏ cây", "cưa cây", "hạ cây", "dời cây",
    "di dời cây", "dịch chuyển cây", "cây sắp đổ", "cây nghiêng", "cây bàng", "cây xà cừ", "cây phượng", "cây sao",
    "xin chặt", "muốn chặt", "chặt bỏ", "tỉa cây", "cây cổ thụ"),
  ...a("sử dụng tạm thời lòng đường vỉa hè", "bày hàng", "chiếm vỉa hè", "mượn vỉa hè", "dùng vỉa hè", "lấn vỉa hè",
    "để xe trên vỉa hè", "trông giữ xe", "giữ xe", "họp chợ", "dựng rạp", "rạp đám", "căng rạp", "lấn ra mặt đường",
    "lấn mặt đường", "lấn lòng đường", "chiếm lòng đường", "chiếm mặt đường", "mượn lòng đường", "mượn mặt đường",
    "tạm mặt đường", "tạm lòng đường", "rạp cưới", "rạp đám cưới", "rạp đám tang"),
  ...a("chấp thuận vị trí đấu nối tạm vào đường bộ", "đấu nối tạm", "đường công vụ", "nối tạm vào đường", "đường vào nhà", "lối ra đường",
    "làm lối đi ra", "mở lối"),
  ...a("biển quảng cáo", "treo biển", "băng rôn", "pano"),
  ...a("giấy phép thi công công trình trên đường bộ", "đào đường", "đào vỉa hè", "cắt đường", "đào lòng đường",
    "kéo ống qua đường", "đặt ống qua đường"),
  ...a("cung cấp thông tin quy hoạch", "xem quy hoạch", "dính quy hoạch", "kiểm tra quy hoạch", "thông tin quy hoạch",
    "vướng quy hoạch"),
  ...a("nhà ở cũ thuộc tài sản công", "nhà tập thể", "nhà công vụ", "nhà nhà nước", "nhà thuê của nhà nước",
    "nhà thuộc sở hữu nhà nước", "nhà của nhà nước"),
  ...a("ban quản trị nhà chung cư", "ban quản trị"),
  // đất đai
  ...a("đính chính giấy chứng nhận có sai sót", "sổ đỏ ghi sai", "sổ đỏ bị sai", "sai sổ đỏ", "sổ hồng ghi sai",
    "sổ hồng bị sai", "sai thông tin sổ", "sổ ghi sai", "sổ bị sai", "ghi sai diện tích"),
  ...a("giải quyết tranh chấp đất đai thẩm quyền chủ tịch ủy ban nhân dân", "hòa giải không thành", "hòa giải không được", "không thành rồi", "mà không thành", "bất thành",
    "hòa giải thất bại", "không hòa giải được", "hòa giải xong vẫn", "giải quyết tiếp"),
  ...a("tặng cho quyền sử dụng đất cho nhà nước cộng đồng dân cư mở rộng đường giao thông", "góp đất", "hiến đất",
    "nhường đất làm đường", "cho đất làm đường", "góp đất làm đường", "hiến đất làm đường"),
  ...a("giao đất cho thuê đất", "xin giao đất", "xin cấp đất", "cấp đất ở", "xin thuê đất"),
  ...a("ghi nợ tiền sử dụng đất", "nợ tiền đất", "ghi nợ tiền đất", "chưa đủ tiền đóng", "chưa đủ tiền nộp", "xin nợ tiền"),
  ...a("thanh toán xóa nợ tiền sử dụng đất", "trả nợ tiền đất", "xóa nợ tiền đất", "trả hết nợ tiền"),
  ...a("đăng ký biện pháp bảo đảm bằng quyền sử dụng đất", "cầm sổ", "cắm sổ", "thế chấp sổ"),
  ...a("sử dụng đất kết hợp đa mục đích", "kết hợp kinh doanh", "kết hợp du lịch",
    "làm du lịch trên đất", "làm homestay trên đất", "vừa trồng vừa", "giữ nguyên là đất nông nghiệp",
    "giữ nguyên đất nông nghiệp", "vẫn là đất nông nghiệp", "tham quan vườn", "dựng chòi", "làm cái chòi", "làm chòi cho khách", "làm chòi nghỉ",
    "du lịch vườn"),
  ...a("xác định lại diện tích đất ở", "diện tích đất ở", "thiếu đất ở", "xác định lại diện tích"),
  // thủy lợi, nước, đê điều
  ...a("phạm vi bảo vệ công trình thủy lợi", "kênh mương", "bờ kênh", "kênh thủy lợi", "mương thủy lợi", "hồ thủy lợi",
    "kênh nội đồng", "mương nội đồng", "ven kênh", "cạnh kênh", "bờ mương", "chân đập", "lòng hồ"),
  ...a("nuôi trồng thủy sản trong phạm vi bảo vệ công trình thủy lợi", "thả cá", "nuôi cá trong hồ", "nuôi cá ở hồ",
    "nuôi cá ở kênh", "nuôi cá trên kênh"),
  ...a("thủy lợi nhỏ thủy lợi nội đồng tưới tiên tiến tiết kiệm nước", "tưới nhỏ giọt", "tưới phun", "tưới tiết kiệm",
    "kiên cố hóa kênh", "bê tông hóa kênh", "làm kênh mương", "hệ thống tưới"),
  ...a("khai thác nước dưới đất", "nước ngầm"),
  // nông nghiệp, chăn nuôi, thú y, trồng trọt
  ...a("phối giống nhân tạo gia súc", "thụ tinh nhân tạo", "gieo tinh", "tinh bò", "tinh heo", "tinh lợn"),
  ...a("chuyển đổi từ chăn nuôi sang các nghề khác", "bỏ chăn nuôi", "nghỉ chăn nuôi", "không chăn nuôi nữa", "chuyển nghề",
    "đổi nghề", "không nuôi nữa", "thôi nuôi"),
  ...a("hỗ trợ thiệt hại do dịch bệnh động vật", "chết dịch", "dịch tả lợn", "dịch tả heo", "lở mồm long móng",
    "cúm gia cầm", "heo chết", "lợn chết", "gà chết", "bò chết", "trâu chết"),
  ...a("chuyển đổi cơ cấu cây trồng vật nuôi trên đất trồng lúa", "bỏ lúa", "chuyển đất lúa", "trồng cây khác",
    "đổi cây trồng", "chuyển sang trồng", "đào ao", "ruộng lúa sang", "đất lúa sang", "trên ruộng", "đất trồng lúa",
    "lên liếp", "lên vườn", "chuyển sang nuôi cá", "trồng sầu riêng", "chuyển qua trồng", "đào mương nuôi cá",
    "ruộng lúa nhà"),
  ...a("hỗ trợ phí bảo hiểm nông nghiệp", "bảo hiểm cây trồng", "bảo hiểm vật nuôi",
    "bảo hiểm lúa", "bảo hiểm con bò", "bảo hiểm đàn", "bảo hiểm cho lúa", "bảo hiểm cho bò", "bảo hiểm cho heo",
    "bảo hiểm cho đàn", "bảo hiểm cho cây"),
  ...a("hỗ trợ phát triển sản xuất cộng đồng", "hỗ trợ giống", "hỗ trợ cây giống", "hỗ trợ con giống", "hỗ trợ bò giống",
    "hỗ trợ sản xuất", "cho giống", "cấp giống", "nhóm hộ", "nhóm mấy hộ", "nuôi chung", "trồng chung", "sản xuất chung"),
  ...a("dự án phát triển sản xuất liên kết theo chuỗi giá trị", "theo chuỗi giá trị", "chuỗi giá trị"),
  ...a("hỗ trợ dự án liên kết", "liên kết tiêu thụ", "bao tiêu", "liên kết với doanh nghiệp", "liên kết sản xuất"),
  ...a("kế hoạch khuyến nông", "tập huấn nông nghiệp"),
  ...a("hộ làm nông nghiệp lâm nghiệp ngư nghiệp diêm nghiệp có mức sống trung bình", "hộ trung bình", "mức sống trung bình",
    "thu nhập tầm tầm", "thu nhập trung bình", "không nghèo cũng không cận nghèo", "sống trung bình",
    "làm muối", "diêm dân"),
  ...a("công nhận người lao động có thu nhập thấp", "lương thấp"),
  // a well drilled: the phrase, not a bare "giếng", reads the registration ("khoan giếng tưới thanh long")
  ...a("khai thác nước dưới đất", "khoan giếng", "đóng giếng", "khoan giếng nước"),
  ...a("giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "làm giò chả", "làm nước mắm", "sản xuất thực phẩm",
    "cơ sở chế biến", "chế biến thực phẩm"),
  // lâm nghiệp, thủy sản, biển
  ...a("kiểm tra hiện trường rừng trồng bị thiệt hại", "rừng keo", "keo bị đổ", "keo đổ", "rừng bị đổ", "rừng bị gãy",
    "rừng bị thiệt hại", "rừng bị hư hại", "rừng bị cháy", "cháy rừng", "bạch đàn đổ", "ha keo", "keo nhà", "đổ keo",
    "quật đổ", "rừng trồng"),
  ...a("phương án khai thác gỗ thực vật rừng", "chặt keo", "khai thác keo", "bán keo", "chặt gỗ",
    "khai thác rừng", "chặt rừng", "đốn gỗ", "tỉa thưa"),
  ...a("hỗ trợ tín dụng đầu tư trồng rừng gỗ lớn", "vay trồng rừng", "vay vốn trồng rừng", "gỗ lớn"),
  ...a("cây dược liệu trong rừng", "trồng sâm", "cây thuốc", "trồng thuốc"),
  ...a("chuyển mục đích sử dụng rừng", "phá rừng", "chuyển rừng", "đất rừng sang"),
  ...a("giao rừng cho thuê rừng", "nhận rừng", "nhận khoán rừng"),
  // a marriage made abroad, recorded at home ("tụi em cưới bên Đài Loan, có giấy kết hôn bên đó cấp rồi … để bên mình
  // công nhận")
  ...a("ghi vào sổ hộ tịch việc kết hôn đã giải quyết tại nước ngoài", "kết hôn ở nước ngoài", "kết hôn bên nước ngoài",
    "cưới ở nước ngoài", "giấy kết hôn bên đó", "giấy kết hôn nước ngoài", "giấy kết hôn của nước ngoài",
    "đăng ký kết hôn bên đó rồi", "đã đăng ký kết hôn bên đó", "công nhận việc kết hôn", "ghi chú kết hôn",
    "cưới vợ bên đó", "cưới chồng bên đó", "đăng ký kết hôn ở cơ quan", "kết hôn ở cơ quan", "đăng ký kết hôn bên hàn",
    "đăng ký kết hôn bên nhật", "đăng ký kết hôn bên đài loan"),
  // a stretch of a lake or a river opened for play, marked with buoys ("mở khu chèo SUP … cắm phao với cờ hiệu")
  ...a("công bố mở cho phép hoạt động tại vùng nước khác", "cắm phao", "cờ hiệu", "phao giới hạn", "khu chèo sup",
    "mở khu vui chơi dưới nước", "mở khu vui chơi trên hồ", "khu bơi trên hồ"),
  // a cooperative founded by farmers (not a cooperative group: "mấy hộ trồng cà phê muốn góp lại lập hợp tác xã")
  ...a("đăng ký thành lập hợp tác xã", "lập hợp tác xã", "thành lập hợp tác xã", "lập htx", "thành lập htx"),
  // a mediator elected in the village, recognised by the commune ("thôn vừa bầu xong hòa giải viên")
  ...a("công nhận hòa giải viên", "bầu xong hòa giải viên", "bầu hòa giải viên", "bầu được hòa giải viên"),
  // a second selling point of a household business, told to the tax office ("mở thêm 1 chỗ bán ở chợ khác")
  ...a("thông báo địa điểm kinh doanh của hộ kinh doanh", "mở thêm chỗ bán", "mở thêm 1 chỗ bán", "mở thêm một chỗ bán",
    "mở thêm điểm bán", "thêm địa điểm kinh doanh", "thêm chỗ bán"),
  // a pension taken in cash, moved to a bank account ("lãnh lương hưu tiền mặt ở bưu điện, muốn nhận vô tài khoản ATM")
  ...a("lĩnh bằng tiền mặt chuyển sang lĩnh bằng tài khoản", "nhận vô tài khoản", "nhận vào tài khoản", "nhận qua tài khoản",
    "chuyển qua tài khoản", "chuyển sang tài khoản", "nhận qua atm", "lãnh qua atm", "lĩnh qua tài khoản",
    "vô tài khoản ngân hàng", "vào tài khoản ngân hàng", "thẳng vô tài khoản", "thẳng vào tài khoản", "lương hưu tiền mặt",
    "nhận atm", "lãnh atm", "nhận qua thẻ atm", "qua nhận atm"),
  // a business's bank account changed, told to the tax office ("hkd em mới đổi số tk ngân hàng, có phải báo cho thuế")
  ...a("thông báo thay đổi thông tin số tài khoản", "đổi số tk", "đổi stk", "đổi số tài khoản", "thay đổi số tài khoản",
    "đổi tài khoản ngân hàng", "đổi tk ngân hàng"),
  // a new head of the household after the old one died ("ba tui đứng tên chủ hộ, mới mất; để má làm chủ hộ thay")
  ...a("điều chỉnh thông tin về cư trú", "đổi chủ hộ", "thay chủ hộ", "làm chủ hộ thay", "chuyển chủ hộ", "đổi tên chủ hộ",
    "đứng chủ hộ thay"),
  // a first land certificate for a field farmed for decades ("chưa bao giờ có sổ đỏ, giờ muốn xin cấp sổ lần đầu")
  ...a("cấp giấy chứng nhận quyền sử dụng đất lần đầu", "xin cấp sổ lần đầu", "cấp sổ lần đầu", "làm sổ lần đầu",
    "chưa bao giờ có sổ đỏ", "chưa từng có sổ đỏ", "chưa bao giờ được cấp sổ"),
  // a low-income worker recognised (not a poor household)
  ...a("công nhận người lao động có thu nhập thấp", "lao động thu nhập thấp", "người thu nhập thấp", "công nhận thu nhập thấp",
    "xét thu nhập thấp", "diện thu nhập thấp"),
  // a cooperative group grown into a cooperative ("tổ hợp tác nuôi ngao muốn nâng lên thành hợp tác xã")
  ...a("đăng ký chuyển đổi tổ hợp tác thành hợp tác xã", "nâng lên thành hợp tác xã", "nâng lên hợp tác xã",
    "chuyển thành hợp tác xã", "lên thành hợp tác xã", "nâng lên thành htx", "chuyển thành htx", "lên thành htx",
    "chuyển lên htx", "chuyển lên thành htx"),
  // a commercial plate changed back to a private one ("thôi kinh doanh vận tải, đổi biển vàng về biển trắng")
  ...a("đổi chứng nhận đăng ký xe, biển số xe", "biển vàng", "biển trắng", "đổi biển số", "đổi màu biển"),
  // tax filings made online under their own account ("đăng ký tài khoản giao dịch thuế điện tử")
  ...a("đăng ký giao dịch với cơ quan thuế bằng phương thức điện tử", "giao dịch thuế điện tử", "tài khoản giao dịch thuế",
    "giao dịch điện tử với cơ quan thuế", "nộp hồ sơ thuế qua mạng"),
  // a vehicle scrapped or sold for parts, its registration given back ("xe bán ve chai rồi, hủy đăng ký xe")
  ...a("thu hồi giấy chứng nhận đăng ký, biển số xe", "hủy đăng ký xe", "xóa đăng ký xe", "hủy biển số", "nộp lại biển số",
    "trả lại biển số", "nộp lại cà vẹt", "xe bán ve chai", "xe bán phế liệu"),
  // the state's share of a farm's insurance premium ("nhà nước hỗ trợ tiền mua bảo hiểm cho nuôi trồng thủy sản")
  ...a("phê duyệt đối tượng được hỗ trợ phí bảo hiểm nông nghiệp", "bảo hiểm cho nuôi trồng", "bảo hiểm nuôi trồng",
    "bảo hiểm cây trồng", "bảo hiểm vật nuôi", "bảo hiểm thủy sản", "bảo hiểm nông nghiệp", "bảo hiểm cho lồng bè",
    "bảo hiểm cho cây trồng", "bảo hiểm cho vật nuôi", "bảo hiểm cho ao nuôi"),
  // an estate nobody inherits ("ông cụ mất, không vợ con, không còn ai thừa kế: căn nhà xử lý thế nào")
  ...a("xác lập quyền sở hữu toàn dân đối với tài sản không có người thừa kế", "không ai thừa kế", "không có người thừa kế",
    "không còn ai thừa kế", "không có ai thừa kế", "không người thừa kế"),
  // a household business moving or adding a trade ("dời qua mặt bằng khác và bán thêm dịch vụ cho thuê phòng")
  ...a("đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "dời qua mặt bằng", "chuyển qua mặt bằng", "đổi mặt bằng",
    "dời địa điểm kinh doanh", "chuyển địa điểm kinh doanh", "đổi địa điểm kinh doanh", "dời quán qua", "dời tiệm qua",
    "thêm ngành nghề", "bổ sung ngành nghề", "kinh doanh thêm ngành", "thêm nghề", "bổ sung nghề", "thêm mặt hàng",
    "ghi thêm vào giấy", "ghi thêm vô giấy"),
  // a will or a contract already certified, changed or cancelled ("ông đã chứng thực di chúc, nay muốn sửa lại")
  ...a("chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch", "sửa di chúc", "sửa lại di chúc", "sửa đổi di chúc",
    "hủy di chúc", "thay đổi di chúc", "sửa hợp đồng đã chứng thực", "hủy hợp đồng đã chứng thực"),
  // someone named to watch over a guardian ("họ hàng cử tui đứng ra theo dõi ảnh giám hộ có đàng hoàng không")
  ...a("đăng ký giám sát việc giám hộ", "giám sát việc giám hộ", "theo dõi việc giám hộ", "giám sát người giám hộ",
    "đứng ra theo dõi", "người giám sát việc giám hộ", "làm người theo dõi", "người theo dõi kiểm tra", "theo dõi kiểm tra việc",
    "kiểm tra việc giám hộ", "kiểm tra người giám hộ", "theo dõi người giám hộ"),
  // a filing withdrawn before it is decided ("nộp hồ sơ đăng ký hộ kinh doanh trên mạng, chưa duyệt, xin dừng lại")
  ...a("dừng thực hiện thủ tục", "dừng lại hồ sơ", "xin dừng hồ sơ", "muốn dừng hồ sơ", "rút lại hồ sơ đăng ký", "hủy hồ sơ đăng ký"),
  // rent of a state-owned home reduced or waived ("chồng là thương binh, có được miễn giảm tiền thuê nhà")
  ...a("quyết định miễn, giảm tiền thuê nhà", "miễn giảm tiền thuê nhà", "giảm tiền thuê nhà", "miễn tiền thuê nhà"),
  // medicinal plants grown under a forest's canopy ("trồng sa nhân, ba kích dưới tán rừng rồi thu hoạch bán")
  ...a("phương án nuôi, trồng phát triển, thu hoạch cây dược liệu trong rừng", "dưới tán rừng", "trồng dưới tán",
    "cây thuốc trong rừng", "dược liệu trong rừng"),
  // a household business named outright beside the family trade ("làm nước mắm mấy đời, giờ muốn đăng ký hộ kinh doanh")
  ...a("đăng ký thành lập hộ kinh doanh", "muốn đăng ký hộ kinh doanh", "đăng ký hộ kinh doanh để", "ra đăng ký hộ kinh doanh"),
  // a stretch of sea farmed for years without a decision ("chưa có quyết định giao mặt nước, phải xin công nhận")
  ...a("công nhận khu vực biển để nuôi trồng thủy sản", "chưa có quyết định giao mặt nước", "chưa có quyết định giao",
    "xin công nhận khu vực biển", "công nhận khu vực biển"),
  // a tax code closed by the tax office, opened again ("bị thuế đóng mst … giờ muốn mở lại mã số thuế")
  ...a("khôi phục mã số thuế", "mở lại mã số thuế", "mở lại mst", "mở lại mã thuế", "khôi phục mst", "kích hoạt lại mã số thuế"),
  // a farm's certificate the buyers ask for ("nuôi tôm thẻ mấy ao đất, thương lái kêu phải có giấy xác nhận nuôi")
  ...a("giấy xác nhận nuôi trồng thủy sản", "giấy xác nhận nuôi", "xác nhận nuôi tôm", "xác nhận nuôi cá", "xác nhận ao nuôi",
    "xác nhận cơ sở nuôi"),
  ...a("giấy xác nhận nuôi trồng thủy sản lồng bè", "nuôi cá lồng", "nuôi cá bè", "bè cá", "lồng cá",
    "nuôi lồng"),
  ...a("giao khu vực biển cho cá nhân để nuôi trồng thủy sản", "nuôi hàu", "nuôi tôm hùm", "nuôi trên biển", "nuôi biển", "nuôi ngao", "nuôi nghêu"),
  ...a("xác nhận nguồn gốc loài thủy sản", "nuôi cá sấu", "nuôi rùa", "loài quý hiếm", "động vật hoang dã",
    "cá cảnh quý"),
  ...a("cảng cá", "bến cá"),
  // a tax code closed with the shop, a diplomat's tax back, an old state flat bought, a household's goods moved home,
  // the co-payment of health insurance past its cap
  ...a("chấm dứt hiệu lực mã số thuế", "khóa mã số thuế", "khoá mã số thuế", "khóa mst", "đóng mã số thuế", "đóng mst",
    "hủy mã số thuế", "huỷ mã số thuế"),
  ...a("ưu đãi miễn trừ ngoại giao", "viên chức ngoại giao", "nhân viên ngoại giao", "cơ quan đại diện nước ngoài",
    "nhân viên đại sứ quán", "nhân viên lãnh sự"),
  // a tenant who never signed a lease ("ở căn hộ tập thể cơ quan phân từ năm 1990, chưa từng ký hợp đồng thuê")
  ...a("chưa có hợp đồng thuê", "chưa từng ký hợp đồng", "chưa ký hợp đồng", "chưa bao giờ ký hợp đồng",
    "không có hợp đồng thuê", "chưa làm hợp đồng thuê"),
  ...a("bán nhà ở cũ thuộc tài sản công", "mua đứt căn hộ", "mua đứt nhà", "mua lại căn hộ tập thể", "mua căn hộ tập thể",
    "mua lại nhà của nhà nước", "mua nhà đang thuê của nhà nước"),
  ...a("hàng hóa là tài sản di chuyển", "đồ đạc gia đình về nước", "đồ dùng gia đình về nước", "chuyển đồ về nước",
    "gửi đồ về nước", "mang đồ đạc về nước", "container đồ đạc"),
  ...a("cấp giấy chứng nhận không cùng chi trả", "khỏi đóng phần cùng chi trả", "không phải cùng chi trả",
    "miễn cùng chi trả", "vượt 6 tháng lương cơ sở", "không phải trả phần cùng chi trả", "vượt quá 6 tháng lương cơ sở"),
  // papers of tax: a withholding certificate made wrong, dealing with the tax office online
  ...a("xử lý chứng từ điện tử đã lập sai", "chứng từ bị sai", "chứng từ khấu trừ bị sai", "lập sai chứng từ",
    "chứng từ sai tên", "chứng từ khấu trừ thuế sai"),
  ...a("đăng ký giao dịch với cơ quan thuế bằng phương thức điện tử", "giao dịch điện tử với cơ quan thuế",
    "nộp tờ khai thuế qua mạng", "khai thuế qua mạng", "đăng ký nộp thuế điện tử"),
  // a tree felled or moved (the South's "đốn"), a business reopened after a suspension, goods seen before declaring
  ...a("chặt hạ dịch chuyển cây xanh", "đốn cây", "xin đốn", "đốn bỏ", "đốn hạ", "dời cây", "dời cái cây", "bứng cây"),
  ...a("phục hồi hoạt động", "hoạt động lại", "cho hoạt động lại", "bị tạm đình chỉ", "bị đình chỉ hoạt động"),
  ...a("xem hàng hóa trước khi khai hải quan", "xem hàng trước khi khai", "xem trước hàng", "kiểm tra hàng trước khi khai"),
  // a tax code for a person, a land rent declared, a sea protest for a boat's damage, the old work-incapacity allowance
  // an organisation of its own with no business registration ("ban quản trị chung cư cần mã số thuế riêng")
  ...a("đăng ký thuế lần đầu đối với người nộp thuế là tổ chức", "cần mã số thuế riêng", "cần có mã số thuế riêng", "xin mã số thuế riêng", "cần mst riêng", "xin mst riêng", "mã số thuế cho ban quản trị",
    "mã số thuế cho hội", "mã số thuế cho quỹ"),
  ...a("đăng ký thuế lần đầu đối với người nộp thuế là cá nhân", "đăng ký mã số thuế cá nhân", "làm mã số thuế",
    "xin mã số thuế", "đăng ký mst cá nhân"),
  ...a("người nộp thuế là cá nhân", "mã số thuế cá nhân", "mst cá nhân"),
  ...a("khai tiền thuê đất", "tờ khai tiền thuê đất", "nộp tờ khai tiền thuê đất", "khai nộp tiền thuê đất"),
  ...a("xác nhận việc trình kháng nghị hàng hải", "xác nhận sự cố trên biển", "sự cố trên biển", "kháng nghị hàng hải",
    "tàu gặp sự cố", "hư hỏng trên biển"),
  ...a("trợ cấp hàng tháng theo quyết định 613", "hết hưởng trợ cấp mất sức", "trợ cấp mất sức lao động", "nghỉ mất sức",
    "bị cắt trợ cấp mất sức", "hết hưởng mất sức"),
  // a pause that is no closing, a mediator's fee, a production group turned cooperative, a diploma copied from the
  // register, goods taken from a bonded warehouse into the country
  ...a("tạm ngừng kinh doanh", "không đóng hẳn", "nghỉ một tháng", "nghỉ 1 tháng", "nghỉ vài tháng", "tạm đóng cửa",
    "nghỉ 2 tháng", "nghỉ 3 tháng", "nghỉ hai tháng", "nghỉ ba tháng", "nghỉ mấy tháng",
    "đóng cửa nghỉ một thời gian"),
  ...a("thanh toán thù lao cho hòa giải viên", "lấy thù lao", "nhận thù lao", "tiền thù lao", "thù lao hòa giải",
    "tiền bồi dưỡng hòa giải"),
  ...a("đăng ký chuyển đổi tổ hợp tác thành hợp tác xã", "chuyển đổi lên htx", "chuyển lên hợp tác xã",
    "chuyển đổi thành hợp tác xã", "nâng lên htx", "lên htx", "chuyển thành htx"),
  ...a("cấp bản sao từ sổ gốc", "bản sao bằng tốt nghiệp", "sao từ sổ gốc", "bằng bị cháy", "mất bằng tốt nghiệp",
    "bằng tốt nghiệp bị mất"),
  ...a("từ kho ngoại quan đưa vào nội địa", "kho ngoại quan vào nội địa", "đưa vào nội địa tiêu thụ",
    "đưa vào nội địa"),
  // a cooperative's new director, an APEC business travel card lost
  ...a("thay đổi nội dung đăng ký hợp tác xã", "bầu giám đốc mới", "thay giám đốc", "đổi giám đốc",
    "đổi người đại diện theo pháp luật", "thay người đại diện theo pháp luật", "chuyển trụ sở htx", "chuyển trụ sở hợp tác xã",
    "đổi tên htx", "đổi tên hợp tác xã", "đổi luôn tên htx"),
  // a cooperative's old business-registration paper exchanged for a cooperative's certificate
  ...a("cấp đổi giấy chứng nhận đăng ký hợp tác xã", "đổi sang giấy chứng nhận đăng ký hợp tác xã", "đổi sang giấy chứng nhận htx",
    "giấy chứng nhận đăng ký kinh doanh kiểu cũ", "giấy đăng ký kinh doanh kiểu cũ", "giấy chứng nhận kiểu cũ"),
  // a civil-status fact confirmed in writing, not a copy of the paper ("giấy xác nhận việc kết hôn đã được ghi trong
  // dữ liệu hộ tịch, không cần bản sao trích lục")
  ...a("thủ tục xác nhận thông tin hộ tịch", "xác nhận việc kết hôn", "xác nhận đã đăng ký kết hôn", "xác nhận đã từng đăng ký kết hôn",
    "xác nhận thông tin kết hôn", "xác nhận việc đăng ký kết hôn", "ghi trong dữ liệu hộ tịch", "xác nhận thông tin khai sinh"),
  // a customs declaration put right before the goods leave ("khai nhầm số lượng 500 thành 50, muốn khai thêm cho đúng")
  ...a("khai bổ sung hồ sơ hải quan", "khai nhầm số lượng", "khai sai số lượng", "tờ khai khai nhầm", "tờ khai khai sai", "khai thêm cho đúng",
    "sửa tờ khai hải quan", "sửa tờ khai xuất", "sửa tờ khai nhập"),
  ...a("trình báo mất thẻ abtc", "thẻ abtc", "thẻ đi lại doanh nhân", "thẻ apec", "thẻ đi lại doanh nhân apec"),
  // timber of a community forest felled by a storm, taken out
  ...a("phương án khai thác gỗ", "tận thu gỗ", "tận dụng gỗ", "gỗ đổ gãy", "cây gỗ đổ", "khai thác gỗ rừng", "lấy gỗ rừng"),
  // phương tiện thủy
  ...a("phương tiện thủy nội địa", "ghe chở", "ghe đánh cá", "ghe chở hàng",
    "thuyền máy", "chiếc thuyền", "ca nô", "cano", "sà lan", "xà lan", "chiếc xuồng", "đò ngang", "tàu sông",
    // the boats of the Mekong delta and their engines ("vỏ lãi máy 9 ngựa")
    "vỏ lãi", "tắc ráng", "xuồng máy", "ghe máy", "ghe bầu", "ghe cào", "chiếc ghe", "ngựa máy",
    // a boat said as one's own ("ghe tui", "ghe của tôi"); never "cái ghe" ("cái ghế") nor "ghe nhà" ("ghé nhà")
    "ghe tui", "ghe của tui", "ghe của tôi", "ghe của em", "ghe tôi", "ghe của ba", "ghe của bà", "ghe của má", "ghe của ông", "ghe của chú", "ghe của anh", "ghe đang chạy", "ghe chở lúa", "ghe chở cát", "ghe lúa", "ghe cát"),
  ...a("đăng ký lại phương tiện thay đổi tính năng kỹ thuật", "thay máy ghe", "thay máy thuyền", "thay máy xuồng",
    "thay máy lớn", "đổi máy lớn", "thay máy mới cho ghe", "nâng mã lực", "tăng mã lực", "lên máy lớn", "đổi máy ghe",
    "hoán cải ghe", "hoán cải thuyền", "nối dài ghe", "nới rộng ghe"),
  ...a("đăng ký lại phương tiện chuyển quyền sở hữu phương tiện", "sang tên ghe", "sang tên thuyền", "sang tên tàu",
    "sang tên đò", "sang tên xuồng", "mua lại ghe", "mua lại thuyền", "mua lại tàu", "mua lại chiếc ghe",
    "mua lại chiếc thuyền", "bán thuyền", "mua lại con đò", "mua lại đò", "mua lại chiếc đò", "mua lại con ghe",
    "mua lại xuồng", "mua lại chiếc xuồng", "mua lại con thuyền", "mua lại con tàu"),
  ...a("giấy chứng nhận đăng ký phương tiện", "giấy đăng ký ghe", "giấy đăng ký thuyền", "giấy đăng ký tàu",
    "đăng ký ghe", "đăng ký thuyền", "đăng ký đò", "đăng ký xuồng", "giấy đăng kí ghe", "đăng kí ghe", "giấy tờ ghe",
    "giấy ghe", "giấy tờ thuyền"),
  ...a("bến thủy nội địa", "bến cho ghe", "bến xuồng", "bến bốc lúa", "bến bốc hàng", "bến bốc dỡ", "bến chở hàng"),
  ...a("phương tiện hoạt động vui chơi giải trí dưới nước", "thuyền kayak", "chèo kayak",
    "cho thuê kayak", "thuyền thiên nga", "vịt đạp", "xe đạp nước", "mô tô nước", "moto nước", "mô-tô nước", "jet ski", "thuyền chèo", "chèo sup", "phao chuối", "thuyền du lịch", "vui chơi dưới nước",
    "trò chơi dưới nước"),
  ...a("đóng không cho phép hoạt động tại vùng nước", "xin đóng vùng nước", "đóng vùng nước", "không hoạt động ở vùng nước",
    "ngừng hoạt động ở vùng nước", "thôi hoạt động ở vùng nước"),
  ...a("công bố mở cho phép hoạt động tại vùng nước", "mở vùng nước", "xin mở vùng nước", "cho mở vùng nước"),
  ...a("xác nhận trình báo đường thủy nội địa", "ghe bị chìm", "thuyền bị chìm", "chìm ghe", "chìm thuyền",
    "va chạm trên sông", "đâm va", "tai nạn đường thủy", "tai nạn trên sông", "đụng ghe", "ghe đụng", "đụng với chiếc ghe",
    "đụng chiếc ghe", "đâm vào ghe", "tông vào ghe", "bể mũi ghe", "va vào ghe", "hai ghe đụng"),
  ...a("xóa đăng ký phương tiện", "phá dỡ thuyền", "phá dỡ ghe", "không dùng thuyền nữa", "không dùng ghe nữa",
    "thuyền hỏng hẳn", "ghe hỏng hẳn", "gạch tên ghe", "gạch tên thuyền", "xóa tên ghe", "xóa tên thuyền", "ghe mục",
    "thuyền mục", "ghe chìm luôn"),
  ...a("đăng ký lại phương tiện thay đổi tên tính năng kỹ thuật", "thay máy ghe", "thay máy thuyền", "đổi tên ghe",
    "đổi tên thuyền", "lắp máy mới", "hoán cải", "đổi máy", "thay máy cũ"),
  ...a("phương tiện chưa khai thác", "chưa chạy lần nào", "chưa chạy chuyến nào", "chưa chạy chuyến", "chưa hạ thủy",
    "mới hạ thủy", "đóng mới"),
  // ("bến đò" only with a word of its own: unmarked "ben do" is mostly "bên đó", over there)
  ...a("bến thủy nội địa", "bến đò ngang", "mở bến đò", "làm bến đò", "bến đò chở", "bến thuyền", "bến ghe", "mở bến"),
  // xe
  ...a("đăng ký cấp biển số xe lần đầu", "bấm biển", "bấm biển số", "lấy biển số", "xe mới mua", "mới mua xe"),
  ...a("đăng ký xe tạm thời", "biển số tạm", "xe chạy thử"),
  ...a("thu hồi chứng nhận đăng ký xe biển số xe", "xe hỏng bỏ", "xe nát", "hủy xe", "thu hồi biển", "xe không dùng nữa",
    "bán xe phế liệu", "xe phế liệu", "trả biển số", "nộp lại biển"),
  ...a("đổi chứng nhận đăng ký xe biển số xe", "đổi biển số", "biển vàng", "đổi cà vẹt"),
  // bảo hiểm xã hội, y tế
  ...a("tai nạn lao động", "tai nạn khi làm", "tai nạn lúc làm", "tai nạn trong lúc làm", "tai nạn ở xưởng",
    "tai nạn ở công ty", "tai nạn trên đường đi làm", "bị thương khi làm", "bị máy", "tai nạn trong giờ làm",
    "tai nạn khi đi làm", "tai nạn nghề"),
  ...a("tái phát", "vết thương tái phát", "bệnh tái phát", "tái phát lại"),
  ...a("nghỉ dưỡng sức phục hồi sức khỏe dsphsk", "dưỡng sức", "phục hồi sức khỏe"),
  ...a("truy lĩnh chế độ chưa nhận", "chưa lĩnh", "chưa kịp lĩnh", "chưa nhận hết", "còn chưa lĩnh", "truy lĩnh",
    "chưa kịp ra bưu điện", "lãnh lại số tiền", "lĩnh lại số tiền",
    "lĩnh nốt", "nhận nốt", "chưa lãnh", "chưa kịp lãnh", "lãnh nốt"),
  ...a("chấm dứt hưởng bhxh", "dừng hưởng", "thôi hưởng", "hủy quyết định hưởng", "ngừng hưởng"),
  ...a("ra nước ngoài để định cư", "đi định cư", "sang định cư", "định cư nước ngoài"),
  ...a("người chấp hành xong hình phạt tù", "đi tù về", "ra tù", "mãn hạn tù", "chấp hành xong án", "ngồi tù", "đi tù",
    "xuất cảnh trái phép"),
  ...a("nhà giáo đã nghỉ hưu phụ cấp thâm niên", "phụ cấp thâm niên", "giáo viên về hưu", "giáo viên nghỉ hưu",
    "cô giáo về hưu", "thầy giáo về hưu", "nhà giáo về hưu"),
  ...a("lương hưu trợ cấp hàng tháng đối với cán bộ xã", "cán bộ xã về hưu", "cán bộ xã nghỉ hưu", "làm cán bộ xã"),
  ...a("thanh toán trực tiếp chi phí khám chữa bệnh bhyt", "quên mang thẻ bhyt", "không mang thẻ bảo hiểm",
    "quên thẻ bảo hiểm", "quên mang thẻ bảo hiểm", "không mang thẻ bhyt"),
  ...a("thanh toán trực tiếp chi phí khám chữa bệnh bhyt", "bảo hiểm thanh toán lại", "bhyt thanh toán lại",
    "tự trả hết tiền", "tự bỏ tiền", "hoàn lại tiền viện phí", "hoàn tiền viện phí", "tự chi trả viện phí"),
  ...a("lĩnh bằng tài khoản cá nhân", "qua thẻ ngân hàng", "qua tài khoản ngân hàng", "thay vì tiền mặt",
    "thay vì nhận tiền mặt", "chuyển khoản lương hưu", "lương hưu qua thẻ"),
  ...a("chuyển hưởng sang địa bàn khác", "nhận lương hưu trong đó", "nhận lương hưu ở đó", "lĩnh lương hưu trong đó",
    "lĩnh lương hưu ở đó", "lương hưu ở nơi mới"),
  ...a("giấy chứng nhận không cùng chi trả", "5 năm liên tục", "năm năm liên tục", "không cùng chi trả", "đồng chi trả"),
  ...a("chế độ ốm đau", "con ốm", "chăm con ốm", "con bị ốm", "nghỉ chăm con"),
  ...a("chế độ thai sản", "sẩy thai", "khám thai", "triệt sản", "đặt vòng", "nạo hút thai"),
  ...a("chế độ tử tuất", "tiền mai táng", "trợ cấp mai táng", "tiền tử tuất"),
  ...a("khám chữa bệnh", "viện phí", "tiền viện phí"),
  ...a("điều chỉnh thông tin trên sổ bhxh", "sổ bảo hiểm ghi sai", "sổ bhxh ghi sai", "sổ bảo hiểm xã hội ghi sai",
    "sổ bảo hiểm bị sai", "sổ bhxh bị sai", "sổ bảo hiểm xã hội bị sai"),
  ...a("đăng ký đóng cấp thẻ bhyt", "đăng ký bhyt", "làm thẻ bhyt", "làm bhyt", "làm thẻ bảo hiểm y tế", "đóng bhyt",
    "tham gia bhyt", "mua thẻ bhyt", "mua thẻ bảo hiểm y tế"),
  ...a("lực lượng xung kích phòng chống thiên tai", "chống bão", "chống lụt", "cứu hộ lũ", "phòng chống bão",
    "ứng cứu thiên tai"),
  ...a("người tham gia phòng cháy chữa cháy cứu nạn cứu hộ", "đi chữa cháy", "tham gia chữa cháy", "dập lửa"),
  ...a("phục hồi hoạt động", "bị đình chỉ", "đình chỉ hoạt động", "cho hoạt động lại"),
  // an ninh, vũ khí, cai nghiện, khiếu nại, bồi thường, tòa án
  ...r("an ninh trật tự", "antt"),
  ...a("tổ bảo vệ an ninh trật tự", "bảo vệ dân phố", "dân phòng", "bảo vệ khu phố", "tổ bảo vệ", "lực lượng bảo vệ",
    "an ninh cơ sở"),
  ...a("cai nghiện ma túy tự nguyện", "bị nghiện", "nghiện hút", "cai tại nhà", "cai nghiện tại nhà", "cai tại gia đình",
    "chịu đi cai", "muốn đi cai", "dính ma túy"),
  ...a("khai báo vũ khí thô sơ", "thanh kiếm", "cây kiếm", "kiếm cổ", "thanh gươm", "cây gươm", "đồ gia bảo", "làm gia bảo", "giáo mác", "dao găm", "súng kíp", "đao cổ",
    "mã tấu", "cung nỏ", "cây giáo", "ngọn giáo", "cây mác", "cái ná", "cây ná", "cái nỏ", "cây nỏ", "binh khí cổ", "binh khí", "song kiếm", "cây đao", "thanh đao", "đại đao"),
  ...a("khiếu nại quyết định hành vi hành chính công an", "khiếu nại công an", "không đồng ý với công an", "khiếu nại cán bộ"),
  ...a("tố cáo lực lượng công an", "tố cáo công an", "tố cáo cán bộ công an"),
  ...a("bồi thường người thi hành công vụ gây thiệt hại", "cán bộ làm sai", "cán bộ gây thiệt hại", "đòi bồi thường",
    "làm sai gây thiệt hại", "cưỡng chế sai"),
  ...a("cấp sao bản án tài liệu hồ sơ vụ án", "sao bản án", "xin bản án", "trích lục bản án", "bản sao bản án", "hồ sơ vụ án"),
  ...a("nhận thông báo văn bản tố tụng bằng phương tiện điện tử", "nhận giấy tòa", "giấy triệu tập"),
  // tax withheld beyond what was due, paid back through the employer ("bù trừ xong vẫn còn bị khấu trừ dư")
  ...a("hoàn thuế", "khấu trừ dư", "bị khấu trừ dư", "trả lại phần dư"),
  // a foreign donor's grant put through the budget ("tiền tài trợ không phải trả lại của 1 tổ chức phi chính phủ")
  ...a("viện trợ không hoàn lại vào ngân sách nhà nước", "tài trợ không phải trả lại", "tài trợ không hoàn lại",
    "phi chính phủ nước ngoài tài trợ"),
  // a sea area already allocated, its decision amended ("đã có quyết định giao vùng mặt biển, giờ điều chỉnh tọa độ")
  ...a("sửa đổi bổ sung quyết định giao khu vực biển", "sửa quyết định giao biển", "sửa quyết định giao mặt biển",
    "điều chỉnh quyết định giao biển", "giao vùng mặt biển", "điều chỉnh tọa độ", "xin sửa quyết định"),
  // goods of small value sent from abroad, under the duty-free threshold ("trị giá dưới mức được miễn thuế")
  ...a("hàng hóa nhập khẩu có trị giá hải quan trong định mức miễn thuế", "dưới mức được miễn thuế", "dưới mức miễn thuế",
    "trong định mức miễn thuế", "dưới định mức miễn thuế"),
  // a lawsuit filed online ("nộp đơn kiện qua mạng", "kiện online")
  ...a("gửi đơn khởi kiện trực tuyến", "nộp đơn kiện qua mạng", "nộp đơn kiện online", "nộp đơn kiện trực tuyến", "gửi đơn kiện qua mạng",
    "gửi đơn kiện online", "kiện qua mạng", "kiện online", "khởi kiện online", "khởi kiện qua mạng"),
  // hộ kinh doanh, hợp tác xã, tổ hợp tác
  // a shop moved to new premises ("tiệm nail chuyển sang mặt bằng mới", "đổi từ số 12 sang số 88 cùng đường")
  ...a("thay đổi nội dung đăng ký hộ kinh doanh", "chuyển sang mặt bằng mới", "chuyển mặt bằng", "chuyển địa điểm kinh doanh",
    "dời tiệm", "dời quán", "chuyển tiệm", "chuyển quán", "đổi địa chỉ kinh doanh", "đổi địa điểm kinh doanh",
    "tiệm mình dời", "quán mình dời", "tiệm dời", "quán dời", "cửa hàng dời", "tiệm tui dời", "quán tui dời"),
  ...a("thay đổi nội dung đăng ký hộ kinh doanh", "đứng tên chủ hộ thay", "đứng tên thay", "đổi người đứng tên", "thay chủ hộ",
    "đổi chủ hộ", "chuyển địa điểm", "đổi địa chỉ kinh doanh", "dời quán", "chuyển quán",
    "chuyển cửa hàng", "đổi địa chỉ quán", "dời cửa hàng", "chuyển chỗ bán", "thêm ngành nghề", "bổ sung ngành nghề", "thêm ngành", "bổ sung ngành",
    "giấy đăng ký hộ kinh doanh đang có", "đăng ký hộ kinh doanh đang có",
    "đổi ngành nghề", "kinh doanh thêm", "đổi tên quán", "đổi tên cửa hàng", "chuyển sang địa chỉ mới", "chuyển địa chỉ",
    "dời sang chỗ mới", "dời từ số", "chuyển từ số nhà", "dọn sang số", "bán thêm hàng", "bán thêm nước", "bán thêm đồ", "thêm mặt hàng", "đổi mặt hàng"),
  ...a("tạm ngừng kinh doanh", "tạm nghỉ bán", "tạm không bán", "tạm dừng bán", "tạm đóng quán", "tạm đóng tiệm",
    "nghỉ bán mấy tháng", "nghỉ bán một thời gian"),
  ...a("tổ hợp tác", "nhóm làm ăn chung", "tổ sản xuất", "nhóm sản xuất", "tổ liên kết", "làm ăn chung", "hùn vốn",
    "lập nhóm", "góp vốn làm ăn", "nhóm hộ", "góp lại thành một tổ", "góp lại thành 1 tổ", "lập một tổ", "lập 1 tổ",
    "lập thành tổ", "thành lập tổ"),
  // a cooperative group's certificate that carries a mistake ("giấy chứng nhận tổ hợp tác ghi sai thông tin")
  ...a("giấy chứng nhận đăng ký tổ hợp tác", "giấy chứng nhận tổ hợp tác", "giấy đăng ký tổ hợp tác", "giấy phép tổ hợp tác"),
  ...a("giải thể hợp tác xã", "giải thể htx", "đóng cửa htx"),
  ...a("đăng ký thành lập hợp tác xã", "lập hợp tác xã", "lập htx", "thành lập htx", "mở hợp tác xã", "mở htx"),
  // a registration given up before it is done
  ...a("dừng thực hiện thủ tục", "không muốn đăng ký nữa", "đổi ý không đăng ký", "dừng đăng ký", "rút hồ sơ đăng ký",
    "thôi không đăng ký"),
  // nghèo, nhà ở xã hội, tài sản công
  ...a("vay vốn để tự xây dựng cải tạo sửa chữa nhà ở", "vay tiền làm nhà", "vay vốn làm nhà", "vay sửa nhà",
    "vay xây nhà", "vay làm nhà"),
  ...a("nhà ở xã hội", "mua nhà xã hội", "thuê nhà xã hội", "nhà giá rẻ"),
  ...a("hỗ trợ nhà ở cho hộ nghèo", "nhà dột nát", "nhà tạm bợ", "xin hỗ trợ làm nhà", "hỗ trợ xây nhà"),
  ...a("xác lập quyền sở hữu toàn dân đối với tài sản không có người thừa kế", "không có người thừa kế",
    "không ai thừa kế", "vô chủ", "tài sản vô chủ"),
  ...a("nhà ở cũ thuộc tài sản công", "nhà tập thể", "căn hộ tập thể", "khu tập thể", "nhà thời bao cấp",
    "nhà của nhà nước", "nhà nước cho thuê"),
  ...a("miễn giảm tiền thuê nhà", "giảm tiền thuê nhà", "miễn tiền thuê nhà"),
  // xuất nhập cảnh, biên giới, định danh
  ...a("cấp đổi thẻ căn cước", "thẻ bị gãy", "gãy đôi", "chip bị nứt", "nứt chip", "hỏng chip", "chip hỏng", "thẻ bị hư",
    "thẻ hư", "thẻ bị hỏng", "thẻ bị mờ", "thẻ bị cong", "thẻ bị bong"),
  // a tax debt paid in instalments ("nợ thuế hơn 100tr, xin nộp dần từng tháng")
  ...a("nộp dần tiền thuế nợ", "nộp dần", "đóng dần", "trả dần tiền thuế", "nộp thuế từng tháng", "trả góp tiền thuế", "nợ thuế"),
  // goods of a duty-free shop taken back to the home market ("hàng ế muốn rút về bán lại thị trường nội địa")
  ...a("hàng hóa đưa vào bán tại cửa hàng miễn thuế thay đổi mục đích sử dụng", "rút về bán", "bán lại thị trường nội địa",
    "rút hàng về bán", "rút hàng về", "duty not paid", "bán lại ngoài thị trường",
    "bán vào nội địa", "chuyển tiêu thụ nội địa", "bán lại trong nước"),
  // fuel brought in to send on, sold at home instead ("tạm nhập lô dầu DO để tái xuất, đối tác hủy, muốn bán lại cho
  // khách trong nước")
  ...a("xăng dầu chuyển tiêu thụ nội địa", "tạm nhập dầu", "tạm nhập xăng", "tạm nhập lô dầu", "tạm nhập lô xăng", "lô dầu tạm nhập",
    "lô xăng tạm nhập", "dầu tạm nhập", "xăng tạm nhập"),
  ...a("chuyển tiêu thụ nội địa", "bán lại cho khách trong nước", "bán cho khách trong nước", "bán ra thị trường trong nước"),
  // a company merged into another, its tax registration ("cty bị sáp nhập thì mã số thuế xử lý sao")
  ...a("đăng ký thuế trong trường hợp chia tách hợp nhất sáp nhập", "công ty bị sáp nhập", "cty bị sáp nhập", "doanh nghiệp bị sáp nhập",
    "sáp nhập công ty", "sáp nhập doanh nghiệp", "hợp nhất công ty", "hợp nhất doanh nghiệp", "chia tách công ty", "tách công ty"),
  ...a("khai lệ phí trước bạ", "lệ phí trước bạ", "miễn trước bạ", "nộp trước bạ", "thuế trước bạ", "trước bạ xe", "trước bạ xe máy",
    "mất trước bạ", "đóng trước bạ", "tiền trước bạ", "chịu trước bạ", "trả trước bạ"),
  // a boat's registration fee, built new or bought without its first papers ("ghe mới đóng xong, chưa có giấy tờ gốc")
  ...a("khai lệ phí trước bạ tàu thuyền", "trước bạ cho ghe", "trước bạ ghe", "trước bạ tàu", "trước bạ cho tàu", "trước bạ thuyền",
    "trước bạ cho thuyền", "trước bạ cho xuồng", "giấy tờ gốc"),
  // an estate nobody inherits taken by the state ("ông cụ không vợ con, họ hàng từ chối nhận, căn nhà nhà nước lấy về")
  ...a("xác lập quyền sở hữu toàn dân đối với tài sản không có người thừa kế", "không có người thừa kế", "không người thừa kế",
    "không ai thừa kế", "không ai nhận thừa kế", "nhà nước lấy về", "nhà nước thu về", "sung công"),
  // a house built or mended for a poor household of a poor district ("nhà tranh dột nát, đề án hỗ trợ làm nhà")
  ...a("đề án hỗ trợ nhà ở cho hộ nghèo hộ cận nghèo", "hỗ trợ làm nhà", "hỗ trợ xây nhà", "hỗ trợ cất nhà", "hỗ trợ sửa nhà",
    "đề án hỗ trợ nhà ở", "nhà tranh vách đất", "nhà dột nát", "tiền làm nhà", "nhà vách đất"),
  // a household business that moves to another tax office's area ("chuyển địa điểm … đổi cơ quan thuế quản lý, làm thủ
  // tục với thuế chỗ cũ"): its tax registration changes, not only its business registration
  ...a("thay đổi thông tin đăng ký thuế làm thay đổi cơ quan thuế quản lý", "đổi cơ quan thuế", "đổi luôn cơ quan thuế",
    "thay đổi cơ quan thuế", "chuyển cơ quan thuế", "đổi cơ quan thuế quản lý", "thuế chỗ cũ", "cơ quan thuế chỗ cũ",
    "cơ quan thuế nơi chuyển đi", "cơ quan thuế cũ"),
  // VAT filed by the quarter instead of the month, a tax code closed, a treasury account closed
  ...a("thay đổi kỳ tính thuế giá trị gia tăng từ tháng sang quý", "chuyển qua khai quý", "chuyển sang khai quý",
    "đổi sang khai quý", "từ tháng sang quý", "khai theo quý thay vì tháng", "chuyển khai quý", "qua khai quý", "sang khai quý"),
  ...a("chấm dứt hiệu lực mã số thuế", "đóng mã số thuế", "đóng mst", "khóa mã số thuế", "khóa mst", "hủy mã số thuế",
    "hủy mst", "đóng luôn mst", "đóng luôn mã số thuế"),
  ...a("tất toán tài khoản", "đóng tài khoản", "đóng hẳn tài khoản", "khóa tài khoản kho bạc", "đóng tài khoản kho bạc"),
  ...a("hỗ trợ phí bảo hiểm nông nghiệp", "bảo hiểm cho tôm", "bảo hiểm tôm", "bảo hiểm cho cá", "bảo hiểm vật nuôi",
    "bảo hiểm cây trồng", "bảo hiểm nông nghiệp", "bảo hiểm cho heo", "bảo hiểm lúa", "bảo hiểm ao nuôi"),
  ...a("xác định lại diện tích đất ở", "tính lại phần thổ cư", "tính lại thổ cư", "xác định lại thổ cư", "thêm thổ cư",
    "công nhận thêm thổ cư", "tính lại đất ở"),
  ...a("giấy thông hành", "đi chợ biên giới", "qua cửa khẩu", "giấy qua lại", "giấy đi lại biên giới", "giấy qua biên giới",
    "sổ thông hành", "giấy sang bên kia", "qua bên kia buôn bán",
    // the paper that stands for a passport near the border ("cái giấy đi lại vùng biên chứ không cần hộ chiếu")
    "giấy đi lại vùng biên", "giấy đi lại", "giấy đi lại biên giới", "giấy tờ qua biên giới", "giấy sang lào",
    "giấy qua lào", "giấy sang trung quốc", "giấy qua trung quốc", "không cần hộ chiếu", "thay hộ chiếu"),
  // thuế: selling on a platform, a tax taken by it to get back
  ...a("nền tảng thương mại điện tử", "shopee", "lazada", "tiki", "tiktok shop", "sàn thương mại", "bán hàng trên sàn",
    "bán trên sàn"),
  ...a("hoàn thuế", "xin lại tiền thuế", "xin lại số tiền thuế", "lấy lại tiền thuế", "trả lại tiền thuế", "thuế bị trừ",
    "đòi lại tiền thuế"),
  // money paid over is offset or paid back; a tax paid later is a deadline extended; the invoices a shop must issue
  ...a("hoàn nộp thừa các loại thuế", "nộp thừa", "số nộp thừa", "hoàn số nộp thừa", "tiền thuế nộp thừa"),
  ...a("bù trừ hoàn nộp thừa", "nộp dư", "đóng thừa", "đóng dư", "tiền thừa", "tiền dư", "trừ vào năm sau",
    "trừ qua năm sau", "trừ vào kỳ sau", "cấn trừ"),
  ...a("đăng ký sử dụng chứng từ điện tử", "chứng từ khấu trừ điện tử", "chứng từ khấu trừ thuế điện tử",
    "chuyển sang chứng từ điện tử", "dùng chứng từ điện tử", "chứng từ điện tử", "biên lai điện tử",
    // the tax named between ("chứng từ khấu trừ thuế TNCN điện tử thay cho chứng từ giấy")
    "chứng từ khấu trừ thuế tncn điện tử", "chứng từ khấu trừ tncn điện tử", "chứng từ khấu trừ thuế thu nhập cá nhân điện tử",
    "thay cho chứng từ giấy", "thay chứng từ giấy", "chuyển sang dùng chứng từ điện tử", "bỏ chứng từ giấy", "chứng từ khấu trừ thuế tncn giấy"),
  // a tax office's word that nothing is owed ("giấy xác nhận cty đã nộp đủ thuế, ko còn nợ, để dự thầu")
  ...a("xác nhận thực hiện nghĩa vụ thuế", "xác nhận đã nộp đủ thuế", "xác nhận nộp đủ thuế", "xác nhận không nợ thuế",
    "xác nhận không còn nợ thuế", "xác nhận hoàn thành nghĩa vụ thuế", "giấy xác nhận nộp thuế", "đã nộp đủ thuế"),
  ...a("thông báo điều chỉnh thông tin tại thông báo phát hành biên lai", "biên lai in tên cũ", "biên lai in sẵn tên cũ",
    "in sẵn tên cũ", "đổi tên trên biên lai"),
  // a tax on land said short, and the misfortunes the records call "thiên tai" when a tax or rent is relieved for them
  ...a("thuế sử dụng đất", "thuế đất", "thuế nhà đất", "thuế đất ở", "thuế đất nông nghiệp", "thuế ruộng"),
  ...a("thiên tai", "sạt lở", "sạt lở đất", "lũ cuốn", "lũ quét", "lũ lụt", "bị bão", "bão làm sập", "bão tốc mái",
    "nước lũ cuốn"),
  ...a("gia hạn nộp thuế", "nộp thuế chậm", "nộp thuế trễ", "hoãn nộp thuế", "khất nộp thuế", "khất thuế", "giãn nộp thuế"),
  // the accounts a business is paid into, reported to the tax office ("hkd có phải báo số tài khoản ngân hàng với ví momo")
  ...a("thông báo thay đổi thông tin số tài khoản số hiệu ví điện tử", "báo số tài khoản", "thông báo số tài khoản",
    "khai báo số tài khoản", "báo tài khoản ngân hàng", "đổi số tài khoản", "thay số tài khoản", "báo ví momo",
    "ví momo cho bên thuế", "tài khoản nhận tiền bán hàng"),
  ...a("đăng ký sử dụng hóa đơn điện tử", "dùng hóa đơn điện tử", "xuất hóa đơn điện tử", "hóa đơn điện tử khởi tạo từ máy tính tiền",
    "hđđt", "hddt"),
  // an invoice issued by the tax office one sale at a time ("có khách đòi xuất hóa đơn thì xin thuế cấp hóa đơn lẻ")
  ...a("hóa đơn điện tử có mã của cơ quan thuế theo từng lần phát sinh", "hóa đơn lẻ", "hóa đơn từng lần", "từng lần phát sinh",
    "theo từng lần", "xin thuế cấp hóa đơn"),
  // môi trường, khoáng sản, thuế nhà ở cho thuê
  ...a("phí bảo vệ môi trường đối với nước thải", "nước thải", "xả thải", "phí nước thải"),
  ...a("khoáng sản", "khai thác cát", "cát sỏi", "đất san lấp", "hút cát"),
  ...a("tham vấn đánh giá tác động môi trường", "dtm", "đtm", "lấy ý kiến cộng đồng dân cư", "lấy ý kiến cộng đồng",
    "xin ý kiến cộng đồng", "lấy ý kiến tham vấn", "lấy ý kiến người dân"),
  // a copy of a court's judgment ("xin bản sao bản án ly hôn năm 2019 của tòa")
  ...a("cấp sao bản án", "bản sao bản án", "sao bản án", "trích lục bản án", "bản án ly hôn", "bản sao quyết định của tòa"),
  ...a("cá nhân cho thuê bất động sản", "cho thuê phòng", "cho thuê mặt bằng", "cho thuê nguyên căn",
    "nhà cho thuê"),
  // hòa giải ở cơ sở
  ...a("công nhận hòa giải viên", "muốn làm hòa giải viên", "trở thành hòa giải viên",
    "vào làm hòa giải"),
  ...a("thôi làm hòa giải viên", "không làm hòa giải nữa", "rút khỏi tổ hòa giải", "ra khỏi tổ hòa giải", "nghỉ hòa giải"),
  ...a("thanh toán thù lao cho hòa giải viên", "tiền bồi dưỡng", "tiền thù lao", "tiền hòa giải",
    "phụ cấp hòa giải", "được trả thù lao", "trả tiền hòa giải"),
  ...a("hỗ trợ khi hòa giải viên gặp tai nạn rủi ro", "bị đánh khi hòa giải", "tai nạn khi hòa giải", "bị thương khi hòa giải"),
  // (fourteenth session) a sea area told as water ("xin một ô mặt nước ngoài vịnh", "được giao mặt nước nuôi trai")
  ...a("khu vực biển", "ô mặt nước", "giao mặt nước", "mặt nước ngoài vịnh", "mặt nước biển", "ngoài vịnh", "vùng mặt nước"),
  // leaving near-poverty, told as getting out of the list ("xin ra khỏi cận nghèo luôn"; "ra khỏi hộ nghèo" already
  // finds the poverty records, and this entry put the periodic review first)
  ...a("thoát nghèo thoát cận nghèo", "ra khỏi cận nghèo", "ra khỏi diện cận nghèo", "ra khỏi hộ cận nghèo",
    "ra khỏi danh sách cận nghèo", "không còn cận nghèo", "hết cận nghèo"),
  // an average household, told by its income just above near-poverty and the health card it helps pay
  ...a("hộ có mức sống trung bình", "nhỉnh hơn cận nghèo", "hơn cận nghèo", "trên cận nghèo", "trên mức cận nghèo",
    "hỗ trợ tiền mua bảo hiểm y tế", "hỗ trợ mua bảo hiểm y tế", "hỗ trợ mua bhyt", "hỗ trợ tiền mua bhyt", "hỗ trợ đóng bhyt"),
  // a household business declaring its own tax once the lump sum ends ("bỏ thuế khoán rồi thì khai thuế thế nào")
  ...a("khai thuế đối với hộ kinh doanh", "bỏ thuế khoán", "bỏ khoán", "hết thuế khoán", "không còn thuế khoán",
    "xóa thuế khoán", "bãi bỏ thuế khoán", "chuyển từ khoán sang kê khai", "chuyển sang kê khai"),
  // a reservoir's plan for a breach or an emergency release ("phương án xử lý khi hồ có sự cố như vỡ đập")
  ...a("phương án ứng phó với tình huống khẩn cấp", "vỡ đập", "sự cố đập", "hồ có sự cố", "xả lũ khẩn cấp", "xả lũ gấp",
    "phương án xử lý sự cố"),
  // profits sent home by a foreign investor; international freight under a tax treaty; a tax-residence certificate
  ...a("thông báo về việc chuyển lợi nhuận ra nước ngoài", "chuyển lợi nhuận về nước", "chuyển lợi nhuận về", "chuyển lợi nhuận",
    "chuyển lãi về nước"),
  ...a("thu nhập từ hoạt động vận tải quốc tế", "cước vận chuyển quốc tế", "cước vận tải quốc tế", "vận chuyển quốc tế",
    "tuyến quốc tế", "hãng tàu biển"),
  ...a("xác nhận đối tượng cư trú của việt nam", "cư trú thuế", "tax residence", "chứng nhận cư trú thuế", "giấy cư trú thuế"),
  // a treasury account's balance agreed at year end; an e-invoice issued wrong; a cooperative's paper mistyped by the registry
  ...a("đối chiếu xác nhận số dư tài khoản", "khớp số dư", "đối chiếu số dư", "xác nhận số dư", "đối chiếu tài khoản"),
  ...a("xử lý hóa đơn điện tử đã lập sai", "hóa đơn ghi sai", "hóa đơn bị sai", "xuất sai hóa đơn", "lập sai hóa đơn",
    "hóa đơn điều chỉnh", "hóa đơn thay thế", "hủy hóa đơn"),
  ...a("hiệu đính thông tin đăng ký hợp tác xã", "cơ quan đăng ký gõ nhầm", "bên đăng ký gõ nhầm", "lỗi do cơ quan đăng ký",
    "lỗi của cơ quan đăng ký", "ghi sai so với hồ sơ"),
  // goods made at home into a bonded warehouse; relief goods cleared in haste
  ...a("từ nội địa vào kho ngoại quan", "hàng nội địa vào kho ngoại quan", "hàng nội địa", "sản xuất trong nước vào kho"),
  ...a("hàng hóa phục vụ các yêu cầu khẩn cấp", "hàng cứu trợ khẩn cấp", "cứu trợ khẩn cấp", "hàng cứu trợ", "hàng cứu hộ",
    "hàng viện trợ khẩn cấp"),
  // a neighbouring country's border town named for the country ("sang Đông Hưng lấy hàng", "qua Hà Khẩu")
  ...a("trung quốc", "đông hưng", "bằng tường", "hà khẩu"),
  // DNA added to the identity database; a processing contract reported to customs
  ...a("thu thập cập nhật thông tin sinh trắc học về adn", "thông tin adn", "adn vào dữ liệu", "adn vào căn cước", "adn vào cơ sở dữ liệu",
    "cập nhật adn"),
  ...a("thông báo hợp đồng phụ lục hợp đồng gia công", "báo hợp đồng gia công", "thông báo hợp đồng", "báo hợp đồng", "ký hợp đồng gia công"),
  // a water area closed for leisure boats ("khu có thả phao cho chèo kayak, muốn dừng hẳn")
  ...a("vùng nước khác", "khu nước", "khu chèo thuyền", "thả phao", "chèo kayak", "thuyền kayak"),
  // a pause told by its length ("muốn ngừng hoạt động 6 tháng để cải tạo ao")
  ...["1", "2", "3", "4", "5", "6", "mấy", "vài"].flatMap((n) => a("tạm ngừng", `ngừng hoạt động ${n} tháng`, `ngưng hoạt động ${n} tháng`)),
];
