import { describe, expect, it } from "vitest";
import { cleanResult, fromPortalRecord, splitDocuments } from "../../../src/core/procedures/portal-record.js";

const raw = {
  ma_thu_tuc: "9.999001",
  ten_thu_tuc: "Thủ tục  thử\nnghiệm",
  linh_vuc: "Hộ tịch",
  cap_thuc_hien: ["Cấp xã", "Cấp tỉnh", "Cấp bộ", "Cơ quan khác"],
  co_quan_thuc_hien: "Ủy ban nhân dân cấp xã",
  dia_chi_tiep_nhan: "",
  doi_tuong_thuc_hien: "Không có thông tin",
  cach_thuc_parsed: [
    { hinh_thuc: "Trực tuyến", thoi_han: "3 Ngày làm việc", phi_le_phi: "Miễn phí", mo_ta: "" },
    { hinh_thuc: "Trực tiếp", thoi_han: "1 (không ghi đơn vị)", phi_le_phi: "Không có thông tin", mo_ta: "(không có)" },
    { hinh_thuc: "Dịch vụ bưu chính", thoi_han: "Không có thông tin", phi_le_phi: null, mo_ta: "Gửi qua bưu điện" },
  ],
  thanh_phan_ho_so_raw: "--Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai theo mẫu (mẫu X1).Mau X1.docx1 bản chínhGiấy tờ tùy thân0 bản chính,1 bản sao",
  trinh_tu_steps: ["Bước 1: Nộp hồ sơ.", "Bước 2: Nhận kết quả."],
  yeu_cau_dieu_kien: "Không có thông tin",
  ket_qua_xu_ly_raw: "Giấy khai sinhMã: KQ.G15.000001Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan",
  can_cu_phap_ly_codes: ["1/2020/QH14", "1/2020/QH14"],
  source_url: "https://dichvucong.gov.vn/x",
};

describe("fromPortalRecord", () => {
  it("converts the portal shape and keeps values verbatim", () => {
    const r = fromPortalRecord(raw);
    expect(r.code).toBe("9.999001");
    expect(r.name).toBe("Thủ tục thử nghiệm");
    expect(r.levels).toEqual(["xa", "tinh", "trung_uong"]);
    expect(r.submitAt).toBeNull();
    expect(r.subjects).toBeNull();
    expect(r.eligibility).toBeNull();
    expect(r.channels).toEqual([
      { kind: "online", timeLimit: "3 Ngày làm việc", fee: "Miễn phí", description: null },
      { kind: "counter", timeLimit: "1 (không ghi đơn vị)", fee: null, description: null },
      { kind: "post", timeLimit: null, fee: null, description: "Gửi qua bưu điện" },
    ]);
    expect(r.documents).toEqual(["Tờ khai theo mẫu (mẫu X1). (1 bản chính)", "Giấy tờ tùy thân (1 bản sao)"]);
    expect(r.result).toBe("Giấy khai sinh");
    expect(r.legalBasis).toEqual(["1/2020/QH14"]);
    expect(r.active).toBe(true);
  });
  it("names the missing or invalid field", () => {
    expect(() => fromPortalRecord({ ...raw, ma_thu_tuc: "" })).toThrow(/ma_thu_tuc/);
    expect(() => fromPortalRecord({ ...raw, ten_thu_tuc: undefined })).toThrow(/ten_thu_tuc/);
    expect(() => fromPortalRecord({ ...raw, cap_thuc_hien: "Cấp xã" })).toThrow(/cap_thuc_hien/);
    expect(() => fromPortalRecord({ ...raw, cach_thuc_parsed: [{ hinh_thuc: "Fax" }] })).toThrow(/hinh_thuc/);
    expect(() => fromPortalRecord("not an object")).toThrow(/object/);
  });
  it("takes back into the fee the rest of a note the crawl cut at an inner bracket", () => {
    const cut = { hinh_thuc: "Trực tuyến", thoi_han: "", phi_le_phi: "5,000 Việt Nam Đồng(- Gia hạn tạm trú (cá nhân, hộ gia đình)", mo_ta: ":  + Trường hợp nộp trực tuyến thu 7.000 đồng/lần đăng ký.)- Nộp hồ sơ qua Cổng dịch vụ công" };
    const [channel] = fromPortalRecord({ ...raw, cach_thuc_parsed: [cut] }).channels;
    expect(channel?.fee).toBe("5,000 Việt Nam Đồng(- Gia hạn tạm trú (cá nhân, hộ gia đình): + Trường hợp nộp trực tuyến thu 7.000 đồng/lần đăng ký.)");
    expect(channel?.description).toBe("Nộp hồ sơ qua Cổng dịch vụ công");
    // a description that never closes the note is left as it is
    const open = { ...cut, mo_ta: "Nộp hồ sơ qua Cổng dịch vụ công" };
    expect(fromPortalRecord({ ...raw, cach_thuc_parsed: [open] }).channels[0]).toMatchObject({ fee: open.phi_le_phi, description: open.mo_ta });
  });
  it("reads no agency from a paragraph of steps the crawl put in its place", () => {
    const steps = "chứng thực tiến hành chụp từ bản chính như sau:\n\n* Ghi đầy đủ lời chứng theo mẫu quy định;\n\n* Ký, ghi rõ họ tên";
    expect(fromPortalRecord({ ...raw, co_quan_thuc_hien: steps }).agency).toBeNull();
    expect(fromPortalRecord(raw).agency).toBe("Ủy ban nhân dân cấp xã");
  });
  it("cuts result noise and keeps several results", () => {
    expect(cleanResult("Quyết định AMã: KQ.G1.1Văn bản BMã: KQ-G1.2Từ khóa x")).toBe("Quyết định A; Văn bản B");
    expect(cleanResult("Không có thông tin")).toBeNull();
    expect(splitDocuments(null)).toEqual([]);
  });
});
