import { describe, expect, it } from "vitest";
import { allowedActions, checkTransition, TRANSITIONS } from "../../../src/core/feedback/lifecycle.js";
import { distanceMeters, sameStreet, streetKeyOf } from "../../../src/core/feedback/places.js";
import { TICKET_STATUSES } from "../../../src/core/feedback/ticket.js";
import { weekdaysOnlyWorkingTime } from "../../../src/core/feedback/working-time.js";

const staff = { kind: "staff", staffId: "s" } as const;
const citizen = { kind: "citizen", citizenId: "c" } as const;

describe("transition table", () => {
  it("follows DESIGN §8's main road", () => {
    const road: Array<[keyof typeof TRANSITIONS, string]> = [["accept", "accepted"], ["start", "in_progress"], ["reply", "answered"], ["resolve", "resolved"], ["close", "closed"]];
    let status: (typeof TICKET_STATUSES)[number] = "routed";
    for (const [action, to] of road) {
      status = checkTransition(action, status, staff);
      expect(status).toBe(to);
    }
  });

  it("refuses moves the table does not list, and actors it does not name", () => {
    expect(() => checkTransition("accept", "closed", staff)).toThrow(expect.objectContaining({ code: "ticket_transition" }));
    expect(() => checkTransition("accept", "routed", citizen)).toThrow(expect.objectContaining({ code: "ticket_actor" }));
    expect(() => checkTransition("transfer", "routed", staff, "closed")).toThrow(expect.objectContaining({ code: "ticket_transition" }));
    expect(checkTransition("transfer", "accepted", staff, "triage")).toBe("triage");
    expect(checkTransition("note", "rejected", staff)).toBe("rejected");
  });

  it("leaves nothing terminal reachable except by reopening, and every status has a way on or is final", () => {
    expect(allowedActions("rejected", "staff")).toEqual(["note"]);
    expect(allowedActions("closed", "citizen").sort()).toEqual(["citizen_note", "rate", "reopen"]);
    for (const s of TICKET_STATUSES) {
      const any = allowedActions(s, "staff").length + allowedActions(s, "citizen").length + allowedActions(s, "system").length;
      expect(any, s).toBeGreaterThan(0);
    }
  });
});

describe("places", () => {
  it.each([
    ["Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay", "tran phu"],
    ["den duong ngo 5 tran phu hong 3 hom nay", "tran phu"],
    ["Rác ùn ứ đầu hẻm 12 đường Võ Văn Tần", "vo van tan"],
    ["Hẻm 12 Võ Văn Tần rác không ai dọn", "vo van tan"],
    ["số 40 đường Nguyễn Thị Minh Khai", "nguyen thi minh khai"],
    ["cống ở phố hàng bông bị tắc", "hang bong"],
    ["đèn đường hỏng", null],
    ["Cây đổ trước nhà", null],
    ["hang xom hat karaoke den 12h dem on qua", null],
    ["Hàng xóm xóm Chùa hát karaoke", "chua"],
  ])("%s → %s", (text, key) => {
    expect(streetKeyOf(text)).toBe(key);
  });

  it("compares streets that caught one word more", () => {
    expect(sameStreet("vo van tan", "vo van tan rac")).toBe(true);
    expect(sameStreet("tran phu", "tran hung dao")).toBe(false);
  });

  it("measures distance in metres", () => {
    const d = distanceMeters({ latitude: 10.77, longitude: 106.7 }, { latitude: 10.771, longitude: 106.7 });
    expect(d).toBeGreaterThan(105);
    expect(d).toBeLessThan(117);
  });
});

describe("stand-in working time", () => {
  it("counts office hours only and skips the weekend", async () => {
    // Friday 16:00 in Vietnam + 4 working hours → Monday 10:30
    expect((await weekdaysOnlyWorkingTime.addWorkingHours(new Date("2026-12-04T09:00:00Z"), 4)).toISOString()).toBe("2026-12-07T03:30:00.000Z");
    // Saturday evening + 1 → Monday 08:30
    expect((await weekdaysOnlyWorkingTime.addWorkingHours(new Date("2026-12-05T12:00:00Z"), 1)).toISOString()).toBe("2026-12-07T01:30:00.000Z");
    // Friday + 3 working days → Wednesday 17:00
    expect((await weekdaysOnlyWorkingTime.addWorkingDays(new Date("2026-12-04T03:00:00Z"), 3)).toISOString()).toBe("2026-12-09T10:00:00.000Z");
  });
});
