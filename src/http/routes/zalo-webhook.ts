/**
 * `POST /webhooks/zalo`: verify the signature over the raw bytes (401 and nothing stored otherwise), store the event
 * under its message id (a redelivery is a no-op), answer 200 at once (Zalo wants it within 2 s), then in the
 * background apply the Zalo-only side effects (follower status, submitted contact), deliver what was held while
 * the citizen was outside the 7-day window, and hand the message to the conversation pipeline.
 */
import express, { type Router } from "express";
import type { ZaloAdapter } from "../../../bots/zalo/adapter.js";
import { deliverHeld, type HeldMessage, type HeldMessageStore } from "../../../bots/zalo/held-first.js";
import type { CitizenPrompts } from "../../core/feedback/ticket-change.js";
import { parseFeedbackChoice } from "../../core/feedback/choices.js";
import type { MessagePipeline } from "../../core/conversation/message-pipeline.js";
import { hashId, type Logger } from "../../logger.js";
import { AppError } from "../../core/shared/app-error.js";

/** Zalo-only identity changes (src/db/repositories/zalo-follower-repository.ts). */
export interface ZaloFollowerStore {
  setFollowing(channel: string, externalId: string, following: boolean, at: Date): Promise<boolean>;
  storeContact(channel: string, externalId: string, contact: { name?: string; phone?: string; address?: string }, at: Date): Promise<boolean>;
}

export interface ZaloWebhookDeps {
  adapter: ZaloAdapter;
  pipeline: MessagePipeline;
  followers: ZaloFollowerStore;
  held: HeldMessageStore;
  /** Makes the citizen's next message the answer to an officer's question that was held and has now gone out. */
  prompts?: CitizenPrompts;
  logger: Logger;
  clock?: () => Date;
}

/** The router, plus `drain()` resolving when background work started so far is done (shutdown, tests). */
export type ZaloWebhookRouter = Router & { drain(): Promise<void> };

/**
 * Builds the Zalo webhook router with its own raw body parser (the signature covers the exact bytes).
 *
 * @param deps - the Zalo adapter, the shared message pipeline and the stores for Zalo-only state.
 */
export function zaloWebhookRouter(deps: ZaloWebhookDeps): ZaloWebhookRouter {
  const router = express.Router();
  const clock = deps.clock ?? (() => new Date());
  const background = new Set<Promise<void>>();
  // one citizen's events are handled in arrival order: side effects, held messages, then the pipeline
  const chains = new Map<string, Promise<void>>();

  router.post("/webhooks/zalo", express.raw({ type: () => true, limit: "512kb" }), async (req, res, next) => {
    try {
      const raw = Buffer.isBuffer(req.body) ? req.body : undefined;
      if (!deps.adapter.verifyWebhook(req.headers, raw)) {
        // the same answer as every refused webhook (the central error handler logs it)
        throw new AppError("unauthorized", "Invalid webhook signature", 401);
      }
      let body: unknown;
      try {
        body = JSON.parse(raw!.toString("utf8"));
      } catch {
        throw new AppError("malformed_json", "The request body is not valid JSON", 400);
      }
      const outcome = deps.adapter.classify(body);
      if (outcome.kind === "ignored") {
        deps.logger.debug({ channel: "zalo", event: outcome.eventName, reason: outcome.reason }, "zalo event ignored");
        res.status(200).json({ ok: true });
        return;
      }
      const message = await deps.adapter.resolveNumberedReply(outcome.message, clock());
      const accepted = await deps.pipeline.accept([message]);
      res.status(200).json({ ok: true });
      if (accepted.length === 0) {
        deps.logger.info({ channel: "zalo", event: outcome.eventName }, "zalo event already received; ignored");
        return;
      }
      const user = message.externalUserId;
      const job = (chains.get(user) ?? Promise.resolve())
        .then(() => afterAck(deps, outcome.eventName, message, outcome.contact, clock))
        .catch((err: unknown) => {
          deps.logger.error({ channel: "zalo", event: outcome.eventName, err: err instanceof Error ? err.name : "unknown" }, "zalo side effects failed");
          return { contactStored: false, asked: [] };
        })
        // the bot says the contact was stored only when it was
        .then(async ({ contactStored, asked }) => {
          await deps.pipeline.dispatch(accepted.map((a) => (a.message.kind === "contact" ? { ...a, message: { ...a.message, consented: contactStored } } : a)));
          // an officer's question or a resolution notice held outside the window went out before this message, which
          // was written without seeing it: the citizen's next message is the answer or their verdict on the
          // resolution (unless this one started something else)
          for (const q of asked) {
            if (q.kind === "info") await deps.prompts?.expectInfo(q.identityId, q.code, clock());
            else await deps.prompts?.expectRating?.(q.identityId, q.code, clock());
          }
        });
      chains.set(user, job);
      background.add(job);
      void job.finally(() => {
        background.delete(job);
        if (chains.get(user) === job) chains.delete(user);
      });
    } catch (error) {
      next(error);
    }
  });

  return Object.assign(router, {
    async drain(): Promise<void> {
      while (background.size > 0) await Promise.all([...background]);
      await deps.pipeline.drain();
    },
  });
}

async function afterAck(
  deps: ZaloWebhookDeps,
  eventName: string,
  message: Awaited<ReturnType<ZaloAdapter["resolveNumberedReply"]>>,
  contact: { name?: string; phone?: string; address?: string } | undefined,
  clock: () => Date,
): Promise<{ contactStored: boolean; asked: InfoAsked[] }> {
  const at = clock();
  const user = message.externalUserId;
  if (message.kind === "follow" || message.kind === "unfollow") await deps.followers.setFollowing("zalo", user, message.kind === "follow", at);
  let contactStored = false;
  if (contact) {
    contactStored = await deps.followers.storeContact("zalo", user, contact, at);
    deps.logger.info({ channel: "zalo", user: hashId(user), stored: contactStored }, "zalo contact details received");
  }
  if (message.kind === "unfollow") return { contactStored, asked: [] };
  const asked: InfoAsked[] = [];
  const delivered = await deliverHeld(deps.adapter, deps.held, { channel: "zalo", externalUserId: user }, at, (sent) => asked.push(...awaitedIn(sent)));
  if (delivered > 0) deps.logger.info({ channel: "zalo", event: eventName, user: hashId(user), delivered }, "held zalo messages delivered");
  return { contactStored, asked };
}

/**
 * What a held message that went out waits for from the citizen: the answer to an officer's request for more
 * information, or a verdict on a resolution (its rating and reopening choices).
 */
interface InfoAsked {
  identityId: string;
  code: string;
  kind: "info" | "rate";
}

function awaitedIn(sent: HeldMessage): InfoAsked[] {
  const choices = "choices" in sent.payload ? (sent.payload.choices ?? []) : [];
  const parsed = choices.map((c) => parseFeedbackChoice(c.data));
  const info = parsed.find((p) => p?.verb === "info");
  if (info) return [{ identityId: sent.identityId, code: info.code, kind: "info" }];
  const verdict = parsed.find((p) => p?.verb === "rate" || p?.verb === "reopen");
  return verdict ? [{ identityId: sent.identityId, code: verdict.code, kind: "rate" }] : [];
}
