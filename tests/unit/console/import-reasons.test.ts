import { describe, expect, it } from "vitest";
import { readProcedures, type ReadItem } from "../../../src/core/procedures/import/read-procedures.js";
import { importReasonVi } from "../../../src/http/console/pages/kb/import-reasons.vi.js";

/** The reader's own reasons for a file, line by line. */
async function reasonsOf(fileName: string, text: string): Promise<Array<[number, string]>> {
  const items: ReadItem[] = [];
  const file = (async function* () {
    yield Buffer.from(text);
  })();
  for await (const item of readProcedures(file, fileName)) items.push(item);
  return items.flatMap((i) => (i.kind === "rejected" ? [[i.line, i.reason] as [number, string]] : []));
}

const ok = (code: string) => JSON.stringify({ code, name: "Thủ tục thử" });
/** Words of the reader's English that must not reach the console. */
const ENGLISH = /\b(invalid|expected|received|duplicate|missing|field|column|unrecognized|empty|option|small)\b/iu;

describe("import reasons in the console, in Vietnamese", () => {
  it("says what to fix on each rejected line of a JSON Lines file, in the reader's own reasons", async () => {
    const lines = [
      ok("9.1"),
      "{không phải json",
      JSON.stringify({ code: "9.2", levels: ["xa"] }),
      JSON.stringify({ code: "9 3", name: "" }),
      JSON.stringify({ code: "9.4", name: "x", levels: ["huyen"], active: "có", ghiChu: 1 }),
      ok("9.1"),
      JSON.stringify({ code: "9.5", name: "x", channels: [{ kind: "fax" }], documents: [""] }),
    ];
    const said = (await reasonsOf("thu-tuc.jsonl", lines.join("\n"))).map(([line, reason]) => [line, importReasonVi(reason)]);
    expect(said).toEqual([
      [2, "Dòng này không phải JSON hợp lệ: kiểm tra dấu ngoặc { }, dấu phẩy và dấu ngoặc kép."],
      [3, "Tên thủ tục: còn thiếu."],
      [4, "Mã thủ tục: không được có dấu cách; tên thủ tục: để trống."],
      [5, 'Cấp thực hiện, mục 1: chỉ nhận "xa", "tinh", "trung_uong"; đang áp dụng (active): sai kiểu (cần là true hoặc false); trường không dùng được: "ghiChu".'],
      [6, "Mã thủ tục 9.1 bị trùng với dòng 1: giữ một dòng, xóa dòng còn lại."],
      [7, 'Cách thức nộp, mục 1, hình thức: chỉ nhận "online", "counter", "post"; thành phần hồ sơ, mục 1: để trống.'],
    ]);
  });

  it("says the portal format's and CSV's problems in Vietnamese too", async () => {
    const portal = await reasonsOf("cong.jsonl", [JSON.stringify({ ma_thu_tuc: "1.1" }), JSON.stringify({ ma_thu_tuc: "1.2", ten_thu_tuc: 5 })].join("\n"));
    const csv = await reasonsOf("thu-tuc.csv", "code,name,active\n9.1,Thủ tục một,có\n9.2,\"Thủ tục hai,true\n");
    expect(portal.length + csv.length).toBeGreaterThanOrEqual(3);
    for (const [, reason] of [...portal, ...csv]) {
      const said = importReasonVi(reason);
      expect(said, reason).not.toMatch(ENGLISH);
      expect(said, reason).not.toMatch(/^Không hợp lệ \(/u);
    }
  });

  it("says why a whole file cannot be read", () => {
    expect(importReasonVi("the file is empty")).toBe("Tệp trống.");
    expect(importReasonVi("unknown file format: expected JSON Lines, a JSON array or CSV with a header row")).toBe("Không nhận ra dạng tệp: cần JSON Lines, mảng JSON hoặc CSV có dòng tiêu đề.");
    expect(importReasonVi("missing required CSV column(s): name")).toBe("Tệp CSV thiếu cột bắt buộc: name.");
    expect(importReasonVi("unexpected")).toBe("Có lỗi ngoài dự kiến khi đọc tệp.");
  });

  it("keeps an unknown reason's words after a Vietnamese lead, never dropping it", () => {
    expect(importReasonVi("something new")).toBe("Không hợp lệ (something new).");
  });
});
