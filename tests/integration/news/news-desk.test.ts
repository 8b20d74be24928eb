import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditTrail } from "../../../src/core/audit/audit-trail.js";
import { BroadcastService } from "../../../src/core/news/broadcast-service.js";
import { linkKeyOf, titleKeyOf } from "../../../src/core/news/feeds/dedupe-keys.js";
import { NewsDesk } from "../../../src/core/news/news-desk.js";
import { NewsItemService } from "../../../src/core/news/news-items.js";
import type { StaffActor } from "../../../src/core/staff/actor.js";
import type { StaffRole } from "../../../src/core/staff/roles.js";
import type { Database } from "../../../src/db/database.js";
import { createAuditStore } from "../../../src/db/repositories/audit-repository.js";
import { PrismaBroadcastStore } from "../../../src/db/repositories/news/broadcast-repository.js";
import { PrismaNewsItemStore } from "../../../src/db/repositories/news/news-item-repository.js";
import { PrismaNewsSourceDirectory } from "../../../src/db/repositories/news/news-source-directory.js";
import { PrismaTopicStore } from "../../../src/db/repositories/news/subscriber-repository.js";
import { backendName, openTestDb } from "../../support/db.js";
import { addSubscribers, createNewsOrg, type NewsOrg } from "../../support/news.js";

// The editor's decisions on incoming news and the sources page's reads, on a real database: who may act, edits
// checked and applied only to a waiting item, a decision taken once whoever races, sources of the organisation only.
let db: Database;
let org: NewsOrg;
let other: NewsOrg;
let desk: NewsDesk;
let audit: AuditTrail;
const clock = new Date("2026-12-04T03:00:00Z");

const actor = (role: StaffRole, orgId = org.orgId): StaffActor => ({ kind: "staff", id: randomUUID(), orgId, email: `${role}@x.test`, fullName: role, roles: [role], departmentIds: [] });

async function item(title: string, o: { orgId?: string; sourceId?: string | null; status?: "pending_approval" | "published" | "skipped" | "archived" } = {}) {
  const url = `https://portal.example/tin/${randomUUID()}`;
  const row = await db.prisma.newsItem.create({
    data: { orgId: o.orgId ?? org.orgId, sourceId: o.sourceId ?? null, origin: o.sourceId ? "feed" : "cms", url, linkKey: linkKeyOf(url), titleKey: titleKeyOf(title), title, summary: "Tóm tắt.", topicIds: [org.topics["thong-bao"]!], status: o.status ?? "pending_approval", fetchedAt: clock },
  });
  return row.id;
}

beforeAll(async () => {
  db = await openTestDb();
  org = await createNewsOrg(db, ["thong-bao", "van-ban-moi"]);
  other = await createNewsOrg(db, ["thong-bao"]);
  const broadcasts = new BroadcastService({ store: new PrismaBroadcastStore(db.prisma), channels: ["telegram"], timeZone: "Asia/Ho_Chi_Minh", defaultQuietHours: null, digestHour: 18, clock: () => clock });
  audit = new AuditTrail(createAuditStore(db.prisma), () => clock);
  desk = new NewsDesk({
    orgId: org.orgId,
    items: new NewsItemService(new PrismaNewsItemStore(db.prisma), broadcasts, () => clock),
    sources: new PrismaNewsSourceDirectory(db.prisma),
    topics: new PrismaTopicStore(db.prisma, org.orgId),
    audit,
    clock: () => clock,
  });
  await addSubscribers(db, { channel: "telegram", count: 4, prefix: `desk-${randomUUID().slice(0, 6)}-`, topicIds: [org.topics["van-ban-moi"]!] });
});
afterAll(async () => {
  await db?.close();
});

describe(`the editor's news desk (${backendName})`, () => {
  it("lets editors and admins decide, and refuses leaders, officers and triage", async () => {
    const id = await item("Tin để thử quyền");
    for (const role of ["leader", "officer", "triage"] as const) {
      await expect(desk.decide(actor(role), id, "approve")).rejects.toMatchObject({ httpStatus: 403 });
      await expect(desk.incoming(actor(role), { statuses: ["pending_approval"], limit: 5 })).rejects.toMatchObject({ httpStatus: 403 });
      await expect(desk.sources(actor(role))).rejects.toMatchObject({ httpStatus: 403 });
    }
    expect((await db.prisma.newsItem.findUniqueOrThrow({ where: { id } })).status).toBe("pending_approval");
    await desk.decide(actor("admin"), id, "skip");
    expect((await db.prisma.newsItem.findUniqueOrThrow({ where: { id } })).status).toBe("skipped");
  });

  it("applies checked edits, then sends the item once to its new topics; a second decision is refused", async () => {
    const id = await item("Văn bản mới về đất đai");
    // the broadcast names who sent it: a real account
    const account = await db.prisma.staffAccount.create({ data: { orgId: org.orgId, email: `editor-${randomUUID()}@x.test`, fullName: "Biên tập viên", passwordHash: "-" } });
    const editor = { ...actor("editor"), id: account.id };
    const edits = { title: "  Quyết định   mới về bồi thường đất  ", summary: "", topicIds: [org.topics["van-ban-moi"]!] };
    await expect(desk.decide(editor, id, "send", { ...edits, topicIds: [randomUUID()] })).rejects.toMatchObject({ httpStatus: 422, fields: { topicIds: "unknown" } });
    await expect(desk.decide(editor, id, "send", { ...edits, title: "x".repeat(301) })).rejects.toMatchObject({ fields: { title: "too_long" } });
    expect((await db.prisma.newsItem.findUniqueOrThrow({ where: { id } })).title).toBe("Văn bản mới về đất đai");

    const { broadcastId } = await desk.decide(editor, id, "send", edits);
    const stored = await db.prisma.newsItem.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "published", title: "Quyết định mới về bồi thường đất", summary: null, topicIds: [org.topics["van-ban-moi"]], decidedById: editor.id });
    expect(stored.titleKey).toBe(titleKeyOf("Quyết định mới về bồi thường đất"));
    const broadcast = await db.prisma.broadcast.findUniqueOrThrow({ where: { id: broadcastId! } });
    expect(broadcast).toMatchObject({ kind: "news", title: "Quyết định mới về bồi thường đất", newsItemId: id, topicIds: [org.topics["van-ban-moi"]], createdById: account.id });
    expect(await db.prisma.delivery.count({ where: { broadcastId: broadcastId! } })).toBe(4);

    // another editor's stale page: no second broadcast, no edit applied to the decided item
    await expect(desk.decide(actor("editor"), id, "send", { ...edits, title: "Sửa muộn" })).rejects.toMatchObject({ httpStatus: 409 });
    await expect(desk.decide(actor("editor"), id, "skip")).rejects.toMatchObject({ httpStatus: 409 });
    expect((await db.prisma.newsItem.findUniqueOrThrow({ where: { id } })).title).toBe("Quyết định mới về bồi thường đất");
    expect(await db.prisma.broadcast.count({ where: { newsItemId: id } })).toBe(1);
    const entries = await audit.list({ entityType: "news_item", entityId: id });
    expect(entries.map((e) => e.action)).toEqual(["news.approve_send"]);
    expect(entries[0]?.detail).toMatchObject({ edited: ["title", "summary", "topics"], broadcastId });
  });

  it("sends an item approved earlier and never sent, once; refuses it for a waiting, skipped or sent item", async () => {
    const id = await item("Lịch tiếp công dân tháng 12");
    const account = await db.prisma.staffAccount.create({ data: { orgId: org.orgId, email: `editor-${randomUUID()}@x.test`, fullName: "Biên tập viên", passwordHash: "-" } });
    const editor = { ...actor("editor"), id: account.id };
    await expect(desk.decide(editor, id, "send_later")).rejects.toMatchObject({ httpStatus: 409 }); // still waiting
    await desk.decide(editor, id, "approve");
    // a page opened before the approval: "send now" on the waiting item is stale, nothing is sent
    await expect(desk.decide(actor("editor"), id, "send")).rejects.toMatchObject({ httpStatus: 409 });
    for (const role of ["leader", "officer", "triage"] as const) await expect(desk.decide(actor(role), id, "send_later")).rejects.toMatchObject({ httpStatus: 403 });
    const approved = (await desk.incoming(editor, { statuses: ["published"], limit: 50 })).find((i) => i.id === id);
    expect(approved?.broadcastId).toBeNull();
    expect(await db.prisma.broadcast.count({ where: { newsItemId: id } })).toBe(0);

    const { broadcastId } = await desk.decide(editor, id, "send_later");
    expect(await db.prisma.broadcast.findUniqueOrThrow({ where: { id: broadcastId! } })).toMatchObject({ kind: "news", newsItemId: id, title: "Lịch tiếp công dân tháng 12", createdById: account.id });
    expect((await desk.incoming(editor, { statuses: ["published"], limit: 50 })).find((i) => i.id === id)?.broadcastId).toBe(broadcastId);
    // the same button on a page left open: refused, still one broadcast
    await expect(desk.decide(actor("editor"), id, "send_later")).rejects.toMatchObject({ httpStatus: 409 });
    expect(await db.prisma.broadcast.count({ where: { newsItemId: id } })).toBe(1);
    const entries = await audit.list({ entityType: "news_item", entityId: id });
    expect(entries.map((e) => e.action).sort()).toEqual(["news.approve", "news.send_later"]);
    expect(entries.find((e) => e.action === "news.send_later")?.detail).toMatchObject({ broadcastId });

    const skipped = await item("Tin đã bỏ qua");
    await desk.decide(editor, skipped, "skip");
    await expect(desk.decide(editor, skipped, "send_later")).rejects.toMatchObject({ httpStatus: 409 });
    expect(await db.prisma.broadcast.count({ where: { newsItemId: skipped } })).toBe(0);
  });

  it("answers 404 for another organisation's item or source and for ids that are not ids", async () => {
    const foreign = await item("Tin của phường khác", { orgId: other.orgId });
    await expect(desk.decide(actor("editor"), foreign, "approve")).rejects.toMatchObject({ httpStatus: 404 });
    await expect(desk.decide(actor("editor"), "not-an-id", "approve")).rejects.toMatchObject({ httpStatus: 404 });
    const source = await db.prisma.newsSource.create({ data: { orgId: other.orgId, name: "Nguồn khác", url: "https://other.example/rss" } });
    await expect(desk.setPaused(actor("editor"), source.id, true)).rejects.toMatchObject({ httpStatus: 404 });
    await expect(desk.setPaused(actor("editor"), "../x", true)).rejects.toMatchObject({ httpStatus: 404 });
    expect((await db.prisma.newsSource.findUniqueOrThrow({ where: { id: source.id } })).pausedAt).toBeNull();
    expect((await db.prisma.newsItem.findUniqueOrThrow({ where: { id: foreign } })).status).toBe("pending_approval");
  });

  it("counts each source's items by state, and pauses and resumes it", async () => {
    const source = await db.prisma.newsSource.create({ data: { orgId: org.orgId, name: "Cổng thông tin", url: "https://portal.example/rss", lastError: "timeout", failureCount: 2, nextPollAt: new Date("2030-01-01T00:00:00Z") } });
    for (const status of ["pending_approval", "pending_approval", "published", "skipped", "archived", "archived", "archived"] as const) await item(`Tin ${status} ${randomUUID()}`, { sourceId: source.id, status });
    const listed = (await desk.sources(actor("editor"))).find((s) => s.id === source.id)!;
    expect(listed).toMatchObject({ name: "Cổng thông tin", lastError: "timeout", failureCount: 2, pausedAt: null, items: { pending_approval: 2, published: 1, skipped: 1, archived: 3 } });
    const incoming = await desk.incoming(actor("editor"), { statuses: ["pending_approval"], limit: 50 });
    expect(incoming.filter((i) => i.sourceId === source.id).map((i) => i.sourceName)).toEqual(["Cổng thông tin", "Cổng thông tin"]);

    await desk.setPaused(actor("editor"), source.id, true);
    expect((await db.prisma.newsSource.findUniqueOrThrow({ where: { id: source.id } })).pausedAt).toEqual(clock);
    await desk.setPaused(actor("editor"), source.id, false);
    const resumed = await db.prisma.newsSource.findUniqueOrThrow({ where: { id: source.id } });
    // resumed: no longer paused and due at the next poll, not after its backed-off interval
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.nextPollAt.getTime()).toBeLessThanOrEqual(clock.getTime());
    expect((await audit.list({ entityType: "news_source", entityId: source.id })).map((e) => e.action).sort()).toEqual(["news_source.pause", "news_source.resume"]);
  });
});
