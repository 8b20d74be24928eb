import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Router } from "express";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import { openDatabase, type Database } from "./db/database.js";
import { seedDemo } from "./db/seed/seed.js";
import { createApp } from "./http/app.js";
import { createMetrics } from "./http/metrics.js";
import { InFlightWork } from "./core/shared/in-flight.js";

/**
 * The one composition root: config → database (migrations, demo seed) → core services → bots → HTTP and jobs.
 * Process roles (web, worker, scheduler) decide which parts run; all three run in one process by default.
 */
export interface RunningService {
  /** Base URL the HTTP server listens on (only with the web role). */
  url?: string;
  database: Database;
  /** Stops accepting, finishes in-flight work, closes the database. Safe to call twice. */
  stop(): Promise<void>;
}

/** A part started by the composition root that must be stopped on shutdown (bots, workers, schedules). */
interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

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
  try {
    const seeded = await seedDemo(database.prisma, config.admin);
    logger.info({ backend: database.kind, created: seeded.created }, "database ready");
    if (seeded.generatedAdmin) {
      // Printed once, to the terminal only (never to the log stream), so the operator can sign in.
      process.stderr.write(
        `\nBootstrap administrator created: ${seeded.generatedAdmin.email}  password: ${seeded.generatedAdmin.password}\n` +
          `Change it after signing in; it is not shown again.\n\n`,
      );
    }

    const routers: Router[] = [];
    if (config.roles.has("web")) {
      const app = createApp({
        logger,
        metrics: createMetrics(),
        checkReady: () => database.isReady(),
        routers,
        isShuttingDown: () => shuttingDown,
      });
      server = await listen(app, config.port);
      const { port } = server.address() as AddressInfo;
      logger.info({ port, roles: [...config.roles] }, "motcua is listening");
    }
  } catch (error) {
    await database.close();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const url = server ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : undefined;
  return {
    url,
    database,
    stop: () => {
      stopping ??= (async () => {
        shuttingDown = true;
        if (server) await closeServer(server, 3_000);
        const left = await inFlight.drain(1_500);
        if (left > 0) logger.warn({ left }, "stopped with acknowledged messages still in flight; they stay stored as received");
        for (const part of parts.reverse()) {
          await part.stop().catch((err: unknown) => logger.error({ err, part: part.name }, "stop failed"));
        }
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
