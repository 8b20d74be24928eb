/** Starting the Telegram channel against the fake Bot API: webhook registration, and long polling end to end. */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegram } from "../../bots/telegram/start.js";
import { ChannelStatusBoard } from "../../src/core/channels/channel-status.js";
import { TelegramChannel } from "../../bots/telegram/telegram-channel.js";
import { ConversationEngine } from "../../src/core/conversation/engine.js";
import { PersonalDataFlow } from "../../src/core/conversation/flows/personal-data-flow.js";
import { ProcedureQaFlow } from "../../src/core/conversation/flows/procedure-qa-flow.js";
import { MessagePipeline } from "../../src/core/conversation/message-pipeline.js";
import type { Database } from "../../src/db/database.js";
import { PgConversationStateStore } from "../../src/db/repositories/conversation-state-repository.js";
import { PrismaDeliveryQueue } from "../../src/db/repositories/delivery-repository.js";
import { PrismaIdentityStore } from "../../src/db/repositories/identity-repository.js";
import { PgInboundEventStore } from "../../src/db/repositories/inbound-event-repository.js";
import { FakeTelegramApi } from "../fakes/telegram-api.js";
import { backendName, openTestDb } from "../support/db.js";
import { CONTACT } from "../unit/conversation/harness.js";
import { TinyKb } from "../unit/conversation/tiny-kb.js";

const TOKEN = "123456:TEST-token-abcdefghijklmnop";
const logger = pino({ level: "silent" });
let db: Database;
let fake: FakeTelegramApi;

beforeAll(async () => {
  db = await openTestDb();
  fake = await FakeTelegramApi.start({ token: TOKEN });
});
afterAll(async () => {
  await fake?.close();
  await db?.close();
});

function build(secret?: string) {
  const channel = new TelegramChannel({ botToken: TOKEN, ...(secret ? { webhookSecret: secret } : {}), apiRoot: fake.apiRoot, globalRatePerSec: 1000 });
  const identities = new PrismaIdentityStore(db.prisma, db.sql);
  const engine = new ConversationEngine({
    states: new PgConversationStateStore(db.sql),
    contact: CONTACT,
    flows: { qa: new ProcedureQaFlow(new TinyKb(), CONTACT), personalData: new PersonalDataFlow(identities) },
  });
  const pipeline = new MessagePipeline({ adapter: channel, engine, identities, events: new PgInboundEventStore(db.sql), deliveries: new PrismaDeliveryQueue(db.prisma), logger });
  return { channel, pipeline };
}

describe(`startTelegram (${backendName})`, () => {
  it("registers the webhook with its secret and the Vietnamese command menu", async () => {
    const { channel, pipeline } = build("webhook-secret-0123456789");
    const status = new ChannelStatusBoard(logger);
    const running = await startTelegram({ channel, pipeline, mode: "webhook", publicBaseUrl: "https://motcua.example.gov.vn/", logger, status });
    expect(await running.connected).toBe(true);
    await running.stop();
    expect(status.list()).toMatchObject([{ channel: "telegram", state: "connected", failures: 0 }]);
    const [hook] = fake.callsOf("setWebhook");
    expect(hook?.payload).toMatchObject({ url: "https://motcua.example.gov.vn/webhooks/telegram", secret_token: "webhook-secret-0123456789" });
    const commands = (fake.callsOf("setMyCommands")[0]?.payload.commands as Array<{ command: string }>).map((c) => c.command);
    expect(commands).toEqual(["start", "hoi", "phananh", "tracuu", "phananhcuatoi", "nhantin", "dungnhantin", "dulieu", "xoadulieu", "trogiup", "huy"]);
  });

  it("refuses webhook mode without a public URL", async () => {
    const { channel, pipeline } = build("webhook-secret-0123456789");
    await expect(startTelegram({ channel, pipeline, mode: "webhook", logger, status: new ChannelStatusBoard(logger) })).rejects.toThrow(/PUBLIC_BASE_URL/);
  });

  it("polls getUpdates, answers, and confirms updates with the next offset", async () => {
    const { channel, pipeline } = build();
    const running = await startTelegram({ channel, pipeline, mode: "polling", logger, pollTimeoutSec: 1, status: new ChannelStatusBoard(logger) });
    fake.pushUpdates({ update_id: 501, message: { message_id: 1, date: Math.floor(Date.now() / 1000), from: { id: 2001, is_bot: false, first_name: "A" }, chat: { id: 2001, type: "private" }, text: "đăng ký kết hôn lệ phí" } });
    await fake.waitFor(() => fake.textsTo(2001).length === 1);
    await fake.waitFor((calls) => calls.some((c) => c.method === "getUpdates" && c.payload.offset === 502));
    await running.stop();
    expect(fake.textsTo(2001)[0]).toContain("Miễn lệ phí");
    expect(fake.callsOf("deleteWebhook")).toHaveLength(1);
    expect(await db.prisma.inboundEvent.count({ where: { platformId: "501" } })).toBe(1);
  });

  it("keeps retrying registration and polling while Telegram answers 5xx, then answers the citizen", async () => {
    const { channel, pipeline } = build();
    const lines: string[] = [];
    const log = { info: (_o: object, m: string) => void lines.push(`info ${m}`), warn: (_o: object, m: string) => void lines.push(`warn ${m}`), error: (_o: object, m: string) => void lines.push(`error ${m}`) };
    const status = new ChannelStatusBoard(log);
    fake.fail("setMyCommands", { kind: "server_error" }, 3);
    fake.fail("getUpdates", { kind: "server_error" }, 2);
    const running = await startTelegram({ channel, pipeline, mode: "polling", logger, pollTimeoutSec: 1, status, retryDelayMs: () => 20 });
    expect(await running.connected).toBe(true);
    fake.pushUpdates({ update_id: 601, message: { message_id: 2, date: Math.floor(Date.now() / 1000), from: { id: 2002, is_bot: false, first_name: "B" }, chat: { id: 2002, type: "private" }, text: "đăng ký kết hôn lệ phí" } });
    await fake.waitFor(() => fake.textsTo(2002).length === 1);
    await running.stop();
    expect(fake.callsOf("setMyCommands").filter((c) => c.outcome === "server_error")).toHaveLength(3);
    expect(status.failureTotals()).toEqual([{ channel: "telegram", kind: "unavailable", count: 5 }]);
    expect(status.list()[0]).toMatchObject({ state: "connected", lastError: { kind: "unavailable", detail: "telegram 500" } });
    // down once, back once: two outages (registration, then polling), not a line per failed attempt
    expect(lines.filter((l) => l.includes("channel is down"))).toHaveLength(2);
    expect(lines.filter((l) => l.includes("channel is back"))).toHaveLength(2);
  });
});
