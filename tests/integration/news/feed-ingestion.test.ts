/**
 * Feed ingestion against a fake portal on loopback and a real database: the shared fixtures (real portal items),
 * conditional requests (304), deduplication, undated items, HTML stripped, auto-publish versus approval, and every
 * way a feed breaks (malformed XML, a huge body, a redirect loop, a timeout, a 500) stored on its source without
 * stopping the others.
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BroadcastService } from "../../../src/core/news/broadcast-service.js";
import { FeedPoller } from "../../../src/core/news/feeds/feed-poller.js";
import { NewsItemService } from "../../../src/core/news/news-items.js";
import type { Database } from "../../../src/db/database.js";
import { PrismaBroadcastStore } from "../../../src/db/repositories/news/broadcast-repository.js";
import { PrismaNewsItemStore } from "../../../src/db/repositories/news/news-item-repository.js";
import { PrismaNewsSourceStore } from "../../../src/db/repositories/news/news-source-repository.js";
import { HttpFeedFetcher } from "../../../src/jobs/feeds/http-feed-fetcher.js";
import { FakeFeedServer, rss } from "../../fakes/feed-server.js";
import { backendName, openTestDb } from "../../support/db.js";
import { addSubscribers, createNewsOrg, type NewsOrg } from "../../support/news.js";

const SHARED = new URL("../../../../shared/data/feeds/", import.meta.url);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

let db: Database;
let org: NewsOrg;
let portal: FakeFeedServer;
let fetcher: HttpFeedFetcher;
let clock = new Date("2026-05-04T03:00:00Z");
let items: NewsItemService;
let poller: FeedPoller;

async function addSource(path: string, over: { autoPublish?: boolean; topics?: string[] } = {}): Promise<string> {
  const topicIds = (over.topics ?? ["thong-bao"]).map((c) => org.topics[c] as string);
  const s = await db.prisma.newsSource.create({
    data: { orgId: org.orgId, name: path, url: portal.url(path), topicIds, autoPublish: over.autoPublish ?? false, nextPollAt: clock },
  });
  return s.id;
}

/** Makes every source due and polls them all. */
async function pollAll() {
  clock = new Date(clock.getTime() + 2 * 86_400_000);
  return poller.pollDue(50);
}

const source = (id: string) => db.prisma.newsSource.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  db = await openTestDb();
  org = await createNewsOrg(db, ["thong-bao", "tin-hoat-dong", "van-ban-moi"]);
  portal = new FakeFeedServer();
  await portal.start();
  // long enough for a loaded machine; the hanging feed waits for it
  fetcher = new HttpFeedFetcher({ timeoutMs: 2000, maxBytes: 1024 * 1024, maxRedirects: 3 });
  const broadcasts = new BroadcastService({ store: new PrismaBroadcastStore(db.prisma), channels: ["telegram"], timeZone: "Asia/Ho_Chi_Minh", defaultQuietHours: null, digestHour: 18, clock: () => clock });
  items = new NewsItemService(new PrismaNewsItemStore(db.prisma), broadcasts, () => clock);
  poller = new FeedPoller({ sources: new PrismaNewsSourceStore(db.prisma), fetcher, items, logger: quiet, clock: () => clock });
  await addSubscribers(db, { channel: "telegram", count: 7, prefix: "hd-", topicIds: [org.topics["tin-hoat-dong"] as string] });
  await addSubscribers(db, { channel: "telegram", count: 3, prefix: "tb-", topicIds: [org.topics["thong-bao"] as string] });
});

afterAll(async () => {
  await fetcher?.close();
  await portal?.stop();
  await db?.close();
});

describe.skipIf(!existsSync(new URL("fixture_rss2.xml", SHARED)))(`the shared portal fixtures (${backendName})`, () => {
  it("baselines the backlog, keeps undated items, and the same items in Atom are duplicates", async () => {
    const rssXml = readFileSync(new URL("fixture_rss2.xml", SHARED), "utf8");
    const atomXml = readFileSync(new URL("fixture_atom.xml", SHARED), "utf8");
    const expected = readFileSync(new URL("gov_portal_items.jsonl", SHARED), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { link: string; date: string | null });
    portal.set("/fx/rss", { kind: "feed", body: rssXml, etag: '"rss-1"' });
    portal.set("/fx/atom", { kind: "feed", body: atomXml, lastModified: "Mon, 04 May 2026 02:00:00 GMT", contentType: "application/atom+xml" });
    const rssId = await addSource("/fx/rss");
    const polls = await pollAll();
    expect(polls.find((p) => p.sourceId === rssId)).toMatchObject({ outcome: "baselined", stored: expected.length });
    const stored = await db.prisma.newsItem.findMany({ where: { sourceId: rssId } });
    expect(stored.every((i) => i.status === "archived")).toBe(true);
    expect(new Set(stored.map((i) => i.url))).toEqual(new Set(expected.map((e) => e.link)));
    const undated = expected.filter((e) => !e.date).length;
    expect(undated).toBeGreaterThan(0);
    expect(stored.filter((i) => i.publishedAt === null)).toHaveLength(undated);

    const atomId = await addSource("/fx/atom");
    const again = await pollAll();
    expect(again.find((p) => p.sourceId === atomId)).toMatchObject({ outcome: "baselined", stored: 0 });
    expect(again.find((p) => p.sourceId === rssId)).toMatchObject({ outcome: "not_modified" });
    expect(portal.requestsTo("/fx/rss").at(-1)).toMatchObject({ ifNoneMatch: '"rss-1"', status: 304 });
    await pollAll();
    expect(portal.requestsTo("/fx/atom").at(-1)).toMatchObject({ ifModifiedSince: "Mon, 04 May 2026 02:00:00 GMT", status: 304 });
    expect((await source(atomId)).lastError).toBeNull();
  }, 30_000);
});

describe(`feed ingestion (${backendName})`, () => {
  const first = [
    { title: "Lịch tiếp công dân tháng 5", link: "https://portal.example/tin/1", guid: "g1", pubDate: "Mon, 04 May 2026 08:00:00 +0700" },
    { title: "Thông báo nghỉ lễ", link: "https://portal.example/tin/2", guid: "g2" },
  ];

  it("sends nothing of the backlog, then a new item of an auto-publishing source goes to its topic once", async () => {
    portal.set("/auto", { kind: "feed", body: rss(first), etag: '"a1"' });
    const id = await addSource("/auto", { autoPublish: true, topics: ["tin-hoat-dong"] });
    await pollAll();
    expect(await db.prisma.broadcast.count({ where: { newsItem: { sourceId: id } } })).toBe(0);
    portal.set("/auto", {
      kind: "feed",
      etag: '"a2"',
      body: rss([
        { title: "Ra quân <b>làm sạch</b> kênh", link: "https://portal.example/tin/3?utm_source=zalo", guid: "g3", description: "<p>Sáng nay <script>alert('x')</script>phường ra quân &amp; dọn kênh.</p>" },
        ...first,
        // the same article again under a tracking parameter, and under another link with the same title
        { title: "Ra quân làm sạch kênh!", link: "https://portal.example/tin/3-copy", guid: "g4" },
        { title: "Khác", link: "https://www.portal.example/tin/3/", guid: "g5" },
      ]),
    });
    const [poll] = (await pollAll()).filter((p) => p.sourceId === id);
    expect(poll).toMatchObject({ outcome: "new_items", stored: 1, broadcast: 1 });
    const item = await db.prisma.newsItem.findFirstOrThrow({ where: { sourceId: id, status: "published" } });
    expect(item.title).toBe("Ra quân làm sạch kênh");
    expect(item.summary).toBe("Sáng nay phường ra quân & dọn kênh.");
    const b = await db.prisma.broadcast.findFirstOrThrow({ where: { newsItemId: item.id } });
    expect(b).toMatchObject({ kind: "news", recipients: 7, link: "https://portal.example/tin/3", createdVia: "feed" });
    const again = (await pollAll()).find((p) => p.sourceId === id);
    expect(again).toMatchObject({ outcome: "not_modified", stored: 0 });
    expect(await db.prisma.broadcast.count({ where: { newsItemId: item.id } })).toBe(1);
  });

  it("keeps an item of a source that needs approval waiting; the editor sends it once, or skips it", async () => {
    portal.set("/review", { kind: "feed", body: rss([]) });
    const id = await addSource("/review");
    await pollAll();
    portal.set("/review", { kind: "feed", body: rss([{ title: "Văn bản mới về đất đai", link: "https://portal.example/vb/9" }, { title: "Tin không cần gửi", link: "https://portal.example/vb/10" }]) });
    await pollAll();
    const waiting = await items.list({ orgId: org.orgId, sourceId: id, statuses: ["pending_approval"], limit: 10 });
    expect(waiting.map((i) => i.title).sort()).toEqual(["Tin không cần gửi", "Văn bản mới về đất đai"]);
    expect(await db.prisma.broadcast.count({ where: { newsItemId: { in: waiting.map((i) => i.id) } } })).toBe(0);
    const send = waiting.find((i) => i.title.startsWith("Văn bản")) as { id: string };
    const drop = waiting.find((i) => i.title.startsWith("Tin")) as { id: string };
    const staff = (await db.prisma.staffAccount.create({ data: { orgId: org.orgId, email: `bbt-${Date.now()}@example.invalid`, fullName: "Biên tập", passwordHash: "x" } })).id;
    const { broadcastId } = await items.approveAndSend(send.id, staff);
    expect((await db.prisma.broadcast.findUniqueOrThrow({ where: { id: broadcastId } })).recipients).toBe(3);
    await expect(items.approveAndSend(send.id, staff)).rejects.toMatchObject({ httpStatus: 409 });
    expect((await items.skip(drop.id, staff)).status).toBe("skipped");
    await expect(items.approve(drop.id, staff)).rejects.toMatchObject({ httpStatus: 409 });
    await expect(items.skip("00000000-0000-4000-8000-00000000dead", staff)).rejects.toMatchObject({ httpStatus: 404 });
    expect(await items.countPending(org.orgId)).toBe(0);
  });

  it("records each broken feed's error and backs off, while a healthy source in the same poll still works", async () => {
    portal.set("/bad/xml", { kind: "feed", body: "<rss><channel><item><title>cắt ngang" });
    portal.set("/bad/html", { kind: "feed", body: "<html><body>Trang chủ</body></html>", contentType: "text/html" });
    portal.set("/bad/huge", { kind: "huge", megabytes: 3 });
    portal.set("/bad/loop-a", { kind: "redirect", to: "/bad/loop-b" });
    portal.set("/bad/loop-b", { kind: "redirect", to: "/bad/loop-a" });
    portal.set("/bad/hang", { kind: "hang" });
    portal.set("/bad/500", { kind: "status", status: 500 });
    portal.set("/moved", { kind: "redirect", to: "/good", status: 301 });
    portal.set("/good", { kind: "feed", body: rss([{ title: "Tin tốt", link: "https://portal.example/good/1" }]) });
    const bad = { xml: await addSource("/bad/xml"), html: await addSource("/bad/html"), huge: await addSource("/bad/huge"), loop: await addSource("/bad/loop-a"), hang: await addSource("/bad/hang"), five: await addSource("/bad/500") };
    const good = await addSource("/moved");
    const polledAt = new Date(clock.getTime() + 2 * 86_400_000);
    const polls = await pollAll();
    const errors = Object.fromEntries(await Promise.all(Object.entries(bad).map(async ([k, id]) => [k, (await source(id)).lastError])));
    expect(errors).toEqual({ xml: "malformed", html: "malformed", huge: "too_large", loop: "too_many_redirects", hang: "timeout", five: "http_500" });
    expect(polls.find((p) => p.sourceId === good)).toMatchObject({ outcome: "baselined", stored: 1 });
    expect((await source(good)).lastError).toBeNull();
    const xml = await source(bad.xml);
    expect(xml.failureCount).toBe(1);
    expect(xml.nextPollAt.getTime()).toBe(polledAt.getTime() + 15 * 60_000);
    expect(xml.leaseUntil).toBeNull();
    await pollAll();
    const twice = await source(bad.xml);
    expect(twice.failureCount).toBe(2);
    expect(twice.nextPollAt.getTime() - (twice.lastErrorAt as Date).getTime()).toBe(30 * 60_000);
    // a fixed feed clears its error
    portal.set("/bad/xml", { kind: "feed", body: rss([]) });
    await pollAll();
    expect(await source(bad.xml)).toMatchObject({ lastError: null, failureCount: 0 });
  }, 30_000);

  it("a paused source is not polled, and one poller at a time owns a source", async () => {
    portal.set("/paused", { kind: "feed", body: rss([]) });
    const id = await addSource("/paused");
    await db.prisma.newsSource.update({ where: { id }, data: { pausedAt: clock } });
    await pollAll();
    expect(portal.requestsTo("/paused")).toHaveLength(0);
    await db.prisma.newsSource.update({ where: { id }, data: { pausedAt: null } });
    clock = new Date(clock.getTime() + 2 * 86_400_000);
    const store = new PrismaNewsSourceStore(db.prisma);
    const [a, b] = await Promise.all([store.claimDue(clock, 100, new Date(clock.getTime() + 60_000)), store.claimDue(clock, 100, new Date(clock.getTime() + 60_000))]);
    const claimed = [...(a ?? []), ...(b ?? [])].filter((s) => s.id === id);
    expect(claimed).toHaveLength(1);
  }, 30_000);
});
