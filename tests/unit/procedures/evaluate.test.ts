import { describe, expect, it } from "vitest";
import { offeredCodes, percentile, scoreQa, type QaPrediction, type QaQuestion } from "../../../src/core/procedures/evaluate.js";

const q = (expected: string[], style: string[]): QaQuestion => ({ question: "?", expected, style });
const p = (outcome: QaPrediction["outcome"], codes: string[], latencyMs = 1, choiceCount = 0): QaPrediction => ({ outcome, codes, choiceCount, latencyMs });

describe("scoreQa", () => {
  it("produces exactly the eval JSON shape and values", () => {
    const report = scoreQa([
      { question: q(["A"], ["diacritics"]), prediction: p("answer", ["A", "B"], 1) },
      { question: q(["B"], ["no_diacritics"]), prediction: p("clarify", ["A", "B"], 2, 2) },
      { question: q(["C"], ["no_diacritics"]), prediction: p("none", ["C"], 3) },
      { question: q([], ["out_of_scope"]), prediction: p("none", [], 4) },
      { question: q([], ["out_of_scope"]), prediction: p("answer", ["A"], 10) },
    ], 123.45);
    expect(Object.keys(report)).toEqual(["n", "top1", "top3", "mrr", "outcomes", "outOfScope", "rates", "byStyle", "latencyMs", "indexBuildMs"]);
    expect(report.n).toBe(3);
    expect(report.top1).toBe(0.333);
    expect(report.top3).toBe(0.667);
    expect(report.mrr).toBe(0.5);
    expect(report.outcomes).toEqual({ answered: { n: 1, correct: 1 }, clarified: { n: 1, containsExpected: 1 }, declined: { n: 1 } });
    expect(report.outOfScope).toEqual({ n: 2, declined: 1, clarified: 0, answered: 1 });
    expect(report.rates).toEqual({ confidentlyWrong: 0, rightOrOffered: 0.667, outOfScopeDeclined: 0.5 });
    expect(report.byStyle).toEqual({
      diacritics: { n: 1, top1: 1 },
      no_diacritics: { n: 2, top1: 0 },
      out_of_scope: { n: 2, top1: 0.5 },
    });
    expect(report.latencyMs).toEqual({ p50: 3, p99: 10 });
    expect(report.indexBuildMs).toBe(123.5);
  });

  it("counts a wrong answer as confidently wrong and a clarification without the expected choice as not offered", () => {
    const report = scoreQa([
      { question: q(["A"], []), prediction: p("answer", ["B", "A"]) },
      // the expected code ranks third but only two choices were shown
      { question: q(["C"], []), prediction: p("clarify", ["A", "B", "C"], 1, 2) },
      { question: q(["A"], []), prediction: p("answer", ["A"]) },
      { question: q(["D"], []), prediction: p("clarify", ["D", "E"], 1, 2) },
    ], 0);
    expect(report.outcomes).toEqual({ answered: { n: 2, correct: 1 }, clarified: { n: 2, containsExpected: 1 }, declined: { n: 0 } });
    expect(report.rates.confidentlyWrong).toBe(0.25);
    expect(report.rates.rightOrOffered).toBe(0.5);
    expect(report.top3).toBe(1);
  });

  it("counts an out-of-scope clarification apart from a clean decline", () => {
    const report = scoreQa([
      { question: q([], ["out_of_scope"]), prediction: p("clarify", ["A", "B"], 1, 2) },
      { question: q([], ["out_of_scope"]), prediction: p("none", []) },
    ], 0);
    expect(report.outOfScope).toEqual({ n: 2, declined: 1, clarified: 1, answered: 0 });
    expect(report.rates.outOfScopeDeclined).toBe(0.5);
    expect(report.byStyle["out_of_scope"]).toEqual({ n: 2, top1: 0.5 });
    expect(report.rates.confidentlyWrong).toBe(0);
  });

  it("offers the answered code, the shown choices, or nothing", () => {
    expect(offeredCodes(p("answer", ["A", "B"]))).toEqual(["A"]);
    expect(offeredCodes(p("clarify", ["A", "B", "C"], 1, 2))).toEqual(["A", "B"]);
    expect(offeredCodes(p("none", ["A"]))).toEqual([]);
  });

  it("nearest-rank percentile", () => {
    expect(percentile([], 50)).toBe(0);
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4], 99)).toBe(4);
  });
});
