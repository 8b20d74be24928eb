/**
 * The news send worker against fake Telegram and Zalo APIs on loopback and a real database: rates, 429, 403, 5xx,
 * Zalo's window (held, then one digest at the next message), quiet hours, the daily digest as one message, long
 * texts split, cancellation mid-broadcast, two workers on one broadcast, and a worker that dies mid-broadcast.
 */
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TelegramChannel } from "../../../bots/telegram/telegram-channel.js";
import { ZaloAdapter } from "../../../bots/zalo/adapter.js";
import { ZaloOaClient } from "../../../bots/zalo/client.js";
import { deliverHeld } from "../../../bots/zalo/held-first.js";
import { ZaloTokenManager } from "../../../bots/zalo/token-manager.js";
import type { ChannelAdapter, OutboundMessage, Recipient } from "../../../src/core/channels/contract.js";
import { BroadcastService } from "../../../src/core/news/broadcast-service.js";
import { parseQuietHours } from "../../../src/core/news/local-time.js";
import { NewsSender, type NewsSenderOptions } from "../../../src/core/news/news-sender.js";
import type { BroadcastDraft } from "../../../src/core/news/types.js";
import type { Database } from "../../../src/db/database.js";
import { ChannelCredentialRepository } from "../../../src/db/repositories/channel-credential-repository.js";
import { createHeldDeliveryRepository } from "../../../src/db/repositories/held-delivery-repository.js";
import { PrismaIdentityStore } from "../../../src/db/repositories/identity-repository.js";
import { PrismaBroadcastStore } from "../../../src/db/repositories/news/broadcast-repository.js";
import { PrismaNewsDeliveryStore } from "../../../src/db/repositories/news/news-delivery-repository.js";
import { PrismaSendBudget } from "../../../src/db/repositories/news/send-budget-repository.js";
import { FakeTelegramApi } from "../../fakes/telegram-api.js";
import { FakeZaloApi } from "../../fakes/zalo-api.js";
import { backendName, openTestDb } from "../../support/db.js";
import { addSubscribers, createNewsOrg, statusCounts, type NewsOrg } from "../../support/news.js";

const logger = pino({ level: "silent" });
const TZ = "Asia/Ho_Chi_Minh";
let db: Database;
let org: NewsOrg;
let tg: FakeTelegramApi;
let zalo: FakeZaloApi;
let telegram: TelegramChannel;
let zaloAdapter: ZaloAdapter;
let clock: Date;
let prefixSeq = 0;

beforeAll(async () => {
  db = await openTestDb();
  org = await createNewsOrg(db);
  tg = await FakeTelegramApi.start();
  telegram = new TelegramChannel({ botToken: "123:abc", apiRoot: tg.apiRoot, globalRatePerSec: 1000 });
  zalo = await new FakeZaloApi().start();
  zalo.refreshToken = "rt-seed";
  const credentials = new ChannelCredentialRepository(db.prisma, `zalo:${zalo.appId}`);
  await credentials.seed("rt-seed");
  const tokens = new ZaloTokenManager(credentials, { oauthBase: zalo.url, appId: zalo.appId, appSecret: zalo.appSecret }, logger);
  zaloAdapter = new ZaloAdapter({ client: new ZaloOaClient({ openApiBase: zalo.url, tokens }), appId: zalo.appId, oaSecretKey: "k", buttons: false });
});

beforeEach(async () => {
  clock = new Date();
  tg.calls.length = 0;
  tg.clearFailures();
  tg.blockedChats.clear();
  zalo.sent.length = 0;
  // each test sees only its own broadcasts and subscribers
  await db.prisma.delivery.deleteMany({});
  await db.prisma.newsSubscriber.updateMany({ data: { stoppedAt: new Date() } });
});

afterAll(async () => {
  await telegram?.close();
  await tg?.close();
  await zalo?.close();
  await db?.close();
});

function sender(over: Partial<NewsSenderOptions> = {}): NewsSender {
  return new NewsSender({
    store: new PrismaNewsDeliveryStore(db.prisma),
    budget: new PrismaSendBudget(db.prisma),
    adapters: new Map<string, ChannelAdapter>([
      ["telegram", telegram],
      ["zalo", zaloAdapter],
    ]),
    identities: new PrismaIdentityStore(db.prisma, db.sql),
    rates: { telegram: 200, zalo: 200 },
    timeZone: TZ,
    defaultQuietHours: parseQuietHours("21:00-07:00") ?? null,
    logger,
    clock: () => clock,
    ...over,
  });
}

function broadcasts(channels = ["telegram", "zalo"]) {
  return new BroadcastService({ store: new PrismaBroadcastStore(db.prisma), channels, timeZone: TZ, defaultQuietHours: parseQuietHours("21:00-07:00") ?? null, digestHour: 18, clock: () => clock });
}

async function subscribers(channel: string, count: number, over: Partial<Parameters<typeof addSubscribers>[1]> = {}): Promise<string[]> {
  return addSubscribers(db, { channel, count, prefix: `${channel === "telegram" ? "" : "z"}${++prefixSeq}0`, all: true, lastInteractionAt: clock, ...over });
}

async function send(draft: Partial<BroadcastDraft> = {}, channels?: string[]): Promise<string> {
  const { id } = await broadcasts(channels).create({ orgId: org.orgId, kind: "announcement", title: "Thông báo", body: "Nội dung.", topicIds: [], urgent: false, createdVia: "cli", ...draft });
  return id;
}

/** Runs the sender until nothing is due, then waits for every outcome. */
async function runUntilIdle(s: NewsSender, maxRounds = 200): Promise<void> {
  for (let i = 0; i < maxRounds; i++) {
    const batch = await s.runOnce();
    if (batch.claimed === 0) break;
  }
  await s.drain();
}

const sendsTo = (chat: string) => tg.callsOf("sendMessage", chat).filter((c) => c.outcome === "ok").length;

describe(`news sender (${backendName})`, () => {
  it("sends every delivery once, stores each outcome and finishes the broadcast", async () => {
    const chats = await subscribers("telegram", 40);
    const id = await send({ title: "Lịch tiêm chủng", link: "https://example.gov.vn/tin/1" });
    await runUntilIdle(sender());
    expect(chats.map(sendsTo)).toEqual(chats.map(() => 1));
    expect(await statusCounts(db, id)).toEqual({ sent: 40 });
    const call = tg.callsOf("sendMessage", chats[0])[0]!;
    expect(String(call.payload.text)).toContain("📢 Lịch tiêm chủng");
    expect(JSON.stringify(call.payload.reply_markup)).toContain("https://example.gov.vn/tin/1");
    expect(JSON.stringify(call.payload.reply_markup)).toContain("n:stop");
    const rows = await db.prisma.delivery.findMany({ where: { broadcastId: id } });
    expect(rows.every((r) => r.platformMessageId && r.sentAt && r.attempts === 1 && r.leaseUntil === null)).toBe(true);
    expect(await broadcasts().finishCompleted([id])).toBe(1);
    expect((await broadcasts().progress(id)).broadcast.status).toBe("done");
  });

  it("keeps under the configured rate across two workers sharing one broadcast, none sent twice", async () => {
    const chats = await subscribers("telegram", 60);
    await send();
    const started = Date.now();
    const counted = () => {
      const adapter = { channel: "telegram" as const, sent: 0, send: (to: Recipient, m: OutboundMessage) => ((adapter.sent += 1), telegram.send(to, m)) };
      return adapter;
    };
    const [first, second] = [counted(), counted()];
    const options = { rates: { telegram: 40 }, batchSeconds: 0.25 };
    const a = sender({ ...options, adapters: new Map([["telegram", first]]) });
    const b = sender({ ...options, adapters: new Map([["telegram", second]]) });
    await Promise.all([runUntilIdle(a), runUntilIdle(b)]);
    const elapsed = (Date.now() - started) / 1000;
    expect(chats.map(sendsTo)).toEqual(chats.map(() => 1));
    expect(first.sent).toBeGreaterThan(10);
    expect(second.sent).toBeGreaterThan(10);
    expect(first.sent + second.sent).toBe(60);
    // 60 sends at 40/s shared take at least ~1.5 s; two unshared workers would have taken half that
    expect(elapsed).toBeGreaterThan(1.2);
    const byWorkerSpread = tg.callsOf("sendMessage").map((c) => c.at);
    expect(Math.max(...byWorkerSpread) - Math.min(...byWorkerSpread)).toBeGreaterThan(1200);
  });

  it("waits retry_after on 429, backs off on 5xx, and stops for good on 403 (pausing the citizen)", async () => {
    const [ok, limited, flaky, blocked] = await subscribers("telegram", 4);
    tg.blockedChats.add(blocked!);
    const id = await send();
    tg.fail("sendMessage", { kind: "rate_limited", retryAfter: 7 }, 1); // longer than the adapter waits inline
    const s = sender();
    await runUntilIdle(s);
    const retry = await db.prisma.delivery.findMany({ where: { broadcastId: id, status: "retry" }, include: { identity: true } });
    expect(retry).toHaveLength(1);
    expect(retry[0]!.lastError).toContain("rate_limited");
    expect(retry[0]!.nextAttemptAt.getTime()).toBe(clock.getTime() + 7000);
    const blockedRow = await db.prisma.delivery.findFirstOrThrow({ where: { broadcastId: id, identity: { externalId: blocked } }, include: { identity: true } });
    expect([blockedRow.status, blockedRow.identity.reachable]).toEqual(["blocked", false]);

    tg.fail("sendMessage", { kind: "server_error" }, 1);
    clock = new Date(clock.getTime() + 8000);
    await runUntilIdle(s);
    const after5xx = await db.prisma.delivery.findFirstOrThrow({ where: { broadcastId: id, status: "retry" } });
    expect(after5xx.lastError).toContain("unavailable");
    expect(after5xx.nextAttemptAt.getTime()).toBe(clock.getTime() + 10_000); // second attempt: 10 s back-off
    clock = new Date(clock.getTime() + 11_000);
    await runUntilIdle(s);
    expect(await statusCounts(db, id)).toEqual({ sent: 3, blocked: 1 });
    expect([ok, limited, flaky].map((c) => sendsTo(c!))).toEqual([1, 1, 1]);
    // a paused citizen is left out of the next broadcast
    expect((await broadcasts().reach([], false)).find((r) => r.channel === "telegram")?.now).toBe(3);
  });

  it("holds Zalo news outside the 7-day window and sends it as one digest at the citizen's next message", async () => {
    const [inside] = await subscribers("zalo", 1);
    const [outside] = await subscribers("zalo", 1, { lastInteractionAt: new Date(clock.getTime() - 8 * 86_400_000) });
    const [closing] = await subscribers("zalo", 1);
    zalo.outsideWindow.add(closing!); // Zalo disagrees with our clock: -230 at send time
    const first = await send({ title: "Tin một" });
    const second = await send({ title: "Tin hai" });
    await runUntilIdle(sender());
    expect(zalo.textsTo(inside!).map((t) => t.split("\n")[0])).toEqual(["📢 Tin một", "📢 Tin hai"]);
    expect(zalo.textsTo(outside!)).toEqual([]);
    expect(await statusCounts(db, first)).toEqual({ sent: 1, held: 2 });
    // the citizen writes again: both items arrive as one message
    zalo.outsideWindow.delete(closing!);
    const held = createHeldDeliveryRepository(db.prisma);
    expect(await deliverHeld(zaloAdapter, held, { channel: "zalo", externalUserId: outside! })).toBe(2);
    const digest = zalo.textsTo(outside!);
    expect(digest).toHaveLength(1);
    expect(digest[0]).toContain("Tin một");
    expect(digest[0]).toContain("Tin hai");
    expect(await statusCounts(db, second)).toEqual({ sent: 2, held: 1 });
  });

  it("sends one citizen's messages in order: the next waits for the platform's answer to the previous", async () => {
    const [citizen] = await subscribers("zalo", 1);
    zalo.slowTexts.set("Tin chậm", 400); // the first answer is late; the second must not overtake it
    await send({ title: "Tin chậm" });
    await send({ title: "Tin sau" });
    try {
      await runUntilIdle(sender());
    } finally {
      zalo.slowTexts.clear();
    }
    expect(zalo.textsTo(citizen!).map((t) => t.split("\n")[0])).toEqual(["📢 Tin chậm", "📢 Tin sau"]);
  });

  it("puts news off during the citizen's quiet hours unless urgent, and bundles digest items into one message", async () => {
    const [night] = await subscribers("telegram", 1, { quietHours: "21:00-07:00" });
    const [daily] = await subscribers("telegram", 1, { mode: "digest", quietHours: "off" });
    clock = new Date("2026-05-04T16:00:00Z"); // 23:00 local
    await db.prisma.channelIdentity.updateMany({ where: { externalId: { in: [night!, daily!] } }, data: { lastInteractionAt: clock } });
    const normal = await send({ title: "Bình thường" });
    const urgent = await send({ title: "Khẩn cấp", urgent: true });
    const s = sender();
    await runUntilIdle(s);
    expect(tg.textsTo(night!).map((t) => t.split("\n")[0])).toEqual(["⚠️ KHẨN: Khẩn cấp"]);
    expect(tg.textsTo(daily!).map((t) => t.split("\n")[0])).toEqual(["⚠️ KHẨN: Khẩn cấp"]);
    const waiting = await db.prisma.delivery.findFirstOrThrow({ where: { broadcastId: normal, identity: { externalId: night } } });
    expect([waiting.status, waiting.lastError, waiting.nextAttemptAt.toISOString()]).toEqual(["pending", "quiet_hours", "2026-05-05T00:00:00.000Z"]);
    const third = await send({ title: "Thêm một tin" });
    // 07:00: the night owl gets the news; the digest reader waits for 18:00 and gets both items in one message
    clock = new Date("2026-05-05T00:00:30Z");
    await runUntilIdle(s);
    expect(tg.textsTo(night!)).toHaveLength(3);
    expect(tg.textsTo(daily!)).toHaveLength(1);
    clock = new Date("2026-05-05T11:00:05Z");
    await runUntilIdle(s);
    const texts = tg.textsTo(daily!);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain("Bản tin trong ngày: 2 tin mới");
    expect(texts[1]).toContain("• Bình thường");
    expect(texts[1]).toContain("• Thêm một tin");
    expect(await statusCounts(db, third)).toEqual({ sent: 2 });
    expect(await statusCounts(db, urgent)).toEqual({ sent: 2 });
  });

  it("splits a long text at sentence boundaries within each platform's limit", async () => {
    const [chat] = await subscribers("telegram", 1);
    const [zaloUser] = await subscribers("zalo", 1);
    const sentence = "Người dân mang theo căn cước khi đến làm thủ tục tại bộ phận một cửa của phường. ";
    await send({ body: sentence.repeat(60).trim() }); // about 5,000 characters
    await runUntilIdle(sender());
    const tgTexts = tg.textsTo(chat!);
    const zaloTexts = zalo.textsTo(zaloUser!);
    expect(tgTexts).toHaveLength(2);
    expect(zaloTexts.length).toBe(3);
    for (const t of [...tgTexts, ...zaloTexts.slice(0, -1)]) expect(t.trim().endsWith(".") || t.includes("/dungnhantin")).toBe(true);
    expect(tgTexts.every((t) => t.length <= 4096)).toBe(true);
    expect(zaloTexts.every((t) => t.length <= 2000)).toBe(true);
  });

  it("sends nothing more once a broadcast is cancelled mid-way", async () => {
    const chats = await subscribers("telegram", 30);
    const id = await send();
    const s = sender({ rates: { telegram: 20, zalo: 20 } });
    await s.runOnce(); // the first 40 claimed slots: 30 chats at 20/s, about 1.5 s
    await s.drain();
    const before = tg.callsOf("sendMessage").length;
    expect(before).toBe(30);
    const id2 = await send({ title: "Hai" });
    const s2 = sender({ rates: { telegram: 10, zalo: 10 } });
    const running = s2.runOnce(); // claims 20, sends over 2 s
    await new Promise((r) => setTimeout(r, 500));
    await broadcasts().cancel(id2);
    await running;
    await runUntilIdle(s2);
    const counts = await statusCounts(db, id2);
    const sentAfter = tg.callsOf("sendMessage").length - before;
    expect(counts.sent ?? 0).toBe(sentAfter);
    expect(sentAfter).toBeLessThan(30);
    expect((counts.cancelled ?? 0) + sentAfter).toBe(30);
    expect(chats.length).toBe(30);
    expect(await statusCounts(db, id)).toEqual({ sent: 30 });
  });

  it("resumes after a worker dies mid-broadcast, repeating at most the sends it had in flight", async () => {
    const chats = await subscribers("telegram", 50);
    const id = await send();
    const delivered: string[] = [];
    let dead = false;
    // a worker whose process dies after 20 sends: later sends reach the platform, but their outcomes never get stored
    const dying: ChannelAdapter = {
      channel: "telegram",
      async send(to: Recipient, _m: OutboundMessage) {
        delivered.push(to.externalUserId);
        if (delivered.length >= 20) dead = true;
        if (dead) return new Promise(() => {}); // hangs forever: the process is gone
        return { platformMessageId: String(delivered.length) };
      },
    };
    const maxInFlight = 4;
    const a = sender({ adapters: new Map([["telegram", dying]]), rates: { telegram: 200 }, maxInFlight, leaseMs: 60_000 });
    void a.runOnce().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1000));
    const storedSent = (await statusCounts(db, id)).sent ?? 0;
    expect(storedSent).toBeLessThan(20);
    // restart: once the dead worker's lease expired, a new worker claims its rows again
    clock = new Date(clock.getTime() + 61_000);
    const b = sender({ adapters: new Map<string, ChannelAdapter>([["telegram", telegram]]) });
    await runUntilIdle(b);
    expect(await statusCounts(db, id)).toEqual({ sent: 50 });
    const total = new Map<string, number>();
    for (const chat of [...delivered, ...tg.callsOf("sendMessage").map((c) => String(c.payload.chat_id))]) total.set(chat, (total.get(chat) ?? 0) + 1);
    expect(chats.every((c) => (total.get(c) ?? 0) >= 1)).toBe(true);
    const duplicates = [...total.values()].reduce((n, v) => n + v - 1, 0);
    expect(duplicates).toBeGreaterThan(0);
    expect(duplicates).toBeLessThanOrEqual(maxInFlight);
  });
});
