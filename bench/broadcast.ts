/**
 * bench/broadcast: a broadcast to Telegram subscribers on PostgreSQL against a fake Bot API that answers 429 beyond
 * 30 sends per second, with the send worker in a child process that is killed with SIGKILL part-way and started
 * again. Reports the sustained send rate against the configured limit (TELEGRAM_GLOBAL_RATE), 429s received,
 * subscribers never reached (lost) and reached twice (duplicates), and the time to fan out 100,000 deliveries (with the
 * load average before and after; `--fanout-only` measures that alone).
 *
 *   npx tsx bench/broadcast.ts [--subscribers 20000] [--rate 25] [--kill-at 0.4] [--fanout 100000] [--fanout-rounds 3]
 *                              [--fanout-only] [--db postgresql://postgres@127.0.0.1:5432/postgres]
 *
 * A fresh database is created and dropped. Sustained rate: ok sends per second over each worker's steady stretch
 * (its longest run of sends without a pause, from the 200th send), the killed one's and the restarted one's,
 * weighted by sends. The restarted
 * worker takes the killed worker's claimed rows once their lease (60 s) expires; the sends it had in flight when
 * killed may repeat (at most maxInFlight, 16). The last line is JSON.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { BroadcastService } from "../src/core/news/broadcast-service.js";
import { openDatabase, type Database } from "../src/db/database.js";
import { PrismaBroadcastStore } from "../src/db/repositories/news/broadcast-repository.js";
import { FakeTelegramApi } from "../tests/fakes/telegram-api.js";
import { addSubscribers, createNewsOrg, statusCounts } from "../tests/support/news.js";

const { values: args } = parseArgs({
  options: {
    subscribers: { type: "string", default: "20000" },
    rate: { type: "string", default: "25" },
    "kill-at": { type: "string", default: "0.4" },
    fanout: { type: "string", default: "100000" },
    "fanout-rounds": { type: "string", default: "3" },
    "fanout-only": { type: "boolean", default: false },
    db: { type: "string", default: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
});
const SUBSCRIBERS = Number(args.subscribers);
const RATE = Number(args.rate);
const FANOUT = Number(args.fanout);
const TOKEN = "123456:BENCH-token-abcdefghijklmnop";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const log = (msg: string) => process.stderr.write(`[bench/broadcast] ${msg}\n`);

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: args.db });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function service(db: Database) {
  return new BroadcastService({ store: new PrismaBroadcastStore(db.prisma), channels: ["telegram"], timeZone: "Asia/Ho_Chi_Minh", defaultQuietHours: null, digestHour: 18 });
}

function startWorker(url: string, apiRoot: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/broadcast-worker.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", DATABASE_URL: url, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, TELEGRAM_GLOBAL_RATE: String(RATE), NEWS_QUIET_HOURS: "off", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => d.toString().includes("ready") && resolve(child));
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Ok sends per second over a worker's steady stretch: its longest run of sends without a pause over 5 s (the
 * restarted worker pauses while the killed worker's leases run out), from the run's `skip`-th send.
 */
function steadyRate(times: number[], skip = 200): { sends: number; perSec: number } {
  const runs: number[][] = [[]];
  for (const t of times) {
    const run = runs.at(-1) as number[];
    if (run.length > 0 && t - (run.at(-1) as number) > 5000) runs.push([t]);
    else run.push(t);
  }
  const steady = runs.reduce((a, b) => (b.length > a.length ? b : a)).slice(skip);
  if (steady.length < 2) return { sends: 0, perSec: 0 };
  return { sends: steady.length, perSec: (steady.length - 1) / (((steady.at(-1) as number) - (steady[0] as number)) / 1000) };
}

const dbName = `motcua_bench_broadcast_${randomBytes(4).toString("hex")}`;
await admin(`CREATE DATABASE ${dbName}`);
const url = new URL(args.db);
url.pathname = `/${dbName}`;
const db = await openDatabase({ databaseUrl: url.toString() });
const fake = await FakeTelegramApi.start({ token: TOKEN, maxSendsPerSec: 30, latencyMs: 30 });
let worker: ChildProcess | undefined;
try {
  const org = await createNewsOrg(db, ["fan", "rate"]);

  // fan-out: one statement per broadcast, on a database holding both audiences
  log(`creating ${FANOUT} + ${SUBSCRIBERS} subscribers`);
  await addSubscribers(db, { channel: "telegram", count: FANOUT, prefix: "f", topicIds: [org.topics.fan as string] });
  const chats = await addSubscribers(db, { channel: "telegram", count: SUBSCRIBERS, prefix: "r", topicIds: [org.topics.rate as string] });
  const loadBefore = loadavg()[0] as number;
  // a live database has long since vacuumed its subscribers (hint bits set, statistics known)
  await db.prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
  const fanOutMs: number[] = [];
  for (let i = 0; i < Number(args["fanout-rounds"]); i++) {
    const started = performance.now();
    const { id, recipients } = await service(db).create({ orgId: org.orgId, kind: "announcement", title: `Fan-out ${i}`, body: "x", topicIds: [org.topics.fan as string], urgent: false, createdVia: "cli" });
    fanOutMs.push(Math.round(performance.now() - started));
    if (recipients !== FANOUT) throw new Error(`fan-out reached ${recipients}, expected ${FANOUT}`);
    await service(db).cancel(id);
    // the next round starts from the same table, as autovacuum would leave it
    await db.prisma.$executeRawUnsafe(`DELETE FROM "Delivery" WHERE "broadcastId" = $1::uuid`, id);
    await db.prisma.$executeRawUnsafe(`VACUUM "Delivery"`);
    log(`fan-out of ${FANOUT}: ${fanOutMs.at(-1)} ms`);
  }
  const fanOutFigures = { fanOut: FANOUT, fanOutMs, loadAverage: [loadBefore, loadavg()[0] as number].map((l) => Number(l.toFixed(1))) };
  const result = args["fanout-only"] ? fanOutFigures : { ...(await sendWithKill(org.orgId, org.topics.rate as string, chats)), ...fanOutFigures };
  log(JSON.stringify(result, null, 1));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  worker?.kill("SIGTERM");
  await sleep(500);
  await fake.close();
  await db.close();
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}

/** Sends a broadcast to `chats` with the worker killed part-way and restarted; its figures. */
async function sendWithKill(orgId: string, topicId: string, chats: string[]) {
  // sending, with the worker killed part-way
  worker = await startWorker(url.toString(), fake.apiRoot);
  const { id } = await service(db).create({ orgId, kind: "announcement", title: "Lịch cắt nước", body: "Ngày mai cắt nước từ 8h đến 12h.", topicIds: [topicId], urgent: false, createdVia: "cli" });
  const okSends = () => fake.calls.filter((c) => c.method === "sendMessage" && c.outcome === "ok");
  const killAt = Math.round(SUBSCRIBERS * Number(args["kill-at"]));
  while (okSends().length < killAt) await sleep(200);
  worker.kill("SIGKILL");
  const killedAt = Date.now();
  await new Promise((r) => worker?.once("exit", r));
  const beforeKill = okSends().map((c) => c.at);
  log(`killed the worker after ${beforeKill.length} sends; restarting`);
  worker = await startWorker(url.toString(), fake.apiRoot);
  const deadline = Date.now() + (SUBSCRIBERS / RATE) * 3000 + 180_000;
  for (;;) {
    const b = await db.prisma.broadcast.findUniqueOrThrow({ where: { id } });
    if (b.status === "done") break;
    if (Date.now() > deadline) throw new Error("the broadcast did not finish in time");
    await sleep(1000);
  }
  const all = okSends();
  const afterKill = all.filter((c) => c.at > killedAt).map((c) => c.at);
  const first = steadyRate(beforeKill);
  const second = steadyRate(afterKill);
  const sustained = (first.perSec * first.sends + second.perSec * second.sends) / (first.sends + second.sends);
  const perChat = new Map<string, number>();
  for (const c of all) perChat.set(String(c.payload.chat_id), (perChat.get(String(c.payload.chat_id)) ?? 0) + 1);
  const lost = chats.filter((c) => !perChat.has(c)).length;
  const duplicates = [...perChat.values()].reduce((n, v) => n + v - 1, 0);
  const rateLimited = fake.calls.filter((c) => c.outcome === "rate_limited").length;
  return {
    subscribers: SUBSCRIBERS,
    configuredRatePerSec: RATE,
    sustainedPerSec: Number(sustained.toFixed(2)),
    sustainedShareOfLimit: Number((sustained / RATE).toFixed(3)),
    beforeKillPerSec: Number(first.perSec.toFixed(2)),
    afterRestartPerSec: Number(second.perSec.toFixed(2)),
    sentBeforeKill: beforeKill.length,
    rateLimited429: rateLimited,
    lost,
    duplicates,
    deliveries: await statusCounts(db, id),
  };
}
