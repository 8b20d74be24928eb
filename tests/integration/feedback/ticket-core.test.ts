/** The ticket core through FeedbackService on a real database: lifecycle, concurrency, notices, duplicates, privacy. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/database.js";
import { backendName, openTestDb } from "../../support/db.js";
import { parseTrackingCode } from "../../../src/core/feedback/tracking-code.js";
import { PrismaDeliveryQueue } from "../../../src/db/repositories/delivery-repository.js";
import { feedbackOn } from "./ticket-harness.js";

let db: Database;
let h: Awaited<ReturnType<typeof feedbackOn>>;
beforeAll(async () => {
  db = await openTestDb();
  h = await feedbackOn(db);
});
afterAll(async () => {
  await db?.close();
});

let n = 0;
async function citizen(channel = "telegram") {
  n++;
  const identity = await h.identities.touch(channel, `user-${n}`, h.clock.now);
  return identity;
}

const notices = (ticketId: string) => db.prisma.delivery.findMany({ where: { ticketId, purpose: "ticket_update" }, orderBy: { id: "asc" } });
const text = (payload: unknown) => (payload as { text: string }).text;

describe(`ticket core (${backendName})`, () => {
  it("files a report as a routed ticket with a valid code, its timeline, deadline, photo and consent", async () => {
    const who = await citizen();
    h.router.next = {};
    const out = await h.service.submit({
      citizenId: who.citizenId,
      identityId: who.id,
      text: "Đèn đường ngõ 5 Trần Phú hỏng 3 hôm nay",
      latitude: 10.77,
      longitude: 106.7,
      photos: [{ channel: "telegram", platformFileId: "file-1" }],
      isPublic: true,
      consents: [{ purpose: "feedback_photo", channel: "telegram", textVersion: "fb-photo-v1", expiresAt: null }],
      sourceKey: "telegram:1001",
    });
    expect(out.kind).toBe("created");
    const t = out.ticket;
    expect(parseTrackingCode(t.code)).toEqual({ kind: "valid", code: t.code });
    expect(t.code).toMatch(/^PA-2612-[0-9A-Z]{4}$/u);
    expect(t.status).toBe("routed");
    expect(out.departmentName).toBe("Phòng Kinh tế, Hạ tầng và Đô thị");
    expect(t.streetKey).toBe("tran phu");
    // Monday 09:00 + 8 working hours (7:30–11:30, 13:30–17:00: 2.5 + 3.5 on Monday, 2 on Tuesday) = Tuesday 09:30
    expect(t.acceptDueAt?.toISOString()).toBe("2026-12-08T02:30:00.000Z");
    const events = await h.service.timeline(t.id);
    expect(events.map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ["create", null, "received"],
      ["route", "received", "routed"],
    ]);
    expect(await db.prisma.attachment.count({ where: { ticketId: t.id, status: "pending" } })).toBe(1);
    expect(await db.prisma.consentRecord.count({ where: { ticketId: t.id, textVersion: "fb-photo-v1" } })).toBe(1);
  });

  it("makes exactly one ticket when the same inbound event submits twice", async () => {
    const who = await citizen();
    const input = { citizenId: who.citizenId, identityId: who.id, text: "Cống thoát nước đường Lê Lợi bị tắc", isPublic: false, sourceKey: "telegram:2002" };
    const [a, b] = await Promise.all([h.service.submit(input), h.service.submit(input)]);
    const c = await h.service.submit(input);
    expect(new Set([a.ticket.id, b.ticket.id, c.ticket.id]).size).toBe(1);
    expect(await db.prisma.feedbackTicket.count({ where: { sourceKey: "telegram:2002" } })).toBe(1);
  });

  it("sends an unsure report to triage; triage routes it and the decision becomes a routing example", async () => {
    const who = await citizen();
    h.router.next = { departmentCode: "VHXH", categoryCode: null, confidence: 0.3 };
    const { ticket } = await h.service.submit({ citizenId: who.citizenId, identityId: who.id, text: "Nhà bên cạnh nuôi chó thả rông ngoài ngõ", isPublic: false, sourceKey: "telegram:3003" });
    h.router.next = {};
    expect(ticket.status).toBe("triage");
    expect(ticket.departmentId).toBeNull();
    const routed = await h.service.route({ ticketId: ticket.id, version: ticket.version, actor: h.officer, departmentId: h.departments.get("CA") as string });
    expect(routed.status).toBe("routed");
    expect(routed.version).toBe(ticket.version + 1);
    const example = await db.prisma.routingExample.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(example.departmentId).toBe(h.departments.get("CA"));
    expect(example.text).toBe("Nhà bên cạnh nuôi chó thả rông ngoài ngõ");
    const pushed = await notices(ticket.id);
    expect(pushed).toHaveLength(1);
    expect(text(pushed[0]?.payload)).toContain(ticket.code);
    expect(pushed[0]?.status).toBe("pending");
  });

  it("walks the whole lifecycle, pushing each public step with the code and keeping notes internal", async () => {
    const who = await citizen();
    const { ticket } = await h.service.submit({ citizenId: who.citizenId, identityId: who.id, text: "Ổ gà lớn trước số 20 đường Nguyễn Huệ", isPublic: true, sourceKey: "telegram:4004" });
    let t = await h.service.accept({ ticketId: ticket.id, version: ticket.version, actor: h.officer });
    expect(t.status).toBe("accepted");
    expect(t.answerDueAt?.toISOString()).toBe("2026-12-10T10:00:00.000Z"); // Thursday 17:00, 3 working days on
    t = await h.service.note({ ticketId: t.id, version: t.version, actor: h.officer, text: "Đã gọi đội duy tu" });
    t = await h.service.askInfo({ ticketId: t.id, version: t.version, actor: h.officer, question: "Ổ gà ở làn nào?" });
    expect(t.status).toBe("needs_info");
    expect(h.prompted).toContainEqual({ identityId: who.id, code: t.code });
    // the citizen's answer, handled twice (a re-run of the same message), counts once
    await h.service.answerInfo({ code: t.code, citizenId: who.citizenId, text: "Làn bên phải", sourceKey: "telegram:4005" });
    t = await h.service.answerInfo({ code: t.code, citizenId: who.citizenId, text: "Làn bên phải", sourceKey: "telegram:4005" });
    expect(t.status).toBe("in_progress");
    await expect(h.service.resolve({ ticketId: t.id, version: t.version, actor: h.officer, note: "  " })).rejects.toMatchObject({ code: "ticket_text_required" });
    t = await h.service.resolve({ ticketId: t.id, version: t.version, actor: h.officer, note: "Đã vá ổ gà", photo: { storagePath: "x/y.jpg", mimeType: "image/jpeg", sizeBytes: 10 } });
    expect(t.status).toBe("resolved");
    t = await h.service.rate({ code: t.code, citizenId: who.citizenId, stars: 5, sourceKey: "telegram:4006" });
    expect([t.status, t.rating]).toEqual(["closed", 5]);

    const all = await h.service.timeline(t.id);
    expect(all.filter((e) => e.type === "info_received")).toHaveLength(1);
    const track = await h.service.track(t.code, who.citizenId);
    expect(track.timeline.map((e) => e.type)).toEqual(["create", "route", "accept", "ask_info", "info_received", "resolve", "rate"]);
    const pushed = (await notices(t.id)).map((d) => text(d.payload));
    expect(pushed).toHaveLength(3); // accept, ask_info, resolve (the citizen's own answer and rating are not pushed back)
    expect(pushed.every((m) => m.includes(t.code))).toBe(true);
    expect(pushed.join("\n")).not.toContain("đội duy tu");
    const resolveNotice = (await notices(t.id))[2]?.payload as { choices: Array<{ data: string }> };
    expect(resolveNotice.choices.map((c) => c.data)).toContain(`f:rate:${t.code}:5`);
    expect(await db.prisma.attachment.count({ where: { ticketId: t.id, status: "stored", eventId: { not: null } } })).toBe(1);
  });

  it("refuses an officer acting on a stale version, changing nothing", async () => {
    const who = await citizen();
    const { ticket } = await h.service.submit({ citizenId: who.citizenId, identityId: who.id, text: "Cây đổ chắn đường Hai Bà Trưng", isPublic: false, sourceKey: "telegram:5005" });
    await h.service.accept({ ticketId: ticket.id, version: ticket.version, actor: h.officer });
    await expect(h.service.reply({ ticketId: ticket.id, version: ticket.version, actor: h.officer, text: "Đã xử lý" })).rejects.toMatchObject({ code: "ticket_conflict", httpStatus: 409 });
    const after = await h.service.get(ticket.id);
    expect([after?.status, after?.version, after?.answer]).toEqual(["accepted", ticket.version + 1, null]);
  });

  it("transfers with a reason (a routing example), refuses the same department, and can send back to triage", async () => {
    const who = await citizen();
    const { ticket } = await h.service.submit({ citizenId: who.citizenId, identityId: who.id, text: "Karaoke nhà hàng xóm hát tới 1 giờ sáng", isPublic: false, sourceKey: "telegram:6006" });
    await expect(h.service.transfer({ ticketId: ticket.id, version: ticket.version, actor: h.officer, departmentId: ticket.departmentId, reason: "x" })).rejects.toMatchObject({ code: "ticket_same_department" });
    await expect(h.service.transfer({ ticketId: ticket.id, version: ticket.version, actor: h.officer, departmentId: h.departments.get("CA") as string, reason: "" })).rejects.toMatchObject({ code: "ticket_text_required" });
    let t = await h.service.transfer({ ticketId: ticket.id, version: ticket.version, actor: h.officer, departmentId: h.departments.get("CA") as string, reason: "Tiếng ồn ban đêm là việc của Công an" });
    expect([t.status, t.departmentId]).toEqual(["routed", h.departments.get("CA")]);
    expect(await db.prisma.routingExample.count({ where: { ticketId: t.id, departmentId: h.departments.get("CA") as string } })).toBe(1);
    t = await h.service.transfer({ ticketId: t.id, version: t.version, actor: h.officer, departmentId: null, reason: "Không rõ đơn vị" });
    expect([t.status, t.departmentId]).toEqual(["triage", null]);
    const pushed = (await notices(t.id)).map((d) => text(d.payload)).join("\n");
    expect(pushed).toContain("Công an phường"); // where it went
    expect(pushed).not.toContain("Tiếng ồn ban đêm"); // the reason stays internal
  });

  it("rejects with where to go instead, and refuses a citizen taking a staff action", async () => {
    const who = await citizen();
    const { ticket } = await h.service.submit({ citizenId: who.citizenId, identityId: who.id, text: "Tranh chấp đất với nhà bên", isPublic: false, sourceKey: "telegram:7007" });
    await expect(h.service.accept({ ticketId: ticket.id, version: ticket.version, actor: { kind: "citizen", citizenId: who.citizenId } })).rejects.toMatchObject({ code: "ticket_actor", httpStatus: 403 });
    await expect(h.service.reject({ ticketId: ticket.id, version: ticket.version, actor: h.officer, reason: "Tranh chấp dân sự", redirectTo: " " })).rejects.toMatchObject({ code: "ticket_text_required" });
    const t = await h.service.reject({ ticketId: ticket.id, version: ticket.version, actor: h.officer, reason: "Tranh chấp dân sự", redirectTo: "Tòa án nhân dân khu vực" });
    expect(t.status).toBe("rejected");
    expect(text((await notices(t.id))[0]?.payload)).toContain("Tòa án nhân dân khu vực");
    await expect(h.service.accept({ ticketId: t.id, version: t.version, actor: h.officer })).rejects.toMatchObject({ code: "ticket_transition" });
  });

  it("lets the citizen reopen within the period and not after it", async () => {
    const who = await citizen();
    const { ticket } = await h.service.submit({ citizenId: who.citizenId, identityId: who.id, text: "Nắp cống đường Pasteur bị vỡ", isPublic: false, sourceKey: "telegram:8008" });
    let t = await h.service.accept({ ticketId: ticket.id, version: ticket.version, actor: h.officer });
    t = await h.service.resolve({ ticketId: t.id, version: t.version, actor: h.officer, note: "Đã thay nắp" });
    t = await h.service.reopenByCitizen({ code: t.code, citizenId: who.citizenId, reason: "Vẫn còn vỡ", sourceKey: "telegram:8009" });
    expect(t.status).toBe("reopened");
    t = await h.service.start({ ticketId: t.id, version: t.version, actor: h.officer });
    t = await h.service.resolve({ ticketId: t.id, version: t.version, actor: h.officer, note: "Đã thay nắp mới" });
    const saved = h.clock.now;
    h.clock.now = new Date(saved.getTime() + 8 * 24 * 3600_000);
    await expect(h.service.reopenByCitizen({ code: t.code, citizenId: who.citizenId, sourceKey: "telegram:8010" })).rejects.toMatchObject({ code: "ticket_reopen_expired" });
    h.clock.now = saved;
  });

  it("links a second report of the same open problem; every reporter gets the updates, the one outside Zalo's window later", async () => {
    const first = await citizen("telegram");
    const second = await citizen("zalo");
    const { ticket } = await h.service.submit({ citizenId: first.citizenId, identityId: first.id, text: "Rác ùn ứ đầu hẻm 12 đường Võ Văn Tần", isPublic: true, sourceKey: "telegram:9009", ...{} });
    // different category on the same street: a different problem
    h.router.next = { departmentCode: "MT", categoryCode: "rac-thai" };
    const other = await h.service.submit({ citizenId: second.citizenId, identityId: second.id, text: "Rác ùn ứ đường Võ Văn Tần", isPublic: true, sourceKey: "zalo:m1" });
    expect(other.kind).toBe("created");
    h.router.next = {};
    const linked = await h.service.submit({ citizenId: second.citizenId, identityId: second.id, text: "Hẻm 12 Võ Văn Tần rác không ai dọn", isPublic: true, sourceKey: "zalo:m2" });
    expect(linked).toMatchObject({ kind: "linked", ticket: { id: ticket.id } });
    expect((await h.service.reporters(ticket.id)).map((r) => r.owner)).toEqual([true, false]);
    // the Zalo citizen last wrote 8 days ago: their update waits for the window
    await db.prisma.channelIdentity.update({ where: { id: second.id }, data: { lastInteractionAt: new Date(h.clock.now.getTime() - 8 * 24 * 3600_000) } });
    await h.service.accept({ ticketId: ticket.id, version: ticket.version, actor: h.officer });
    const pushed = await notices(ticket.id);
    expect(pushed.map((d) => [d.identityId, d.status])).toEqual([
      [first.id, "pending"],
      [second.id, "held"],
    ]);
    // a pin within 100 m links too; one 2 km away does not
    const third = await citizen();
    const near = await h.service.submit({ citizenId: third.citizenId, identityId: third.id, text: "Đèn đường hỏng", latitude: 10.7705, longitude: 106.7003, isPublic: false, sourceKey: "telegram:9010" });
    const far = await h.service.submit({ citizenId: third.citizenId, identityId: third.id, text: "Đèn đường hỏng", latitude: 10.79, longitude: 106.7, isPublic: false, sourceKey: "telegram:9011" });
    expect(near.kind).toBe("linked");
    expect(far.kind).toBe("created");
  });

  it("shows a ticket only to its reporters and lists the citizen's own tickets", async () => {
    const owner = await citizen();
    const stranger = await citizen();
    const { ticket } = await h.service.submit({ citizenId: owner.citizenId, identityId: owner.id, text: "Vỉa hè đường Lý Tự Trọng bị lấn chiếm", isPublic: false, sourceKey: "telegram:10010" });
    await expect(h.service.track(ticket.code, stranger.citizenId)).rejects.toMatchObject({ code: "ticket_not_found", httpStatus: 404 });
    await expect(h.service.rate({ code: ticket.code, citizenId: stranger.citizenId, stars: 1, sourceKey: "telegram:10011" })).rejects.toMatchObject({ code: "ticket_not_found" });
    expect((await h.service.track(ticket.code, owner.citizenId)).ticket.id).toBe(ticket.id);
    expect((await h.service.listMine(owner.citizenId)).map((s) => s.code)).toEqual([ticket.code]);
    expect(await h.service.listMine(stranger.citizenId)).toEqual([]);
  });

  it("hands queued ticket updates to the delivery worker, and never the held ones", async () => {
    const queued = await db.prisma.delivery.findMany({ where: { purpose: "ticket_update" }, select: { id: true, status: true } });
    const claimed = new Set((await new PrismaDeliveryQueue(db.prisma).claimDue(new Date(Date.now() + 60_000), 500, ["telegram", "zalo"])).map((d) => d.id));
    expect(queued.length).toBeGreaterThan(3);
    for (const d of queued) expect(claimed.has(String(d.id)), `${d.id} ${d.status}`).toBe(d.status === "pending");
  });
});
