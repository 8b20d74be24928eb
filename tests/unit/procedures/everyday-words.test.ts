import { describe, expect, it } from "vitest";
import { EVERYDAY_SYNONYMS } from "../../../src/core/procedures/everyday.vi.js";
import { foldText, isVietnameseSyllable } from "../../../src/core/procedures/normalize.js";
import { ProcedureIndex } from "../../../src/core/procedures/procedure-index.js";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { analyzeQuery } from "../../../src/core/procedures/query.js";
import { KB, record } from "./fixtures.js";

/** Less common procedures, named as the national catalogue names them (own wording of these tests). */
const RARE_KB = [
  ...KB,
  record({ code: "R.000001", name: "Cấp giấy phép chặt hạ, dịch chuyển cây xanh", linhVuc: "Hạ tầng kỹ thuật" }),
  record({ code: "R.000002", name: "Chứng thực văn bản từ chối nhận di sản", linhVuc: "Chứng thực" }),
  record({ code: "R.000003", name: "Đăng ký lại phương tiện trong trường hợp chuyển quyền sở hữu phương tiện", linhVuc: "Đường thủy nội địa" }),
  record({ code: "R.000004", name: "Đăng ký phương tiện hoạt động vui chơi, giải trí dưới nước lần đầu", linhVuc: "Đường thủy nội địa" }),
  record({ code: "R.000005", name: "Thủ tục thanh toán thù lao cho hòa giải viên", linhVuc: "Hòa giải ở cơ sở" }),
  record({ code: "R.000006", name: "Kiểm tra hiện trường rừng trồng bị thiệt hại", linhVuc: "Lâm nghiệp" }),
  record({ code: "R.000007", name: "Tặng cho quyền sử dụng đất cho Nhà nước hoặc mở rộng đường giao thông", linhVuc: "Đất đai" }),
  record({ code: "R.000008", name: "Cấp phép sử dụng tạm thời lòng đường, vỉa hè vào mục đích khác", linhVuc: "Đường bộ" }),
  record({ code: "R.000009", name: "Hỗ trợ cơ sở sản xuất bị thiệt hại do dịch bệnh động vật", linhVuc: "Thú y" }),
  record({ code: "R.000010", name: "Xóa đăng ký tạm trú", linhVuc: "Cư trú" }),
  record({ code: "R.000011", name: "Đăng ký lại phương tiện trong trường hợp phương tiện thay đổi tên, tính năng kỹ thuật",
    linhVuc: "Đường thủy nội địa" }),
  record({ code: "R.000012", name: "Thanh toán trực tiếp chi phí khám, chữa bệnh BHYT", linhVuc: "BHYT" }),
];

describe("everyday words for less common procedures", () => {
  const qa = new ProcedureQA(RARE_KB, { preferLevel: "xa" });

  it.each([
    ["cây xà cừ trước cổng to quá, muốn xin chặt bỏ cây thì hỏi ai", "R.000001"],
    ["bố mất để lại căn nhà, em không muốn nhận phần, nhường hết cho anh trai thì làm giấy gì", "R.000002"],
    ["mới mua lại chiếc thuyền của người trong xóm, sang tên thuyền ở đâu", "R.000003"],
    ["mở dịch vụ cho khách thuê thuyền kayak trên hồ thì đăng ký thế nào", "R.000004"],
    ["đi hòa giải ở thôn có được tiền bồi dưỡng không", "R.000005"],
    ["bão làm rừng keo đổ rạp, muốn xã xuống xem để xin hỗ trợ", "R.000006"],
    ["xóm mở đường, nhà tôi hiến đất làm đường thì ký giấy gì", "R.000007"],
    ["heo nhà tôi chết dịch tả lợn, có được hỗ trợ gì không", "R.000009"],
    ["em trả phòng trọ rồi, không ở trọ nữa thì báo công an thế nào", "R.000010"],
    ["thay máy thuyền mới mạnh hơn thì có phải đăng ký lại không", "R.000011"],
    ["đi khám quên mang thẻ bhyt phải tự trả tiền, giờ xin lại được không", "R.000012"],
  ])("offers %s the procedure it is about", (question, code) => {
    const result = qa.ask(question);
    expect(result.outcome).not.toBe("none");
    expect(result.candidates[0]?.code).toBe(code);
  });

  it("keeps look-alike words apart: 'bàn ghế' on the pavement is not a boat ('ghe')", () => {
    const top = qa.ask("muốn bày bàn ghế bán hàng ăn trên vỉa hè có phải xin phép không").candidates[0]?.code;
    expect(top).toBeDefined();
    expect(["R.000003", "R.000004"]).not.toContain(top);
  });

  it("writes every phrase in two syllables or more, or as a word that is not Vietnamese", () => {
    for (const entry of EVERYDAY_SYNONYMS) {
      const syllables = foldText(entry.phrase).split(" ").filter(Boolean);
      expect(syllables.length > 1 || !isVietnameseSyllable(syllables[0] ?? ""), entry.phrase).toBe(true);
      expect(entry.official.trim().length).toBeGreaterThan(0);
    }
  });
});

describe("everyday spellings of the names themselves", () => {
  const qa = new ProcedureQA(KB, { preferLevel: "xa" });

  it.each([
    ["dang ki khai sanh cho con", "T.000001"],
    ["lam khai sanh cho be", "T.000001"],
    ["đăng kí kết hôn cần gì", "T.000004"],
  ])("answers %s with the procedure it names", (question, code) => {
    const result = qa.ask(question);
    expect(result.outcome).toBe("answer");
    expect(result.procedureCode).toBe(code);
  });
});

describe("an everyday phrase typed with other marks is another phrase", () => {
  const index = ProcedureIndex.build(KB);
  const expanded = (question: string): string => analyzeQuery(question, index).cues.text;

  it("reads 'bên đó' (over there) as no 'bến đò', and 'bến đò' as the wharf", () => {
    expect(expanded("chị ấy quê tận Hà Nam bên đó, giờ về đăng ký kết hôn")).not.toContain("ben thuy noi dia");
    expect(expanded("nhà tôi muốn mở bến đò chở khách qua sông")).toContain("ben thuy noi dia");
  });

  it("still reads a phrase with one syllable mistyped ('đôc thân')", () => {
    expect(expanded("xin giấy đôc thân")).toContain("| tinh trang hon nhan");
  });

  it("reads 'từ đầu đến cuối' typed without marks as the end, not a wedding ('cưới')", () => {
    expect(expanded("lam lai online tu dau den cuoi duoc khong")).not.toContain("ket hon");
    expect(expanded("mat cavet xe, lam lai cuoi cung mat bao lau")).not.toContain("ket hon");
    // a wedding is still a wedding, with or without marks
    expect(expanded("thang sau hai dua cuoi, dang ky o dau")).toContain("ket hon");
    expect(expanded("làm online từ đầu đến cưới")).toContain("ket hon");
  });

  it("reads 'từ giờ tới cuối năm' typed without marks as the year's end, not a wedding", () => {
    expect(expanded("nghe noi tu gio toi cuoi nam khong phai dong tien nua")).not.toContain("ket hon");
    expect(expanded("tu nay toi cuoi nam co phai nop gi nua khong")).not.toContain("ket hon");
    // "tôi cưới" typed bare is still a wedding
    expect(expanded("thang sau toi cuoi vo, dang ky o dau")).toContain("ket hon");
  });

  // the sixteenth session's less common records, beside the shared base: their words are read only where the index
  // holds them
  const rare = ProcedureIndex.build([...KB,
    record({ code: "T.001", name: "Khai lệ phí trước bạ nhà, đất/ Miễn lệ phí trước bạ nhà, đất", linhVuc: "Thuế" }),
    record({ code: "T.002", name: "Đăng ký giám sát việc giám hộ", linhVuc: "Hộ tịch" }),
    record({ code: "T.003", name: "Đăng ký thuế trong trường hợp chia, tách, hợp nhất, sáp nhập tổ chức", linhVuc: "Thuế" }),
    record({ code: "T.004", name: "Thủ tục hải quan đối với xăng dầu, hóa chất, khí chuyển tiêu thụ nội địa", linhVuc: "Hải quan" }),
    record({ code: "T.005", name: "Đăng ký thuế lần đầu đối với người nộp thuế là tổ chức", linhVuc: "Thuế" }),
    record({ code: "T.006", name: "Hoàn thuế TNCN đối với tổ chức, cá nhân trả thu nhập", linhVuc: "Thuế" }),
    record({ code: "T.007", name: "Thủ tục hạch toán vốn vay ODA, vốn vay ưu đãi, viện trợ không hoàn lại vào ngân sách nhà nước", linhVuc: "Kho bạc" }),
    record({ code: "T.008", name: "Sửa đổi, bổ sung Quyết định giao khu vực biển cho cá nhân Việt Nam để nuôi trồng thủy sản", linhVuc: "Biển" }),
    record({ code: "T.009", name: "Thủ tục hải quan đối với hàng hóa nhập khẩu có trị giá hải quan trong định mức miễn thuế", linhVuc: "Hải quan" }),
  ]);
  const read = (question: string): string => analyzeQuery(question, rare).cues.text;

  it.each([
    // the registration fee owed on land given; a guardian watched over
    ["cho dat con co mat truoc ba k", "khai le phi truoc ba"],
    ["toi muon lam nguoi theo doi viec ba noi giam ho chau", "dang ky giam sat viec giam ho"],
    // a company merged; fuel brought in and sold at home; a tax code of its own
    ["cty bi sap nhap thi ma so thue xu ly sao", "dang ky thue trong truong hop chia tach hop nhat sap nhap"],
    ["tam nhap lo dau DO de tai xuat, gio muon ban lai cho khach trong nuoc", "xang dau chuyen tieu thu noi dia"],
    ["ban quan tri chung cu can ma so thue rieng de mo tai khoan", "dang ky thue lan dau doi voi nguoi nop thue la to chuc"],
    // tax withheld beyond what was due; a donor's grant; a sea area's decision amended; small parcels
    ["quyet toan xong van con bi khau tru du, xin tra lai phan du", "hoan thue"],
    ["tien tai tro khong phai tra lai cua to chuc phi chinh phu nuoc ngoai", "vien tro khong hoan lai"],
    ["da co quyet dinh giao vung mat bien, gio dieu chinh toa do", "sua doi bo sung quyet dinh giao khu vuc bien"],
    ["kien hang nho tri gia duoi muc duoc mien thue", "tri gia hai quan trong dinh muc mien thue"],
  ])("reads %j as naming %j", (question, official) => {
    expect(read(question)).toContain(official);
  });

  it("reads goods sent back abroad after a fair as a re-export", () => {
    expect(expanded("hoi cho xong dua hang ve lai nuoc ngoai thi lam gi voi hai quan")).toContain("tai xuat");
  });

  it("reads a motorbike by its model, and a used vehicle bought as one to put in one's name", () => {
    expect(expanded("chiếc Wave của tôi bị mất biển")).toContain("xe may");
    expect(expanded("mua lại xe của anh hàng xóm")).toContain("dang ky xe sang ten");
  });
});
