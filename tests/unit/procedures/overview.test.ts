/**
 * Issue #16 point 3 and #15 point 3: the overview answer an elderly citizen can read, on the demo knowledge base
 * and on the real commune-level records of ../shared/data (skipped when absent).
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composeAnswer, composeClarify } from "../../../src/core/procedures/answer.js";
import { MSG } from "../../../src/core/procedures/messages.vi.js";
import { OVERVIEW_PAPERS } from "../../../src/core/procedures/overview.js";
import { fromPortalRecord } from "../../../src/core/procedures/portal-record.js";
import { channelFee, feeNoteOf, feeSentencesOf, oneLine, paperName, readableFee, readableTimeLimit } from "../../../src/core/procedures/record-text.js";
import type { ProcedureRecord } from "../../../src/core/procedures/types.js";
import { record } from "./fixtures.js";

const demo = JSON.parse(readFileSync(new URL("../../../prisma/seed/procedures.demo.json", import.meta.url), "utf8")) as ProcedureRecord[];
const XA = new URL("../../../../shared/data/procedures/procedures_cap_xa.jsonl", import.meta.url);
const real: ProcedureRecord[] = existsSync(XA)
  ? readFileSync(XA, "utf8").split("\n").filter((l) => l.trim()).map((l) => fromPortalRecord(JSON.parse(l)))
  : [];

const flat = (text: string): string => text.replace(/\s+/gu, " ");
/** Lines a reader scrolls through (the blank line before the code is not counted). */
const lines = (text: string): string[] => text.split("\n").filter((l) => l.trim());

function checkOverview(r: ProcedureRecord): void {
  const text = composeAnswer(r, "overview");
  const all = lines(text);
  expect(all.length, r.code).toBeLessThanOrEqual(13);
  expect(all[0], r.code).toBe(MSG.overview.title(r.name));
  // the code and the link at the end
  const tail = r.sourceUrl ? [MSG.code(r.code), MSG.link(r.sourceUrl)] : [MSG.code(r.code)];
  expect(all.slice(-tail.length), r.code).toEqual(tail);
  expect(text, r.code).not.toContain(MSG.noInfo);
  // every figure is the record's: each number of the answer appears in the record's own fields
  const source = flat(JSON.stringify(r)) + MSG.bareTimeLimit("");
  const counted = all.filter((l) => !/^• và \d+ /u.test(l)).join("\n"); // "và N giấy tờ khác" is a count
  for (const n of counted.replace(/https?:\/\/\S+/gu, "").match(/\d+(?:[.,/]\d+)*/gu) ?? []) expect(source, `${r.code}: ${n}`).toContain(n);
  // each paper named is the start of a document of the record, in its words
  for (const line of all.filter((l) => l.startsWith("• ") && !l.startsWith("• và "))) {
    const name = line.slice(2).replace(/…$/u, "");
    expect(r.documents.some((d) => flat(d).replace(/^[-+•*\s]+/u, "").startsWith(name)), `${r.code}: ${name}`).toBe(true);
  }
}

describe("overview answer", () => {
  it("fits a phone screen, quotes the record and ends with the code and link (demo base)", () => {
    for (const r of demo) checkOverview(r);
  });

  it.skipIf(real.length === 0)("the same over the 588 commune-level records", () => {
    expect(real.length).toBeGreaterThan(500);
    for (const r of real) checkOverview(r);
  });

  it("names the main papers, then counts the rest", () => {
    const docs = ["* Giấy tờ phải nộp:", "Tờ khai (theo mẫu)", "Giấy chứng sinh. Trường hợp không có thì…", "Bản sao sổ hộ khẩu", "Trường hợp ủy quyền: văn bản ủy quyền", "Giấy tờ tùy thân"];
    const text = composeAnswer(record({ code: "O.1", name: "Có giấy tờ", documents: docs }), "overview");
    expect(text).toContain(`${MSG.overview.bring}\n• Tờ khai\n• Giấy chứng sinh\n• Bản sao sổ hộ khẩu\n${MSG.overview.morePapers(2)}`);
    expect(OVERVIEW_PAPERS).toBe(3);
  });

  it("leaves out what the record does not say, and says so when it says nothing", () => {
    const some = composeAnswer(record({ code: "O.2", name: "Chỉ có lệ phí", channels: [{ kind: "counter", timeLimit: null, fee: "Miễn phí", description: null }] }), "overview");
    expect(some).toContain(MSG.overview.fee("Miễn phí"));
    expect(some).not.toMatch(/Thời hạn|Nơi nộp|Cần mang/u);
    expect(composeAnswer(record({ code: "O.3", name: "Trống" }), "overview")).toContain(MSG.overview.nothing);
  });
});

describe("the record's words made readable", () => {
  it("quotes a bare time limit with a plain phrase that the portal gives no unit", () => {
    expect(readableTimeLimit("5 (không ghi đơn vị)")).toBe(MSG.bareTimeLimit("5"));
    expect(readableTimeLimit("12")).toBe(MSG.bareTimeLimit("12"));
    expect(readableTimeLimit("3 Ngày làm việc")).toBe("3 Ngày làm việc");
    expect(MSG.bareTimeLimit("5")).toMatch(/^5 \(.*không ghi là ngày hay giờ\)$/u);
  });

  it("splits a fee into the amount first and the record's conditions as short lines", () => {
    expect(readableFee("10,000 Việt Nam Đồng(/trường hợp)")).toEqual({ amount: "10,000 Việt Nam Đồng/trường hợp", conditions: [] });
    expect(readableFee("Miễn phí")).toEqual({ amount: "Miễn phí", conditions: [] });
    const fee = readableFee("8,000 VNĐ(8.000 đồng/Văn bản xác nhận. Miễn lệ phí cho người thuộc hộ nghèo; người khuyết tật.)");
    expect(fee.amount).toBe("8,000 VNĐ");
    expect(fee.conditions).toEqual(["8.000 đồng/Văn bản xác nhận.", "Miễn lệ phí cho người thuộc hộ nghèo; người khuyết tật."]);
  });

  it.each([
    ["(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.)- Nộp hồ sơ trực tiếp", "Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định."],
    ["((Mức lệ phí (nếu có) theo quy định)) - Nộp qua bưu chính", "Mức lệ phí (nếu có) theo quy định"],
    ["(Không)- Nộp hồ sơ trực tiếp", null],
    ["(Không quy định.)", null],
    ["(Chưa quy định.)- Nộp trực tuyến", null],
    ["Nộp hồ sơ trực tiếp (trong giờ hành chính)", null],
    [null, null],
  ])("reads the fee note a channel's description starts with: %s", (description, note) => {
    expect(feeNoteOf(description)).toBe(note);
  });

  it("keeps a channel's fee note with its amount, in the fee answer and the overview", () => {
    const hdnd = "Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.";
    expect(channelFee({ fee: "Miễn phí", description: `(${hdnd})- Nộp hồ sơ trực tiếp` })).toBe(`Miễn phí (${hdnd})`);
    expect(readableFee(channelFee({ fee: "50,000 VNĐ(/hồ sơ)", description: `(${hdnd})` }) ?? "").conditions).toContain(hdnd);
    expect(channelFee({ fee: "Miễn phí", description: "(Không)- Nộp trực tiếp" })).toBe("Miễn phí");
    expect(channelFee({ fee: null, description: `(${hdnd})` })).toBeNull();
    const r = record({ code: "9.900001", name: "Thủ tục thử lệ phí", channels: [{ kind: "counter", timeLimit: "5 ngày làm việc", fee: "Miễn phí", description: `(${hdnd})- Nộp hồ sơ trực tiếp tại UBND xã` }] });
    for (const aspect of ["fee", "overview"] as const) {
      const text = composeAnswer(r, aspect);
      expect(text, aspect).toContain("Miễn phí");
      expect(text, aspect).toContain(hdnd);
      expect(text.indexOf("Miễn phí"), aspect).toBeLessThan(text.indexOf(hdnd));
    }
  });

  it("cuts a long line at the end of a word, never inside one", () => {
    const text = "Tờ khai đề nghị cấp giấy thông hành ban hành kèm theo Nghị định số 67/2024/NĐ-CP";
    const line = oneLine(text, 40);
    expect(line.endsWith("…")).toBe(true);
    expect(line.length).toBeLessThanOrEqual(40);
    const kept = line.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text.charAt(kept.length)).toBe(" ");
    // one very long word is still cut, so the line keeps its length
    expect(oneLine("x".repeat(60), 20)).toBe(`${"x".repeat(19)}…`);
  });

  it.each([
    ["Danh sách người lao động đang tham gia bảo hiểm xã hội (nếu có); (1 bản chính)", "Danh sách người lao động đang tham gia bảo hiểm xã hội (nếu có)"],
    ["Biên bản xác nhận việc trẻ bị bỏ rơi (chỉ khi trẻ bị bỏ rơi) (1 bản chính)", "Biên bản xác nhận việc trẻ bị bỏ rơi (chỉ khi trẻ bị bỏ rơi)"],
    ["Giấy chứng nhận ưu tiên (đối với người có công). (1 bản sao)", "Giấy chứng nhận ưu tiên (đối với người có công)"],
    ["Phiếu đề nghị (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA) (1 bản chính)", "Phiếu đề nghị"],
    ["Tờ khai (theo mẫu)", "Tờ khai"],
  ])("names a paper with the condition its first bracket sets: %s", (item, name) => {
    expect(paperName(item)).toBe(name);
  });

  it("keeps a fee rule the record states in the channel's description, the unit with the amount", () => {
    const description = "Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản. Trang là căn cứ để thu phí;";
    expect(feeSentencesOf(description)).toBe("Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản.");
    expect(feeSentencesOf("Nộp hồ sơ trực tiếp tại Ủy ban nhân dân cấp xã.")).toBeNull();
    const fee = readableFee(channelFee({ fee: "2,000 Việt Nam Đồng(/trang)", description }) ?? "");
    expect(fee.amount).toBe("2,000 Việt Nam Đồng/trang");
    expect(fee.conditions.join(" ")).toContain("từ trang thứ 3 trở lên thu 1.000 đồng/trang");
  });

  it("labels two choices whose long names part only at the end so that they can be told apart", () => {
    const base = "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên đang cư trú trong nước";
    const { choices } = composeClarify([
      { code: "A.1", name: `${base} (thực hiện tại cấp tỉnh)` },
      { code: "A.2", name: `${base} (thực hiện tại cấp xã)` },
      { code: "B.1", name: "Đăng ký khai sinh" },
    ]);
    expect(choices.map((c) => c.label)).toEqual([
      "Cấp thẻ căn cước … (thực hiện tại cấp tỉnh)",
      "Cấp thẻ căn cước … (thực hiện tại cấp xã)",
      "Đăng ký khai sinh",
    ]);
  });

  it.skipIf(real.length === 0)("the certified copy's fee keeps its per-page rule (2.000815)", () => {
    const r = real.find((x) => x.code === "2.000815");
    const text = composeAnswer(r!, "fee");
    expect(text).toContain("từ trang thứ 3 trở lên thu 1.000 đồng/trang");
    expect(text.indexOf("2,000 Việt Nam Đồng/trang")).toBeLessThan(text.indexOf("từ trang thứ 3"));
  });

  it.skipIf(real.length === 0)("the căn cước re-issue fee: the amount, then its conditions, each line short and the record's", () => {
    const r = real.find((x) => x.code === "1.014064");
    expect(r?.name).toBe("Cấp lại thẻ căn cước");
    const raw = r?.channels.find((c) => (c.fee ?? "").length > 300)?.fee ?? "";
    const { amount, conditions } = readableFee(raw);
    expect(amount).toBe("70,000 Việt Nam Đồng");
    expect(conditions.length).toBeGreaterThanOrEqual(3);
    for (const c of conditions) {
      expect(c.length).toBeLessThanOrEqual(160);
      expect(flat(raw)).toContain(c.replace(/…$/u, ""));
    }
    const fee = composeAnswer(r!, "fee");
    expect(fee.indexOf("70,000 Việt Nam Đồng")).toBeLessThan(fee.indexOf("Kể từ ngày 01/7/2025"));
  });
});
