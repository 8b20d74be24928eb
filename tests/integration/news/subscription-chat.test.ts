/**
 * Subscriptions in the chat on each platform, end to end over a real database: Telegram (webhook → buttons),
 * Zalo (signed webhook → numbered choices answered with a number) and the terminal (`motcua chat`). One script:
 * /nhantin shows nothing subscribed, a topic is picked, the daily digest chosen, /nhantin shows it all,
 * /dungnhantin stops everything in one step, /nhantin tatca takes every topic. Then the pause of a citizen who
 * leaves the OA and the resume when they write again.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRET_HEADER, TelegramChannel } from "../../../bots/telegram/telegram-channel.js";
import { runTerminalChat, type TerminalChannel } from "../../../bots/terminal/terminal-channel.js";
import { ZaloAdapter } from "../../../bots/zalo/adapter.js";
import { ZaloOaClient } from "../../../bots/zalo/client.js";
import { ZaloTokenManager } from "../../../bots/zalo/token-manager.js";
import type { ChannelAdapter } from "../../../src/core/channels/contract.js";
import { ConversationEngine } from "../../../src/core/conversation/engine.js";
import { NewsFlow } from "../../../src/core/conversation/flows/news-flow.js";
import { PersonalDataFlow } from "../../../src/core/conversation/flows/personal-data-flow.js";
import { ProcedureQaFlow } from "../../../src/core/conversation/flows/procedure-qa-flow.js";
import { MessagePipeline } from "../../../src/core/conversation/message-pipeline.js";
import { parseQuietHours } from "../../../src/core/news/local-time.js";
import { SUB_MSG } from "../../../src/core/news/subscription-texts.vi.js";
import type { Database } from "../../../src/db/database.js";
import { ChannelCredentialRepository } from "../../../src/db/repositories/channel-credential-repository.js";
import { PgConversationStateStore } from "../../../src/db/repositories/conversation-state-repository.js";
import { PrismaDeliveryQueue } from "../../../src/db/repositories/delivery-repository.js";
import { createHeldDeliveryRepository } from "../../../src/db/repositories/held-delivery-repository.js";
import { PrismaIdentityStore } from "../../../src/db/repositories/identity-repository.js";
import { PgInboundEventStore } from "../../../src/db/repositories/inbound-event-repository.js";
import { PrismaSubscriberStore, PrismaTopicStore } from "../../../src/db/repositories/news/subscriber-repository.js";
import { createZaloFollowerRepository } from "../../../src/db/repositories/zalo-follower-repository.js";
import { createApp } from "../../../src/http/app.js";
import { createMetrics } from "../../../src/http/metrics.js";
import { telegramWebhookRouter } from "../../../src/http/routes/telegram-webhook.js";
import { zaloWebhookRouter, type ZaloWebhookRouter } from "../../../src/http/routes/zalo-webhook.js";
import { FakeTelegramApi } from "../../fakes/telegram-api.js";
import { FakeZaloApi, signZaloEvent, zaloEvents } from "../../fakes/zalo-api.js";
import { backendName, openTestDb } from "../../support/db.js";
import { createNewsOrg, type NewsOrg } from "../../support/news.js";
import { CONTACT } from "../../unit/conversation/harness.js";
import { TinyKb } from "../../unit/conversation/tiny-kb.js";

const logger = pino({ level: "silent" });
const TG_TOKEN = "123456:NEWS-token-abcdefghijklmnop";
const TG_SECRET = "news-secret-0123456789";
const ZALO_KEYS = { appId: "1234567890123456789", oaSecretKey: "oa-secret-key-test" };

let db: Database;
let org: NewsOrg;
let telegram: FakeTelegramApi;
let zalo: FakeZaloApi;
let server: Server;
let base: string;
let zaloRouter: ZaloWebhookRouter;
let subscribers: PrismaSubscriberStore;
let updateId = 5000;

function pipelineFor(adapter: ChannelAdapter): MessagePipeline {
  const identities = new PrismaIdentityStore(db.prisma, db.sql);
  const news = new NewsFlow({ subscribers, topics: new PrismaTopicStore(db.prisma, org.orgId), defaultQuietHours: parseQuietHours("21:00-07:00") ?? null, digestHour: 18 });
  const engine = new ConversationEngine({
    states: new PgConversationStateStore(db.sql),
    contact: CONTACT,
    flows: { qa: new ProcedureQaFlow(new TinyKb(), CONTACT), personalData: new PersonalDataFlow(identities), news },
  });
  return new MessagePipeline({ adapter, engine, identities, events: new PgInboundEventStore(db.sql), deliveries: new PrismaDeliveryQueue(db.prisma), logger });
}

async function settingsOf(channel: string, externalId: string) {
  const identity = await db.prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel, externalId } } });
  return { identity, sub: await subscribers.get(identity.id) };
}

beforeAll(async () => {
  db = await openTestDb();
  org = await createNewsOrg(db, ["thong-bao", "van-ban-moi", "canh-bao-lua-dao"]);
  subscribers = new PrismaSubscriberStore(db.prisma);
  telegram = await FakeTelegramApi.start({ token: TG_TOKEN });
  const tg = new TelegramChannel({ botToken: TG_TOKEN, webhookSecret: TG_SECRET, apiRoot: telegram.apiRoot, globalRatePerSec: 1000, maxInlineWaitSec: 2, callTimeoutMs: 1000 });
  zalo = await new FakeZaloApi(ZALO_KEYS.appId).start();
  zalo.refreshToken = "rt-seed";
  const credentials = new ChannelCredentialRepository(db.prisma, `zalo:${ZALO_KEYS.appId}`);
  await credentials.seed("rt-seed");
  const tokens = new ZaloTokenManager(credentials, { oauthBase: zalo.url, appId: ZALO_KEYS.appId, appSecret: zalo.appSecret }, logger);
  const held = createHeldDeliveryRepository(db.prisma);
  const za = new ZaloAdapter({ client: new ZaloOaClient({ openApiBase: zalo.url, tokens }), ...ZALO_KEYS, buttons: false, choiceMemory: held });
  zaloRouter = zaloWebhookRouter({ adapter: za, pipeline: pipelineFor(za), followers: createZaloFollowerRepository(db.prisma), held, logger });
  const app = createApp({ logger, metrics: createMetrics(), checkReady: db.isReady, routers: [telegramWebhookRouter({ channel: tg, pipeline: pipelineFor(tg) }), zaloRouter] });
  server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await telegram?.close();
  await zalo?.close();
  await db?.close();
});

const topicName = "Chủ đề thong-bao";

describe(`subscriptions in the chat (${backendName})`, () => {
  it("on Telegram, with buttons", async () => {
    const chat = 4242;
    let seen = 0;
    const send = async (update: Record<string, unknown>) => {
      const res = await fetch(`${base}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", [SECRET_HEADER]: TG_SECRET }, body: JSON.stringify({ update_id: ++updateId, ...update }) });
      expect(res.status).toBe(200);
      await telegram.waitFor(() => telegram.textsTo(chat).length > seen);
      const texts = telegram.textsTo(chat).slice(seen);
      seen = telegram.textsTo(chat).length;
      return texts.join("\n");
    };
    const say = (text: string) => send({ message: { message_id: updateId, date: Math.floor(Date.now() / 1000), from: { id: chat, is_bot: false, first_name: "Dân" }, chat: { id: chat, type: "private" }, text } });
    const press = (data: string) => send({ callback_query: { id: `cb${updateId}`, from: { id: chat, is_bot: false, first_name: "Dân" }, chat_instance: "x", data, message: { message_id: 1, date: 0, chat: { id: chat, type: "private" } } } });
    const buttons = () => ((telegram.callsOf("sendMessage", chat).at(-1)?.payload.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string; text: string }>> })?.inline_keyboard ?? []).flat();

    expect(await say("/nhantin")).toContain(SUB_MSG.current([], false));
    expect(buttons().map((b) => b.callback_data)).toEqual(["n:t:thong-bao", "n:t:van-ban-moi", "n:t:canh-bao-lua-dao", "n:all", "n:set"]);
    expect(await press("n:t:thong-bao")).toContain(SUB_MSG.subscribed([topicName]));
    expect(buttons()[0]?.text).toBe(SUB_MSG.labels.topicOn(topicName));
    await press("n:set");
    expect(await press("n:mode:digest")).toContain(SUB_MSG.modeDigest(18));
    const shown = await say("/nhantin");
    expect(shown).toContain(SUB_MSG.current([topicName], false));
    expect(shown).toContain("lúc 18:00");
    expect((await settingsOf("telegram", String(chat))).sub).toMatchObject({ mode: "digest", allTopics: false, topicIds: [org.topics["thong-bao"]] });
    // the button under every news message stops everything in one tap
    expect(await press("n:stop")).toContain(SUB_MSG.stopped);
    expect((await settingsOf("telegram", String(chat))).sub).toMatchObject({ topicIds: [], allTopics: false, stoppedAt: expect.any(Date) });
    expect(await say("/nhantin tatca")).toContain(SUB_MSG.subscribedAll);
    expect((await settingsOf("telegram", String(chat))).sub).toMatchObject({ allTopics: true, stoppedAt: null });
    // dropping one topic of "every topic" keeps the others
    expect(await press("n:t:canh-bao-lua-dao")).toContain(SUB_MSG.unsubscribedTopic("Chủ đề canh-bao-lua-dao"));
    expect((await settingsOf("telegram", String(chat))).sub?.topicIds.sort()).toEqual([org.topics["thong-bao"], org.topics["van-ban-moi"]].sort());
  });

  it("on Zalo, with numbered choices; leaving the OA pauses news and writing again resumes it", async () => {
    const user = "9100001";
    const exchange = async (event: Record<string, unknown>) => {
      const before = zalo.textsTo(user).length;
      const signed = signZaloEvent(event, ZALO_KEYS);
      const res = await fetch(`${base}/webhooks/zalo`, { method: "POST", headers: signed.headers, body: signed.rawBody });
      expect(res.status).toBe(200);
      await zaloRouter.drain();
      return zalo.textsTo(user).slice(before).join("\n");
    };
    const first = await exchange(zaloEvents.text(user, "/nhantin"));
    expect(first).toContain(`2. ${SUB_MSG.labels.topicOff("Chủ đề van-ban-moi")}`);
    expect(await exchange(zaloEvents.text(user, "2"))).toContain(SUB_MSG.subscribed(["Chủ đề van-ban-moi"]));
    expect((await settingsOf("zalo", user)).sub).toMatchObject({ topicIds: [org.topics["van-ban-moi"]], paused: false });
    await exchange(zaloEvents.unfollow(user));
    expect((await settingsOf("zalo", user)).sub).toMatchObject({ paused: true, topicIds: [org.topics["van-ban-moi"]] });
    expect(await exchange(zaloEvents.text(user, "/nhantin"))).toContain(SUB_MSG.current(["Chủ đề van-ban-moi"], false));
    expect((await settingsOf("zalo", user)).sub).toMatchObject({ paused: false });
    expect(await exchange(zaloEvents.text(user, "/dungnhantin"))).toContain(SUB_MSG.stopped);
    expect(await exchange(zaloEvents.text(user, "/dungnhantin"))).toContain(SUB_MSG.notSubscribed);
  });

  it("in the terminal, by number and by typing a topic's name", async () => {
    const input = new PassThrough();
    let output = "";
    input.end(["/nhantin cảnh báo lừa đảo", "/nhantin", "5", "3", "/nhantin chủ đề lạ"].map((l) => `${l}\n`).join(""));
    await runTerminalChat({ input, output: { write: (t: string) => (output += t) }, createPipeline: (channel: TerminalChannel) => pipelineFor(channel), userId: "term-news" });
    expect(output).toContain(SUB_MSG.subscribed(["Chủ đề canh-bao-lua-dao"]));
    expect(output).toContain(`  3. ${SUB_MSG.labels.topicOn("Chủ đề canh-bao-lua-dao")}`);
    // 5 opens the settings, 3 there turns procedure-change alerts on
    expect(output).toContain(SUB_MSG.alertsOn);
    expect(output).toContain(SUB_MSG.unknownTopic("chủ đề lạ"));
    expect((await settingsOf("terminal", "term-news")).sub).toMatchObject({ topicIds: [org.topics["canh-bao-lua-dao"]], procedureAlerts: true });
  });
});
