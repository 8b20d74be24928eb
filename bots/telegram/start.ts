/**
 * Starting the Telegram channel: in webhook mode register the webhook (with its secret) and the command menu; in
 * polling mode remove any webhook and run a getUpdates loop that feeds the same pipeline as the webhook route. When
 * the Bot API cannot be reached (a server booted before its network), registration and polling keep retrying with
 * back-off and the channel's status says so, so the bot starts answering as soon as Telegram can be reached.
 */
import type { Update } from "telegraf/types";
import type { ChannelStatusBoard } from "../../src/core/channels/channel-status.js";
import { keepConnecting, pause, reconnectDelayMs } from "../../src/core/channels/keep-connecting.js";
import type { MessagePipeline, PipelineLogger } from "../../src/core/conversation/message-pipeline.js";
import { describeTelegramFailure } from "./errors.js";
import { parseUpdate } from "./parse-update.js";
import type { TelegramChannel } from "./telegram-channel.js";

/** Path of the webhook route, mounted by src/http/routes/telegram-webhook.ts. */
export const TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram";

/** The channel's name on the status board. */
const CHANNEL = "telegram";

export interface StartTelegramOptions {
  channel: TelegramChannel;
  pipeline: MessagePipeline;
  mode: "webhook" | "polling";
  /** Required in webhook mode: the service's external URL, e.g. https://motcua.example.gov.vn. */
  publicBaseUrl?: string;
  logger: PipelineLogger;
  /** Where the channel reports whether it reaches Telegram. */
  status: ChannelStatusBoard;
  /** Long-poll timeout in seconds (default 25). */
  pollTimeoutSec?: number;
  /** Wait before retrying after n failures (default {@link reconnectDelayMs}). */
  retryDelayMs?: (failures: number) => number;
}

export interface RunningTelegram {
  /** Resolves true once registered (and, in polling mode, polling), false when stopped before that. */
  connected: Promise<boolean>;
  /** Stops retrying and polling, and waits for messages in hand to be handled. */
  stop(): Promise<void>;
}

/**
 * Registers the bot with Telegram and, in polling mode, starts receiving; both retry in the background until the
 * Bot API answers.
 *
 * @throws Error when webhook mode lacks publicBaseUrl (a configuration error: nothing would ever work).
 */
export async function startTelegram(opts: StartTelegramOptions): Promise<RunningTelegram> {
  const { channel, pipeline, logger, status } = opts;
  if (opts.mode === "webhook" && !opts.publicBaseUrl) throw new Error("PUBLIC_BASE_URL is required for TELEGRAM_MODE=webhook");
  status.register(CHANNEL);
  const webhookUrl = `${(opts.publicBaseUrl ?? "").replace(/\/+$/u, "")}${TELEGRAM_WEBHOOK_PATH}`;
  const abort = new AbortController();
  const connected = keepConnecting({
    channel: CHANNEL,
    board: status,
    signal: abort.signal,
    describe: describeTelegramFailure,
    ...(opts.retryDelayMs ? { delayMs: opts.retryDelayMs } : {}),
    attempt: async () => {
      await channel.registerCommands();
      // a webhook left registered makes getUpdates fail with 409, so polling removes it first
      if (opts.mode === "webhook") await channel.registerWebhook(webhookUrl);
      else await channel.api.deleteWebhook();
    },
  });
  const polling = connected.then(async (ok) => {
    if (!ok) return;
    logger.info({ mode: opts.mode }, opts.mode === "webhook" ? "telegram webhook registered" : "telegram polling started");
    if (opts.mode === "polling") await pollLoop(opts, abort.signal);
  });
  return {
    connected,
    stop: async () => {
      abort.abort();
      await polling;
      await pipeline.drain();
    },
  };
}

async function pollLoop(opts: StartTelegramOptions, signal: AbortSignal): Promise<void> {
  const { channel, pipeline, logger, status } = opts;
  const delay = opts.retryDelayMs ?? reconnectDelayMs;
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
      status.connected(CHANNEL);
    } catch (err) {
      if (signal.aborted) break;
      failures++;
      const { kind, detail } = describeTelegramFailure(err);
      status.failed(CHANNEL, kind, detail);
      await pause(delay(failures), signal);
      continue;
    }
    try {
      // events are stored before the next getUpdates (with the new offset) confirms these updates to Telegram
      pipeline.dispatch(await pipeline.accept(updates.flatMap((u) => parseUpdate(u))));
      for (const u of updates) offset = Math.max(offset, u.update_id + 1);
    } catch (err) {
      logger.error({ err: err instanceof Error ? err.name : "unknown" }, "telegram updates not stored; fetching them again");
      await pause(1000, signal);
    }
  }
}
