/**
 * The Telegram channel: verifies webhooks (constant time), parses updates, renders and sends replies with the
 * platform's pacing rules (bots/telegram/bot-api-client.ts), and registers the webhook and the command menu through
 * telegraf's API client.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { Telegram } from "telegraf";
import { ChannelError, type InboundMessage, type OutboundMessage, type Recipient, type WebhookChannel, type WebhookHeaders } from "../../src/core/channels/contract.js";
import { AppError } from "../../src/core/shared/app-error.js";
import { BOT_COMMANDS } from "../../src/core/conversation/messages.vi.js";
import { BotApiClient } from "./bot-api-client.js";
import { toChannelError } from "./errors.js";
import { parseUpdate } from "./parse-update.js";
import { RateScheduler } from "./rate-scheduler.js";
import { renderTelegram, type TelegramCall } from "./render.js";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface TelegramChannelOptions {
  botToken: string;
  /** Checked on X-Telegram-Bot-Api-Secret-Token. Without it every webhook is refused. */
  webhookSecret?: string;
  apiRoot: string;
  globalRatePerSec: number;
  /** A 429 whose retry_after is at most this is waited out in process; longer ones go to the delivery queue. */
  maxInlineWaitSec?: number;
  /** A Bot API call that takes longer is aborted and counts as unavailable (default 10 s). */
  callTimeoutMs?: number;
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

export class TelegramChannel implements WebhookChannel {
  readonly channel = "telegram" as const;
  /** telegraf's client, for registration and long polling. */
  readonly api: Telegram;
  /** The client replies go through. */
  private readonly client: BotApiClient;
  private readonly scheduler: RateScheduler;
  private readonly secretDigest: Buffer | undefined;

  constructor(private readonly opts: TelegramChannelOptions) {
    this.api = new Telegram(opts.botToken, { apiRoot: opts.apiRoot, webhookReply: false });
    this.client = new BotApiClient({ apiRoot: opts.apiRoot, botToken: opts.botToken, timeoutMs: opts.callTimeoutMs ?? 10_000 });
    this.scheduler = new RateScheduler({ globalPerSec: opts.globalRatePerSec });
    this.secretDigest = opts.webhookSecret ? digest(opts.webhookSecret) : undefined;
  }

  /** Compares the secret header with the configured secret in constant time (both hashed to equal length). */
  verifyWebhook(headers: WebhookHeaders): boolean {
    const raw = headers[SECRET_HEADER];
    const given = Array.isArray(raw) ? raw[0] : raw;
    if (!this.secretDigest || typeof given !== "string") return false;
    return timingSafeEqual(digest(given), this.secretDigest);
  }

  /** One Telegram Update (the webhook body) → messages; ignored kinds give []. */
  parseWebhook(body: unknown): InboundMessage[] {
    return parseUpdate(body);
  }

  /** Sends one message (maybe several API calls), paced; throws ChannelError. */
  async send(to: Recipient, message: OutboundMessage): Promise<{ platformMessageId?: string }> {
    let platformMessageId: string | undefined;
    for (const call of renderTelegram(to.externalUserId, message)) {
      platformMessageId = await this.call(to.externalUserId, call, true);
    }
    return platformMessageId === undefined ? {} : { platformMessageId };
  }

  /** Answers a button press so the client stops its spinner. Best effort. */
  async acknowledge(message: InboundMessage): Promise<void> {
    if (message.kind !== "choice" || !message.callbackId) return;
    await this.client.call("answerCallbackQuery", { callback_query_id: message.callbackId }).catch(() => undefined);
  }

  /**
   * The bytes of a file a citizen sent (a report's photo): getFile names its path, then the file server gives it.
   *
   * @throws ChannelError when the Bot API refuses or cannot be reached; AppError `photo_refused` past `maxBytes`.
   */
  async downloadFile(file: { platformFileId: string | null }, maxBytes: number): Promise<Uint8Array> {
    if (!file.platformFileId) throw new ChannelError("bad_request", "no file id");
    let info: { file_path?: string; file_size?: number };
    try {
      info = (await this.client.call("getFile", { file_id: file.platformFileId })) as { file_path?: string; file_size?: number };
    } catch (err) {
      throw toChannelError(err);
    }
    if (!info.file_path) throw new ChannelError("bad_request", "file not available");
    if ((info.file_size ?? 0) > maxBytes) throw new AppError("photo_refused", "file larger than the cap", 422);
    return this.client.download(info.file_path, maxBytes);
  }

  /** setWebhook with the secret; only the update kinds the bot reads. */
  async registerWebhook(url: string): Promise<void> {
    try {
      await this.api.setWebhook(url, {
        ...(this.opts.webhookSecret ? { secret_token: this.opts.webhookSecret } : {}),
        allowed_updates: ["message", "callback_query", "my_chat_member"],
      });
    } catch (err) {
      throw toChannelError(err);
    }
  }

  /** The Vietnamese command menu. */
  async registerCommands(): Promise<void> {
    try {
      await this.api.setMyCommands([...BOT_COMMANDS]);
    } catch (err) {
      throw toChannelError(err);
    }
  }

  /** Closes the reply client's connections. */
  async close(): Promise<void> {
    await this.client.close();
  }

  private async call(chatId: string, call: TelegramCall, mayWait: boolean): Promise<string | undefined> {
    await this.scheduler.acquire(chatId);
    try {
      const result = (await this.client.call(call.method, call.payload)) as { message_id?: number } | undefined;
      return result?.message_id === undefined ? undefined : String(result.message_id);
    } catch (err) {
      const error = toChannelError(err);
      if (error.kind === "rate_limited") {
        const wait = error.retryAfterSec ?? 1;
        this.scheduler.pause(chatId, wait);
        if (mayWait && wait <= (this.opts.maxInlineWaitSec ?? 5)) return this.call(chatId, call, false);
      }
      throw error;
    }
  }
}
