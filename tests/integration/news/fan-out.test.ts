/**
 * Broadcast fan-out on a real database: who receives a broadcast (topics, everyone, stopped, unreachable, Zalo's
 * window), when (quiet hours, the digest, urgency, a schedule), once only, cancellation, and the progress figures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BroadcastService } from "../../../src/core/news/broadcast-service.js";
import { parseQuietHours } from "../../../src/core/news/local-time.js";
import type { BroadcastDraft } from "../../../src/core/news/types.js";
import type { Database } from "../../../src/db/database.js";
import { PrismaBroadcastStore } from "../../../src/db/repositories/news/broadcast-repository.js";
import { addSubscribers, createNewsOrg, statusCounts, type NewsOrg } from "../../support/news.js";
import { backendName, openTestDb } from "../../support/db.js";

let db: Database;
let org: NewsOrg;
let clock = new Date("2026-05-04T03:00:00Z"); // 10:00 in Hà Nội, a Monday
const DAY = 86_400_000;

function service(channels = ["telegram", "zalo"]) {
  return new BroadcastService({
    store: new PrismaBroadcastStore(db.prisma),
    channels,
    timeZone: "Asia/Ho_Chi_Minh",
    defaultQuietHours: parseQuietHours("21:00-07:00") ?? null,
    digestHour: 18,
    clock: () => clock,
  });
}

function draft(over: Partial<BroadcastDraft> = {}): BroadcastDraft {
  return { orgId: org.orgId, kind: "announcement", title: "Lịch cắt điện", body: "Ngày mai cắt điện từ 8h đến 11h.", topicIds: [], urgent: false, createdVia: "cli", ...over };
}

beforeAll(async () => {
  db = await openTestDb();
  org = await createNewsOrg(db);
  const { topics } = org;
  await addSubscribers(db, { channel: "telegram", count: 10, prefix: "tb-", topicIds: [topics["thong-bao"] as string], lastInteractionAt: clock });
  await addSubscribers(db, { channel: "telegram", count: 5, prefix: "vb-", topicIds: [topics["van-ban-moi"] as string] });
  await addSubscribers(db, { channel: "telegram", count: 3, prefix: "all-", all: true });
  await addSubscribers(db, { channel: "telegram", count: 2, prefix: "dg-", all: true, mode: "digest" });
  await addSubscribers(db, { channel: "telegram", count: 2, prefix: "night-", all: true, quietHours: null });
  await addSubscribers(db, { channel: "telegram", count: 1, prefix: "gone-", all: true, reachable: false });
  await addSubscribers(db, { channel: "zalo", count: 4, prefix: "zin-", all: true, lastInteractionAt: new Date(clock.getTime() - 2 * DAY) });
  await addSubscribers(db, { channel: "zalo", count: 2, prefix: "zout-", all: true, lastInteractionAt: new Date(clock.getTime() - 8 * DAY) });
  await addSubscribers(db, { channel: "terminal", count: 2, prefix: "term-", all: true });
  const stopped = await addSubscribers(db, { channel: "telegram", count: 1, prefix: "stop-", all: true });
  await db.prisma.newsSubscriber.updateMany({ where: { identity: { externalId: { in: stopped } } }, data: { stoppedAt: clock } });
});

afterAll(async () => {
  await db?.close();
});

describe(`broadcast fan-out (${backendName})`, () => {
  it("reaches a topic's subscribers and those of every topic, once each, on configured channels only", async () => {
    const news = service();
    const reach = await news.reach([org.topics["thong-bao"] as string], false);
    const { id, recipients } = await news.create(draft({ topicIds: [org.topics["thong-bao"] as string] }));
    // 10 of the topic + 3 all + 2 digest + 2 night + 4 Zalo in window + 2 Zalo outside (held); not: unreachable,
    // stopped, terminal, the other topic
    expect(recipients).toBe(23);
    expect(reach).toEqual([
      { channel: "telegram", now: 15, afterQuietHours: 0, atNextMessage: 0, inDigest: 2 },
      { channel: "zalo", now: 4, afterQuietHours: 0, atNextMessage: 2, inDigest: 0 },
    ]);
    expect(await statusCounts(db, id)).toEqual({ pending: 21, held: 2 });
    const b = await db.prisma.broadcast.findUniqueOrThrow({ where: { id } });
    expect([b.status, b.recipients]).toEqual(["sending", 23]);
  });

  it("sends an everyone broadcast to every subscriber, and the digest subscribers at the digest hour", async () => {
    const { id, recipients } = await service().create(draft());
    expect(recipients).toBe(28);
    const digest = await db.prisma.delivery.findMany({ where: { broadcastId: id, purpose: "digest" } });
    expect(digest).toHaveLength(2);
    // 18:00 in Hà Nội is 11:00 UTC
    expect(digest.every((d) => d.nextAttemptAt.toISOString() === "2026-05-04T11:00:00.000Z" && d.lastError === "digest")).toBe(true);
  });

  it("puts non-urgent news off until quiet hours end, and sends urgent news at once to everyone", async () => {
    clock = new Date("2026-05-04T15:30:00Z"); // 22:30 local
    // the preview's reach says who gets it only when their quiet hours end; urgent news reaches them now
    expect((await service().reach([], false)).find((r) => r.channel === "telegram")).toMatchObject({ now: 20, afterQuietHours: 2, inDigest: 2 });
    expect((await service().reach([], true)).find((r) => r.channel === "telegram")).toMatchObject({ now: 22, afterQuietHours: 0, inDigest: 0 });
    const quiet = await service().create(draft({ title: "Tin đêm" }));
    const night = await db.prisma.delivery.findMany({ where: { broadcastId: quiet.id, identity: { externalId: { startsWith: "night-" } } } });
    // the default quiet hours (21:00–07:00) end at 07:00 local = 00:00 UTC next day
    expect(night.map((d) => [d.status, d.lastError, d.nextAttemptAt.toISOString()])).toEqual([
      ["pending", "quiet_hours", "2026-05-05T00:00:00.000Z"],
      ["pending", "quiet_hours", "2026-05-05T00:00:00.000Z"],
    ]);
    const others = await db.prisma.delivery.count({ where: { broadcastId: quiet.id, purpose: "broadcast", status: "pending", nextAttemptAt: clock } });
    expect(others).toBe(22); // quiet hours "off" for the rest

    const urgent = await service().create(draft({ title: "Cảnh báo lũ", urgent: true }));
    const rows = await db.prisma.delivery.findMany({ where: { broadcastId: urgent.id } });
    expect(rows.filter((r) => r.status === "pending").every((r) => r.nextAttemptAt.getTime() === clock.getTime() && r.purpose === "broadcast" && r.priority === 1)).toBe(true);
    expect(rows.filter((r) => r.status === "held")).toHaveLength(2); // Zalo's window is a platform rule, urgent or not
    clock = new Date("2026-05-04T03:00:00Z");
  });

  it("creates a once-only broadcast once however often it is asked", async () => {
    const first = await service().create(draft({ dedupeKey: "once-1" }));
    const again = await service().create(draft({ dedupeKey: "once-1", title: "khác" }));
    expect(again).toEqual({ id: first.id, created: false, recipients: null });
    expect(await db.prisma.broadcast.count({ where: { dedupeKey: "once-1" } })).toBe(1);
  });

  it("starts a scheduled broadcast at its time, once, even when two schedulers race", async () => {
    const at = new Date(clock.getTime() + 3_600_000);
    const { id, recipients } = await service().create(draft({ title: "Hẹn giờ", scheduledAt: at }));
    expect(recipients).toBeNull();
    expect(await service().startDue()).toBe(0);
    clock = new Date(at.getTime() + 1000);
    const started = await Promise.all([service().startDue(), service().startDue()]);
    expect(started.sort()).toEqual([0, 1]);
    expect(await db.prisma.delivery.count({ where: { broadcastId: id } })).toBe(28);
    clock = new Date("2026-05-04T03:00:00Z");
  });

  it("cancels: nothing unsent goes out, a finished broadcast cannot be cancelled, unknown ids are 404", async () => {
    const news = service();
    const { id } = await news.create(draft({ title: "Sẽ hủy" }));
    const cancelled = await news.cancel(id);
    expect(cancelled.status).toBe("cancelled");
    expect(await statusCounts(db, id)).toEqual({ cancelled: 28 });
    expect((await news.cancel(id)).status).toBe("cancelled");
    await expect(news.cancel("00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({ httpStatus: 404 });
    await expect(news.cancel("not-a-uuid")).rejects.toMatchObject({ httpStatus: 404 });
    const empty = await news.create(draft({ topicIds: [org.topics["canh-bao-lua-dao"] as string] }));
    // nobody subscribed to that topic alone: 3+2+2 "every topic" + 6 Zalo
    expect(empty.recipients).toBe(13);
  });

  it("finishes a broadcast with no recipients at once and refuses bad input", async () => {
    const news = service(["telegram"]);
    const none = await news.create(draft({ kind: "procedure_alert", procedureCode: "9.999999" }));
    expect(none.recipients).toBe(0);
    expect((await db.prisma.broadcast.findUniqueOrThrow({ where: { id: none.id } })).status).toBe("done");
    await expect(news.create(draft({ title: "  " }))).rejects.toMatchObject({ code: "broadcast_title_missing" });
    await expect(news.create(draft({ link: "javascript:alert(1)" }))).rejects.toMatchObject({ code: "broadcast_link_invalid" });
    await expect(news.create(draft({ scheduledAt: new Date(clock.getTime() - DAY) }))).rejects.toMatchObject({ code: "broadcast_schedule_past" });
  });

  it("reports progress figures from the stored outcomes", async () => {
    const news = service();
    const { id } = await news.create(draft({ title: "Tiến độ", topicIds: [org.topics["van-ban-moi"] as string] }));
    // rows sendable now (not held for the window, not waiting for the digest)
    const rows = await db.prisma.delivery.findMany({ where: { broadcastId: id, purpose: "broadcast", status: "pending" }, orderBy: { id: "asc" } });
    await db.prisma.delivery.updateMany({ where: { id: { in: rows.slice(0, 4).map((r) => r.id) } }, data: { status: "sent", sentAt: clock } });
    await db.prisma.delivery.update({ where: { id: rows[4]!.id }, data: { status: "blocked", lastError: "forbidden: telegram 403" } });
    const p = await news.progress(id);
    expect(p).toMatchObject({ recipients: 18, sent: 4, failed: 1, blocked: 1, heldForWindow: 2, waiting: 2, pending: 9, ratePerSec: 0.4 });
    expect(p.failureReasons).toEqual([{ reason: "forbidden: telegram 403", count: 1 }]);
    expect(p.byChannel.map((c) => c.channel)).toEqual(["telegram", "zalo"]);
    expect(await news.finishCompleted([id])).toBe(0);
  });

  it("lists the history newest first with each broadcast's own figures, filtered and paged", async () => {
    const orgId = (await createNewsOrg(db)).orgId; // a fresh organisation: only this test's broadcasts
    const news = service();
    const ids: string[] = [];
    for (const [i, title] of ["Một", "Hai", "Ba"].entries()) {
      clock = new Date(Date.UTC(2026, 4, 4, 3, i));
      ids.push((await news.create(draft({ orgId, title, kind: i === 2 ? "news" : "announcement" }))).id);
    }
    const [first, second, third] = ids as [string, string, string];
    // the first: 3 sent, 1 blocked; someone stopped news after it started; the second is cancelled
    const rows = await db.prisma.delivery.findMany({ where: { broadcastId: first, status: "pending" }, orderBy: { id: "asc" }, take: 4 });
    await db.prisma.delivery.updateMany({ where: { id: { in: rows.slice(0, 3).map((r) => r.id) } }, data: { status: "sent", sentAt: clock } });
    await db.prisma.delivery.update({ where: { id: rows[3]!.id }, data: { status: "blocked", lastError: "forbidden: blocked" } });
    await db.prisma.newsSubscriber.update({ where: { identityId: rows[0]!.identityId }, data: { stoppedAt: clock } });
    await news.cancel(second);

    const all = await news.history({ orgId, limit: 10 });
    expect(all.map((p) => p.broadcast.title)).toEqual(["Ba", "Hai", "Một"]);
    const byId = new Map(all.map((p) => [p.broadcast.id, p]));
    expect(byId.get(first)).toMatchObject({ recipients: 28, sent: 3, failed: 1, blocked: 1, unsubscribedAfter: 1 });
    expect(byId.get(second)).toMatchObject({ recipients: 28, sent: 0, cancelled: 28 });
    expect(byId.get(third)).toMatchObject({ recipients: 28, sent: 0, cancelled: 0 });
    // the same figures as the live page
    expect(byId.get(first)).toEqual(await news.progress(first));

    expect((await news.history({ orgId, kinds: ["news"], limit: 10 })).map((p) => p.broadcast.id)).toEqual([third]);
    expect((await news.history({ orgId, statuses: ["cancelled"], limit: 10 })).map((p) => p.broadcast.id)).toEqual([second]);
    // a period: from the second's creation (inclusive) to the third's (exclusive)
    const period = { from: byId.get(second)!.broadcast.createdAt, to: byId.get(third)!.broadcast.createdAt };
    expect((await news.history({ orgId, ...period, limit: 10 })).map((p) => p.broadcast.id)).toEqual([second]);
    const page1 = await news.history({ orgId, limit: 2 });
    const last = page1[1]!.broadcast;
    const page2 = await news.history({ orgId, limit: 2, before: { createdAt: last.createdAt, id: last.id } });
    expect([...page1, ...page2].map((p) => p.broadcast.title)).toEqual(["Ba", "Hai", "Một"]);
    clock = new Date("2026-05-04T03:00:00Z");
  });
});
