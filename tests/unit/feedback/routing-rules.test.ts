import { describe, expect, it } from "vitest";
import { FeedbackRouting } from "../../../src/core/feedback/routing/router.js";
import { RoutingRules } from "../../../src/core/feedback/routing/rules.js";

const rules = new RoutingRules([
  { kind: "keyword", phrases: ["đèn đường", "chiếu sáng"], departmentCode: "KTHTDT", categoryCode: "ha-tang", priority: 0 },
  { kind: "place", phrases: ["chợ Hòa An"], departmentCode: "MT", categoryCode: "rac-thai", priority: 0 },
  { kind: "keyword", phrases: ["karaoke"], departmentCode: "CA", categoryCode: "an-ninh", priority: 5 },
  { kind: "keyword", phrases: ["  "], departmentCode: "VP", categoryCode: null, priority: 9 },
]);

describe("routing rules", () => {
  it("match folded whole syllables, with or without diacritics", () => {
    expect(rules.match("den duong ngo 5 hong")?.departmentCode).toBe("KTHTDT");
    expect(rules.match("denduong hong")).toBeNull();
    expect(rules.size).toBe(3); // a rule with only blank phrases is dropped
  });

  it("put higher priority first, then places before keywords", () => {
    expect(rules.match("karaoke o cho hoa an den duong")?.departmentCode).toBe("CA");
    expect(rules.match("den duong o cho hoa an")?.departmentCode).toBe("MT");
  });

  it("make the router certain; without rule or classifier it has no department", () => {
    const router = new FeedbackRouting(rules, null, (t) => t.includes("cháy"));
    expect(router.route("Đèn đường hỏng, cháy bóng")).toEqual({ departmentCode: "KTHTDT", categoryCode: "ha-tang", confidence: 1, by: "rule", urgent: true });
    expect(router.route("chuyện khác")).toMatchObject({ departmentCode: null, confidence: 0 });
  });
});
