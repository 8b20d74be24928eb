import { describe, expect, it } from "vitest";
import { percentile, scoreQa, type QaPrediction, type QaQuestion } from "../../../src/core/procedures/evaluate.js";

const q = (expected: string[], style: string[]): QaQuestion => ({ question: "?", expected, style });
const p = (outcome: QaPrediction["outcome"], codes: string[], latencyMs = 1): QaPrediction => ({ outcome, codes, latencyMs });

describe("scoreQa", () => {
  it("produces exactly the eval JSON shape and values", () => {
    const report = scoreQa([
      { question: q(["A"], ["diacritics"]), prediction: p("answer", ["A", "B"], 1) },
      { question: q(["B"], ["no_diacritics"]), prediction: p("clarify", ["A", "B"], 2) },
      { question: q(["C"], ["no_diacritics"]), prediction: p("none", ["C"], 3) },
      { question: q([], ["out_of_scope"]), prediction: p("none", [], 4) },
      { question: q([], ["out_of_scope"]), prediction: p("answer", ["A"], 10) },
    ], 123.45);
    expect(Object.keys(report)).toEqual(["n", "top1", "top3", "mrr", "outOfScope", "byStyle", "latencyMs", "indexBuildMs"]);
    expect(report.n).toBe(3);
    expect(report.top1).toBe(0.333);
    expect(report.top3).toBe(0.667);
    expect(report.mrr).toBe(0.5);
    expect(report.outOfScope).toEqual({ n: 2, declined: 0.5 });
    expect(report.byStyle).toEqual({
      diacritics: { n: 1, top1: 1 },
      no_diacritics: { n: 2, top1: 0 },
      out_of_scope: { n: 2, top1: 0.5 },
    });
    expect(report.latencyMs).toEqual({ p50: 3, p99: 10 });
    expect(report.indexBuildMs).toBe(123.5);
  });
  it("nearest-rank percentile", () => {
    expect(percentile([], 50)).toBe(0);
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 99)).toBe(4);
  });
});
