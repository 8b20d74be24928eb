/**
 * `POST /api/news` over HTTP on a real database: an editor token publishes and sends to the topic's subscribers,
 * the same link again is a no-op, `publish: false` waits for approval, and bad input, a missing token or a token
 * without the right role are refused without storing anything.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { CLI_OPERATOR } from "../../../src/core/staff/actor.js";
import type { Database } from "../../../src/db/database.js";
import { createApiAuth } from "../../../src/http/api/api-auth.js";
import { newsApiRouter } from "../../../src/http/api/news-api.js";
import { createApp } from "../../../src/http/app.js";
import { createMetrics } from "../../../src/http/metrics.js";
import { buildStaffServices } from "../../../src/wiring/console.js";
import { buildNews } from "../../../src/wiring/news.js";
import { backendName, openTestDb } from "../../support/db.js";
import { addSubscribers, createNewsOrg, type NewsOrg } from "../../support/news.js";

let db: Database;
let org: NewsOrg;
let server: Server;
let base: string;
let editorToken: string;
let leaderToken: string;

beforeAll(async () => {
  db = await openTestDb();
  org = await createNewsOrg(db, ["thong-bao", "van-ban-moi"]);
  const config = loadConfig({ DATA_DIR: "memory://", TELEGRAM_BOT_TOKEN: "123456:TEST-token-abcdefghijklmnop", NEWS_QUIET_HOURS: "off" });
  const staff = buildStaffServices(db, config);
  editorToken = (await staff.apiTokens.create(CLI_OPERATOR, { name: "CMS cổng", role: "editor" })).token;
  leaderToken = (await staff.apiTokens.create(CLI_OPERATOR, { name: "Báo cáo", role: "leader" })).token;
  const news = await buildNews(db, config);
  const auth = createApiAuth(staff.apiTokens);
  const app = createApp({ logger: pino({ level: "silent" }), metrics: createMetrics(), checkReady: async () => ({ ok: true }), routers: [auth.guard, newsApiRouter({ auth, items: news.items, topics: news.topics, orgId: news.orgId })], https: false });
  server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await addSubscribers(db, { channel: "telegram", count: 4, prefix: "api-", topicIds: [org.topics["van-ban-moi"] as string] });
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await db?.close();
});

async function push(body: unknown, token: string | null = editorToken): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${base}/api/news`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe(`POST /api/news (${backendName})`, () => {
  it("publishes and sends to the topic's subscribers once; the same link again changes nothing", async () => {
    const article = { link: "https://portal.example/vb/123?utm_source=cms", title: "Quyết định mới về <b>phí</b> trông xe", summary: "<p>Áp dụng từ 1/6.</p>", topics: ["van-ban-moi"], publishedAt: "2026-05-04T08:00:00+07:00" };
    const first = await push(article);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: "published", created: true, broadcastId: expect.any(String) });
    const item = await db.prisma.newsItem.findUniqueOrThrow({ where: { id: first.json.id as string } });
    expect(item).toMatchObject({ origin: "cms", title: "Quyết định mới về phí trông xe", summary: "Áp dụng từ 1/6." });
    expect((await db.prisma.broadcast.findUniqueOrThrow({ where: { id: first.json.broadcastId as string } })).recipients).toBe(4);
    const again = await push({ ...article, link: "https://portal.example/vb/123" });
    expect(again).toEqual({ status: 200, json: { id: first.json.id, status: "published", created: false, broadcastId: null } });
    expect(await db.prisma.broadcast.count({ where: { newsItemId: first.json.id as string } })).toBe(1);
  });

  it("leaves an item for approval with publish: false", async () => {
    const res = await push({ link: "https://portal.example/tb/9", title: "Thông báo chờ duyệt", topics: ["thong-bao"], publish: false });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ status: "pending_approval", broadcastId: null });
  });

  it("refuses bad input, a missing token and a token without the role, storing nothing", async () => {
    const before = await db.prisma.newsItem.count();
    const bad = await push({ link: "ftp://portal.example/x", title: "" });
    expect(bad.status).toBe(422);
    expect(bad.json.error).toMatchObject({ code: "invalid_input" });
    expect(String((bad.json.error as { message: string }).message)).toMatch(/link.*title|title.*link/su);
    expect((await push({ link: "https://portal.example/x", title: "x", topics: ["khong-co"] })).json.error).toMatchObject({ message: expect.stringContaining("unknown topic khong-co") });
    expect((await push("{not json")).status).toBe(400);
    expect((await push({ link: "https://portal.example/y", title: "y" }, null)).status).toBe(401);
    expect((await push({ link: "https://portal.example/y", title: "y" }, leaderToken)).status).toBe(403);
    expect(await db.prisma.newsItem.count()).toBe(before);
  });
});
