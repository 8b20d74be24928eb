/**
 * `motcua broadcast send|status|cancel` over a real database while a news worker (the service's) sends to a fake
 * Telegram: the command only enqueues; `--wait --json` prints the final figures; bad input is one clear line.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TelegramChannel } from "../../../bots/telegram/telegram-channel.js";
import { runBroadcastCancel, runBroadcastSend, runBroadcastStatus, type OpenNews } from "../../../src/cli/commands/broadcast.js";
import { loadConfig } from "../../../src/config.js";
import type { Database } from "../../../src/db/database.js";
import { PrismaIdentityStore } from "../../../src/db/repositories/identity-repository.js";
import { startNewsWorker } from "../../../src/jobs/news-worker.js";
import { buildNews, type News } from "../../../src/wiring/news.js";
import { FakeTelegramApi } from "../../fakes/telegram-api.js";
import { backendName, openTestDb } from "../../support/db.js";
import { addSubscribers, createNewsOrg, type NewsOrg } from "../../support/news.js";

const logger = pino({ level: "silent" });
let db: Database;
let org: NewsOrg;
let tg: FakeTelegramApi;
let telegram: TelegramChannel;
let news: News;
let open: OpenNews;

function io() {
  let out = "";
  let err = "";
  return { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, out: () => out, err: () => err };
}

beforeAll(async () => {
  db = await openTestDb();
  org = await createNewsOrg(db, ["thong-bao", "canh-bao-lua-dao"]);
  tg = await FakeTelegramApi.start();
  telegram = new TelegramChannel({ botToken: "123:abc", apiRoot: tg.apiRoot, globalRatePerSec: 1000 });
  news = await buildNews(db, loadConfig({ DATA_DIR: "memory://", TELEGRAM_BOT_TOKEN: "123456:TEST-token-abcdefghijklmnop", NEWS_QUIET_HOURS: "off", TELEGRAM_GLOBAL_RATE: "30" }));
  // the command closes what it opened; the test's database stays open
  open = async () => ({ news, close: async () => undefined });
  await addSubscribers(db, { channel: "telegram", count: 12, prefix: "cli-a", topicIds: [org.topics["canh-bao-lua-dao"] as string] });
  await addSubscribers(db, { channel: "telegram", count: 5, prefix: "cli-b", topicIds: [org.topics["thong-bao"] as string] });
});

afterAll(async () => {
  await telegram?.close();
  await tg?.close();
  await db?.close();
});

describe(`motcua broadcast (${backendName})`, () => {
  it("send --wait --json enqueues, the running worker sends, and the figures come out as JSON", async () => {
    const worker = startNewsWorker({ sender: news.senderFor(new Map([["telegram", telegram]]), new PrismaIdentityStore(db.prisma, db.sql), logger), broadcasts: news.broadcasts, logger, idleMs: 50 });
    try {
      const run = io();
      const code = await runBroadcastSend({ text: "Cảnh giác cuộc gọi giả danh công an", title: "Cảnh báo lừa đảo", topic: "canh-bao-lua-dao", link: "https://portal.example/canh-bao", wait: true, json: true }, open, run, (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 100))));
      expect(run.err()).toBe("");
      expect(code).toBe(0);
      const figures = JSON.parse(run.out()) as Record<string, unknown>;
      expect(figures).toEqual({ broadcastId: expect.any(String), recipients: 12, sent: 12, failed: 0, deferred: 0 });
      expect(tg.callsOf("sendMessage").filter((c) => String(c.payload.chat_id).startsWith("cli-a"))).toHaveLength(12);
      expect(tg.callsOf("sendMessage").some((c) => String(c.payload.chat_id).startsWith("cli-b"))).toBe(false);
      const status = io();
      expect(await runBroadcastStatus(figures.broadcastId as string, { json: true }, open, status)).toBe(0);
      expect(JSON.parse(status.out())).toMatchObject({ sent: 12, status: "done" });
    } finally {
      await worker.stop();
    }
  });

  it("without a worker running it only enqueues; cancel then stops every delivery", async () => {
    const run = io();
    expect(await runBroadcastSend({ text: "Lịch tiếp công dân tuần này\nThứ Năm, 8h–11h.", topic: "thong-bao" }, open, run)).toBe(0);
    const id = /Broadcast ([0-9a-f-]{36})/u.exec(run.out())?.[1] as string;
    expect(run.out()).toContain("Lịch tiếp công dân tuần này");
    expect(run.out()).toContain(`motcua broadcast status ${id}`);
    expect(await db.prisma.delivery.count({ where: { broadcastId: id, status: "pending" } })).toBe(5);
    const cancel = io();
    expect(await runBroadcastCancel(id, open, cancel)).toBe(0);
    expect(cancel.out()).toContain("0 of 5 had been sent; 5 will not be");
    expect(await db.prisma.delivery.count({ where: { broadcastId: id, status: "cancelled" } })).toBe(5);
  });

  it("bad input is one line and exit code 2, with nothing enqueued", async () => {
    const before = await db.prisma.broadcast.count();
    const cases: Array<[() => Promise<number>, RegExp]> = [
      [() => runBroadcastSend({ text: "  " }, open, last), /text is empty/],
      [() => runBroadcastSend({ text: "x", topic: "khong-co" }, open, last), /unknown topic khong-co; topics are: thong-bao, canh-bao-lua-dao/],
      [() => runBroadcastSend({ text: "x", link: "javascript:alert(1)" }, open, last), /http\(s\)/],
      [() => runBroadcastStatus("123", {}, open, last), /not a broadcast id/],
      [() => runBroadcastCancel("00000000-0000-4000-8000-000000000000", open, last), /No broadcast/],
    ];
    let last = io();
    for (const [run, message] of cases) {
      last = io();
      expect(await run()).toBe(2);
      expect(last.err()).toMatch(message);
      expect(last.err().trim().split("\n")).toHaveLength(1);
    }
    expect(await db.prisma.broadcast.count()).toBe(before);
  });
});
