import { describe, expect, it } from "vitest";
import { withListedWords } from "../../../src/core/procedures/known-words.js";
import { normalizeQuery } from "../../../src/core/procedures/normalize.js";

describe("foreign words the project's lists use", () => {
  // a vocabulary where "via" is a known syllable, as in the records ("vía" folds to it)
  const records = (folded: string): boolean => ["via", "gia", "han", "them"].includes(folded);

  it("are kept as typed, not read as telex leftovers ('visa' is no 'vía')", () => {
    expect(normalizeQuery("gia han visa them", records).map((s) => s.folded)).toContain("via");
    expect(normalizeQuery("gia han visa them", withListedWords(records)).map((s) => s.folded)).toContain("visa");
  });

  it("still let a Vietnamese-shaped telex leftover be repaired", () => {
    expect(normalizeQuery("hanf", withListedWords(records)).map((s) => s.folded)).toEqual(["han"]);
  });
});
