/**
 * Life situations citizens tell instead of naming a procedure, kept as data (general Vietnamese usage, written for
 * this project): "vợ em vừa đẻ" means a birth to register, "thuê phòng trọ" a temporary residence, "hàng xóm xây
 * lấn sang" a land dispute to mediate. Each rule adds the official wording of the procedure as a concept of the
 * question (see `situations.ts`); the search still decides between the records that carry it.
 * Phrases are folded (no diacritics), matched on whole syllables; the question is matched with and without its
 * diacritics, since it is folded first.
 */

/** A situation and the procedure wording it implies. */
export interface SituationRule {
  /** Short id, for tests and debugging. */
  id: string;
  /** Any of these phrases tells the situation (folded). */
  when: readonly string[];
  /** When given, one of these must be said too (folded): the situation is only clear with both. */
  with?: readonly string[];
  /** Any of these phrases means another matter, so the rule does not apply (folded). */
  unless?: readonly string[];
  /** How the records name what the citizen needs (accented official wording). */
  then: string;
}

/** Money and insurance words: a birth, death or illness told with them is about benefits, not civil status. */
const BENEFIT_WORDS = ["thai san", "bhxh", "bao hiem", "che do", "tro cap", "tuat", "mai tang phi", "luong huu", "om dau"];
/** Residence words: a birth told with them asks for the child's residence registration. */
const RESIDENCE_WORDS = ["ho khau", "nhap khau", "thuong tru", "tam tru", "cu tru"];
/** Inheritance words: a death told with them is about the estate, not the death registration. */
const ESTATE_WORDS = ["di chuc", "di san", "thua ke", "chia dat", "chia nha", "chia tai san", "chia manh", "de lai"];

/** A foreigner staying: their stay is declared on the foreigners' form, not as a Vietnamese guest's. */
const FOREIGNER_WORDS = ["nguoi nuoc ngoai", "khach nuoc ngoai", "khach tay", "nguoi tay", "ban tay", "ong tay", "ba tay",
  "nguoi han", "nguoi nhat", "nguoi trung quoc", "nguoi dai loan", "nguoi my", "nguoi uc", "nguoi phap", "nguoi duc",
  "nguoi anh", "nguoi nga", "nguoi lao", "nguoi campuchia", "nguoi thai", "han quoc", "nhat ban", "trung quoc", "dai loan"];

/** Livestock that died: a loss to the farm (see the everyday words for animal diseases), not a death to register. */
const ANIMAL_DEATH = ["lon chet", "heo chet", "ga chet", "vit chet", "trau chet", "ca chet", "chet dich", "dich ta",
  // (not "bo chet", "cho chet", "de chet": folded they are also "bố chết", "cho chết", "để chết")
  "gia suc", "gia cam", "can chet", "vat nuoi", "tom chet", "ngan chet", "ngong chet", "meo chet",
  "tom bi chet", "heo bi chet", "lon bi chet", "ga bi chet", "trau bi chet", "chet hang loat",
  "ao tom", "ao ca", "long ca", "thu y", "tieu huy", "dich benh", "cay chet", "lua chet"];

/**
 * A mediation already held (folded): what follows is the chairman's decision, not another mediation. Not "hòa giải
 * xong", which is mostly the mediation asked for ("bao lâu xã hòa giải xong?").
 */
const MEDIATION_DONE = ["da hoa giai", "hoa giai khong thanh", "hoa giai nhung khong thanh", "hoa giai khong duoc",
  "hoa giai that bai", "hoa giai bat thanh", "hoa giai roi", "hoa giai may lan", "hoa giai 2 lan",
  "hoa giai hai lan", "hoa giai 3 lan", "hoa giai ba lan", "sau hoa giai", "sau khi hoa giai", "khong hoa giai duoc"];

/** The situation rules. Order does not matter: every rule that applies adds its concept. */
export const SITUATIONS: readonly SituationRule[] = [
  { id: "birth", then: "đăng ký khai sinh",
    when: ["vua de", "moi de", "vua sinh", "moi sinh", "sinh em be", "de con", "sinh con", "moi chao doi", "vua chao doi",
      "sinh thuong", "sinh mo", "de mo", "em be moi", "be moi", "chau moi", "giay chung sinh", "vua lam me", "vua len chuc bo"],
    // (unmarked "de mo" is also "để mở": "thành lập công ty để mở xưởng may")
    unless: [...BENEFIT_WORDS, ...RESIDENCE_WORDS, "khong co chong", "chua cuoi", "chua ket hon", "ten bo", "ten cha",
      "mo xuong", "mo cong ty", "mo quan", "mo tiem", "mo cua hang", "mo shop", "mo lai"] },
  { id: "death", then: "đăng ký khai tử",
    when: ["qua doi", "tu tran", "da mat", "vua mat", "moi mat", "mat roi", "khuat nui", "ta the", "hoa tang", "an tang",
      "dam tang", "dam ma", "chon cat", "giay bao tu", "bao tu", "tu vong", "chet", "mat hom qua", "mat hom kia",
      "mat sang nay", "mat dem qua", "mat toi qua", "mat tuan truoc", "mat thang truoc", "mat o nha", "mat tai nha",
      "mat o benh vien", "mat tai benh vien", "ong noi mat", "ba noi mat", "ong ngoai mat", "ba ngoai mat", "ba cu mat",
      "ong cu mat", "bo em mat", "bo toi mat", "me em mat", "me toi mat", "noi em mat", "noi toi mat", "ngoai em mat",
      "ngoai toi mat"],
    // (a paper "bị mất rồi" is lost, not dead; an orphan taken in is adopted: "bố mẹ nó chết hết rồi … nhận cháu về nuôi")
    unless: [...BENEFIT_WORDS, ...ESTATE_WORDS, "giam ho", "mo coi", "nuoi em", "cham lo", "dai dien", ...ANIMAL_DEATH,
      // (a new paper that costs, or was just lost: "đổi thẻ mới mất bao nhiêu tiền")
      "quen mat", "the moi mat", "giay moi mat", "so moi mat", "cai moi mat", "ban moi mat", "cap moi mat", "lam moi mat",
      "bi mat", "nhan ve nuoi", "nhan nuoi", "nuoi lam con", "nhan lam con", "lam con nuoi",
      "chet may", "chet pin", "chet cay", "chet kho", "chet dien thoai", "chet dong co"] },
  { id: "maternity", then: "giải quyết hưởng chế độ thai sản",
    when: ["vua sinh", "moi sinh", "vua de", "moi de", "khi sinh", "vo sinh", "sinh con", "sinh be", "nghi sinh", "mang thai",
      "co bau", "sau sinh"],
    with: ["bao hiem", "bhxh", "nhan tien", "tro cap", "che do", "duoc nghi"],
    unless: ["the bao hiem", "the bhyt", "bao hiem y te"] },
  { id: "estate", then: "phân chia di sản thừa kế",
    when: ["khong de lai di chuc", "khong co di chuc", "chia dat", "chia nha", "chia tai san", "chia manh dat", "chia thua ke",
      "chia nhau", "tai san de lai", "dat de lai", "nha de lai", "phan chia"] },
  { id: "will", then: "chứng thực di chúc",
    when: ["viet di chuc", "lap di chuc", "lam di chuc", "de lai cho cac chau", "de lai cho con", "de lai cho chau",
      "truoc khi mat", "sau khi mat thi", "muon de lai", "giay de lai", "viet san", "sau khi mat", "sau khi chet",
      "de lai nha cho", "de lai dat cho", "de lai can nha", "sau khi toi qua doi", "khi toi qua doi", "sau khi qua doi",
      "khi toi mat", "sau khi toi mat"],
    unless: ["khong de lai di chuc", "khong co di chuc", "da mat", "da qua doi", "vua qua doi", "moi qua doi"] },
  { id: "marriage", then: "đăng ký kết hôn",
    when: ["dam cuoi", "to chuc cuoi", "cuoi nhau", "lay nhau", "cuoi vo", "cuoi chong", "ve chung mot nha", "ket duyen",
      "nen vo nen chong", "song chung", "an hoi", "dam hoi", "sap cuoi"],
    unless: ["ly hon", "ly di", "tach ho", "ra o rieng", "so sach", "so goc", "hoi xua", "ngay xua", "truoc day", "dung rap",
      "long duong", "via he"] },
  { id: "paternity", then: "đăng ký nhận cha mẹ con",
    when: ["khong co chong", "chua cuoi", "chua ket hon", "chua dang ky ket hon", "me don than", "ten bo", "ten cha",
      "bo ruot", "cha ruot", "khai bo", "bo trong", "nhan la con", "nhan con ruot", "con rieng"],
    unless: ["con nuoi", "giam ho"] },
  // a birth to come or just happened, the father named on it from the start ("chưa đăng ký kết hôn mà có bầu, tháng
  // sau sinh, anh ấy muốn đứng tên bố trong giấy khai sinh ngay từ lần làm đầu tiên")
  { id: "birth-with-father", then: "đăng ký khai sinh kết hợp đăng ký nhận cha mẹ con",
    when: ["ten bo", "ten cha", "khai bo", "ghi bo", "nhan con", "ten la bo", "ten la cha", "nhan la bo", "nhan la cha"],
    with: ["co bau", "mang thai", "sap sinh", "thang sau sinh", "moi sinh", "vua sinh", "moi de", "vua de", "sap de",
      "chua lam giay khai sinh", "chua lam khai sinh", "chua khai sinh"],
    // (not a birth registered long ago whose father's name is blank or wrong: "giấy khai sinh bỏ trống tên cha")
    unless: ["con nuoi", "giam ho", "da co giay khai sinh", "da lam khai sinh", "khai sinh roi", "bo sung ten", "them ten",
      "bo trong phan", "bo trong ten", "de trong ten", "de trong phan", "trong ten cha", "trong ten bo", "ghi sai", "sai ten"] },
  { id: "permanent-residence", then: "đăng ký thường trú",
    when: ["chuyen ve o", "chuyen den o", "chuyen den", "don ve o", "don nha", "chuyen nha", "ve o han", "o han",
      "dua vao so", "vao so ho khau", "nhap so", "dia chi moi", "cho o moi", "ve nha moi", "chuyen ve nha moi"],
    unless: ["thue tro", "phong tro", "thue phong", "tam tru", "hop dong", "cong chung", "chung thuc", "sang ten", "so do",
      "so hong", "xay", "sua nha", "giay phep", "nha o xa hoi", "phuong tien"] },
  { id: "temporary-residence", then: "đăng ký tạm trú",
    when: ["thue tro", "phong tro", "thue phong", "o tro", "nha tro", "chu tro", "o ghep", "thue nha o", "o ky tuc", "o nho nha"],
    unless: ["luu tru", "len choi", "o choi", "khach", "mot tuan", "1 tuan", "may hom", "vai hom", "may ngay", "vai ngay",
      // a relative staying a few nights in one of the rooms ("thằng em họ vô chơi ở 3 đêm thôi")
      "vai dem", "may dem", "qua dem", "mot dem", "1 dem", "hai dem", "2 dem", "ba dem", "3 dem", "vo choi", "vao choi",
      // the landlord's own tax ("xây 8 phòng trọ cho công nhân thuê, giờ tự khai thuế")
      "khai thue", "to khai", "quyet toan", "nop thue", "dong thue"] },
  { id: "rent-tax", then: "khai thuế cho thuê bất động sản",
    when: ["khai thue", "to khai thue", "nop thue", "dong thue", "quyet toan thue"],
    with: ["cho thue", "phong tro", "nha tro", "cho cong nhan thue", "cho sinh vien thue", "cho nguoi thue", "tien thue nha"] },
  { id: "short-stay", then: "thông báo lưu trú",
    when: ["len choi", "o choi", "ve choi", "xuong choi", "nha toi choi", "nha tui choi", "nha minh choi", "nha em choi", "o lai vai", "ngu lai", "nghi lai may", "khach den o", "khach o",
      "o may hom", "o vai hom", "o vai ngay", "o mot thang", "o 1 thang", "o nho mot tuan", "o nho 1 tuan", "o nho may hom",
      "o nho vai hom", "o nho vai ngay", "o mot tuan", "o 1 tuan", "o vai tuan"],
    unless: FOREIGNER_WORDS },
  { id: "short-visit", then: "thông báo lưu trú",
    when: ["o nho", "ngu nho", "len o", "xuong o", "tam o", "o lai", "ngu lai", "nghi lai", "ve o", "den o", "sang o", "vo o",
      "len ngu", "xuong ngu", "ve ngu", "sang ngu", "ngu nha",
      "ve an tet", "ve an cuoi", "ve tham nha"],
    with: ["may hom", "vai hom", "may ngay", "vai ngay", "mot tuan", "1 tuan", "hai tuan", "2 tuan", "toi nay", "dem nay",
      "vai dem", "may dem", "qua dem", "mot dem", "1 dem", "hai dem", "2 dem", "ba dem", "3 dem", "bon dem", "4 dem", "cuoi tuan", "may bua", "vai bua", "muoi bua", "chuc bua"],
    unless: [...FOREIGNER_WORDS, "thuong tru", "tam tru", "ho khau"] },
  { id: "foreign-guest", then: "khai báo tạm trú cho người nước ngoài",
    when: ["len choi", "o choi", "sang choi", "ve choi", "o lai", "ngu lai", "qua dem", "o nho", "thue phong", "thue nha",
      "homestay", "khach den o", "khach o", "o may hom", "o vai hom", "o vai ngay", "luu tru", "tam tru"],
    with: FOREIGNER_WORDS },
  // the register still holds the record: a copy is issued from it; re-registering is for a register lost too
  { id: "copy-from-register", then: "cấp bản sao trích lục hộ tịch",
    when: ["so goc van con", "so goc con luu", "so goc van luu", "so goc van giu", "con luu so goc", "con luu trong so",
      "ban goc van luu", "ban goc con luu", "ban goc luu o", "ban goc van con luu",
      "ban sao tu so", "trich tu so goc", "sao tu so goc"] },
  // the paper and the register both gone: the event is registered again
  { id: "register-lost", then: "đăng ký lại",
    when: ["so luu cung khong con", "so luu khong con", "so luu cung ko con", "so luu ko con", "so goc khong con",
      "so goc cung khong con", "so goc ko con", "so goc cung mat", "so luu cung mat", "so luu bi mat", "so goc bi mat",
      "khong con so luu", "khong con so goc", "so luu cung chay", "so goc cung chay"] },
  { id: "absence", then: "khai báo tạm vắng",
    when: ["di lam xa", "di xa", "vang nha", "di tinh khac", "o tinh khac", "di lam an xa", "di cong tac dai", "di hoc xa",
      "vang mat o dia phuong", "roi dia phuong", "ra khoi dia phuong", "vang khoi", "di lam cong nhan", "vao nam lam",
      "ra bac lam", "len thanh pho lam", "di lam thue xa", "truoc khi di", "vo sai gon lam", "vao sai gon lam",
      "ra ha noi lam", "vo nam lam", "xuong thanh pho lam"],
    // (a vehicle's former owner living in another province is no absence: "chủ cũ ở tỉnh khác, giờ sang tên")
    unless: ["luong huu", "nghi huu", "nhan luong", "chuyen huong", "mua lai xe", "ban xe", "dang ky xe"] },
  // going to work far away for months, told with what to declare ("vào Bình Dương làm công nhân nửa năm, có phải báo gì")
  { id: "absence-work", then: "khai báo tạm vắng",
    when: ["lam cong nhan", "lam thue", "lam an", "di lam", "di hoc", "di xuat khau", "di cong trinh", "lam cong ty"],
    with: ["nua nam", "vai thang", "may thang", "mot nam", "ca nam", "vai nam", "may nam", "2 nam", "3 nam", "hai nam", "ba nam",
      "bao gi voi cong an", "bao voi cong an", "bao cong an", "khai bao", "bao vang", "khai vang"],
    unless: ["luong huu", "nghi huu", "nhan luong", "chuyen huong", "tam tru", "dang ky tam tru", "thuong tru"] },
  { id: "build", then: "giấy phép xây dựng mới",
    when: ["xay nha", "dung nha", "dap di", "xay lai", "xay moi", "dung lai nha", "nang tang", "xay them tang", "len tang",
      "do nha", "pha nha", "lam nha moi", "xay nha moi"],
    unless: ["lan sang", "lan dat", "tranh chap", "sua nha", "coi noi", "cai tao"] },
  { id: "repair", then: "giấy phép xây dựng sửa chữa cải tạo",
    when: ["sua nha", "sua chua nha", "coi noi", "cai tao nha", "lop lai mai", "thay mai", "nang nen", "sua lai nha",
      "do them lau", "do them tang", "do them 1 lau", "do them mot lau", "do bo mai"],
    // a shop closed for a while to repair the premises asks for a pause in trading ("nghỉ 2 tháng để sửa nhà rồi mở lại")
    unless: ["mo lai", "tam ngung", "tam nghi", "nghi ban", "nghi kinh doanh", "ho kinh doanh"] },
  { id: "land-deal", then: "chứng thực hợp đồng giao dịch quyền sử dụng đất nhà ở",
    when: ["cho dat con", "cho con dat", "cho con manh", "cho con mieng", "cho con can nha", "cho chau dat", "tang dat", "tang cho",
      "ban dat", "mua dat", "sang ten dat", "chuyen nhuong dat", "ban nha", "mua ban nha", "cho tang"],
    unless: ["nha nuoc", "lam duong", "mo rong duong", "cong dong", "chia dat", "chia nha"] },
  { id: "open-shop", then: "đăng ký thành lập hộ kinh doanh",
    when: ["ban ca phe", "quan ca phe", "mo quan", "mo tiem", "mo cua hang", "ban hang an", "ban do an", "ban nuoc",
      "ban tap hoa", "mo sap", "thue mat bang", "mat bang", "ban hang online", "kinh doanh nho", "mo shop", "mo tiem"],
    unless: ["dong cua", "dep", "khong ban nua", "nghi ban", "thoi ban", "tam nghi", "tam ngung", "doi dia chi", "chuyen dia diem",
      // another matter of a shop already running: its tax, its owner's social insurance, a shop nearby asked for
      "khai thue", "nop thue", "doanh thu", "bhxh", "bao hiem xa hoi", "tu nguyen", "tiem nao", "gan day"] },
  { id: "close-shop", then: "chấm dứt hoạt động hộ kinh doanh",
    when: ["dong han", "dong cua han", "khong ban nua", "nghi ban han", "thoi ban", "dep quan", "dep tiem", "dep han",
      "nghi kinh doanh han", "giai the", "khong lam an nua", "nghi ban luon", "nghi luon", "dep luon", "khong mo lai", "khong mo cua lai"],
    // (nor labour abroad: "xuất khẩu lao động Hàn" folds onto "đóng hẳn")
    unless: ["tam nghi", "tam ngung", "mot thoi gian", "lao dong han"] },
  // a break with a way back is a pause, whatever word the close is told with ("nghỉ bán 3 tháng … rồi mở lại")
  { id: "pause-shop", then: "tạm ngừng kinh doanh hộ kinh doanh",
    when: ["mo lai", "mo cua lai", "ban lai", "quay lai ban", "tam dong", "nghi vai thang", "nghi may thang", "nghi mot thoi gian",
      "dong cua tam", "dong tam", "dong cua mot thoi gian", "dong cua vai thang", "dong cua may thang", "nghi tam",
      "dong cua 1 thang", "dong cua 2 thang", "dong cua 3 thang", "dong cua mot thang", "dong cua hai thang", "dong cua ba thang",
      "nghi ban 1 thang", "nghi ban 2 thang", "nghi ban 3 thang"],
    with: ["quan", "tiem", "cua hang", "sap", "ban", "kinh doanh", "buon ban", "ho kinh doanh", "dkkd", "homestay", "nha nghi"],
    unless: ["mo lai ho so", "cap lai", "giay phep", "nha hang xom", "khong mo lai", "khong mo cua lai", "khong ban lai", "nghi luon",
      "nghi han", "dep luon", "dep han"] },
  // a mediator hurt while mediating ("đi hòa giải bị đánh chấn thương"): the support for mediators
  { id: "mediator-hurt", then: "hỗ trợ khi hòa giải viên gặp tai nạn hoặc rủi ro",
    when: ["hoa giai vien", "di hoa giai", "tham gia hoa giai", "to hoa giai"],
    with: ["bi danh", "tai nan", "chan thuong", "bi thuong", "nam vien", "rui ro", "nhap vien", "gap nan"] },
  // a shop moving to new premises: a change of the registration's content ("chuyển sang mặt bằng mới, vẫn trong phường")
  { id: "move-shop", then: "thay đổi nội dung đăng ký hộ kinh doanh",
    when: ["chuyen sang mat bang moi", "chuyen mat bang", "chuyen dia diem", "chuyen cho", "doi dia chi", "chuyen sang cho moi",
      "don sang cho moi", "dia chi moi", "mat bang moi", "chuyen tiem", "chuyen quan", "chuyen cua hang"],
    with: ["tiem", "quan", "cua hang", "sap", "ho kinh doanh", "hkd", "kinh doanh", "giay phep kinh doanh", "dkkd"],
    unless: ["tam tru", "thuong tru", "ho khau", "cu tru"] },
  // a guardian whose ward has come of age ("nó đủ 18 tuổi đi làm rồi, tôi có cần làm giấy gì để thôi")
  { id: "guardian-end", then: "chấm dứt giám hộ",
    when: ["du 18", "du tuoi", "truong thanh", "de thoi", "thoi khong", "nay no lon", "da lon", "co the tu lo"],
    with: ["giam ho"] },
  // someone else to collect a pension every month ("để con gái ra bưu điện nhận lương hưu thay cho tôi")
  { id: "collect-for", then: "ủy quyền lĩnh thay",
    when: ["thay cho toi", "thay cho me", "thay cho bo", "thay toi", "thay me", "thay bo", "nhan ho", "linh ho", "nhan giup", "linh giup",
      "lanh the", "linh the", "nhan the", "lanh thay", "lanh dum", "nhan dum", "lanh giup", "lanh ho",
      // the paper asked for first, the pension after ("làm giấy cho tui lãnh lương hưu thay mỗi tháng")
      "luong huu thay", "tro cap thay", "cho tui lanh", "cho toi lanh", "cho toi linh", "cho con lanh", "cho em lanh", "cho con linh"],
    with: ["luong huu", "tro cap", "bhxh", "che do", "bao hiem xa hoi"] },
  { id: "poverty", then: "công nhận hộ nghèo hộ cận nghèo",
    when: ["dien ngheo", "nha ngheo", "kho khan qua", "khong co thu nhap", "nha tam bo", "gia canh kho khan",
      "hoan canh kho khan", "ngheo kho", "xet ngheo", "mat nguon thu nhap", "mat het thu nhap", "mat suc lao dong",
      "xet ho ngheo", "vao ho ngheo", "vao dien ngheo"] },
  { id: "guardian", then: "đăng ký giám hộ",
    when: ["mo coi", "cham lo cho em", "nuoi em", "dung ra cham", "chiu trach nhiem cho", "trong nom", "nuoi chau",
      "cham soc chau", "bo me deu mat", "ba ma deu mat", "khong con bo me", "dai dien cho em", "dai dien cho chau",
      "nguoi dai dien", "lo giay to cho chau", "lo cho chau", "de lai dua con", "con lai mot minh",
      // the guardianship named, after a long story ("tui muốn đứng ra làm người giám hộ cho nó")
      "lam nguoi giam ho", "dung ra giam ho", "dung ra lam giam ho", "nhan giam ho", "lam giam ho cho",
      // standing in for the parents in law ("làm giấy cho bà đứng ra thay cha mẹ tụi nhỏ")
      "dung ra thay cha me", "dung ra thay bo me", "dung ra thay ba ma", "thay cha me tui nho", "thay bo me chau"],
    // (a guardianship ending is another matter: "cháu đủ 18 tuổi rồi, tôi làm người giám hộ từ nhỏ, giờ kết thúc")
    unless: ["con nuoi", "nhan nuoi", "du 18", "ket thuc", "cham dut", "khong con giam ho", "thoi giam ho", "thoi lam giam ho"] },
  { id: "land-dispute", then: "hòa giải tranh chấp đất đai",
    when: ["lan sang", "lan dat", "xay lan", "lan ranh", "ranh gioi", "moc gioi", "cot moc", "tranh chap", "lan chiem",
      "lan qua", "dan xep dat", "cai nhau ve dat", "cai nhau ve ranh", "cai nhau ve cai ranh", "tranh ranh", "ranh dat"],
    // (nor the mediators' own matters: "tổ hòa giải xong mấy vụ tranh chấp, đề nghị chi thù lao cho hòa giải viên")
    unless: [...MEDIATION_DONE, "thu lao", "hoa giai vien", "to truong to hoa giai", "to hoa giai"] },
  // the mediation held and failed: the chairman decides the dispute ("đã hòa giải ở xã 2 lần không thành")
  { id: "land-dispute-decided", then: "giải quyết tranh chấp đất đai thuộc thẩm quyền của chủ tịch ủy ban nhân dân cấp xã",
    when: MEDIATION_DONE, with: ["tranh chap", "ranh", "dat", "lan chiem", "lan sang"] },
  { id: "pension-move", then: "chuyển hưởng lương hưu sang địa bàn khác",
    when: ["cho moi", "tinh khac", "noi khac", "chuyen ve", "ve o voi", "chuyen noi", "dia ban khac", "chuyen nha"],
    with: ["luong huu", "nghi huu", "ve huu", "tro cap hang thang"] },
  { id: "voluntary-insurance", then: "đăng ký đóng bhxh tự nguyện",
    // "tự đóng" alone folds onto "tự động" (automatic): it needs what is paid
    when: ["tu dong bao hiem", "tu dong bhxh", "muon tu dong", "tu bo tien dong", "lam tu do", "lao dong tu do",
      "buon ban tu do", "khong co bao hiem", "chua co bao hiem", "ve gia co luong", "gia co luong", "co luong huu"],
    unless: ["bhyt", "y te", "mot lan", "rut", "bat buoc"] },
  { id: "lump-sum", then: "hưởng bhxh một lần",
    when: ["lay het tien", "rut het", "lay mot cuc", "mot cuc", "rut tien bao hiem", "lay tien bao hiem", "chot so"],
    with: ["bao hiem", "bhxh", "nghi viec", "thoi viec", "da dong"] },
  { id: "insurance-record-fix", then: "điều chỉnh thông tin trên sổ bhxh thẻ bhyt",
    when: ["sai", "nham", "lech", "khong dung", "sua"],
    with: ["so bhxh", "so bao hiem", "the bhyt", "the bao hiem"] },
  { id: "civil-record-fix", then: "thay đổi cải chính bổ sung thông tin hộ tịch",
    when: ["ghi sai", "bi sai", "viet sai", "ghi nham", "sai nam sinh", "sai ngay sinh", "sai ten", "sai que", "sai ho",
      "khong khop", "lech thong tin", "sua lai cho dung", "ghi them", "ghi bo sung", "dien them", "de trong", "bo trong",
      "doi ten", "doi ho", "sua ten", "sua ho", "doi lai ten", "sua lai"],
    with: ["khai sinh", "giay khai sinh", "gks", "ho tich", "trich luc", "ket hon"],
    unless: ["so bhxh", "so bao hiem", "can cuoc", "so do", "so hong", "giay chung nhan quyen"] },
  // what the birth certificate itself says, told beside the ID card it disagrees with ("khai sinh ghi tên mẹ là …
  // mà căn cước là …")
  { id: "birth-record-fix", then: "thay đổi cải chính bổ sung thông tin hộ tịch",
    when: ["giay khai sinh ghi", "trong giay khai sinh", "trong khai sinh ghi", "khai sinh cua con ghi", "khai sinh ghi ten"],
    with: ["sai", "nham", "khac", "khong giong", "khong khop", "lech", "vuong", "sua", "dinh chinh"] },
  { id: "population-data-fix", then: "điều chỉnh thông tin trong cơ sở dữ liệu quốc gia về dân cư",
    when: ["sai", "nham", "lech", "khong dung", "khong khop", "dieu chinh", "sua"],
    with: ["vneid", "du lieu dan cu", "co so du lieu", "csdl", "dinh danh dien tu", "ung dung dinh danh"],
    unless: ["cu tru", "so bhxh", "the bhyt", "so do", "so hong"] },
  { id: "residence-data-fix", then: "điều chỉnh thông tin về cư trú trong cơ sở dữ liệu về cư trú",
    when: ["sai", "nham", "lech", "khong dung", "khong khop", "dieu chinh"],
    with: ["thong tin cu tru", "du lieu cu tru", "cu tru cua"] },
  // a new head of the household in the residence register ("bố già yếu, cả nhà chuyển cho tôi làm chủ hộ"), not a
  // shop's new owner
  { id: "household-head", then: "điều chỉnh thông tin về cư trú",
    when: ["doi chu ho", "thay chu ho", "chuyen chu ho", "lam chu ho", "dung ten chu ho", "sang ten chu ho", "nhuong chu ho"],
    with: ["ho khau", "cong an", "cu tru", "thuong tru", "vneid", "so ho"],
    unless: ["kinh doanh", "hkd", "quan", "tiem", "cua hang", "buon ban"] },
  { id: "adoption", then: "đăng ký việc nuôi con nuôi trong nước",
    when: ["ve nuoi", "nhan nuoi", "xin nuoi", "lam con nuoi", "nhan lam con", "nuoi lam con", "nuoi nhu con"],
    // (a farm's "giấy xác nhận nuôi" holds "nhận nuôi")
    unless: ["nuoc ngoai", "bien gioi", "xac nhan nuoi"] },
  { id: "land-to-road", then: "tặng cho quyền sử dụng đất cho nhà nước mở rộng đường giao thông",
    when: ["hien", "gop dat", "nhuong dat", "cat dat", "cho dat", "hien dat", "gop mot", "gop 1"],
    with: ["lam duong", "mo duong", "mo rong duong", "duong be tong", "duong lien thon", "duong lang", "duong xom",
      "duong giao thong"],
    unless: ["hien nay", "hien tai", "hien dang", "hien gio", "thu hoi dat", "den bu", "boi thuong"] },
  { id: "newborn-health-card", then: "liên thông đăng ký khai sinh cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    when: ["vua de", "moi de", "vua sinh", "moi sinh", "sinh be", "sinh con", "em be moi", "be moi sinh"],
    with: ["the bao hiem", "the bhyt", "bao hiem y te", "bhyt"] },
  { id: "work-accident", then: "giải quyết hưởng chế độ tnlđ bnn tai nạn lao động",
    when: ["bi may", "may cat", "may cuon", "may kep", "may dap", "bi thuong", "gay tay", "gay chan", "dut tay", "tai nan",
      "bi nga", "nga giao", "roi tu"],
    with: ["xuong", "cong ty", "nha may", "cong truong", "luc lam", "khi lam", "dang lam", "ca lam", "gio lam",
      "cong nhan", "di lam"],
    unless: ["xung kich", "hoa giai", "an ninh", "chua tham gia", "chua co bao hiem", "chua co the", "phong chay",
      "chua cha"] },
];
