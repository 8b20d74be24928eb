/**
 * The world of the editor's browser tests: the real service with Telegram and Zalo pointed at fake platform
 * servers, the worker and scheduler roles running, a clock the test can move forward, and subscribers on both
 * platforms (a Zalo one outside the 7-day window, so held for their next message).
 */
import { FakeTelegramApi } from "../../fakes/telegram-api.js";
import { FakeZaloApi } from "../../fakes/zalo-api.js";
import { startTestService, type TestService } from "../../support/console-service.js";
import { addSubscribers } from "../../support/news.js";

export const TELEGRAM_TOKEN = "123456:EDITOR-token-abcdefghijklmnop";
const DAY_MS = 86_400_000;

export interface EditorWorld {
  svc: TestService;
  telegram: FakeTelegramApi;
  zalo: FakeZaloApi;
  /** Moves the service's clock forward (the news engine, the scheduler and the editor's pages read it). */
  advance(ms: number): void;
  now(): Date;
  /** Subscribers of every topic: Telegram chat ids, and Zalo users inside and outside the window. */
  subscribers: { telegram: string[]; zaloIn: string[]; zaloOut: string[] };
  close(): Promise<void>;
}

/** Starts the world; `env` adds to the service's configuration. */
export async function startEditorWorld(env: Record<string, string> = {}): Promise<EditorWorld> {
  const telegram = await FakeTelegramApi.start({ token: TELEGRAM_TOKEN });
  const zalo = await new FakeZaloApi().start();
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  const svc = await startTestService(
    {
      ROLES: "web,worker,scheduler",
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_MODE: "polling",
      ZALO_APP_ID: zalo.appId,
      ZALO_APP_SECRET: zalo.appSecret,
      ZALO_OA_SECRET_KEY: "oa-secret-editor",
      ZALO_REFRESH_TOKEN: zalo.refreshToken,
      ZALO_OAUTH_BASE: zalo.url,
      ZALO_OPENAPI_BASE: zalo.url,
      NEWS_QUIET_HOURS: "off",
      ...env,
    },
    { clock, scheduledBroadcastCheckMs: 250 },
  );
  const db = svc.service.database;
  const now = clock();
  const subscribers = {
    telegram: await addSubscribers(db, { channel: "telegram", count: 3, prefix: "91000", all: true, lastInteractionAt: now }),
    zaloIn: await addSubscribers(db, { channel: "zalo", count: 2, prefix: "77100", all: true, lastInteractionAt: new Date(now.getTime() - DAY_MS) }),
    zaloOut: await addSubscribers(db, { channel: "zalo", count: 1, prefix: "77900", all: true, lastInteractionAt: new Date(now.getTime() - 9 * DAY_MS) }),
  };
  return {
    svc,
    telegram,
    zalo,
    advance: (ms) => void (offsetMs += ms),
    now: clock,
    subscribers,
    async close() {
      await svc.close();
      await telegram.close();
      await zalo.close();
    },
  };
}

/** Resolves when `check` holds, polling every 100 ms, or rejects after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
