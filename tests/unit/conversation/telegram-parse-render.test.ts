import { describe, expect, it } from "vitest";
import { TelegramError } from "telegraf";
import { toChannelError } from "../../../bots/telegram/errors.js";
import { parseUpdate } from "../../../bots/telegram/parse-update.js";
import { RateScheduler } from "../../../bots/telegram/rate-scheduler.js";
import { renderTelegram } from "../../../bots/telegram/render.js";

const from = { id: 42, is_bot: false, first_name: "An" };
const msg = (fields: Record<string, unknown>, chat: Record<string, unknown> = { id: 42, type: "private" }) => ({
  update_id: 9,
  message: { message_id: 1, date: 1_700_000_000, from, chat, ...fields },
});

describe("parseUpdate", () => {
  it("reads commands with bot mentions and arguments", () => {
    expect(parseUpdate(msg({ text: "/tracuu@motcua_bot  PA-2611-7K3Q " }))).toMatchObject([
      { kind: "command", command: "tracuu", args: "PA-2611-7K3Q", externalUserId: "42", platformMessageId: "9" },
    ]);
  });

  it("reads text, location, contact and the largest photo", () => {
    expect(parseUpdate(msg({ text: "xin chào" }))[0]).toMatchObject({ kind: "text", text: "xin chào", sentAt: new Date(1_700_000_000_000) });
    expect(parseUpdate(msg({ location: { latitude: 1, longitude: 2 } }))[0]).toMatchObject({ kind: "location", latitude: 1, longitude: 2 });
    expect(parseUpdate(msg({ contact: { phone_number: "0900", first_name: "An" } }))[0]).toMatchObject({ kind: "contact", phone: "0900" });
    const photo = parseUpdate(msg({ photo: [{ file_id: "a", width: 10, height: 10 }, { file_id: "c", width: 800, height: 600 }, { file_id: "b", width: 320, height: 240 }] }));
    expect(photo[0]).toMatchObject({ kind: "photo", platformFileId: "c" });
  });

  it("reads a callback query as a choice with its id", () => {
    const update = { update_id: 10, callback_query: { id: "q1", from, chat_instance: "x", data: "p:1.001193:fee", message: { message_id: 1, date: 0, chat: { id: 42, type: "private" } } } };
    expect(parseUpdate(update)).toMatchObject([{ kind: "choice", data: "p:1.001193:fee", callbackId: "q1" }]);
  });

  it("marks group messages and keeps the group as the reply target", () => {
    expect(parseUpdate(msg({ text: "hi" }, { id: -1001, type: "supergroup", title: "Tổ dân phố" }))[0]).toMatchObject({ isGroup: true, conversationId: "-1001", externalUserId: "42" });
  });

  it("ignores edits, channel posts, bots and garbage; reads stickers as unsupported", () => {
    expect(parseUpdate({ update_id: 1, edited_message: { message_id: 1, date: 0, chat: { id: 1, type: "private" }, text: "x" } })).toEqual([]);
    expect(parseUpdate({ update_id: 1, channel_post: { message_id: 1, date: 0, chat: { id: -1, type: "channel" }, text: "x" } })).toEqual([]);
    expect(parseUpdate({ update_id: 1, message: { message_id: 1, date: 0, from: { ...from, is_bot: true }, chat: { id: 1, type: "private" }, text: "x" } })).toEqual([]);
    expect(parseUpdate(null)).toEqual([]);
    expect(parseUpdate({ message: {} })).toEqual([]);
    expect(parseUpdate(msg({ sticker: { file_id: "s" } }))[0]).toMatchObject({ kind: "unsupported", what: "sticker" });
  });

  it("reads a block of the bot as unfollow", () => {
    const update = { update_id: 11, my_chat_member: { chat: { id: 42, type: "private" }, from, date: 1, old_chat_member: { status: "member", user: from }, new_chat_member: { status: "kicked", user: from, until_date: 0 } } };
    expect(parseUpdate(update)).toMatchObject([{ kind: "unfollow", externalUserId: "42" }]);
  });
});

describe("renderTelegram", () => {
  it("splits a long text and puts the keyboard on the last part only", () => {
    const text = `${"a".repeat(3000)}\n\n${"b".repeat(3000)}`;
    const calls = renderTelegram("42", { kind: "text", text, choices: [{ label: "Lệ phí", data: "p:1.001193:fee" }], links: [{ label: "Cổng DVC", url: "https://dichvucong.gov.vn" }] });
    expect(calls.map((c) => (c.payload.text as string).length)).toEqual([3000, 3000]);
    expect(calls[0]!.payload.reply_markup).toBeUndefined();
    expect(calls[1]!.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: "Lệ phí", callback_data: "p:1.001193:fee" }], [{ text: "Cổng DVC", url: "https://dichvucong.gov.vn" }]] });
  });

  it("asks for a location with a one-time reply keyboard", () => {
    const [call] = renderTelegram("42", { kind: "request_location", text: "Gửi vị trí" });
    expect(call!.payload.reply_markup).toMatchObject({ keyboard: [[{ request_location: true }]], one_time_keyboard: true });
  });

  it("never renders callback data over 64 bytes", () => {
    const [call] = renderTelegram("42", { kind: "text", text: "x", choices: [{ label: "long", data: "p:" + "9".repeat(70) }] });
    expect(call!.payload.reply_markup).toBeUndefined();
  });
});

describe("toChannelError", () => {
  const tg = (error_code: number, description: string, parameters?: { retry_after: number }) => new TelegramError({ error_code, description, ...(parameters ? { parameters } : {}) });
  it.each([
    [tg(429, "Too Many Requests", { retry_after: 7 }), "rate_limited", 7],
    [tg(403, "Forbidden: bot was blocked by the user"), "forbidden", undefined],
    [tg(400, "Bad Request: chat not found"), "invalid_recipient", undefined],
    [tg(400, "Bad Request: message is too long"), "bad_request", undefined],
    [tg(502, "Bad Gateway"), "unavailable", undefined],
    [new TypeError("fetch failed"), "unavailable", undefined],
  ])("%s → %s", (err, kind, retryAfter) => {
    const e = toChannelError(err);
    expect([e.kind, e.retryAfterSec]).toEqual([kind, retryAfter]);
  });
});

describe("RateScheduler", () => {
  it("spaces one chat by a second, groups by three, and all chats by the global rate", () => {
    let now = 0;
    const s = new RateScheduler({ globalPerSec: 10, now: () => now });
    expect([s.reserve("1"), s.reserve("1"), s.reserve("2"), s.reserve("-100")]).toEqual([0, 1000, 100, 200]);
    now = 5000;
    expect([s.reserve("-100"), s.reserve("-100")]).toEqual([0, 3000]);
  });

  it("pauses a chat for retry_after", () => {
    const s = new RateScheduler({ globalPerSec: 1000, now: () => 0 });
    s.pause("1", 7);
    expect(s.reserve("1")).toBe(7000);
  });
});
