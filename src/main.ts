import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import cron from "node-cron";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import { openDatabase, type Database } from "./db/database.js";
import { generatedAdminNotice, seedDemo } from "./db/seed/seed.js";
import { createApp } from "./http/app.js";
import { createMetrics } from "./http/metrics.js";
import { createStoredOutcomeSource } from "./db/repositories/stored-outcomes-repository.js";
import { InFlightWork } from "./core/shared/in-flight.js";
import { ChannelStatusBoard } from "./core/channels/channel-status.js";
import { buildConversation, type ConversationTuning } from "./wiring/conversation.js";
import { wireTelegram, wireZalo, type WiredChannel } from "./wiring/channels.js";
import { startDeliveryWorker } from "./jobs/delivery-worker.js";
import { runZaloTokenRefresh, ZALO_TOKEN_REFRESH_CRON } from "./jobs/zalo-token-refresh.js";
import { startNewsWorker } from "./jobs/news-worker.js";
import { startNewsSchedule } from "./jobs/news-schedule.js";
import { startFeedPoll } from "./jobs/feed-poll.js";
import { HttpFeedFetcher } from "./jobs/feeds/http-feed-fetcher.js";
import { newsApiRouter } from "./http/api/news-api.js";
import { buildNews } from "./wiring/news.js";
import { buildStaffConsole } from "./wiring/console.js";
import { buildCalendarService } from "./wiring/calendar.js";
import { buildChatFeedback } from "./wiring/feedback.js";
import { buildDeadlineJob } from "./wiring/desk.js";
import { startDeadlineJob } from "./jobs/deadline-job.js";
import { startRoutingRetrain } from "./jobs/routing-retrain.js";
import { LocalFileStorage } from "./storage/local-file-storage.js";
import { StoredTicketPhotos } from "./storage/ticket-photo-files.js";
import { startAttachmentFetcher } from "./jobs/attachment-fetcher.js";
import type { FileSource } from "./core/feedback/attachments.js";
import { PrismaAttachmentQueue } from "./db/repositories/attachment-repository.js";
import os from "node:os";
import path from "node:path";
import { HOUSEKEEPING_CRON, runHousekeeping } from "./jobs/housekeeping.js";

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

/** Time from SIGTERM to closing the database. */
const SHUTDOWN_BUDGET_MS = 4_000;

/** How often the scheduler looks for acknowledged messages whose process died before handling them. */
const UNHANDLED_AFTER_MS = 60_000;

/** How often each process checks whether procedures were imported meanwhile, and rebuilds its index. */
const KNOWLEDGE_BASE_CHECK_MS = 60_000;

/** How often each process checks whether a newer routing model was trained (by any replica's scheduler). */
const ROUTING_MODEL_CHECK_MS = 60_000;

/** What a process runs on besides its configuration; production leaves it empty. */
export interface ServiceRuntime {
  /** The clock of the news engine and the editor's pages (a test moves it to a broadcast's scheduled time). */
  clock?: () => Date;
  /** How often the scheduler looks for scheduled broadcasts whose time came (default 15 s). */
  scheduledBroadcastCheckMs?: number;
}

/**
 * Starts the service as configured. `tuning` changes measured defaults (bench/webhook compares settings with it);
 * production leaves it and `runtime` empty.
 */
export async function startService(config: Config, logger: Logger, tuning: ConversationTuning = {}, runtime: ServiceRuntime = {}): Promise<RunningService> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    // the service holds its data directory itself; other commands then reach it through the service
    exclusive: true,
    onMigration: (msg, name) => logger.info({ migration: name }, msg),
  });
  const parts: Stoppable[] = [];
  const inFlight = new InFlightWork();
  let server: Server | undefined;
  let shuttingDown = false;
  /** Stops the parts in reverse order, each given what is left until `deadline`; work cut off stays stored. */
  const stopParts = async (deadline: number) => {
    for (const part of parts.reverse()) {
      const stopped = part.stop().then(
        () => true,
        (err: unknown) => (logger.error({ err, part: part.name }, "stop failed"), true),
      );
      const inTime = await Promise.race([stopped, sleep(Math.max(0, deadline - Date.now())).then(() => false)]);
      if (!inTime) logger.warn({ part: part.name }, "stopped waiting; unhandled messages stay stored and are handled after restart");
    }
  };
  try {
    const seeded = await seedDemo(database.prisma, config.admin);
    logger.info({ backend: database.kind, created: seeded.created }, "database ready");

    const channelStatus = new ChannelStatusBoard(logger);
    const metrics = createMetrics({ channelStatus, storedOutcomes: createStoredOutcomeSource(database.sql) });
    const files = new LocalFileStorage(uploadsDir(config.dataDir));
    const calendar = buildCalendarService(database);
    // the ticket core the chat and the console act through, on the organisation's working calendar
    const feedback = await buildChatFeedback(database, config.feedback, calendar.workingTimeOf(seeded.orgId), seeded.orgId);
    const conversation = await buildConversation(database, logger, inFlight, tuning, metrics.figures, config.news, feedback.service);
    const kbTimer = setInterval(() => {
      conversation.refreshKnowledgeBase().catch((err: unknown) => logger.error({ err }, "knowledge base reload failed"));
    }, KNOWLEDGE_BASE_CHECK_MS);
    kbTimer.unref();
    parts.push({ name: "knowledge base reload", stop: async () => clearInterval(kbTimer) });

    const channels = [wireTelegram(config, conversation, logger, channelStatus), await wireZalo(config, database, conversation, logger, channelStatus)].filter(
      (c): c is WiredChannel => c !== undefined,
    );
    for (const channel of channels) parts.push({ name: channel.name, stop: () => channel.stop() });
    logger.info({ channels: channels.map((c) => c.name) }, channels.length ? "channels configured" : "no messaging channel configured; try `npm run chat`");

    const news = await buildNews(database, config, runtime.clock);
    if (config.roles.has("worker")) {
      const adapters = new Map(channels.map((c) => [c.name, c.adapter]));
      const worker = startDeliveryWorker({ deliveries: conversation.deliveries, adapters, identities: conversation.identities, logger });
      parts.push({ name: "delivery worker", stop: () => worker.stop() });
      // photos of reports are fetched from the platforms after the ticket exists, retried until they are stored
      const sources = new Map(channels.flatMap((c) => (c.adapter.downloadFile ? [[c.name, c.adapter as FileSource] as const] : [])));
      const photoFetcher = startAttachmentFetcher({ queue: new PrismaAttachmentQueue(database.prisma), sources, photos: new StoredTicketPhotos(files), logger });
      parts.push({ name: "report photo fetcher", stop: () => photoFetcher.stop() });
      const newsWorker = startNewsWorker({ sender: news.senderFor(adapters, conversation.identities, logger), broadcasts: news.broadcasts, logger });
      parts.push({ name: "news worker", stop: () => newsWorker.stop() });
    }

    // a model retrained by the scheduler (here or in another replica) and the administrator's rule edits reach this
    // process's router within a minute
    const routingTimer = setInterval(() => {
      feedback.reloadClassifier().catch((err: unknown) => logger.error({ err }, "routing model reload failed"));
      feedback.reloadRules().catch((err: unknown) => logger.error({ err }, "routing rules reload failed"));
    }, ROUTING_MODEL_CHECK_MS);
    routingTimer.unref();
    parts.push({ name: "routing model reload", stop: async () => clearInterval(routingTimer) });
    const staffConsole = buildStaffConsole(database, config, { news, desk: { feedback: feedback.service, calendar, files } });

    if (config.roles.has("scheduler")) {
      const housekeeping = cron.schedule(HOUSEKEEPING_CRON, () => runHousekeeping(staffConsole.services.auth, logger, staffConsole.services.unanswered, staffConsole.removeUnusedImages), {
        timezone: "Asia/Ho_Chi_Minh",
        noOverlap: true,
        name: "housekeeping",
      });
      parts.push({ name: "housekeeping", stop: async () => void (await housekeeping.destroy()) });
      // Messages acknowledged to a platform but not handled (a crash in between) are handled here once the
      // accepting process's lease on them has expired.
      const recover = () =>
        Promise.all(channels.map((c) => c.recover(new Date()))).catch((err: unknown) =>
          logger.error({ err }, "recovery of unhandled messages failed"),
        );
      const recoveryTimer = setInterval(() => void recover(), UNHANDLED_AFTER_MS);
      recoveryTimer.unref();
      void recover();
      parts.push({ name: "unhandled message recovery", stop: async () => clearInterval(recoveryTimer) });
      const newsSchedule = startNewsSchedule({ broadcasts: news.broadcasts, logger, ...(runtime.scheduledBroadcastCheckMs ? { intervalMs: runtime.scheduledBroadcastCheckMs } : {}) });
      parts.push({ name: "news schedule", stop: () => newsSchedule.stop() });
      const feedFetcher = new HttpFeedFetcher();
      const feedPoll = startFeedPoll({ poller: news.feedPoller(logger, feedFetcher), logger, fetcher: feedFetcher });
      parts.push({ name: "feed polling", stop: () => feedPoll.stop() });
      if (feedback.routingModels) {
        const retrain = startRoutingRetrain({ store: feedback.routingModels, reload: feedback.reloadClassifier, logger });
        parts.push({ name: "routing retraining", stop: () => retrain.stop() });
      }
      const deadlineDeps = buildDeadlineJob(database, config, calendar, logger);
      const deadlines = startDeadlineJob(deadlineDeps);
      parts.push({ name: "ticket deadlines", stop: async () => (await deadlines.stop(), deadlineDeps.close()) });
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
        metrics,
        checkReady: () => database.isReady(),
        channelStatus,
        ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
        routers: [
          staffConsole.apiAuth.guard,
          newsApiRouter({ auth: staffConsole.apiAuth, items: news.items, topics: news.topics, orgId: news.orgId }),
          ...(staffConsole.media ? [staffConsole.media] : []),
          staffConsole.router,
          ...channels.flatMap((c) => (c.router ? [c.router] : [])),
        ],
        isShuttingDown: () => shuttingDown,
        https: config.https,
      });
      server = await listen(app, config.port);
      for (const channel of channels) {
        // registration retries in the background until the platform answers; only a configuration error throws
        await channel.start?.().catch((err: unknown) => channelStatus.misconfigured(channel.name, err instanceof Error ? err.message : "cannot start"));
      }
      const port = (server.address() as AddressInfo).port;
      logger.info({ port, roles: [...config.roles] }, "motcua is listening");
      const signInUrl = `${config.publicBaseUrl ?? `http://localhost:${port}`}/console/sign-in`;
      logger.info({ url: signInUrl }, "staff console");
      // Printed once, to the terminal only (never to the log stream), so the operator can sign in.
      const notice = generatedAdminNotice(seeded, signInUrl);
      if (notice) process.stderr.write(notice);
    } else {
      const notice = generatedAdminNotice(seeded);
      if (notice) process.stderr.write(notice);
    }
  } catch (error) {
    await stopParts(Date.now() + SHUTDOWN_BUDGET_MS);
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
        // SIGTERM must end within 5 s: requests get 2.5 s, everything else shares what is left of 4 s.
        const deadline = Date.now() + SHUTDOWN_BUDGET_MS;
        if (server) await closeServer(server, 2_500);
        await stopParts(deadline);
        const left = await inFlight.drain(Math.max(100, deadline - Date.now()));
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

/** Where photos are stored: DATA_DIR/uploads (a throw-away directory for an in-memory database). */
function uploadsDir(dataDir: string): string {
  return dataDir.startsWith("memory://") ? path.join(os.tmpdir(), `motcua-uploads-${process.pid}`) : path.join(dataDir, "uploads");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
