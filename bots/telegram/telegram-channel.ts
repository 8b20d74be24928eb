/**
 * The Telegram channel: verifies webhooks (constant time), parses updates, renders and sends replies through
 * telegraf's API client with the platform's pacing rules, and registers the webhook and the command menu.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Agent } from "node:http";
import { Telegram } from "telegraf";
import type { InboundMessage, OutboundMessage, Recipient, WebhookChannel, WebhookHeaders } from "../../src/core/channels/contract.js";
import { BOT_COMMANDS } from "../../src/core/conversation/messages.vi.js";
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
  /** HTTP agent for the Bot API (keep-alive). */
  agent?: Agent;
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

export class TelegramChannel implements WebhookChannel {
  readonly channel = "telegram" as const;
  readonly api: Telegram;
  private readonly scheduler: RateScheduler;
  private readonly secretDigest: Buffer | undefined;

  constructor(private readonly opts: TelegramChannelOptions) {
    this.api = new Telegram(opts.botToken, { apiRoot: opts.apiRoot, webhookReply: false });
    // telegraf drops the agent for http:// roots; keep-alive still matters for a local Bot API server
    if (opts.agent) this.api.options.agent = opts.agent;
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
    await this.api.answerCbQuery(message.callbackId, undefined, { signal: this.signal() } as never).catch(() => undefined);
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

  private signal(): AbortSignal {
    return AbortSignal.timeout(this.opts.callTimeoutMs ?? 10_000);
  }

  private async call(chatId: string, call: TelegramCall, mayWait: boolean): Promise<string | undefined> {
    await this.scheduler.acquire(chatId);
    try {
      const result = (await this.api.callApi(call.method, call.payload as never, { signal: this.signal() as never })) as { message_id?: number };
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
