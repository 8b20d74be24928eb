/**
 * The news send worker of bench/broadcast.ts as its own process (so the benchmark can kill -9 it): the service's
 * composition of the worker role for Telegram, configured from the environment like `motcua start`
 * (DATABASE_URL, TELEGRAM_BOT_TOKEN, TELEGRAM_API_ROOT, TELEGRAM_GLOBAL_RATE). Prints "ready" once running.
 */
import { pino } from "pino";
import { TelegramChannel } from "../bots/telegram/telegram-channel.js";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { PrismaIdentityStore } from "../src/db/repositories/identity-repository.js";
import { startNewsWorker } from "../src/jobs/news-worker.js";
import { buildNews } from "../src/wiring/news.js";

const config = loadConfig(process.env);
const db = await openDatabase({ databaseUrl: config.databaseUrl, migrate: false });
const news = await buildNews(db, config);
const t = config.telegram;
const channel = new TelegramChannel({ botToken: t.botToken as string, apiRoot: t.apiRoot, globalRatePerSec: t.globalRatePerSec });
const logger = pino({ level: "warn" });
const worker = startNewsWorker({ sender: news.senderFor(new Map([["telegram", channel]]), new PrismaIdentityStore(db.prisma, db.sql), logger), broadcasts: news.broadcasts, logger, idleMs: 200 });
process.stdout.write("ready\n");
process.on("SIGTERM", () => {
  void worker.stop().then(async () => {
    await channel.close();
    await db.close();
    process.exit(0);
  });
});
