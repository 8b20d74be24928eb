import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectImportFormat, ImportInputError } from "../../../src/core/procedures/import/detect-format.js";
import { readText, records, rejections } from "./helpers.js";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/procedures/${name}`, import.meta.url));
const project = (o: Record<string, unknown>) => JSON.stringify({ name: "Thủ tục thử", ...o });

describe("format detection", () => {
  it("uses extension and content", () => {
    expect(detectImportFormat("a.jsonl", '{"ma_thu_tuc":"1"}')).toBe("portal-jsonl");
    expect(detectImportFormat("a.jsonl", '{"code":"1","name":"x"}')).toBe("project-jsonl");
    expect(detectImportFormat("a.json", ' \n[{"code":"1"}]')).toBe("project-json");
    expect(detectImportFormat("a.csv", "code,name\n")).toBe("csv");
    expect(detectImportFormat("export", "code,name\n1,x")).toBe("csv");
    expect(detectImportFormat("a.jsonl", 'not json\n{"ma_thu_tuc":"1"}'.slice(9))).toBe("portal-jsonl");
  });
  it("refuses empty, contradictory and unknown content", () => {
    expect(() => detectImportFormat("a.jsonl", " \n\n")).toThrow(ImportInputError);
    expect(() => detectImportFormat("a.csv", "[]")).toThrow(/named .csv/);
    expect(() => detectImportFormat("a.json", "hello")).toThrow(ImportInputError);
    expect(() => detectImportFormat("a.txt", "hello world")).toThrow(/unknown file format/);
  });
});

describe("portal JSON Lines", () => {
  it("converts each line with fromPortalRecord", async () => {
    const items = await readText("p.jsonl", fixture("portal-sample.jsonl"));
    expect(rejections(items)).toEqual([]);
    const [first] = records(items);
    expect(first?.code).toBe("9.000001");
    expect(first?.levels).toEqual(["xa"]);
    expect(first?.channels[0]).toMatchObject({ kind: "counter", timeLimit: "3 Ngày làm việc", fee: "Miễn phí" });
  });
  it("filters by level without rejecting", async () => {
    const items = await readText("p.jsonl", fixture("portal-sample.jsonl"), { level: "xa" });
    expect(records(items).map((r) => r.code)).toEqual(["9.000001", "9.000003"]);
    expect(items.filter((i) => i.kind === "skipped")).toHaveLength(1);
    const tinh = await readText("p.jsonl", fixture("portal-sample.jsonl"), { level: "tinh" });
    expect(records(tinh).map((r) => r.code)).toEqual(["9.000002", "9.000003"]);
  });
  it("rejects a broken line and a line without code, keeps the others", async () => {
    const good = fixture("portal-sample.jsonl").toString().split("\n")[0]!;
    const text = [good, '{"ma_thu_tuc": "9.1", "ten_thu_tuc": ', '{"ten_thu_tuc": "không có mã"}', good.replace("9.000001", "9.000009")].join("\n");
    const items = await readText("p.jsonl", text);
    expect(records(items).map((r) => r.code)).toEqual(["9.000001", "9.000009"]);
    expect(rejections(items).map((r) => r.line)).toEqual([2, 3]);
    expect(rejections(items)[0]!.reason).toMatch(/invalid JSON/);
    expect(rejections(items)[1]!.reason).toMatch(/ma_thu_tuc/);
  });
});

describe("project JSON Lines", () => {
  it("reads records, filling defaults", async () => {
    const items = await readText("p.jsonl", fixture("project-sample.jsonl"));
    expect(rejections(items)).toEqual([]);
    expect(records(items)[1]).toMatchObject({ code: "9.100002", documents: [], channels: [], active: true, linhVuc: null });
  });
  it("handles BOM, CRLF and blank lines, counting lines right", async () => {
    const text = `\uFEFF${project({ code: "A1" })}\r\n\r\n${project({ code: "" })}\r\n${project({ code: "A3" })}\r\n`;
    const items = await readText("p.jsonl", text);
    expect(records(items).map((r) => r.code)).toEqual(["A1", "A3"]);
    expect(rejections(items)).toEqual([{ line: 3, reason: expect.stringMatching(/^code: /) }]);
  });
  it("rejects wrong types and unknown fields with the field name", async () => {
    const text = [
      project({ code: "B1", levels: "xa" }),
      project({ code: "B2", channels: [{ kind: "fax", timeLimit: null, fee: null, description: null }] }),
      project({ code: "B3", documents: [1, 2] }),
      project({ code: "B4", linhvuc: "typo" }),
      JSON.stringify(["not", "an", "object"]),
    ].join("\n");
    const rej = rejections(await readText("p.jsonl", text));
    expect(rej.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rej[0]!.reason).toMatch(/^levels/);
    expect(rej[1]!.reason).toMatch(/channels\.0\.kind/);
    expect(rej[2]!.reason).toMatch(/documents\.0/);
    expect(rej[3]!.reason).toMatch(/linhvuc/);
  });
  it("rejects a repeated code, naming the first line", async () => {
    const rej = rejections(await readText("p.jsonl", [project({ code: "C1" }), project({ code: "C1" })].join("\n")));
    expect(rej).toEqual([{ line: 2, reason: "duplicate code C1 (already on line 1)" }]);
  });
});

describe("project JSON array", () => {
  it("reads elements with the line they start on and rejects a bad element only", async () => {
    const text = `[\n  ${project({ code: "D1" })},\n  {"code": "D2", "name": 5},\n  {\n    "code": "D3",\n    "name": "x, with [brackets] and \\"quotes\\" }"\n  }\n]\n`;
    const items = await readText("k.json", text);
    expect(records(items).map((r) => r.code)).toEqual(["D1", "D3"]);
    expect(rejections(items)).toEqual([{ line: 3, reason: expect.stringMatching(/^name/) }]);
    expect(items.find((i) => i.kind === "record" && i.record.code === "D3")?.line).toBe(4);
  });
  it("refuses an array that is never closed or has trailing content", async () => {
    await expect(readText("k.json", `[${project({ code: "E1" })},`)).rejects.toThrow(/not closed/);
    await expect(readText("k.json", `[${project({ code: "E1" })}] x`)).rejects.toThrow(ImportInputError);
  });
  it("accepts an empty array", async () => {
    expect(await readText("k.json", "[ ]")).toEqual([]);
  });
});

describe("CSV", () => {
  it("reads the documented columns, lists and channels", async () => {
    const items = await readText("s.csv", fixture("sample.csv"));
    expect(rejections(items)).toEqual([]);
    const [a, b] = records(items);
    expect(a).toMatchObject({
      code: "9.200001",
      levels: ["xa"],
      documents: ["Đơn đề nghị", "Giấy tờ tùy thân"],
      keywords: ["giấy mẫu, csv", "thử"],
      channels: [
        { kind: "online", timeLimit: "2 ngày làm việc", fee: "Miễn phí", description: null },
        { kind: "counter", timeLimit: "3 ngày làm việc", fee: "10.000 đồng", description: null },
      ],
    });
    expect(b).toMatchObject({ name: "Thủ tục mẫu có dấu phẩy, trong tên", levels: ["xa", "tinh"], channels: [] });
  });
  it("checks the header", async () => {
    await expect(readText("s.csv", "code,name,fee\n1,x,2\n")).rejects.toThrow(/unknown CSV column.*fee/);
    await expect(readText("s.csv", "name,linh_vuc\nx,y\n")).rejects.toThrow(/missing required CSV column.*code/);
    await expect(readText("s.csv", "code,name,code\n")).rejects.toThrow(/duplicated/);
  });

  it("names an unclosed quote in the header row instead of reporting no header", async () => {
    await expect(readText("s.csv", 'code,"name,linh_vuc\n1.0001,Thủ tục,Hộ tịch\n')).rejects.toThrow(/header row \(line 1\) opens a quote .* never closed/);
    // a header that cannot be read is not replaced by the first data row
    await expect(readText("s.csv", 'code,na"me\n1.0001,Thủ tục\n')).rejects.toThrow(/header row \(line 1\) cannot be read: Invalid Opening Quote/);
  });

  it("still rejects only the row when a data row has an unclosed quote", async () => {
    const items = await readText("s.csv", 'code,name\n1.0001,Thủ tục một\n1.0002,"Thủ tục hai\n1.0003,x\n');
    expect(items.map((i) => i.kind).sort()).toEqual(["record", "rejected"]);
    expect(items.find((i) => i.kind === "rejected")).toMatchObject({ reason: expect.stringMatching(/Quote Not Closed/) });
  });
  it("rejects rows with a wrong column count, bad level or bad active flag; BOM and CRLF are fine", async () => {
    const text = "\uFEFFcode,name,levels,active\r\nF1,Một,xa,true\r\nF2,Hai\r\nF3,Ba,huyen,true\r\nF4,Bốn,xa,maybe\r\nF5,Năm,,0\r\n";
    const items = await readText("s.csv", text);
    expect(records(items).map((r) => [r.code, r.active])).toEqual([["F1", true], ["F5", false]]);
    expect(rejections(items).map((r) => r.line)).toEqual([3, 4, 5]);
    expect(rejections(items)[0]!.reason).toMatch(/expected 4 columns, found 2/);
  });
  it("treats a header-only CSV as an empty import", async () => {
    expect(await readText("s.csv", "code,name\n")).toEqual([]);
  });
});

describe("empty input", () => {
  it("is bad input in every format", async () => {
    await expect(readText("a.jsonl", "")).rejects.toThrow(/empty/);
    await expect(readText("a.csv", "\n\n")).rejects.toThrow(/empty/);
    await expect(readText("a.json", "\uFEFF")).rejects.toThrow(/empty/);
  });
});
