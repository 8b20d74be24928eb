/**
 * The department desk's service on a real database: who sees and does what (the permission table applied to each
 * ticket's department), the actions as lifecycle transitions, the stale-version refusal, audited contacts, reply
 * templates, and the running deadline the queue and the deadline job read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/database.js";
import { backendName, openTestDb } from "../../support/db.js";
import { deskOn, vn, type DeskHarness } from "./desk-harness.js";
import { DEFAULT_FILTER } from "../../../src/core/feedback/desk/queue.js";

let db: Database;
let h: DeskHarness;
beforeAll(async () => {
  db = await openTestDb();
  h = await deskOn(db);
}, 120_000);
afterAll(async () => db?.close());

describe(`department desk (${backendName})`, () => {
  it("shows an officer their departments' tickets only, and another department's ticket is not found, by id or by action", async () => {
    const roads = await h.report("Ổ gà lớn trước chợ Hòa An", { department: "KTHTDT" });
    const noise = await h.report("Karaoke hát tới khuya", { department: "CA", category: "an-ninh" });
    const officer = await h.staff(["officer"], ["KTHTDT"]);
    const view = await h.desk.tickets.queue(officer, h.org.id, { ...DEFAULT_FILTER, status: "all" }, "", h.clock.now);
    const ids = view.items.map((i) => i.id);
    expect(ids).toContain(roads.ticket.id);
    expect(ids).not.toContain(noise.ticket.id);
    expect(view.seesAll).toBe(false);
    await expect(h.desk.tickets.ticket(officer, noise.ticket.id, h.clock.now)).rejects.toMatchObject({ httpStatus: 404 });
    await expect(h.desk.tickets.act(officer, noise.ticket.id, noise.ticket.version, { action: "accept" })).rejects.toMatchObject({ httpStatus: 404 });
    await expect(h.desk.tickets.contacts(officer, noise.ticket.id)).rejects.toMatchObject({ httpStatus: 404 });
    expect((await h.feedback.get(noise.ticket.id))?.status).toBe("routed");
    // a leader reads everything and changes nothing
    const leader = await h.staff(["leader"]);
    expect((await h.desk.tickets.ticket(leader, noise.ticket.id, h.clock.now)).actions.size).toBe(0);
    await expect(h.desk.tickets.act(leader, noise.ticket.id, noise.ticket.version, { action: "accept" })).rejects.toMatchObject({ httpStatus: 403 });
    await expect(h.desk.tickets.contacts(leader, noise.ticket.id)).rejects.toMatchObject({ httpStatus: 403 });
  });

  it("accepts, replies and resolves through the lifecycle, keeping the running deadline on the ticket", async () => {
    const { ticket, citizen } = await h.report("Cây xanh gãy cành đường Lý Thường Kiệt", { at: vn("2026-12-07 09:00") });
    expect(ticket.dueAt?.toISOString()).toBe(ticket.acceptDueAt?.toISOString());
    const officer = await h.staff(["officer"], ["KTHTDT"]);
    let view = await h.desk.tickets.ticket(officer, ticket.id, h.clock.now);
    expect([...view.actions].sort()).toEqual(["accept", "note", "reject", "transfer", "urgency"]);
    expect(view.running).toMatchObject({ kind: "accept", overdue: false, leftText: "còn 1 ngày làm việc" });
    h.clock.now = vn("2026-12-07 10:00");
    let t = await h.desk.tickets.act(officer, ticket.id, ticket.version, { action: "accept" });
    expect(t.status).toBe("accepted");
    expect(t.dueAt?.toISOString()).toBe(vn("2026-12-10 17:00").toISOString()); // 3 working days after Monday
    t = await h.desk.tickets.act(officer, t.id, t.version, { action: "ask_info", question: "Cành gãy ở số nhà nào?" });
    expect([t.status, t.dueAt]).toEqual(["needs_info", null]); // no deadline runs while the department waits for the citizen
    // the citizen's answer in the chat comes back to the ticket, and the answer deadline runs again
    await h.feedback.answerInfo({ code: t.code, citizenId: citizen.citizenId, text: "Trước số 45", sourceKey: `test:answer:${t.id}` });
    t = (await h.feedback.get(t.id))!;
    expect([t.status, t.dueAt?.toISOString()]).toEqual(["in_progress", vn("2026-12-10 17:00").toISOString()]);
    t = await h.desk.tickets.act(officer, t.id, t.version, { action: "reply", text: "Đội cây xanh sẽ cắt cành trong ngày." });
    expect(t.status).toBe("answered");
    t = await h.desk.tickets.act(officer, t.id, t.version, { action: "resolve", note: "Đã cắt cành gãy." });
    expect([t.status, t.dueAt]).toEqual(["resolved", null]);
    view = await h.desk.tickets.ticket(officer, ticket.id, h.clock.now);
    const types = view.timeline.flatMap((e) => (e.kind === "event" ? [e.event.type] : []));
    expect(types).toEqual(["create", "route", "accept", "ask_info", "info_received", "reply", "resolve"]);
    const answer = view.timeline.find((e) => e.kind === "event" && e.event.type === "info_received");
    expect(answer?.kind === "event" && [answer.event.note, answer.event.public]).toEqual(["Trước số 45", true]);
    const accept = view.timeline.find((e) => e.kind === "event" && e.event.type === "accept");
    expect(accept?.kind === "event" && accept.actorName).toBe(officer.fullName);
    expect(view.messages.map((m) => m.preview)).toEqual([
      expect.stringContaining(ticket.code),
      expect.stringContaining("cần thêm thông tin"),
      expect.stringContaining("trả lời phản ánh"),
      expect.stringContaining("đã được giải quyết"),
    ]);
    expect(view.messages.every((m) => m.status === "pending" && m.reporterNumber === 1 && m.channel === "telegram")).toBe(true);
  });

  it("refuses a second officer acting on what they saw before the first one's change", async () => {
    const { ticket } = await h.report("Nắp cống bị vỡ đường Pasteur");
    const [a, b] = [await h.staff(["officer"], ["KTHTDT"]), await h.staff(["officer"], ["KTHTDT"])];
    const accepted = await h.desk.tickets.act(a, ticket.id, ticket.version, { action: "accept" });
    await expect(h.desk.tickets.act(b, ticket.id, ticket.version, { action: "reject", reason: "Không thuộc phường", redirectTo: "Sở Xây dựng" })).rejects.toMatchObject({ code: "ticket_conflict", httpStatus: 409 });
    const after = await h.feedback.get(ticket.id);
    expect([after?.status, after?.version]).toEqual(["accepted", accepted.version]);
  });

  it("shows contacts only to roles that need them, writing each view to the audit log without the data", async () => {
    const { ticket, citizen } = await h.report("Đèn đường tắt cả tuần ngõ 12");
    await db.prisma.citizen.update({ where: { id: citizen.citizenId }, data: { fullName: "Nguyễn Thị Hoa", phone: "0912345678" } });
    const officer = await h.staff(["officer"], ["KTHTDT"]);
    const before = await db.prisma.auditLog.count({ where: { action: "ticket.personal_data_view" } });
    const contacts = await h.desk.tickets.contacts(officer, ticket.id);
    expect(contacts).toEqual([expect.objectContaining({ owner: true, fullName: "Nguyễn Thị Hoa", phone: "0912345678", erased: false })]);
    const log = await db.prisma.auditLog.findMany({ where: { action: "ticket.personal_data_view" }, orderBy: { id: "asc" } });
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toMatchObject({ actorId: officer.id, entityType: "ticket", entityId: ticket.id });
    expect(JSON.stringify(log.at(-1), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain("0912345678");
    // the ticket page itself carries no personal data
    expect(JSON.stringify(await h.desk.tickets.ticket(officer, ticket.id, h.clock.now))).not.toContain("0912345678");
  });

  it("offers a department's reply templates with the ticket's code, date and deadline filled in", async () => {
    const admin = await h.staff(["admin"]);
    const officer = await h.staff(["officer"], ["KTHTDT"]);
    const other = await h.staff(["officer"], ["CA"]);
    await h.desk.replyTemplates.create(admin, h.org.id, { departmentId: null, title: "Cảm ơn", body: "Cảm ơn bạn đã phản ánh {ma}." });
    const own = await h.desk.replyTemplates.create(officer, h.org.id, { departmentId: h.departments.get("KTHTDT")!, title: "Đã cử người", body: "Ngày {ngay}, {don_vi} đã cử người kiểm tra phản ánh {ma}; hạn {han}." });
    await expect(h.desk.replyTemplates.create(officer, h.org.id, { departmentId: null, title: "x", body: "y" })).rejects.toMatchObject({ code: "invalid_input", fields: { departmentId: "all_departments" } });
    await expect(h.desk.replyTemplates.create(officer, h.org.id, { departmentId: h.departments.get("CA")!, title: "x", body: "y" })).rejects.toMatchObject({ fields: { departmentId: "unknown" } });
    await expect(h.desk.replyTemplates.create(officer, h.org.id, { departmentId: h.departments.get("KTHTDT")!, title: "x", body: "Mã {mã}" })).rejects.toMatchObject({ fields: { body: "placeholder" } });
    await expect(h.desk.replyTemplates.get(other, h.org.id, own.id)).rejects.toMatchObject({ httpStatus: 404 });

    h.clock.now = vn("2026-12-08 08:00");
    const { ticket } = await h.report("Vỉa hè bị lấn chiếm đường Nguyễn Trãi", { category: "xay-dung" });
    const accepted = await h.desk.tickets.act(officer, ticket.id, ticket.version, { action: "accept" });
    const view = await h.desk.tickets.ticket(officer, ticket.id, h.clock.now);
    expect(view.templates.map((t) => t.text).sort()).toEqual([
      `Cảm ơn bạn đã phản ánh ${ticket.code}.`,
      `Ngày 08/12/2026, Phòng Kinh tế, Hạ tầng và Đô thị đã cử người kiểm tra phản ánh ${ticket.code}; hạn 17:00 thứ Ba, 22/12/2026.`,
    ]);
    expect(accepted.answerDueAt?.toISOString()).toBe(vn("2026-12-22 17:00").toISOString()); // 10 working days
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: "reply_template" } });
    expect(audit.map((a) => a.action).sort()).toEqual(["reply_template.create", "reply_template.create"]);
  });

  it("lets triage see and route an unrouted ticket, which officers do not see", async () => {
    const { ticket } = await h.report("Có người lạ đứng trước nhà nhiều hôm", { confidence: 0.2 });
    expect([ticket.status, ticket.departmentId, ticket.dueAt]).toEqual(["triage", null, null]);
    const officer = await h.staff(["officer"], ["CA"]);
    await expect(h.desk.tickets.ticket(officer, ticket.id, h.clock.now)).rejects.toMatchObject({ httpStatus: 404 });
    const triage = await h.staff(["triage"]);
    const queue = await h.desk.tickets.queue(triage, h.org.id, { ...DEFAULT_FILTER, status: "triage" }, "", h.clock.now);
    expect(queue.items.map((i) => i.id)).toContain(ticket.id);
    expect((await h.desk.tickets.ticket(triage, ticket.id, h.clock.now)).actions.has("route")).toBe(true);
    await expect(h.desk.tickets.act(officer, ticket.id, ticket.version, { action: "route", departmentId: h.departments.get("CA")! })).rejects.toMatchObject({ httpStatus: 404 });
    const routed = await h.desk.tickets.act(triage, ticket.id, ticket.version, { action: "route", departmentId: h.departments.get("CA")! });
    expect([routed.status, routed.departmentId]).toEqual(["routed", h.departments.get("CA")]);
    expect(routed.dueAt).toEqual(routed.acceptDueAt);
    expect((await h.desk.tickets.ticket(officer, ticket.id, h.clock.now)).ticket.id).toBe(ticket.id);
  });

  it("marks a reopened ticket for the queue's filter, and a transfer gives the new department its own accept deadline", async () => {
    const officer = await h.staff(["officer"], ["KTHTDT", "MT"]);
    const { ticket } = await h.report("Rác tồn đọng đầu hẻm 40", { department: "KTHTDT" });
    let t = await h.desk.tickets.act(officer, ticket.id, ticket.version, { action: "transfer", departmentId: h.departments.get("MT")!, reason: "Rác là việc của đơn vị vệ sinh" });
    expect([t.status, t.departmentId]).toEqual(["routed", h.departments.get("MT")]);
    expect(t.dueAt?.getTime()).toBe(t.acceptDueAt?.getTime());
    t = await h.desk.tickets.act(officer, t.id, t.version, { action: "accept" });
    t = await h.desk.tickets.act(officer, t.id, t.version, { action: "resolve", note: "Đã thu gom" });
    expect(t.reopenedAt).toBeNull();
    t = await h.desk.tickets.act(officer, t.id, t.version, { action: "reopen", reason: "Rác lại đầy sau một ngày" });
    expect(t.status).toBe("reopened");
    expect(t.reopenedAt?.getTime()).toBe(h.clock.now.getTime());
    expect(t.dueAt?.getTime()).toBe(t.answerDueAt?.getTime());
    const view = await h.desk.tickets.queue(officer, h.org.id, { ...DEFAULT_FILTER, reopened: true }, "", h.clock.now);
    expect(view.items.map((i) => i.id)).toEqual([t.id]);
    expect(view.counts.reopened).toBe(1);
  });
});
