import { readFileSync } from "node:fs";
import { fromPortalRecord } from "../../../src/core/procedures/portal-record.js";
import type { ProcedureQA } from "../../../src/core/procedures/procedure-qa.js";
import type { ProcedureRecord, SubmissionChannel } from "../../../src/core/procedures/types.js";

/** The 588 commune-level records of ../shared (suites over them skip when it is absent). */
export const CAP_XA = new URL("../../../../shared/data/procedures/procedures_cap_xa.jsonl", import.meta.url);

/** The commune-level records, read when a suite runs (not at import: without ../shared nothing is read). */
export function capXaRecords(): ProcedureRecord[] {
  return readFileSync(CAP_XA, "utf8").split("\n").filter((l) => l.trim()).map((l) => fromPortalRecord(JSON.parse(l)));
}

/** The codes a question is answered or offered with: the answer, the choices of a clarifying question, or none. */
export function offeredCodes(qa: ProcedureQA, question: string): string[] {
  const a = qa.ask(question);
  if (a.outcome === "answer") return [a.procedureCode ?? ""];
  return a.outcome === "clarify" ? (a.choices ?? []).map((c) => c.code) : [];
}

/** Small knowledge base written for these tests (own wording, not official text). */
export function record(partial: Partial<ProcedureRecord> & Pick<ProcedureRecord, "code" | "name">): ProcedureRecord {
  return {
    linhVuc: null, levels: ["xa"], agency: null, submitAt: null, subjects: null, channels: [], documents: [], steps: [],
    eligibility: null, result: null, legalBasis: [], sourceUrl: null, keywords: [], active: true, ...partial,
  };
}

const all = (timeLimit: string | null, fee: string | null): SubmissionChannel[] =>
  (["online", "counter", "post"] as const).map((kind) => ({ kind, timeLimit, fee, description: null }));

export const KB: ProcedureRecord[] = [
  record({ code: "T.000001", name: "Thủ tục đăng ký khai sinh", linhVuc: "Hộ tịch", agency: "Ủy ban nhân dân cấp xã",
    channels: all("Trong ngày", "Miễn phí"), documents: ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"],
    result: "Giấy khai sinh", sourceUrl: "https://example.invalid/khai-sinh" }),
  record({ code: "T.000002", name: "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", linhVuc: "Hộ tịch", channels: all("15 ngày", "Miễn phí") }),
  record({ code: "T.000003", name: "Thủ tục đăng ký khai tử", linhVuc: "Hộ tịch", documents: ["Tờ khai khai tử", "Giấy báo tử"] }),
  record({ code: "T.000004", name: "Thủ tục đăng ký kết hôn", linhVuc: "Hộ tịch", channels: all("Trong ngày", "Miễn phí"),
    documents: ["Tờ khai đăng ký kết hôn"], eligibility: "Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi" }),
  record({ code: "T.000005", name: "Thủ tục cấp giấy xác nhận tình trạng hôn nhân", linhVuc: "Hộ tịch", channels: all("3 ngày làm việc", null) }),
  record({ code: "T.000006", name: "Đăng ký thường trú", linhVuc: "Cư trú", agency: "Công an cấp xã", channels: all("7 ngày làm việc", "20.000 đồng") }),
  record({ code: "T.000007", name: "Đăng ký tạm trú", linhVuc: "Cư trú", agency: "Công an cấp xã", channels: all("3 ngày làm việc", "15.000 đồng") }),
  record({ code: "T.000008", name: "Cấp đổi thẻ căn cước", linhVuc: "Căn cước", agency: "Công an cấp xã" }),
  record({ code: "T.000009", name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản", linhVuc: "Chứng thực",
    channels: [{ kind: "counter", timeLimit: "Trong ngày", fee: "2.000 đồng/trang", description: null }] }),
  record({ code: "T.000010", name: "Đăng ký thành lập hộ kinh doanh", linhVuc: "Hộ kinh doanh", channels: all("3 ngày làm việc", "100.000 đồng") }),
  record({ code: "T.000011", name: "Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu", linhVuc: "Đất đai" }),
  record({ code: "T.000012", name: "Khai thuế tài nguyên", linhVuc: "Thuế", levels: ["tinh"] }),
  record({ code: "T.000013", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ", linhVuc: "Xây dựng" }),
];

/**
 * Procedure families as the national catalogue names them (plain procedure and its variants), written for these
 * tests: the re-ranker must pick the plain one unless the question asks for a variant in its own words.
 */
export const FAMILY_KB: ProcedureRecord[] = [
  record({ code: "F.001", name: "Thủ tục đăng ký khai sinh", linhVuc: "Hộ tịch", result: "Giấy khai sinh" }),
  record({ code: "F.002", name: "Thủ tục đăng ký khai sinh lưu động", linhVuc: "Hộ tịch" }),
  record({ code: "F.003", name: "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", linhVuc: "Hộ tịch" }),
  record({ code: "F.004", name: "Thủ tục đăng ký lại khai sinh", linhVuc: "Hộ tịch" }),
  record({ code: "F.005", name: "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", linhVuc: "Hộ tịch" }),
  record({ code: "F.010", name: "Thủ tục đăng ký kết hôn", linhVuc: "Hộ tịch" }),
  record({ code: "F.011", name: "Thủ tục đăng ký kết hôn có yếu tố nước ngoài", linhVuc: "Hộ tịch" }),
  record({ code: "F.012", name: "Thủ tục đăng ký kết hôn lưu động", linhVuc: "Hộ tịch" }),
  record({ code: "F.020", name: "Thủ tục đăng ký khai tử", linhVuc: "Hộ tịch" }),
  record({ code: "F.021", name: "Thủ tục đăng ký khai tử lưu động", linhVuc: "Hộ tịch" }),
  record({ code: "F.030", name: "Đăng ký thành lập hộ kinh doanh", linhVuc: "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)" }),
  record({ code: "F.031", name: "Dừng thực hiện thủ tục đăng ký hộ kinh doanh", linhVuc: "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)" }),
  record({ code: "F.032", name: "Chấm dứt hoạt động hộ kinh doanh", linhVuc: "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)" }),
  record({ code: "F.040", name: "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên", linhVuc: "Cấp, quản lý căn cước" }),
  record({ code: "F.041", name: "Cấp thẻ căn cước cho người dưới 14 tuổi", linhVuc: "Cấp, quản lý căn cước" }),
  record({ code: "F.042", name: "Cấp đổi thẻ căn cước", linhVuc: "Cấp, quản lý căn cước" }),
  record({ code: "F.043", name: "Cấp lại thẻ căn cước", linhVuc: "Cấp, quản lý căn cước" }),
  record({ code: "F.050", name: "Đăng ký đóng, cấp thẻ BHYT đối với người chỉ tham gia BHYT", linhVuc: "Thu BHXH, BHYT" }),
  record({ code: "F.051", name: "Thanh toán trực tiếp chi phí khám, chữa bệnh BHYT", linhVuc: "Thực hiện chính sách BHYT" }),
  record({ code: "F.052", name: "Ủy quyền lĩnh thay các chế độ bảo hiểm xã hội", linhVuc: "Chi trả các chế độ BHXH" }),
  record({ code: "F.053", name: "Giải quyết hưởng bảo hiểm xã hội một lần", linhVuc: "Thực hiện chính sách BHXH" }),
  record({ code: "F.060", name: "Giao đất, cho thuê đất, chuyển mục đích sử dụng đất", linhVuc: "Đất đai" }),
  record({ code: "F.061", name: "Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu đối với hộ gia đình, cá nhân", linhVuc: "Đất đai" }),
  record({ code: "F.062", name: "Cấp tài khoản định danh điện tử mức độ 2 cho công dân", linhVuc: "Định danh và xác thực điện tử" }),
  record({ code: "F.070", name: "Khai thuế thu nhập doanh nghiệp của công ty", linhVuc: "Thuế", documents: ["Tờ khai thuế"] }),
  record({ code: "F.071", name: "Thủ tục hải quan đối với vàng nhập khẩu", linhVuc: "Hải quan" }),
];
