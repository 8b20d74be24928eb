import { describe, expect, it } from "vitest";
import { passwordProblems } from "../../../src/core/staff/password-policy.js";

describe("staff password rules", () => {
  it.each([
    ["short", "an@ward.vn", undefined, ["too_short"]],
    ["an@ward.vn", "an@ward.vn", undefined, ["is_email"]],
    ["AN@Ward.VN", "an@ward.vn", undefined, ["is_email"]],
    ["nguyenvana", "nguyenvana@ward.vn", undefined, ["is_email"]],
    ["aaaaaaaaaaaa", "an@ward.vn", undefined, ["one_character"]],
    ["một câu dễ nhớ", "an@ward.vn", "một câu khác", ["mismatch"]],
    ["một câu dễ nhớ", "an@ward.vn", "một câu dễ nhớ", []],
    ["x".repeat(201) + "y", "an@ward.vn", undefined, ["too_long"]],
  ])("%j for %s → %j", (password, email, confirm, expected) => {
    expect(passwordProblems(password, email, confirm)).toEqual(expected);
  });

  it("counts characters, not bytes: ten Vietnamese letters are enough", () => {
    expect(passwordProblems("đường ướt ", "an@ward.vn")).toEqual([]);
    expect(passwordProblems("đường ướt", "an@ward.vn")).toEqual(["too_short"]);
  });
});
