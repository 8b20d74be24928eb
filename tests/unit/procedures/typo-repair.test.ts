/**
 * A word citizens type that the records never use is read as typed, not "repaired" into a record word: "miếng đất"
 * is a plot of land, not "miễn đất"; a real slip of the keyboard is still repaired.
 */
import { describe, expect, it } from "vitest";
import { isEverydayWord } from "../../../src/core/procedures/everyday-words.js";
import { ProcedureIndex } from "../../../src/core/procedures/procedure-index.js";
import { analyzeQuery } from "../../../src/core/procedures/query.js";
import { KB } from "./fixtures.js";

const index = ProcedureIndex.build(KB);
const syllables = (q: string) => analyzeQuery(q, index).segments[0] ?? [];

describe("typo repair and everyday words", () => {
  it("knows the everyday words of the kept questions and not a typo", () => {
    for (const word of ["mieng", "xom", "ruong", "que", "met"]) expect(isEverydayWord(word), word).toBe(true);
    for (const slip of ["khog", "sihn", "dky"]) expect(isEverydayWord(slip), slip).toBe(false);
  });

  it("leaves an everyday word as typed and weighs it lightly in coverage", () => {
    const mieng = syllables("nha toi co mieng vuon nho").find((s) => s.folded === "mieng");
    expect(mieng?.repairedFrom).toBeUndefined();
    expect(mieng?.everyday).toBe(true);
    const unit = analyzeQuery("nha toi co mieng vuon nho", index).units.find((u) => u.own === "mieng");
    expect(unit?.scale).toBeLessThan(1);
  });

  it("still repairs a slip of the keyboard into a record word", () => {
    const slip = syllables("dnag ky khai sinh").find((s) => s.repairedFrom === "dnag");
    expect(slip?.folded).toBe("dang");
  });
});
