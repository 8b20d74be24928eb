/**
 * The whole path as an operator uses it, on the embedded database: `motcua start` with Telegram pointed at a fake
 * Bot API; citizens subscribe through the webhook (/nhantin tatca); `motcua broadcast send --wait --json` in
 * another process enqueues through the running service, whose worker sends; `broadcast status` reads the figures.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUB_MSG } from "../../../src/core/news/subscription-texts.vi.js";
import { FakeTelegramApi } from "../../fakes/telegram-api.js";
import { runCli, waitForListening, type CliRun } from "../../support/cli-process.js";

const TOKEN = "123456:NEWSCLI-token-abcdefghijklmnop";
const SECRET = "news-cli-secret-0123456789";

describe.skipIf(process.env.TEST_DATABASE_URL)("motcua broadcast beside the running service (pglite)", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "motcua-news-cli-"));
  const env = { DATA_DIR: dataDir, PORT: "0", TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_MODE: "webhook", PUBLIC_BASE_URL: "https://motcua.example.invalid", NEWS_QUIET_HOURS: "off" };
  let fake: FakeTelegramApi;
  let service: CliRun;
  let base: string;
  let update = 1;

  beforeAll(async () => {
    fake = await FakeTelegramApi.start({ token: TOKEN });
    service = runCli(["start"], { ...env, TELEGRAM_API_ROOT: fake.apiRoot });
    base = `http://127.0.0.1:${await waitForListening(service)}`;
  }, 120_000);

  afterAll(async () => {
    service?.child.kill("SIGTERM");
    await service?.exited;
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("citizens subscribe in the chat, the CLI enqueues, the service sends each of them the announcement once", async () => {
    const chats = [7101, 7102, 7103];
    for (const chat of chats) {
      const res = await fetch(`${base}/webhooks/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify({ update_id: ++update, message: { message_id: update, date: Math.floor(Date.now() / 1000), from: { id: chat, is_bot: false, first_name: "Dân" }, chat: { id: chat, type: "private" }, text: "/nhantin tatca" } }),
      });
      expect(res.status).toBe(200);
    }
    await fake.waitFor(() => chats.every((c) => fake.textsTo(c).some((t) => t.includes(SUB_MSG.subscribedAll))), 20_000);

    const send = runCli(["broadcast", "send", "--text", "Ngày 10/5 cắt nước từ 8h đến 12h.", "--title", "Lịch cắt nước", "--wait", "--json"], { ...env, TELEGRAM_API_ROOT: fake.apiRoot });
    const exit = await send.exited;
    expect(send.stderr()).not.toMatch(/in use|error/i);
    expect(exit.code).toBe(0);
    const figures = JSON.parse(send.stdout().trim().split("\n").at(-1) ?? "{}") as Record<string, unknown>;
    expect(figures).toEqual({ broadcastId: expect.any(String), recipients: 3, sent: 3, failed: 0, deferred: 0 });
    for (const chat of chats) expect(fake.textsTo(chat).filter((t) => t.startsWith("📢 Lịch cắt nước"))).toHaveLength(1);

    const status = runCli(["broadcast", "status", figures.broadcastId as string, "--json"], env);
    expect((await status.exited).code).toBe(0);
    expect(JSON.parse(status.stdout().trim())).toMatchObject({ recipients: 3, sent: 3, status: "done" });
  }, 120_000);
});
