import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createLogger } from "../../logger.js";
import { openDatabase } from "../../db/database.js";
import { generatedAdminNotice, seedDemo } from "../../db/seed/seed.js";
import { startService } from "../../main.js";
import { runGuarded } from "../run-guarded.js";

/** `motcua start`, `motcua migrate`, `motcua seed`. */
export function registerServiceCommands(program: Command): void {
  program
    .command("start")
    .description("run the service (HTTP, bots, workers and schedules, as ROLES says)")
    .action(() =>
      runGuarded(async () => {
        const config = loadConfig();
        const logger = createLogger({ level: config.logLevel, pretty: config.prettyLogs, hashSecret: config.logHashSecret });
        const service = await startService(config, logger);
        const shutdown = (signal: string) => {
          logger.info({ signal }, "shutting down");
          const hardStop = setTimeout(() => process.exit(1), 10_000);
          hardStop.unref();
          service.stop().then(
            () => process.exit(0),
            (err: unknown) => {
              logger.error({ err }, "shutdown failed");
              process.exit(1);
            },
          );
        };
        process.once("SIGTERM", () => shutdown("SIGTERM"));
        process.once("SIGINT", () => shutdown("SIGINT"));
      }),
    );

  program
    .command("migrate")
    .description("apply pending database migrations and exit")
    .action(() =>
      runGuarded(async () => {
        const config = loadConfig();
        const db = await openDatabase({
          databaseUrl: config.databaseUrl,
          dataDir: config.dataDir,
          onMigration: (msg, name) => process.stdout.write(`${msg}: ${name}\n`),
        });
        process.stdout.write(`migrations up to date (${db.kind})\n`);
        await db.close();
      }),
    );

  program
    .command("seed")
    .description("create the demo ward, its departments, categories, topics and the bootstrap administrator (idempotent)")
    .action(() =>
      runGuarded(async () => {
        const config = loadConfig();
        const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
        try {
          const result = await seedDemo(db.prisma, config.admin);
          process.stdout.write(`seeded: ${JSON.stringify(result.created)}\n`);
          const notice = generatedAdminNotice(result);
          if (notice) process.stderr.write(notice);
        } finally {
          await db.close();
        }
      }),
    );
}
