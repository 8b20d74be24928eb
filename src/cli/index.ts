import { Command } from "commander";
import { registerServiceCommands } from "./commands/service.js";
import { registerImportCommand } from "./commands/import.js";
import { registerAskCommand } from "./commands/ask.js";
import { registerEvalCommand } from "./commands/eval.js";
import { registerEvalEmergencyCommand } from "./commands/eval-emergency.js";
import { registerEvalRoutingCommand } from "./commands/eval-routing.js";
import { createProcedureRepository } from "../db/repositories/procedure-repository.js";
import { registerChatCommand } from "./commands/chat.js";
import { buildConversation } from "../wiring/conversation.js";
import { startDeliveryWorker } from "../jobs/delivery-worker.js";
import { buildCalendarService } from "../wiring/calendar.js";
import { buildChatFeedback } from "../wiring/feedback.js";
import { createLogger } from "../logger.js";
import { generatedAdminNotice, seedDemo } from "../db/seed/seed.js";
import { loadConfig, loadDotEnvFile } from "../config.js";
import { openDatabase } from "../db/database.js";
import { registerStaffCommands } from "./commands/staff.js";
import { buildStaffServices } from "../wiring/console.js";
import { registerBroadcastCommands } from "./commands/broadcast.js";
import { buildNews } from "../wiring/news.js";
import { ProcedureAlerts, procedureChanges } from "../core/news/procedure-alerts.js";

/** How often `motcua chat` looks for its user's pushes (a ticket's status change). */
const CHAT_PUSH_CHECK_MS = 2_000;
/** How often `motcua chat` looks for procedures imported while it runs (two small counts on the database). */
const CHAT_KNOWLEDGE_BASE_CHECK_MS = 10_000;

/** The `motcua` command line. Each command lives in src/cli/commands and registers itself here. */
const program = new Command();
program
  .name("motcua")
  .description("motcua: procedure Q&A, citizen feedback and news for a Vietnamese local government, on Zalo and Telegram")
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

loadDotEnvFile();
registerServiceCommands(program);
const openConfiguredDatabase = () => {
  const config = loadConfig();
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
};
registerImportCommand(program, async () => {
  const config = loadConfig();
  const db = await openConfiguredDatabase();
  return {
    prisma: db.prisma,
    close: () => db.close(),
    procedureAlerts: async (before, after) => {
      const news = await buildNews(db, config);
      return new ProcedureAlerts(news.broadcasts, news.orgId).announce(procedureChanges(before, after));
    },
  };
});
registerAskCommand(program, async () => {
  const db = await openConfiguredDatabase();
  try {
    return await createProcedureRepository(db.prisma).listActive();
  } finally {
    await db.close();
  }
});
registerEvalCommand(program);
registerEvalEmergencyCommand(program);
registerEvalRoutingCommand(program);
registerStaffCommands(program, async () => {
  const config = loadConfig();
  const db = await openConfiguredDatabase();
  return { services: buildStaffServices(db, config), close: () => db.close() };
});
registerBroadcastCommands(program, async () => {
  const config = loadConfig();
  const db = await openConfiguredDatabase();
  try {
    return { news: await buildNews(db, config), close: () => db.close() };
  } catch (error) {
    await db.close();
    throw error;
  }
});
registerChatCommand(program, async () => {
  const config = loadConfig();
  // The chat prints to the terminal; only warnings and errors of the service go to stderr.
  const logger = createLogger({ level: "warn", pretty: false });
  const db = await openConfiguredDatabase();
  // a chat going through the running service cannot go on once that service stops: say so instead of "busy"
  void db.holderGone?.then((error) => {
    process.stderr.write(`\nmotcua: ${error.message}\n`);
    process.exit(1);
  });
  try {
    const seeded = await seedDemo(db.prisma, config.admin);
    const notice = generatedAdminNotice(seeded);
    if (notice) process.stderr.write(notice);
    const feedback = await buildChatFeedback(db, config.feedback, buildCalendarService(db).workingTimeOf(seeded.orgId), seeded.orgId);
    const conversation = await buildConversation(db, logger, undefined, {}, undefined, config.news, feedback.service);
    // procedures imported meanwhile (by `motcua import`, maybe through the running service) reach this chat too
    const kbTimer = setInterval(() => void conversation.refreshKnowledgeBase().catch(() => undefined), CHAT_KNOWLEDGE_BASE_CHECK_MS);
    kbTimer.unref();
    return {
      createPipeline: (channel) => conversation.pipelineFor(channel),
      // staff act on this user's tickets in the running service; their updates wait as deliveries to this chat
      startPushes: (channel, userId) =>
        startDeliveryWorker({ deliveries: conversation.deliveries, identities: conversation.identities, logger, adapters: new Map([[channel.channel, channel]]), recipients: [userId], intervalMs: CHAT_PUSH_CHECK_MS }),
      close: async () => {
        clearInterval(kbTimer);
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
});

await program.parseAsync(process.argv);
