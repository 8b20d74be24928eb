/**
 * Starting the Telegram channel: in webhook mode register the webhook (with its secret) and the command menu; in
 * polling mode remove any webhook and run a getUpdates loop that feeds the same pipeline as the webhook route.
 */
import type { Update } from "telegraf/types";
import type { MessagePipeline, PipelineLogger } from "../../src/core/conversation/message-pipeline.js";
import { parseUpdate } from "./parse-update.js";
import type { TelegramChannel } from "./telegram-channel.js";

/** Path of the webhook route, mounted by src/http/routes/telegram-webhook.ts. */
export const TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram";

export interface StartTelegramOptions {
  channel: TelegramChannel;
  pipeline: MessagePipeline;
  mode: "webhook" | "polling";
  /** Required in webhook mode: the service's external URL, e.g. https://motcua.example.gov.vn. */
  publicBaseUrl?: string;
  logger: PipelineLogger;
  /** Long-poll timeout in seconds (default 25). */
  pollTimeoutSec?: number;
}

export interface RunningTelegram {
  /** Stops polling (webhook mode: nothing to stop) and waits for messages in hand to be handled. */
  stop(): Promise<void>;
}

/**
 * Registers the bot with Telegram and, in polling mode, starts receiving.
 *
 * @throws ChannelError when Telegram refuses the registration; Error when webhook mode lacks publicBaseUrl.
 */
export async function startTelegram(opts: StartTelegramOptions): Promise<RunningTelegram> {
  const { channel, pipeline, logger } = opts;
  await channel.registerCommands();
  if (opts.mode === "webhook") {
    if (!opts.publicBaseUrl) throw new Error("PUBLIC_BASE_URL is required for TELEGRAM_MODE=webhook");
    await channel.registerWebhook(`${opts.publicBaseUrl.replace(/\/+$/u, "")}${TELEGRAM_WEBHOOK_PATH}`);
    logger.info({ mode: "webhook" }, "telegram webhook registered");
    return { stop: () => pipeline.drain() };
  }
  await channel.api.deleteWebhook();
  const abort = new AbortController();
  const loop = pollLoop(opts, abort.signal);
  logger.info({ mode: "polling" }, "telegram polling started");
  return {
    stop: async () => {
      abort.abort();
      await loop;
      await pipeline.drain();
    },
  };
}

async function pollLoop(opts: StartTelegramOptions, signal: AbortSignal): Promise<void> {
  const { channel, pipeline, logger } = opts;
  let offset = 0;
  let failures = 0;
  while (!signal.aborted) {
    let updates: Update[];
    try {
      updates = (await channel.api.callApi(
        "getUpdates",
        { offset, timeout: opts.pollTimeoutSec ?? 25, allowed_updates: ["message", "callback_query", "my_chat_member"] },
        { signal: signal as never },
      )) as Update[];
      failures = 0;
    } catch (err) {
      if (signal.aborted) break;
      failures++;
      logger.warn({ err: err instanceof Error ? err.name : "unknown", failures }, "telegram getUpdates failed");
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** failures, 30_000)));
      continue;
    }
    try {
      // events are stored before the next getUpdates (with the new offset) confirms these updates to Telegram
      pipeline.dispatch(await pipeline.accept(updates.flatMap((u) => parseUpdate(u))));
      for (const u of updates) offset = Math.max(offset, u.update_id + 1);
    } catch (err) {
      logger.error({ err: err instanceof Error ? err.name : "unknown" }, "telegram updates not stored; fetching them again");
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
