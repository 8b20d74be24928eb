/** The department desk's pure parts: faceted counts, search and cursors, template placeholders, alert e-mails. */
import { describe, expect, it } from "vitest";
import { composeAlertEmails } from "../../../src/core/feedback/desk/alert-emails.js";
import type { RaisedAlert } from "../../../src/core/feedback/desk/deadline-watch.js";
import type { QueueCubeRow } from "../../../src/core/feedback/desk/ports.js";
import { countQueue, decodeCursor, DEFAULT_FILTER, encodeCursor, parseSearch, queueQueryString } from "../../../src/core/feedback/desk/queue.js";
import { fillTemplate, unknownPlaceholders } from "../../../src/core/feedback/desk/reply-templates.js";
import { newTrackingCode } from "../../../src/core/feedback/tracking-code.js";
import type { Directory } from "../../../src/core/feedback/ports.js";

const row = (r: Partial<QueueCubeRow>): QueueCubeRow => ({ status: "routed", categoryId: "c1", departmentId: "d1", urgent: false, due: "later", reopened: false, count: 1, ...r });

describe("queue counts", () => {
  const cube = [
    row({ count: 5 }),
    row({ due: "overdue", count: 2 }),
    row({ due: "overdue", urgent: true, count: 1 }),
    row({ status: "accepted", due: "today", categoryId: "c2", count: 3 }),
    row({ status: "closed", due: "none", count: 7 }),
    row({ status: "reopened", reopened: true, count: 1 }),
  ];

  it("counts each value under the other filters, and the view's total under all of them", () => {
    const open = countQueue(cube, DEFAULT_FILTER);
    expect([open.total, open.status.open, open.status.all, open.status.closed]).toEqual([12, 12, 19, 7]);
    expect([open.overdue, open.today, open.urgent, open.reopened]).toEqual([3, 3, 1, 1]);
    expect(open.category.get("c2")).toBe(3);
    const late = countQueue(cube, { ...DEFAULT_FILTER, due: "overdue" });
    // the status list says how many overdue tickets each status has; "overdue" itself ignores the due filter
    expect([late.total, late.status.routed, late.status.accepted, late.overdue, late.urgent]).toEqual([3, 3, 0, 3, 1]);
    expect(late.category.get("c1")).toBe(3);
    expect(late.category.get("c2")).toBeUndefined();
  });
});

describe("queue search and links", () => {
  it("reads a tracking code typed any way, and otherwise folded words", () => {
    const code = newTrackingCode(new Date("2026-12-04T03:00:00Z"));
    expect(parseSearch(code.toLowerCase().replace(/-/gu, " "))).toEqual({ code });
    expect(parseSearch("Đèn  ĐƯỜNG, Trần Phú!")).toEqual({ words: ["den", "duong", "tran", "phu"] });
    expect(parseSearch(" %%  ")).toBeNull();
  });

  it("writes only what differs from the default view into links", () => {
    expect(queueQueryString(DEFAULT_FILTER)).toBe("");
    expect(queueQueryString({ ...DEFAULT_FILTER, due: "today", search: "tran phu" }, { after: "x" })).toBe("?due=today&q=tran+phu&after=x");
  });

  it("keeps a cursor's exact timestamps and refuses anything else", () => {
    const c = { dueAt: "2026-12-07T02:30:00.123456Z", createdAt: "2026-12-01T01:00:00.5Z", id: "6f1c2a4e-0d7b-4f3e-9c2a-1b2c3d4e5f60" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor(encodeCursor({ ...c, dueAt: null }))).toEqual({ ...c, dueAt: null });
    for (const bad of ["", "x", Buffer.from('["now","2026",1]').toString("base64url"), Buffer.from(JSON.stringify([null, "2026-12-01T01:00:00Z", "1; DROP"])).toString("base64url")]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });
});

describe("reply templates", () => {
  it("fills the known placeholders and leaves other braces as written", () => {
    expect(fillTemplate("Mã {ma}, ngày {ngay}, hạn {han}, {don_vi}; {khac}", { ma: "PA-2612-7K3Q", ngay: "04/12/2026", han: "17:00 thứ Năm, 10/12/2026", don_vi: "Phòng Kinh tế" })).toBe(
      "Mã PA-2612-7K3Q, ngày 04/12/2026, hạn 17:00 thứ Năm, 10/12/2026, Phòng Kinh tế; {khac}",
    );
    expect(unknownPlaceholders("Mã {ma} và {mã} và {han }")).toEqual(["mã"]);
  });
});

describe("alert e-mails", () => {
  const directory: Directory = {
    orgId: "o",
    departments: [
      { id: "d1", code: "KT", name: "Phòng Kinh tế", active: true },
      { id: "d2", code: "CA", name: "Công an phường", active: true },
    ],
    categories: [{ id: "c1", code: "ha-tang", name: "Đường sá", departmentId: "d1", urgent: false, deadlines: null }],
  };
  const alert = (a: Partial<RaisedAlert>): RaisedAlert => ({ ticketId: "t1", code: "PA-2612-AAAA", kind: "accept", stage: "reminder", dueAt: new Date(), departmentId: "d1", categoryId: "c1", urgent: false, ...a });

  it("sends one e-mail per person with their reminders and the escalations, without links when no address is known", () => {
    const emails = composeAlertEmails(
      [alert({}), alert({ ticketId: "t2", code: "PA-2612-BBBB", kind: "answer" }), alert({ ticketId: "t3", code: "PA-2612-CCCC", stage: "overdue", departmentId: "d2", urgent: true })],
      { byDepartment: new Map([["d1", ["an@ward.vn", "boss@ward.vn"]]]), escalation: ["Boss@ward.vn", "office@ward.vn"] },
      { directory, describe: () => ({ dueText: "17:00 thứ Hai, 07/12/2026", leftText: "còn 1 giờ làm việc" }), consoleBaseUrl: null },
    );
    expect(emails.map((e) => [e.to, e.subject])).toEqual([
      ["an@ward.vn", "[motcua] 2 phản ánh sắp đến hạn"],
      ["boss@ward.vn", "[motcua] 1 phản ánh quá hạn, 2 sắp đến hạn"],
      ["office@ward.vn", "[motcua] 1 phản ánh quá hạn"],
    ]);
    expect(emails[1]!.text).toContain("• PA-2612-CCCC (KHẨN) — Đường sá — hạn tiếp nhận 17:00 thứ Hai, 07/12/2026 (còn 1 giờ làm việc)");
    expect(emails[1]!.text).toContain("Đơn vị: Công an phường");
    expect(emails[0]!.text).not.toContain("http");
    expect(emails[0]!.text).toContain("Đăng nhập motcua");
  });
});
