/**
 * The citizen's side of feedback through the real service: Telegram (webhook mode) and Zalo pointed at the fake
 * platform servers, the worker role sending ticket updates, routing rules an administrator set up before the start,
 * and helpers that speak as a citizen on either platform and read what reached their chat.
 */
import { SECRET_HEADER } from "../../bots/telegram/telegram-channel.js";
import type { Database } from "../../src/db/database.js";
import { weekdaysOnlyWorkingTime } from "../../src/core/feedback/working-time.js";
import { buildChatFeedback, type Feedback } from "../../src/wiring/feedback.js";
import { FakeTelegramApi } from "../fakes/telegram-api.js";
import { FakeZaloApi, signZaloEvent, zaloEvents } from "../fakes/zalo-api.js";
import { startTestService, type TestService } from "./console-service.js";

export const TELEGRAM_TOKEN = "123456:FEEDBACK-token-abcdefghijklmnop";
const SECRET = "feedback-webhook-secret-0123456789";
const ZALO_OA_SECRET = "oa-secret-feedback";

/** A street-light rule and a rubbish rule, as an administrator would write them in the console. */
async function routingRules(db: Database): Promise<void> {
  const org = await db.prisma.organisation.findFirstOrThrow();
  const dept = async (code: string) => (await db.prisma.department.findFirstOrThrow({ where: { code } })).id;
  const category = async (code: string) => (await db.prisma.feedbackCategory.findFirstOrThrow({ where: { code } })).id;
  await db.prisma.routingRule.createMany({
    data: [
      { orgId: org.id, kind: "keyword", keywords: ["đèn đường", "đèn chiếu sáng"], departmentId: await dept("KTHTDT"), categoryId: await category("ha-tang"), priority: 1 },
      { orgId: org.id, kind: "keyword", keywords: ["rác"], departmentId: await dept("MT"), categoryId: await category("rac-thai"), priority: 1 },
    ],
  });
}

export interface ChatWorld {
  svc: TestService;
  telegram: FakeTelegramApi;
  zalo: FakeZaloApi;
  /** The ticket core over the service's database, as an officer's console would act through it. */
  feedback: Feedback;
  db: Database;
  /** Sends a Telegram update (message or callback) from `chatId`; resolves once the webhook answered. */
  telegramUpdate(chatId: number, body: Record<string, unknown>, updateId?: number): Promise<number>;
  /** The next update id (a redelivery reuses an earlier one). */
  nextUpdateId(): number;
  zaloEvent(event: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

export async function startChatWorld(): Promise<ChatWorld> {
  const telegram = await FakeTelegramApi.start({ token: TELEGRAM_TOKEN });
  const zalo = await new FakeZaloApi().start();
  const svc = await startTestService(
    {
      ROLES: "web,worker",
      PUBLIC_BASE_URL: "http://127.0.0.1:9",
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_MODE: "webhook",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      ZALO_APP_ID: zalo.appId,
      ZALO_APP_SECRET: zalo.appSecret,
      ZALO_OA_SECRET_KEY: ZALO_OA_SECRET,
      ZALO_REFRESH_TOKEN: zalo.refreshToken,
      ZALO_OAUTH_BASE: zalo.url,
      ZALO_OPENAPI_BASE: zalo.url,
    },
    {},
    routingRules,
  );
  const db = svc.service.database;
  const feedback = await buildChatFeedback(db, svc.config.feedback, weekdaysOnlyWorkingTime);
  let updateId = 5000;
  return {
    svc,
    telegram,
    zalo,
    feedback,
    db,
    nextUpdateId: () => ++updateId,
    async telegramUpdate(chatId, body, id = ++updateId) {
      const from = { id: chatId, is_bot: false, first_name: "Dân" };
      const update = "callback_query" in body ? { update_id: id, callback_query: { id: `cb${id}`, from, chat_instance: "1", message: { message_id: 1, date: 0, chat: { id: chatId, type: "private" } }, ...(body.callback_query as object) } } : { update_id: id, message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, from, ...body } };
      const res = await fetch(`${svc.url}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", [SECRET_HEADER]: SECRET }, body: JSON.stringify(update) });
      await res.text();
      return res.status;
    },
    async zaloEvent(event) {
      const signed = signZaloEvent(event, { appId: zalo.appId, oaSecretKey: ZALO_OA_SECRET });
      const res = await fetch(`${svc.url}/webhooks/zalo`, { method: "POST", headers: signed.headers, body: signed.rawBody });
      await res.text();
      return res.status;
    },
    async close() {
      await svc.close();
      await telegram.close();
      await zalo.close();
    },
  };
}

export { zaloEvents };

/** Resolves when `check` holds, polling every 50 ms, or rejects after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, what = "condition", timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
