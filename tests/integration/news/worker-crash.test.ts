/**
 * A send worker process killed with SIGKILL in the middle of a broadcast, on PostgreSQL (each process needs its own
 * connection to one database; the embedded database has one process): a second worker process started after it
 * finishes the broadcast once the dead worker's lease expires; every subscriber gets the message, and the only
 * repeats are sends the dead worker had in flight (at most 16).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BroadcastService } from "../../../src/core/news/broadcast-service.js";
import type { Database } from "../../../src/db/database.js";
import { PrismaBroadcastStore } from "../../../src/db/repositories/news/broadcast-repository.js";
import { FakeTelegramApi } from "../../fakes/telegram-api.js";
import { openTestDb } from "../../support/db.js";
import { addSubscribers, createNewsOrg, statusCounts } from "../../support/news.js";

const url = process.env.TEST_DATABASE_URL;
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

describe.skipIf(!url)("a worker process killed mid-broadcast (postgres)", () => {
  let db: Database;
  let fake: FakeTelegramApi;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    db = await openTestDb();
    fake = await FakeTelegramApi.start({ maxSendsPerSec: 30, latencyMs: 20 });
  });

  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    await fake?.close();
    await db?.close();
  });

  function worker(schema: string): Promise<ChildProcess> {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/news-worker-process.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", NEWS_TEST_DB_URL: url as string, NEWS_TEST_SCHEMA: schema, NEWS_TEST_API_ROOT: fake.apiRoot, NEWS_TEST_RATE: "25", NEWS_TEST_LEASE_MS: "20000" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.stdout?.on("data", (d: Buffer) => d.toString().includes("ready") && resolve(child));
      child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
    });
  }

  it("is finished by the next worker, each citizen reached, repeats at most the sends in flight", async () => {
    const schema = (await db.prisma.$queryRawUnsafe<Array<{ s: string }>>(`SELECT current_schema() AS s`))[0]?.s as string;
    const org = await createNewsOrg(db);
    const chats = await addSubscribers(db, { channel: "telegram", count: 240, prefix: "crash-", all: true, quietHours: "off" });
    const first = await worker(schema);
    const service = new BroadcastService({ store: new PrismaBroadcastStore(db.prisma), channels: ["telegram"], timeZone: "Asia/Ho_Chi_Minh", defaultQuietHours: null, digestHour: 18 });
    const { id } = await service.create({ orgId: org.orgId, kind: "announcement", title: "Thông báo", body: "Nội dung.", topicIds: [], urgent: false, createdVia: "cli" });
    const ok = () => fake.calls.filter((c) => c.method === "sendMessage" && c.outcome === "ok");
    await fake.waitFor(() => ok().length >= 80, 30_000);
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    const sentAtKill = ok().length;
    expect(sentAtKill).toBeLessThan(240);
    await worker(schema);
    const deadline = Date.now() + 90_000;
    while ((await db.prisma.broadcast.findUniqueOrThrow({ where: { id } })).status !== "done") {
      if (Date.now() > deadline) throw new Error(`not finished: ${JSON.stringify(await statusCounts(db, id))}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(await statusCounts(db, id)).toEqual({ sent: 240 });
    const perChat = new Map<string, number>();
    for (const c of ok()) perChat.set(String(c.payload.chat_id), (perChat.get(String(c.payload.chat_id)) ?? 0) + 1);
    expect(chats.filter((c) => !perChat.has(c))).toEqual([]);
    const repeats = [...perChat.values()].reduce((n, v) => n + v - 1, 0);
    expect(repeats).toBeLessThanOrEqual(16);
  }, 150_000);
});
