/**
 * The words that tell a report of a problem in the ward ("đèn đường ngõ 5 hỏng") from a question about a procedure
 * ("làm giấy khai sinh cần gì"), as data over folded text (no diacritics, lower case). Each list names kinds of
 * things, never a particular sentence; detect-report.ts weighs them. Measured with bench/report-intent.ts.
 */

/** Something broken, dirty, blocked, dangerous or annoying: the heart of a report. */
export const PROBLEM_CUES: readonly string[] = [
  // broken, fallen, sinking
  "hong", "hu hong", "bi hu", "bi vo", "vo het", "vo nat", "vo tung", "bi be", "bi gay", "gay do", "nut", "nghieng", "sut", "lun", "sut lun", "o ga", "o voi", "lo lom", "bong troc", "muc nat", "muc goc", "bi sap", "sap do",
  "cay do", "do chan", "chan ngang", "mat nap", "ho toang", "loi ra", "lung lay", "ro ri", "vo ong", "troc",
  // light, power, water
  "khong sang", "toi om", "chop tat", "tat ngam", "sang ca ngay", "mat dien", "cup dien", "mat nuoc", "cup nuoc", "nuoc yeu", "nuoc duc",
  // water on the ground
  "ngap", "ung ngap", "tac", "tac nghen", "nuoc ton", "nuoc dong", "cong thoat", "nap cong", "muong", "trao nguoc",
  // rubbish, smell, pollution, noise
  "rac", "xa ban", "phe thai", "do trom", "xa thai", "nuoc thai", "boc mui", "mui hoi", "hoi thoi", "o nhiem", "khoi den", "khoi bui", "bui bam", "bui mu", "bay bui",
  "on ao", "tieng on", "gay on", "hat karaoke", "loa keo", "rung ca", "ruoi", "muoi dot", "chuot", "con chet", "chet truong",
  // space and building order
  "lan chiem", "chiem dung", "lan ra", "bay ban", "bay hang", "tran ra", "do xe", "dau xe", "trong giu xe", "cho tu phat", "ket xe", "un tac",
  "xay trai phep", "xay dung trai phep", "khong phep", "sai phep", "khong che chan", "roi vai", "san lap", "lan dat", "rao lai", "dung lan",
  // trees, animals, safety
  "cua trom", "chat trom", "cay xanh", "cho tha rong", "cho can", "nguy hiem", "mat an toan", "de xay ra tai nan", "te nga", "vap nga", "tai nan",
  // public service gone wrong: late, lost, charged, rude, down
  "chua co ket qua", "chua thay", "qua han", "tre hen", "cham tre", "that lac", "thai do", "coc loc", "nhung nhieu", "khong bien lai", "khong co bien lai",
  "thu them", "bi loi", "bao loi", "het so", "khong ai ngoi", "di lam muon", "khong tra loi", "chua tra loi", "tra ve",
  // living conditions
  "dot nat", "lang phi", "yeu qua", "dien ap", "chap chon", "nuoc may", "mau vang", "cat dien", "tang gap doi", "lang quang", "sot xuat huyet",
  "het thuoc", "khoa cua", "co bac", "buong thong", "chang chit", "lan sang", "khong co cho", "gia cao",
  // facilities
  "den duong", "den chieu sang", "bien bao", "den giao thong", "ghe da", "do choi", "thung rac", "nha ve sinh cong cong", "cong thoat nuoc", "via he",
];

/** Asking the ward to act: a report or a proposal (kiến nghị) even without a problem word, unless it is about paperwork. */
export const ASKING_CUES: readonly string[] = ["de nghi", "mong phuong", "mong xa", "nho phuong", "nho xa", "xin phuong", "mong duoc tra loi", "de nghi phuong"];

/** Words around a problem that make it a report: a request, how long it has lasted. */
export const REQUEST_CUES: readonly string[] = [
  "de nghi", "kien nghi", "mong phuong", "mong xa", "nho phuong", "nho xa", "xin phuong", "phuong xu ly", "xa xu ly", "xu ly giup", "kiem tra giup",
  "cho nguoi", "sua giup", "sua som", "don giup", "thu gom", "khong ai", "bao gio moi", "bao gio phuong", "may hom", "hom nay", "hom qua", "ca tuan",
  "ca thang", "tu sang", "suot dem", "dem nao", "ngay nao", "lau roi", "roi ma",
];

/** A question about paperwork: a procedure, its papers, fee, time or place. Outweighs a problem word. */
export const PROCEDURE_CUES: readonly string[] = [
  "thu tuc", "ho so", "giay to", "can gi", "can nhung gi", "can mang", "mang theo", "le phi", "phi bao nhieu", "bao lau", "mat bao lau",
  "lam o dau", "nop o dau", "o dau a", "o dau vay", "o dau the", "ra dau", "the nao", "nhu the nao", "kieu gi", "lam sao", "duoc khong", "dc khong", "co duoc", "co phai",
  "dang ky", "cap lai", "cap doi", "lam lai", "xin cap", "xin giay", "giay xac nhan", "xac nhan", "chung thuc", "khai sinh", "khai tu", "ket hon",
  "tam tru", "thuong tru", "cccd", "can cuoc", "ho chieu", "bhyt", "bhxh", "so do", "so hong", "giay phep", "mau don", "to khai", "vneid", "hop dong",
  "trinh tu", "tham quyen", "thanh phan", "thoi han",
];
