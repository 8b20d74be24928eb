import type { Command } from "commander";
import { runTerminalChat, type TerminalChannel } from "../../../bots/terminal/terminal-channel.js";
import type { MessagePipeline } from "../../core/conversation/message-pipeline.js";
import { MSG } from "../../core/conversation/messages.vi.js";
import { runGuarded } from "../run-guarded.js";

/** What `motcua chat` needs from the composition root: the same engine and stores the service uses. */
export interface ChatServices {
  /** A message pipeline (engine, identities, events, deliveries) around the terminal channel. */
  createPipeline(channel: TerminalChannel): MessagePipeline;
  /** Sends the terminal user's queued deliveries (status changes of their tickets, news) into the running chat. */
  startPushes(channel: TerminalChannel, userId: string): { stop(): Promise<void> };
  /** Closes the database. */
  close(): Promise<void>;
}

/**
 * `motcua chat [--user <id>]`: talk to the bot in the terminal, on the configured database, with no tokens.
 *
 * @param program - the CLI program.
 * @param openServices - opens the database and builds the conversation services (wired in src/cli/index.ts).
 */
export function registerChatCommand(program: Command, openServices: () => Promise<ChatServices>): void {
  program
    .command("chat")
    .description("trò chuyện với bot trong terminal (cùng bộ máy hội thoại và cơ sở dữ liệu, không cần token)")
    .option("--user <id>", "mã người dùng terminal; cùng mã thì tiếp tục cùng cuộc hội thoại", "terminal-user")
    .action((opts: { user: string }) =>
      runGuarded(async () => {
        const services = await openServices();
        try {
          await runTerminalChat({
            input: process.stdin,
            output: process.stdout,
            createPipeline: services.createPipeline,
            startPushes: services.startPushes,
            userId: opts.user,
            banner: MSG.terminalBanner,
          });
        } finally {
          await services.close();
        }
      }),
    );
}
