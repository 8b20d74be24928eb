import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAsk } from "../../../src/cli/commands/ask.js";
import { runEvalQa } from "../../../src/cli/commands/eval.js";
import { KB } from "./fixtures.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } }, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), "motcua-qa-"));
const kb = path.join(dir, "kb.json");
writeFileSync(kb, JSON.stringify(KB));
const set = path.join(dir, "set.jsonl");
writeFileSync(set, [
  JSON.stringify({ id: "1", question: "đăng ký tạm trú mất mấy ngày", expected: ["T.000007"], style: ["diacritics"] }),
  JSON.stringify({ id: "2", question: "hom nay troi co mua khong", expected: [], style: ["out_of_scope"] }),
].join("\n"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("motcua ask / eval qa", () => {
  it("ask --json prints outcome, aspect and ranked candidates", async () => {
    const c = capture();
    expect(await runAsk("đăng ký tạm trú mất mấy ngày", { kb, json: true }, c.io, () => Promise.reject(new Error("--kb given: the database is not read")))).toBe(0);
    const parsed = JSON.parse(c.out.join("")) as { outcome: string; aspect: string; candidates: Array<{ code: string; score: number }> };
    expect(parsed.outcome).toBe("answer");
    expect(parsed.aspect).toBe("time");
    expect(parsed.candidates[0]?.code).toBe("T.000007");
  });
  it("eval qa --json prints the report", async () => {
    const c = capture();
    expect(await runEvalQa({ kb, set, json: true }, c.io)).toBe(0);
    const report = JSON.parse(c.out.join("")) as { n: number; top1: number; outcomes: unknown; outOfScope: unknown };
    expect(report.n).toBe(1);
    expect(report.top1).toBe(1);
    expect(report.outcomes).toEqual({ answered: { n: 1, correct: 1 }, clarified: { n: 0, containsExpected: 0 }, declined: { n: 0 } });
    expect(report.outOfScope).toEqual({ n: 1, declined: 1, clarified: 0, answered: 0 });
  });
  it("eval qa prints the outcomes as a table", async () => {
    const c = capture();
    expect(await runEvalQa({ kb, set }, c.io)).toBe(0);
    const text = c.out.join("");
    expect(text).toMatch(/answered\s+1 \(correct 1; confidently wrong 0\.0% of in-scope\)/);
    expect(text).toMatch(/out of scope\s+1: declined 1, clarified 0, answered 0/);
  });
  it("bad input gives one line and exit code 2", async () => {
    const missing = capture();
    expect(await runEvalQa({ kb: path.join(dir, "nope.json"), set, json: true }, missing.io)).toBe(2);
    expect(missing.err.join("")).toMatch(/^motcua: knowledge base file not found: .*\n$/);
    const bad = path.join(dir, "bad.jsonl");
    writeFileSync(bad, `${JSON.stringify({ question: "a", expected: [] })}\n{oops\n`);
    const malformed = capture();
    expect(await runEvalQa({ kb, set: bad }, malformed.io)).toBe(2);
    expect(malformed.err.join("")).toMatch(/line 2: not valid JSON/);
  });
});
