import { describe, expect, it } from "vitest";
import { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import { FAMILY_KB, record } from "./fixtures.js";

const qa = new ProcedureQA(FAMILY_KB, { preferLevel: "xa" });
const top = (q: string): string | undefined => qa.ask(q).candidates[0]?.code;

describe("procedure families: the plain procedure unless the question asks for a variant", () => {
  it.each([
    ["làm khai sinh cho đứa nhỏ nhà tôi", "F.001"],
    ["dang ky khai sinh cho con gai", "F.001"],
    ["con trai tôi lấy vợ, hai đứa đi đăng ký kết hôn ở đâu", "F.010"],
    ["đăng ký HKD mở tiệm sửa xe", "F.030"],
    ["dkkd ho kinh doanh ca the", "F.030"],
    ["muốn làm căn cước", "F.040"],
  ])("plain: %s → %s", (question, code) => {
    expect(top(question)).toBe(code);
  });

  it.each([
    ["vợ tôi quốc tịch Hàn Quốc, hai đứa muốn đăng ký kết hôn", "F.011"],
    ["chong em nguoi Dai Loan, lam dang ky ket hon the nao", "F.011"],
    ["bố cháu là Việt kiều Mỹ, khai sinh cho cháu thế nào", "F.003"],
    ["giấy khai sinh của tôi bị cháy, sổ ở xã cũng thất lạc, giờ đăng ký lại", "F.004"],
    ["ông tôi nằm liệt giường mới mất, cán bộ có xuống tận nhà làm khai tử không", "F.021"],
    ["làm cccd cho bé 9 tuổi", "F.041"],
    ["lam can cuoc cho con 16 tuoi", "F.040"],
    ["đánh rơi mất thẻ căn cước", "F.043"],
    ["căn cước hết hạn rồi", "F.042"],
    ["muốn dừng thực hiện thủ tục đăng ký hộ kinh doanh vì đổi ý", "F.031"],
    ["đóng cửa tiệm, không kinh doanh nữa", "F.032"],
  ])("variant: %s → %s", (question, code) => {
    expect(top(question)).toBe(code);
  });

  it("does not let a bundle (Liên thông …) win a plain question on one of its topics", () => {
    expect(top("đăng ký khai sinh cần gì")).not.toBe("F.005");
  });

  it("reads 'mất' as a death, a cost or a loss by its neighbours", () => {
    expect(top("bố em mất tuần trước, đi khai tử ở đâu")).toBe("F.020");
    expect(top("đăng ký khai sinh mất bao lâu")).toBe("F.001");
  });
});

describe("concepts citizens say in their own words", () => {
  it.each([
    ["mua bảo hiểm y tế cho cả nhà ở đâu", "F.050"],
    ["khám bệnh không đúng tuyến, tự trả tiền, giờ xin BHYT trả lại", "F.051"],
    ["mẹ tôi yếu, tôi lĩnh thay lương hưu được không", "F.052"],
    ["rút bhxh một lần", "F.053"],
    ["đất vườn muốn lên thổ cư", "F.060"],
    ["làm sổ hồng lần đầu", "F.061"],
    ["kích hoạt vneid mức 2", "F.062"],
  ])("%s → %s", (question, code) => {
    expect(top(question)).toBe(code);
  });

  it("reads VNeID as the channel when the question asks how to submit", () => {
    const result = qa.ask("khai sinh cho bé làm trên VNeID được không");
    expect(result.aspect).toBe("online");
    expect(result.candidates[0]?.code).toBe("F.001");
  });
});

describe("joining or leaving the village mediation team", () => {
  const qa = new ProcedureQA([
    record({ code: "H.001", name: "Thủ tục công nhận hòa giải viên (cấp xã)", linhVuc: "Phổ biến giáo dục pháp luật" }),
    record({ code: "H.002", name: "Thủ tục thôi làm hòa giải viên (cấp xã)", linhVuc: "Phổ biến giáo dục pháp luật" }),
    record({ code: "H.003", name: "Thủ tục thanh toán thù lao cho hòa giải viên", linhVuc: "Phổ biến giáo dục pháp luật" }),
  ], { preferLevel: "xa" });

  it.each([
    ["mẹ tôi được bà con bầu vào tổ hòa giải của thôn, xã có phải ra quyết định không", "H.001"],
    ["chú em muốn tham gia tổ hòa giải ở khu phố thì đăng ký thế nào", "H.001"],
    ["Tôi muốn tham gia làm hòa giải viên ở tổ dân phố, cần đáp ứng điều kiện gì?", "H.001"],
    ["tôi già rồi muốn thôi làm hòa giải viên", "H.002"],
  ])("%s → %s", (question, code) => {
    expect(qa.ask(question).candidates[0]?.code).toBe(code);
  });
});

describe("everyday words for less common procedures", () => {
  const qa = new ProcedureQA([
    record({ code: "W.001", name: "Đăng ký thành lập hợp tác xã", linhVuc: "Kinh tế hợp tác" }),
    record({ code: "W.002", name: "Đăng ký phương tiện lần đầu đối với phương tiện thủy nội địa", linhVuc: "Đường thủy nội địa" }),
    record({ code: "W.003", name: "Giải quyết yêu cầu bồi thường do người thi hành công vụ gây thiệt hại", linhVuc: "Bồi thường nhà nước" }),
    record({ code: "W.004", name: "Tạm ngừng kinh doanh của hộ kinh doanh", linhVuc: "Hộ kinh doanh" }),
    record({ code: "W.005", name: "Đăng ký thành lập hộ kinh doanh", linhVuc: "Hộ kinh doanh" }),
  ], { preferLevel: "xa" });

  it.each([
    ["lập htx trồng rau cần bao nhiêu người", "W.001"],
    ["mua thuyền về chở hàng thì đăng ký ở đâu", "W.002"],
    ["công an xã làm hỏng xe của tôi, muốn đòi đền bù", "W.003"],
    ["quán tôi tạm đóng cửa ba tháng thì báo ai", "W.004"],
  ])("%s → %s", (question, code) => {
    expect(qa.ask(question).candidates[0]?.code).toBe(code);
  });
});

describe("words with two meanings, and a far village", () => {
  const qa = new ProcedureQA([
    record({ code: "N.001", name: "Đăng ký thường trú", linhVuc: "Đăng ký, quản lý cư trú" }),
    record({ code: "N.002", name: "Thủ tục nhập khẩu, tạm nhập khẩu xe ô tô, xe gắn máy không nhằm mục đích thương mại", linhVuc: "Hải quan" }),
    record({ code: "N.003", name: "Thủ tục đăng ký khai sinh", linhVuc: "Hộ tịch" }),
    record({ code: "N.004", name: "Thủ tục đăng ký khai sinh lưu động", linhVuc: "Hộ tịch" }),
  ], { preferLevel: "xa" });

  it("reads 'nhập khẩu' of goods as importing, and of a family member as residence", () => {
    const goods = qa.ask("hội từ thiện được tặng một xe ô tô cứu thương, xe về tới cảng, làm thủ tục hải quan nhập khẩu thì cần giấy tờ gì");
    expect(goods.candidates[0]?.code).toBe("N.002");
    expect(qa.ask("cưới xong muốn nhập khẩu về nhà chồng thì mang gì theo").candidates[0]?.code).toBe("N.001");
  });

  it("reads an officer coming up to the village as a mobile registration", () => {
    const r = qa.ask("Toi o ban xa lam, vo de con o nha. Can bo xa co len ban lam giay khai sinh cho con duoc khong?");
    expect(r.candidates[0]?.code).toBe("N.004");
  });
});
