import type { Router } from "express";
import { TelegramChannel } from "../../bots/telegram/telegram-channel.js";
import { startTelegram } from "../../bots/telegram/start.js";
import { ZaloAdapter } from "../../bots/zalo/adapter.js";
import { ZaloOaClient } from "../../bots/zalo/client.js";
import { ZaloTokenManager } from "../../bots/zalo/token-manager.js";
import type { ChannelStatusBoard } from "../core/channels/channel-status.js";
import { ChannelError, type ChannelAdapter } from "../core/channels/contract.js";
import { keepConnecting } from "../core/channels/keep-connecting.js";
import { ChatInfoPrompts } from "../core/conversation/flows/info-prompts.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { ChannelCredentialRepository } from "../db/repositories/channel-credential-repository.js";
import { PgConversationStateStore } from "../db/repositories/conversation-state-repository.js";
import { createHeldDeliveryRepository } from "../db/repositories/held-delivery-repository.js";
import { createZaloFollowerRepository } from "../db/repositories/zalo-follower-repository.js";
import { telegramWebhookRouter } from "../http/routes/telegram-webhook.js";
import { zaloWebhookRouter } from "../http/routes/zalo-webhook.js";
import type { Logger } from "../logger.js";
import type { Conversation } from "./conversation.js";

/** A channel as the composition root sees it: its adapter, its webhook router and what to start and stop. */
export interface WiredChannel {
  name: string;
  adapter: ChannelAdapter;
  router?: Router;
  /** Registers with the platform (webhook, commands) or starts polling; only in a process with the web role. */
  start?(): Promise<void>;
  stop(): Promise<void>;
  /** Periodic platform housekeeping run by the scheduler (e.g. Zalo's proactive token refresh). */
  tokens?: ZaloTokenManager;
  /** Handles events acknowledged but never handled whose lease expired at `now` (a crash in between). */
  recover(now: Date): Promise<number>;
}

/** The Telegram channel, when TELEGRAM_BOT_TOKEN is set. */
export function wireTelegram(config: Config, conversation: Conversation, logger: Logger, status: ChannelStatusBoard): WiredChannel | undefined {
  const t = config.telegram;
  if (!t.botToken) return undefined;
  const channel = new TelegramChannel({ botToken: t.botToken, webhookSecret: t.webhookSecret, apiRoot: t.apiRoot, globalRatePerSec: t.globalRatePerSec });
  const pipeline = conversation.pipelineFor(channel);
  let running: { stop(): Promise<void> } | undefined;
  return {
    name: "telegram",
    adapter: channel,
    router: telegramWebhookRouter({ channel, pipeline }),
    recover: (now) => pipeline.recoverUnfinished(now),
    start: async () => {
      if (t.mode === "webhook" && !t.webhookSecret) logger.warn("TELEGRAM_WEBHOOK_SECRET is not set: every Telegram webhook will be refused");
      running = await startTelegram({ channel, pipeline, mode: t.mode, publicBaseUrl: config.publicBaseUrl, logger, status });
    },
    stop: async () => {
      await (running?.stop() ?? pipeline.drain());
      await channel.close();
    },
  };
}

/** The Zalo OA channel, when the Zalo app is configured. */
export async function wireZalo(config: Config, db: Database, conversation: Conversation, logger: Logger, status: ChannelStatusBoard): Promise<WiredChannel | undefined> {
  const z = config.zalo;
  if (!z.appId || !z.appSecret || !z.oaSecretKey) {
    if (z.appId || z.appSecret || z.oaSecretKey || z.refreshToken) logger.warn("Zalo is partly configured: ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY are all needed");
    return undefined;
  }
  const credentials = new ChannelCredentialRepository(db.prisma, `zalo:${z.appId}`);
  if (z.refreshToken && (await credentials.seed(z.refreshToken))) logger.info("zalo refresh token seeded from ZALO_REFRESH_TOKEN");
  if (!(await credentials.read())) logger.warn("no Zalo refresh token stored: set ZALO_REFRESH_TOKEN, or replies on Zalo will fail");
  const tokens = new ZaloTokenManager(credentials, { oauthBase: z.oauthBase, appId: z.appId, appSecret: z.appSecret }, logger);
  const held = createHeldDeliveryRepository(db.prisma);
  const client = new ZaloOaClient({ openApiBase: z.openApiBase, tokens });
  const adapter = new ZaloAdapter({
    client,
    appId: z.appId,
    oaSecretKey: z.oaSecretKey,
    buttons: z.buttons === "on",
    choiceMemory: held,
  });
  const pipeline = conversation.pipelineFor(adapter);
  const router = zaloWebhookRouter({ adapter, pipeline, followers: createZaloFollowerRepository(db.prisma), held, prompts: new ChatInfoPrompts(new PgConversationStateStore(db.sql)), logger });
  const abort = new AbortController();
  let connecting: Promise<boolean> | undefined;
  // Zalo needs no registration: the channel works once it holds an access token, so the first one is fetched at
  // start (retrying while OAuth cannot be reached), and every later refresh keeps the status up to date.
  const start = async () => {
    status.register("zalo");
    if (!(await credentials.read())) {
      status.misconfigured("zalo", "no refresh token stored: set ZALO_REFRESH_TOKEN");
      return;
    }
    connecting = keepConnecting({
      channel: "zalo",
      board: status,
      signal: abort.signal,
      attempt: async () => void (await tokens.accessToken()),
      describe: (error) => ({ kind: error instanceof ChannelError ? error.kind : "unavailable", detail: error instanceof Error ? error.message : "zalo token" }),
    });
    void connecting.then((ok) => {
      if (ok) tokens.watchRefreshes((outcome) => (outcome.ok ? status.connected("zalo") : status.failed("zalo", "unavailable", `zalo oauth: ${outcome.errorName}`)));
    });
  };
  const stop = async () => {
    abort.abort();
    await connecting;
    await router.drain();
    await client.close();
  };
  return { name: "zalo", adapter, router, tokens, start, stop, recover: (now) => pipeline.recoverUnfinished(now) };
}
