import express, { type Router } from "express";
import type { WebhookChannel } from "../../core/channels/contract.js";
import type { MessagePipeline } from "../../core/conversation/message-pipeline.js";
import { AppError } from "../../core/shared/app-error.js";

export interface TelegramWebhookDeps {
  /** The Telegram channel (bots/telegram TelegramChannel): verifies the secret and parses updates. */
  channel: WebhookChannel;
  pipeline: MessagePipeline;
  /** Largest accepted body (default 1 MB; Telegram updates are a few KB). */
  bodyLimit?: string;
}

/**
 * `POST /webhooks/telegram` (DESIGN §2): the secret header is checked first, in constant time (401 and nothing
 * read or stored otherwise); the body is parsed to messages; each update is stored once under its update_id; then
 * the 200 goes out and the messages are handled in the background. Malformed JSON is a 400 from the central error
 * handler. Update kinds the bot ignores are acknowledged with 200 so Telegram does not redeliver them.
 */
export function telegramWebhookRouter(deps: TelegramWebhookDeps): Router {
  const router = express.Router();
  router.post(
    "/webhooks/telegram",
    (req, _res, next) => {
      if (deps.channel.verifyWebhook(req.headers, undefined)) next();
      else next(new AppError("unauthorized", "Invalid webhook secret", 401));
    },
    express.json({ limit: deps.bodyLimit ?? "1mb", type: () => true }),
    async (req, res, next) => {
      try {
        let messages: ReturnType<WebhookChannel["parseWebhook"]>;
        try {
          messages = deps.channel.parseWebhook(req.body);
        } catch {
          throw new AppError("malformed_update", "The update does not have the shape of a Telegram Update", 400);
        }
        const accepted = messages.length ? await deps.pipeline.accept(messages) : [];
        res.status(200).json({ ok: true });
        deps.pipeline.dispatch(accepted);
      } catch (err) {
        next(err);
      }
    },
  );
  return router;
}
