import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegramApi } from "../../fakes/telegram-api.js";
import { runCli, waitForListening, type CliRun } from "../../support/cli-process.js";

const TOKEN = "123456:WIRING-token-abcdefghijklmnop";
const SECRET = "wiring-secret-0123456789";
const METRICS_TOKEN = "wiring-metrics-token-0123";
const pgUrl = process.env.TEST_DATABASE_URL;

// The whole service as deployed: `motcua start` with Telegram pointed at the fake Bot API. A citizen's question
// goes webhook → stored event → engine → the real procedure search over the seeded demo knowledge base → reply.
describe(`motcua start wires Telegram to the procedure knowledge base (${pgUrl ? "postgres" : "pglite"})`, () => {
  let fake: FakeTelegramApi;
  let run: CliRun;
  let base: string;
  const dataDir = mkdtempSync(path.join(tmpdir(), "motcua-wiring-"));
  let dbName: string | undefined;

  beforeAll(async () => {
    fake = await FakeTelegramApi.start({ token: TOKEN });
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      PORT: "0",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_MODE: "webhook",
      PUBLIC_BASE_URL: "https://motcua.example.invalid",
      METRICS_TOKEN,
    };
    if (pgUrl) {
      dbName = `motcua_wiring_${randomBytes(4).toString("hex")}`;
      await adminQuery(`CREATE DATABASE ${dbName}`);
      const url = new URL(pgUrl);
      url.pathname = `/${dbName}`;
      env.DATABASE_URL = url.toString();
    }
    run = runCli(["start"], env);
    base = `http://127.0.0.1:${await waitForListening(run)}`;
  }, 210_000);

  afterAll(async () => {
    run?.child.kill("SIGTERM");
    await run?.exited;
    await fake?.close();
    if (dbName) await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("registers the webhook with its secret and the Vietnamese command menu at start", async () => {
    // registration runs beside the listening server (it retries while Telegram cannot be reached)
    await fake.waitFor(() => fake.callsOf("setWebhook").length > 0, 20_000);
    const [setWebhook] = fake.callsOf("setWebhook");
    expect(setWebhook?.payload).toMatchObject({ url: "https://motcua.example.invalid/webhooks/telegram", secret_token: SECRET });
    const commands = (fake.callsOf("setMyCommands")[0]?.payload.commands ?? []) as Array<{ command: string }>;
    expect(commands.map((c) => c.command)).toEqual(expect.arrayContaining(["start", "hoi", "tracuu", "huy"]));
  });

  it("answers a procedure question from the seeded knowledge base, quoting the record", async () => {
    const update = {
      update_id: 9001,
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), from: { id: 5551, is_bot: false, first_name: "Lan" }, chat: { id: 5551, type: "private" }, text: "dang ky ket hon can giay to gi" },
    };
    const res = await fetch(`${base}/webhooks/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.textsTo(5551).length >= 1, 20_000);
    const reply = fake.textsTo(5551).join("\n");
    expect(reply.toLowerCase()).toContain("kết hôn");
    expect(reply).toMatch(/dichvucong\.gov\.vn|chưa có thông tin/u);

    const wrong = await fetch(`${base}/webhooks/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "not-the-secret-000000" },
      body: JSON.stringify({ ...update, update_id: 9002 }),
    });
    expect(wrong.status).toBe(401);
  });

  it("counts the bot's own figures on /metrics, behind METRICS_TOKEN", async () => {
    const post = (update_id: number, chat: number, text: string) =>
      fetch(`${base}/webhooks/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify({ update_id, message: { message_id: update_id, date: Math.floor(Date.now() / 1000), from: { id: chat, is_bot: false, first_name: "B" }, chat: { id: chat, type: "private" }, text } }),
      });
    await post(9101, 5552, "nha hang xom dang boc chay");
    await post(9101, 5552, "nha hang xom dang boc chay"); // redelivered: stored and counted once
    await post(9102, 5553, "giá vàng hôm nay bao nhiêu");
    await fake.waitFor(() => fake.textsTo(5552).length >= 1 && fake.textsTo(5553).length >= 1, 20_000);

    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const metrics = async () => (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    let text = await metrics();
    // the earlier test's question, the emergency (once) and the question nobody can answer
    expect(text).toContain('motcua_messages_received_total{channel="telegram",kind="text"} 3');
    expect(text).toContain('motcua_emergencies_total{channel="telegram"} 1');
    expect(text).toContain('motcua_questions_total{channel="telegram",outcome="answered"} 1');
    expect(text).toContain('motcua_questions_total{channel="telegram",outcome="declined"} 1');
    // outcomes stored by the database are counted there (cached a few seconds)
    const deadline = Date.now() + 20_000;
    while (!text.includes('motcua_inbound_events{status="processed"} 3') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      text = await metrics();
    }
    expect(text).toContain('motcua_inbound_events{status="processed"} 3');
    expect(text).toContain("motcua_stored_outcomes_ok 1");
    expect(text).toContain('motcua_channel_up{channel="telegram"} 1');
  });
});

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
