import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import cron from "node-cron";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import { openDatabase, type Database } from "./db/database.js";
import { generatedAdminNotice, seedDemo } from "./db/seed/seed.js";
import { createApp } from "./http/app.js";
import { createMetrics } from "./http/metrics.js";
import { InFlightWork } from "./core/shared/in-flight.js";
import { buildConversation } from "./wiring/conversation.js";
import { wireTelegram, wireZalo, type WiredChannel } from "./wiring/channels.js";
import { startDeliveryWorker } from "./jobs/delivery-worker.js";
import { runZaloTokenRefresh, ZALO_TOKEN_REFRESH_CRON } from "./jobs/zalo-token-refresh.js";

/**
 * The one composition root: config → database (migrations, demo seed) → conversation → channels → HTTP, workers
 * and schedules. Process roles (web, worker, scheduler) decide which parts run; all three by default.
 */
export interface RunningService {
  /** Base URL the HTTP server listens on (only with the web role). */
  url?: string;
  database: Database;
  /** Stops accepting, finishes in-flight work, closes the database. Safe to call twice. */
  stop(): Promise<void>;
}

/** A part that must be stopped on shutdown, in reverse start order. */
interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

/** An acknowledged message still unhandled after this long is taken to be lost by its process. */
const UNHANDLED_AFTER_MS = 2 * 60_000;

/** How often each process checks whether procedures were imported meanwhile, and rebuilds its index. */
const KNOWLEDGE_BASE_CHECK_MS = 60_000;

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onMigration: (msg, name) => logger.info({ migration: name }, msg),
  });
  const parts: Stoppable[] = [];
  const inFlight = new InFlightWork();
  let server: Server | undefined;
  let shuttingDown = false;
  const stopParts = async () => {
    for (const part of parts.reverse()) await part.stop().catch((err: unknown) => logger.error({ err, part: part.name }, "stop failed"));
  };
  try {
    const seeded = await seedDemo(database.prisma, config.admin);
    logger.info({ backend: database.kind, created: seeded.created }, "database ready");
    // Printed once, to the terminal only (never to the log stream), so the operator can sign in.
    const notice = generatedAdminNotice(seeded);
    if (notice) process.stderr.write(notice);

    const conversation = await buildConversation(database, logger, inFlight);
    const kbTimer = setInterval(() => {
      conversation.refreshKnowledgeBase().catch((err: unknown) => logger.error({ err }, "knowledge base reload failed"));
    }, KNOWLEDGE_BASE_CHECK_MS);
    kbTimer.unref();
    parts.push({ name: "knowledge base reload", stop: async () => clearInterval(kbTimer) });

    const channels = [wireTelegram(config, conversation, logger), await wireZalo(config, database, conversation, logger)].filter(
      (c): c is WiredChannel => c !== undefined,
    );
    for (const channel of channels) parts.push({ name: channel.name, stop: () => channel.stop() });
    logger.info({ channels: channels.map((c) => c.name) }, channels.length ? "channels configured" : "no messaging channel configured; try `npm run chat`");

    if (config.roles.has("worker")) {
      const worker = startDeliveryWorker({
        deliveries: conversation.deliveries,
        adapters: new Map(channels.map((c) => [c.name, c.adapter])),
        identities: conversation.identities,
        logger,
      });
      parts.push({ name: "delivery worker", stop: () => worker.stop() });
    }

    if (config.roles.has("scheduler")) {
      // Messages acknowledged to a platform but not handled (a crash in between) are handled here, once they are
      // old enough that no live process can still be working on them.
      const recover = () =>
        Promise.all(channels.map((c) => c.recover(new Date(Date.now() - UNHANDLED_AFTER_MS)))).catch((err: unknown) =>
          logger.error({ err }, "recovery of unhandled messages failed"),
        );
      const recoveryTimer = setInterval(() => void recover(), UNHANDLED_AFTER_MS);
      recoveryTimer.unref();
      void recover();
      parts.push({ name: "unhandled message recovery", stop: async () => clearInterval(recoveryTimer) });
      for (const channel of channels) {
        const tokens = channel.tokens;
        if (!tokens) continue;
        const task = cron.schedule(ZALO_TOKEN_REFRESH_CRON, () => runZaloTokenRefresh(tokens, logger), {
          timezone: "Asia/Ho_Chi_Minh",
          noOverlap: true,
          name: "zalo-token-refresh",
        });
        parts.push({ name: "zalo token refresh", stop: async () => void (await task.destroy()) });
      }
    }

    if (config.roles.has("web")) {
      const app = createApp({
        logger,
        metrics: createMetrics(),
        checkReady: () => database.isReady(),
        routers: channels.flatMap((c) => (c.router ? [c.router] : [])),
        isShuttingDown: () => shuttingDown,
      });
      server = await listen(app, config.port);
      for (const channel of channels) {
        await channel.start?.().catch((err: unknown) => logger.error({ err, channel: channel.name }, "channel could not register with its platform; webhooks are still accepted"));
      }
      logger.info({ port: (server.address() as AddressInfo).port, roles: [...config.roles] }, "motcua is listening");
    }
  } catch (error) {
    await stopParts();
    await database.close();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    url: server ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : undefined,
    database,
    stop: () => {
      stopping ??= (async () => {
        shuttingDown = true;
        if (server) await closeServer(server, 3_000);
        await stopParts();
        const left = await inFlight.drain(1_500);
        if (left > 0) logger.warn({ left }, "stopped with acknowledged messages still in flight; they stay stored as received");
        await database.close();
        logger.info("motcua stopped");
      })();
      return stopping;
    },
  };
}

function listen(app: ReturnType<typeof createApp>, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port);
    server.once("listening", () => resolve(server));
    server.once("error", reject);
  });
}

/** Stops accepting connections, lets in-flight requests finish, and cuts what is still open after `graceMs`. */
function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
