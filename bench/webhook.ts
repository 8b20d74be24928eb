/**
 * bench/webhook: updates per second through POST /webhooks/telegram, each a procedure question answered to a fake
 * Bot API, on a fresh PostgreSQL database, with every update persisted and answered; and, in the same run, a bare
 * telegraf echo bot (webhook, one reply per update, same fake) as the ceiling. Also p99 ack latency at an offered
 * load of 300 updates/s. The system under test runs in a child process; this process drives load and hosts the fake.
 *
 *   npx tsx bench/webhook.ts [--updates 4000] [--rounds 3] [--concurrency 64] [--chats 1000] [--parallel 32]
 *                            [--db postgresql://postgres@127.0.0.1:5432/postgres] [--cpu-prof <dir>]
 *
 * --updates: updates per throughput phase; --rounds: rounds of four phases (echo and motcua throughput, then echo
 * and motcua at 300 updates/s for 10 s), the servers taking turns; --concurrency: webhook requests in flight in the throughput phase (closed loop); --chats: distinct citizens;
 * --parallel: messages handled at once (default: the service's own setting); --cpu-prof: write a V8 CPU profile of
 * the motcua child to <dir>. The child runs the production composition (src/main.ts startService, as `motcua start`)
 * on the fresh database, with the knowledge base imported by the import command's code. The service's Telegram
 * channel gets a global rate far above Telegram's 30/s: the fake has no limit and the benchmark measures the
 * service, not the pacing (per-chat pacing stays on; chats recur every few seconds). dbTransactionsPerUpdate counts
 * the transactions committed from the service ready to the service stopped. The last line is JSON.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import pg from "pg";
import { pino } from "pino";
import { Telegraf } from "telegraf";
import { runImportProcedures } from "../src/cli/commands/import.js";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { createLogger } from "../src/logger.js";
import { startService } from "../src/main.js";
import { FakeTelegramApi } from "../tests/fakes/telegram-api.js";

const TOKEN = "123456:BENCH-token-abcdefghijklmnop";
const SECRET = "bench-secret-0123456789";
const KB_FILE = fileURLToPath(new URL("../../shared/data/procedures/procedures_cap_xa.jsonl", import.meta.url));
const EVAL_FILE = fileURLToPath(new URL("../../shared/data/eval/qa_dev.jsonl", import.meta.url));
/** Citizen questions: the shared dev question set when present (170 real-style questions), else a few of our own. */
const FALLBACK_QUESTIONS = [
  "đăng ký kết hôn cần giấy tờ gì",
  "làm giấy khai sinh cho con hết bao nhiêu tiền",
  "thủ tục đăng ký thường trú",
  "chứng thực bản sao mất bao lâu",
  "dang ky khai tu can gi",
  "xin giấy xác nhận tình trạng hôn nhân ở đâu",
  "đăng ký hộ kinh doanh lệ phí",
  "cấp bản sao trích lục hộ tịch",
];
const QUESTIONS = existsSync(EVAL_FILE)
  ? readFileSync(EVAL_FILE, "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { question: string }).question)
  : FALLBACK_QUESTIONS;

const { values: args } = parseArgs({
  options: {
    serve: { type: "string" },
    "api-root": { type: "string" },
    db: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
    updates: { type: "string", default: "4000" },
    concurrency: { type: "string", default: "64" },
    chats: { type: "string", default: "1000" },
    rounds: { type: "string", default: "3" },
    parallel: { type: "string" },
    "cpu-prof": { type: "string" },
  },
});

// ───────────── system under test (child process) ─────────────

/**
 * motcua as `motcua start` composes it (src/main.ts: database, seed, knowledge base from the database, Telegram in
 * webhook mode, delivery worker, recovery and reload schedules, HTTP app), configured like a deployment. Two
 * differences, both for the fake Bot API: the global send rate (Telegram allows 30/s; the fake has no limit, and
 * per-chat pacing stays on) and, with --parallel, the number of messages handled at once.
 */
async function serveMotcua(apiRoot: string, dbUrl: string): Promise<{ port: number; stop(): Promise<void> }> {
  const config = loadConfig({
    NODE_ENV: "production",
    DATABASE_URL: dbUrl,
    PORT: "0",
    PUBLIC_BASE_URL: "https://motcua.bench.invalid",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_MODE: "webhook",
    ADMIN_EMAIL: "bench@motcua.invalid",
    ADMIN_PASSWORD: "bench-password-0123",
  });
  config.telegram.globalRatePerSec = 1_000_000;
  // production logging (JSON at the configured level), to stderr: stdout carries the port to the driver
  const logger = createLogger({ level: config.logLevel, pretty: false }, pino.destination(2));
  const service = await startService(config, logger, args.parallel ? { messagesHandledAtOnce: Number(args.parallel) } : {});
  return { port: Number(new URL(service.url ?? "").port), stop: () => service.stop() };
}

/** The ceiling: a bare telegraf bot answering each message with its text, on a plain node:http server. */
async function serveEcho(apiRoot: string): Promise<{ port: number; stop(): Promise<void> }> {
  const bot = new Telegraf(TOKEN, { telegram: { apiRoot, webhookReply: false } });
  bot.botInfo = { id: 1, is_bot: true, first_name: "echo", username: "echo_bot", can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
  bot.on("message", (ctx) => ctx.reply("text" in ctx.message ? ctx.message.text : "?"));
  const { createServer } = await import("node:http");
  const server = createServer({ keepAliveTimeout: 60_000 }, bot.webhookCallback("/webhooks/telegram", { secretToken: SECRET }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { port: typeof address === "object" && address ? address.port : 0, stop: async () => undefined };
}

async function serve(kind: string, apiRoot: string, dbUrl: string): Promise<void> {
  const running = kind === "echo" ? await serveEcho(apiRoot) : await serveMotcua(apiRoot, dbUrl);
  // finish what was acknowledged, then exit normally (which also lets --cpu-prof write its profile)
  process.once("SIGINT", () => void running.stop().finally(() => process.exit(0)));
  process.stdout.write(`${JSON.stringify({ port: running.port })}\n`);
}

// ───────────── driver ─────────────

function spawnServer(kind: string, apiRoot: string, dbUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...process.execArgv, ...(args["cpu-prof"] && kind === "motcua" ? ["--cpu-prof", `--cpu-prof-dir=${args["cpu-prof"]}`] : []), fileURLToPath(import.meta.url), "--serve", kind, "--api-root", apiRoot, "--db", dbUrl, ...(args.parallel ? ["--parallel", args.parallel] : [])], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
    child.stdout?.once("data", (chunk: Buffer) => resolve({ child, url: `http://127.0.0.1:${(JSON.parse(chunk.toString()) as { port: number }).port}/webhooks/telegram` }));
  });
}

let nextUpdateId = 1;
function update(chats: number): { body: string; chatId: number } {
  const id = nextUpdateId++;
  const chatId = 100_000 + (id % chats);
  const text = QUESTIONS[id % QUESTIONS.length] ?? "";
  const body = JSON.stringify({ update_id: id, message: { message_id: id, date: Math.floor(Date.now() / 1000), from: { id: chatId, is_bot: false, first_name: "Dân" }, chat: { id: chatId, type: "private" }, text } });
  return { body, chatId };
}

async function post(url: string, body: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  return performance.now() - started;
}

async function waitReplies(fake: FakeTelegramApi, count: number, timeoutMs = 120_000): Promise<void> {
  await fake.waitFor((calls) => calls.filter((c) => c.method === "sendMessage").length >= count, timeoutMs);
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux; NaN elsewhere). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100 on Linux)
  } catch {
    return NaN;
  }
}

/** Closed loop: `n` updates with `concurrency` in flight; time until every reply reached the fake. */
async function throughput(fake: FakeTelegramApi, url: string, n: number, concurrency: number, chats: number): Promise<number> {
  fake.calls.length = 0;
  const started = performance.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < n) {
        sent++;
        await post(url, update(chats).body);
      }
    }),
  );
  await waitReplies(fake, n);
  return n / ((performance.now() - started) / 1000);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0).toFixed(1));
}

/** Event-loop delay of the service since the previous scrape, in ms (prom-client resets its histogram on scrape). */
async function eventLoopMaxMs(webhookUrl: string): Promise<number> {
  const text = await (await fetch(new URL("/metrics", webhookUrl))).text();
  const line = /^motcua_nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text);
  return line ? Number((Number(line[1]) * 1000).toFixed(1)) : NaN;
}

/**
 * Open loop at `rate` updates/s for `seconds`: ack latencies, and the acks slower than 50 ms grouped into episodes
 * (acks less than 200 ms apart), so that a miss shows whether it was one stall or a steady slowness.
 */
async function ackLatency(fake: FakeTelegramApi, url: string, rate: number, seconds: number, chats: number) {
  fake.calls.length = 0;
  const acks: Promise<{ at: number; ms: number }>[] = [];
  const started = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const at = performance.now() - started;
    acks.push(post(url, update(chats).body).then((ms) => ({ at, ms })));
  }
  const done = await Promise.all(acks);
  await waitReplies(fake, rate * seconds);
  const slowEpisodes: { atS: number; acks: number; maxMs: number }[] = [];
  let last = -Infinity;
  for (const ack of done.filter((a) => a.ms > 50)) {
    const episode = slowEpisodes.at(-1);
    if (episode && ack.at - last < 200) Object.assign(episode, { acks: episode.acks + 1, maxMs: Math.max(episode.maxMs, Math.round(ack.ms)) });
    else slowEpisodes.push({ atS: Number((ack.at / 1000).toFixed(1)), acks: 1, maxMs: Math.round(ack.ms) });
    last = ack.at;
  }
  const ms = done.map((a) => a.ms);
  return { acks: ms, p50: percentile(ms, 0.5), p99: percentile(ms, 0.99), slowEpisodes };
}

interface RunningServer {
  kind: string;
  child: ChildProcess;
  url: string;
}

async function stopServer(server: RunningServer): Promise<void> {
  server.child.removeAllListeners("exit");
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGINT");
  await exited;
}

/** One throughput phase against one server, with the CPU the server used per update. */
async function throughputPhase(server: RunningServer, fake: FakeTelegramApi, n: number, concurrency: number, chats: number) {
  const cpuBefore = cpuMs(server.child.pid);
  const perSec = await throughput(fake, server.url, n, concurrency, chats);
  return { updatesPerSec: Math.round(perSec), cpuMsPerUpdate: (cpuMs(server.child.pid) - cpuBefore) / n };
}

/** One phase at 300 updates/s for 10 s against one server. */
async function latencyPhase(server: RunningServer, fake: FakeTelegramApi, chats: number) {
  const motcua = server.kind === "motcua";
  if (motcua) await eventLoopMaxMs(server.url);
  const cpuBefore = cpuMs(server.child.pid);
  const latency = await ackLatency(fake, server.url, 300, 10, chats);
  return { ...latency, cpuMsPerUpdate: (cpuMs(server.child.pid) - cpuBefore) / 3000, eventLoopMaxMs: motcua ? await eventLoopMaxMs(server.url) : NaN };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const round2 = (x: number) => Number(x.toFixed(2));

/**
 * Both servers run side by side and are measured in alternation, round after round (echo, motcua, echo, motcua …),
 * so that a change in the machine's speed during the run (seen here: the echo bot alone from 930 to 1,590 updates/s
 * between runs minutes apart) weighs on both alike. The ratio is the median of the rounds' ratios; the p99 is taken
 * over the acknowledgements of all rounds together.
 */
async function drive(): Promise<void> {
  const n = Number(args.updates);
  const concurrency = Number(args.concurrency);
  const chats = Number(args.chats);
  const rounds = Number(args.rounds);
  const admin = new pg.Client({ connectionString: args.db });
  await admin.connect();
  const dbName = `motcua_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const dbUrl = Object.assign(new URL(args.db ?? ""), { pathname: `/${dbName}` }).toString();
  const fake = await FakeTelegramApi.start({ token: TOKEN });
  const servers: RunningServer[] = [];
  let check: pg.Client | undefined;
  try {
    await (await openDatabase({ databaseUrl: dbUrl })).close(); // migrations
    // the knowledge base, as an operator loads it: `motcua import procedures <file>`
    const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
    const imported = await runImportProcedures(KB_FILE, {}, () => openDatabase({ databaseUrl: dbUrl, migrate: false }), { stdout: quiet, stderr: quiet });
    if (imported !== 0) throw new Error(`importing ${KB_FILE} failed (${imported})`);
    const stats = new pg.Client({ connectionString: dbUrl });
    check = stats;
    stats.on("error", () => undefined); // dropping the database at the end ends it
    await stats.connect();
    // transactions from the service ready to the service stopped (statistics are flushed lazily, within a second)
    const committed = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1100));
      return Number((await stats.query<{ n: string }>(`SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()`)).rows[0]?.n ?? 0);
    };
    const echo = { kind: "echo", ...(await spawnServer("echo", fake.apiRoot, dbUrl)) };
    servers.push(echo);
    const before = await committed();
    const motcua = { kind: "motcua", ...(await spawnServer("motcua", fake.apiRoot, dbUrl)) };
    servers.push(motcua);
    // warm-up: JIT, connection pools, every chat's identity
    for (const server of [echo, motcua]) await throughput(fake, server.url, chats, concurrency, chats);

    const perRound: Array<{ echo: number; motcua: number; ratio: number; echoCpu: number; motcuaCpu: number; motcuaCpuAt300: number; p99: number; echoP99: number; eventLoopMaxMs: number; slowAckEpisodes: unknown }> = [];
    const motcuaAcks: number[] = [];
    const echoAcks: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const e = await throughputPhase(echo, fake, n, concurrency, chats);
      const m = await throughputPhase(motcua, fake, n, concurrency, chats);
      const el = await latencyPhase(echo, fake, chats);
      const ml = await latencyPhase(motcua, fake, chats);
      echoAcks.push(...el.acks);
      motcuaAcks.push(...ml.acks);
      const round = {
        echo: e.updatesPerSec,
        motcua: m.updatesPerSec,
        ratio: round2(m.updatesPerSec / e.updatesPerSec),
        echoCpu: round2(e.cpuMsPerUpdate),
        motcuaCpu: round2(m.cpuMsPerUpdate),
        motcuaCpuAt300: round2(ml.cpuMsPerUpdate),
        p99: ml.p99,
        echoP99: el.p99,
        eventLoopMaxMs: ml.eventLoopMaxMs,
        slowAckEpisodes: ml.slowEpisodes,
      };
      perRound.push(round);
      process.stderr.write(`round ${r + 1}: ${JSON.stringify(round)}\n`);
    }
    for (const server of servers.splice(0)) await stopServer(server);
    const transactions = (await committed()) - before;
    const { rows } = await stats.query<{ status: string; n: string }>(`SELECT status, count(*) AS n FROM "InboundEvent" GROUP BY status`);
    const stored = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    const expected = chats + rounds * (n + 300 * 10);
    const result = {
      updatesPerRound: n,
      rounds,
      concurrency,
      distinctQuestions: QUESTIONS.length,
      echoUpdatesPerSec: median(perRound.map((r) => r.echo)),
      motcuaUpdatesPerSec: median(perRound.map((r) => r.motcua)),
      ratio: median(perRound.map((r) => r.ratio)),
      ratios: perRound.map((r) => r.ratio),
      echoCpuMsPerUpdate: median(perRound.map((r) => r.echoCpu)),
      motcuaCpuMsPerUpdate: median(perRound.map((r) => r.motcuaCpu)),
      motcuaCpuMsPerUpdateAt300: median(perRound.map((r) => r.motcuaCpuAt300)),
      motcuaAckP50MsAt300: percentile(motcuaAcks, 0.5),
      motcuaAckP99MsAt300: percentile(motcuaAcks, 0.99),
      motcuaAckP99MsAt300ByRound: perRound.map((r) => r.p99),
      echoAckP99MsAt300: percentile(echoAcks, 0.99),
      motcuaEventLoopMaxMsAt300: perRound.map((r) => r.eventLoopMaxMs),
      motcuaSlowAckEpisodesAt300: perRound.map((r) => r.slowAckEpisodes),
      eventsStored: stored,
      dbTransactionsPerUpdate: round2(transactions / expected),
      allPersistedAndAnswered: stored.processed === expected,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    for (const server of servers) await stopServer(server);
    await check?.end().catch(() => undefined);
    await fake.close();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
}

if (args.serve) await serve(args.serve, args["api-root"] ?? "", args.db ?? "");
else await drive();
