import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateProcedureRecord } from "../../../src/core/procedures/import/record-schema.js";
import { readText, records, rejections } from "./helpers.js";

const path = new URL("../../../prisma/seed/procedures.demo.json", import.meta.url);

describe("demo knowledge base (prisma/seed/procedures.demo.json)", () => {
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));

  it("is a plain array of valid ProcedureRecord", () => {
    expect(Array.isArray(raw)).toBe(true);
    const list = raw as unknown[];
    expect(list.length).toBeGreaterThanOrEqual(35);
    for (const item of list) {
      const checked = validateProcedureRecord(item);
      expect(checked.ok ? "" : `${(item as { code?: string }).code}: ${checked.reason}`).toBe("");
    }
  });

  it("has unique codes, portal links, ward level, keywords, and no invented values", () => {
    const list = raw as Array<Record<string, unknown>>;
    const codes = list.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of list) {
      expect(r.sourceUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
      expect(r.levels).toContain("xa");
      expect((r.keywords as string[]).length).toBeGreaterThan(0);
      expect((r.documents as string[]).length).toBeGreaterThan(0);
      expect(r.linhVuc).not.toBe("Người có công");
      for (const c of r.channels as Array<Record<string, unknown>>) {
        expect(c.fee === null || typeof c.fee === "string").toBe(true);
        expect(c.fee).not.toBe("Không có thông tin");
        expect(c.timeLimit).not.toBe("Không có thông tin");
      }
    }
  });

  it("goes through the import reader as a project JSON array", async () => {
    const items = await readText("procedures.demo.json", readFileSync(path));
    expect(rejections(items)).toEqual([]);
    expect(records(items)).toHaveLength((raw as unknown[]).length);
  });
});
