import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FakeTelegramApi } from "../../fakes/telegram-api.js";
import { FakeZaloApi, signZaloEvent, zaloEvents } from "../../fakes/zalo-api.js";
import { unusedPort } from "../../support/free-port.js";
import { logLines, runCli, waitForListening, type CliRun } from "../../support/cli-process.js";

const TOKEN = "123456:RECOVERY-token-abcdefghijklmnop";
const SECRET = "recovery-secret-0123456789";
const ZALO_KEYS = { appId: "1234567890123456789", oaSecretKey: "oa-secret-recovery" };
/** The platforms come up this long after the service (a server booted before its network). */
const OUTAGE_MS = 10_000;

interface ChannelDetail {
  channel: string;
  state: string;
  retryingSince?: string;
  failures: number;
  lastError?: { kind: string; detail: string };
}

// The service started while the platforms cannot be reached: nothing listens at their addresses for 10 s. The
// channels must retry, say so at /readyz/channels and /metrics and once in the log, and answer once the platforms
// are back. Channel start-up does not depend on the database, so this runs in the embedded-database pass only.
describe.skipIf(process.env.TEST_DATABASE_URL)("channels that recover when the platform comes up after the service", () => {
  const dirs: string[] = [];
  const runs: CliRun[] = [];
  const fakes: Array<{ close(): Promise<void> }> = [];
  afterAll(async () => {
    for (const run of runs) run.child.kill("SIGTERM");
    await Promise.all(runs.map((r) => r.exited));
    await Promise.all(fakes.map((f) => f.close()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function startService(env: Record<string, string>): Promise<{ base: string; run: CliRun; startedAt: number }> {
    const dataDir = mkdtempSync(path.join(tmpdir(), "motcua-recovery-"));
    dirs.push(dataDir);
    const run = runCli(["start"], { DATA_DIR: dataDir, PORT: "0", ...env });
    runs.push(run);
    const base = `http://127.0.0.1:${await waitForListening(run)}`;
    // the outage is counted from when the service is up (its own start-up time varies with the machine's load)
    return { base, run, startedAt: Date.now() };
  }

  async function channelDetail(base: string): Promise<{ status: number; channels: ChannelDetail[] }> {
    const res = await fetch(`${base}/readyz/channels`);
    return { status: res.status, channels: ((await res.json()) as { channels: ChannelDetail[] }).channels };
  }

  it("polling Telegram and Zalo's first token refresh: retrying, then connected and answering", async () => {
    const telegramPort = await unusedPort();
    const zaloPort = await unusedPort();
    const zaloBase = `http://127.0.0.1:${zaloPort}`;
    const { base, run, startedAt } = await startService({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${telegramPort}`,
      TELEGRAM_MODE: "polling",
      ZALO_APP_ID: ZALO_KEYS.appId,
      ZALO_APP_SECRET: "app-secret-test",
      ZALO_OA_SECRET_KEY: ZALO_KEYS.oaSecretKey,
      ZALO_REFRESH_TOKEN: "rt-0",
      ZALO_OAUTH_BASE: zaloBase,
      ZALO_OPENAPI_BASE: zaloBase,
    });

    await until(async () => (await channelDetail(base)).channels.filter((c) => c.state === "retrying").length === 2, 20_000);
    const down = await channelDetail(base);
    expect(down.status).toBe(503);
    for (const name of ["telegram", "zalo"]) {
      const c = down.channels.find((x) => x.channel === name);
      expect(c?.retryingSince).toBeDefined();
      expect(c?.lastError?.kind).toBe("unavailable");
    }
    expect(down.channels.find((c) => c.channel === "telegram")?.lastError?.detail).toBe("telegram network: ECONNREFUSED");
    expect((await (await fetch(`${base}/readyz`)).json()) as object).toMatchObject({ status: "ready", channels: "degraded", channelsDetail: "/readyz/channels" });
    expect(await metricValue(base, 'motcua_channel_up{channel="telegram"}')).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + OUTAGE_MS - Date.now())));
    const telegram = await FakeTelegramApi.start({ token: TOKEN, port: telegramPort });
    const zalo = await new FakeZaloApi(ZALO_KEYS.appId).start(zaloPort);
    fakes.push(telegram, zalo);

    telegram.pushUpdates({ update_id: 7001, message: { message_id: 1, date: Math.floor(Date.now() / 1000), from: { id: 6601, is_bot: false, first_name: "Hoa" }, chat: { id: 6601, type: "private" }, text: "dang ky ket hon can giay to gi" } });
    await telegram.waitFor(() => telegram.textsTo(6601).length >= 1, 60_000);
    expect(telegram.textsTo(6601).join("\n").toLowerCase()).toContain("kết hôn");

    await until(async () => (await channelDetail(base)).channels.every((c) => c.state === "connected"), 60_000);
    const signed = signZaloEvent(zaloEvents.text("770001", "đăng ký kết hôn cần giấy tờ gì"), ZALO_KEYS);
    expect((await fetch(`${base}/webhooks/zalo`, { method: "POST", headers: signed.headers, body: signed.rawBody })).status).toBe(200);
    await until(async () => zalo.textsTo("770001").length >= 1, 30_000);
    expect(zalo.oauthCalls()).toHaveLength(1);

    const up = await channelDetail(base);
    expect(up.status).toBe(200);
    expect(up.channels.every((c) => c.lastError?.kind === "unavailable")).toBe(true); // what the outage was, kept
    expect(await metricValue(base, 'motcua_channel_up{channel="zalo"}')).toBe(1);
    expect(await metricValue(base, 'motcua_channel_failures_total{channel="telegram",kind="unavailable"}')).toBeGreaterThanOrEqual(2);

    const lines = logLines(run).map((l) => String(l.msg));
    for (const name of ["telegram", "zalo"]) {
      expect(lines.filter((m) => m.startsWith(`${name} channel is down`))).toHaveLength(1);
      expect(lines.filter((m) => m.startsWith(`${name} channel is back`))).toHaveLength(1);
    }
    expect(run.stdout()).not.toContain(TOKEN);
  }, 240_000);

  it("webhook mode: registers the webhook once Telegram can be reached, then answers", async () => {
    const telegramPort = await unusedPort();
    const { base, run, startedAt } = await startService({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${telegramPort}`,
      TELEGRAM_MODE: "webhook",
      PUBLIC_BASE_URL: "https://motcua.example.invalid",
    });
    await until(async () => (await channelDetail(base)).channels[0]?.state === "retrying", 20_000);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + OUTAGE_MS - Date.now())));
    const telegram = await FakeTelegramApi.start({ token: TOKEN, port: telegramPort });
    fakes.push(telegram);
    await telegram.waitFor(() => telegram.callsOf("setWebhook").length === 1, 60_000);
    expect(telegram.callsOf("setWebhook")[0]?.payload).toMatchObject({ url: "https://motcua.example.invalid/webhooks/telegram", secret_token: SECRET });
    await until(async () => (await channelDetail(base)).channels[0]?.state === "connected", 10_000);

    const update = { update_id: 7101, message: { message_id: 1, date: Math.floor(Date.now() / 1000), from: { id: 6602, is_bot: false, first_name: "Nam" }, chat: { id: 6602, type: "private" }, text: "dang ky ket hon can giay to gi" } };
    const res = await fetch(`${base}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update) });
    expect(res.status).toBe(200);
    await telegram.waitFor(() => telegram.textsTo(6602).length >= 1, 30_000);
    const lines = logLines(run).map((l) => String(l.msg));
    expect(lines.filter((m) => m.startsWith("telegram channel is down"))).toHaveLength(1);
    expect(lines.filter((m) => m.startsWith("telegram channel is back"))).toHaveLength(1);
  }, 210_000);
});

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One sample of the Prometheus text at /metrics, by its name and labels as printed. */
async function metricValue(base: string, sample: string): Promise<number | undefined> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.slice(sample.length + 1));
}
