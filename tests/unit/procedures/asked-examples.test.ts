/**
 * The questions citizens asked (asked-examples.gen.ts) are the kept question sets as they stand, and the search
 * reads them for the words of a story without letting their typos into its vocabulary.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { askedExamplesOf, withoutDenials } from "../../../scripts/lib/asked-examples.js";
import { ASKED_EXAMPLES } from "../../../src/core/procedures/asked-examples.gen.js";
import { ProcedureIndex } from "../../../src/core/procedures/procedure-index.js";
import type { ProcedureRecord } from "../../../src/core/procedures/types.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));

function record(code: string, name: string): ProcedureRecord {
  return {
    code, name, linhVuc: "Hộ tịch", levels: ["xa"], agency: null, submitAt: null, subjects: null, channels: [], documents: [], steps: [],
    eligibility: null, result: null, legalBasis: [], sourceUrl: null, keywords: [], active: true,
  } as ProcedureRecord;
}

describe("questions asked, as a field of the search", () => {
  it("ships the kept sets' questions (after changing a set: npx tsx scripts/collect-asked-examples.ts)", () => {
    const fresh = askedExamplesOf(root);
    expect(Object.keys(fresh).length).toBeGreaterThan(150);
    expect(ASKED_EXAMPLES).toEqual(fresh);
  });

  it("finds a record through the words of its questions, and only through words some record holds", () => {
    const death = "1.000656";
    expect((ASKED_EXAMPLES[death] ?? []).some((q) => /mất|mat/u.test(q))).toBe(true);
    expect((ASKED_EXAMPLES[death] ?? []).some((q) => /\bchồng\b|\bchong\b/u.test(q))).toBe(true);
    const index = ProcedureIndex.build([record(death, "Thủ tục một"), record("9.999999", "Xác nhận mất giấy")]);
    const deathDoc = index.docIdOf(death);
    // "mất" is in the other record's name: the questions asked about a death make it a word of this record too
    expect(index.posting("mat")?.docs).toContain(deathDoc);
    // "chồng" is in no record: its questions do not teach the index a word the search would then not repair
    expect(index.isKnownSyllable("chong")).toBe(false);
  });
});

describe("what a kept question denies", () => {
  it("is left out of how the procedure is asked, and a state still to be changed ('chưa có') is kept", () => {
    expect(withoutDenials("giữ nguyên đất nông nghiệp, không chuyển mục đích, xin duyệt ở đâu")).toBe("giữ nguyên đất nông nghiệp, đích, xin duyệt ở đâu");
    expect(withoutDenials("ko phải người nước ngoài, con chưa có giấy khai sinh")).toBe("ngoài, con chưa có giấy khai sinh");
  });
});

