/**
 * A news send worker in its own process, for the crash test (tests/integration/news/worker-crash.test.ts): the
 * worker role's parts (Telegram channel, NewsSender over the database, the worker loop) on the PostgreSQL schema
 * given by NEWS_TEST_DB_URL / NEWS_TEST_SCHEMA, sending to NEWS_TEST_API_ROOT at NEWS_TEST_RATE per second with a
 * lease of NEWS_TEST_LEASE_MS. Prints "ready" once running; the test kills it with SIGKILL.
 */
import { pino } from "pino";
import { TelegramChannel } from "../../bots/telegram/telegram-channel.js";
import { NewsSender } from "../../src/core/news/news-sender.js";
import { openDatabase } from "../../src/db/database.js";
import { PrismaIdentityStore } from "../../src/db/repositories/identity-repository.js";
import { PrismaNewsDeliveryStore } from "../../src/db/repositories/news/news-delivery-repository.js";
import { PrismaSendBudget } from "../../src/db/repositories/news/send-budget-repository.js";
import { BroadcastService } from "../../src/core/news/broadcast-service.js";
import { PrismaBroadcastStore } from "../../src/db/repositories/news/broadcast-repository.js";
import { startNewsWorker } from "../../src/jobs/news-worker.js";

const env = process.env;
const db = await openDatabase({ databaseUrl: env.NEWS_TEST_DB_URL as string, schema: env.NEWS_TEST_SCHEMA as string, migrate: false, poolSize: 4 });
const rate = Number(env.NEWS_TEST_RATE ?? "25");
const channel = new TelegramChannel({ botToken: "123:abc", apiRoot: env.NEWS_TEST_API_ROOT as string, globalRatePerSec: rate });
const logger = pino({ level: "warn" });
const sender = new NewsSender({
  store: new PrismaNewsDeliveryStore(db.prisma),
  budget: new PrismaSendBudget(db.prisma),
  adapters: new Map([["telegram", channel]]),
  identities: new PrismaIdentityStore(db.prisma, db.sql),
  rates: { telegram: rate },
  timeZone: "Asia/Ho_Chi_Minh",
  defaultQuietHours: null,
  logger,
  leaseMs: Number(env.NEWS_TEST_LEASE_MS ?? "60000"),
});
const broadcasts = new BroadcastService({ store: new PrismaBroadcastStore(db.prisma), channels: ["telegram"], timeZone: "Asia/Ho_Chi_Minh", defaultQuietHours: null, digestHour: 18 });
startNewsWorker({ sender, broadcasts, logger, idleMs: 100 });
process.stdout.write("ready\n");
