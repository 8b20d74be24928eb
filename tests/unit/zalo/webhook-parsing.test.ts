import { describe, expect, it } from "vitest";
import { ZaloAdapter } from "../../../bots/zalo/adapter.js";
import { ZaloOaClient } from "../../../bots/zalo/client.js";
import { parseZaloEvent } from "../../../bots/zalo/parse.js";
import { computeZaloMac, verifyZaloSignature } from "../../../bots/zalo/signature.js";
import { signZaloEvent, zaloEvents } from "../../fakes/zalo-api.js";

const keys = { appId: "2553928453557884079", oaSecretKey: "oa-secret" };
const adapter = new ZaloAdapter({
  client: new ZaloOaClient({ openApiBase: "http://127.0.0.1:9", tokens: { accessToken: async () => "t", refreshAfterRejection: async () => "t" } }),
  ...keys,
  buttons: false,
});

describe("Zalo webhook signature", () => {
  it("matches the documented formula sha256(appId + rawBody + timestamp + OA secret key)", () => {
    const raw = Buffer.from('{"event_name":"user_send_text","timestamp":"1699003881354"}');
    // independently computed: printf '%s' "2553928453557884079{...}1699003881354oa-secret" | sha256sum
    expect(computeZaloMac(keys.appId, raw, "1699003881354", keys.oaSecretKey)).toBe("1311566c3c40546107fea1cf03b99fd481ae8f6313c2654b7fe76e82bc2c2ec8");
  });

  it("accepts a correctly signed event and rejects tampering, a wrong key, a missing header", () => {
    const { rawBody, headers } = signZaloEvent(zaloEvents.text("111", "xin chào"), keys);
    expect(adapter.verifyWebhook(headers, Buffer.from(rawBody))).toBe(true);
    expect(adapter.verifyWebhook(headers, Buffer.from(rawBody.replace("xin chào", "xin chao")))).toBe(false);
    expect(adapter.verifyWebhook({}, Buffer.from(rawBody))).toBe(false);
    expect(adapter.verifyWebhook({ "x-zevent-signature": "mac=abc" }, Buffer.from(rawBody))).toBe(false);
    const other = signZaloEvent(zaloEvents.text("111", "xin chào"), { ...keys, oaSecretKey: "other" });
    expect(adapter.verifyWebhook(other.headers, Buffer.from(rawBody))).toBe(false);
    expect(adapter.verifyWebhook(headers, Buffer.from("not json"))).toBe(false);
  });

  it("hashes the raw bytes, not re-serialised JSON", () => {
    const raw = Buffer.from('{ "timestamp" : "5",  "event_name":"follow"}');
    const mac = computeZaloMac(keys.appId, raw, "5", keys.oaSecretKey);
    expect(verifyZaloSignature({ header: `mac=${mac}`, rawBody: raw, body: JSON.parse(raw.toString()), ...keys })).toBe(true);
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString())));
    expect(verifyZaloSignature({ header: `mac=${mac}`, rawBody: reserialised, body: JSON.parse(raw.toString()), ...keys })).toBe(false);
  });
});

describe("parseZaloEvent", () => {
  it("turns user events into InboundMessages keyed by msg_id, with the citizen as sender", () => {
    const text = parseZaloEvent(zaloEvents.text("6142494823", "làm giấy khai sinh", "cb31dff1", 1699003881354));
    expect(text).toMatchObject({ kind: "inbound", message: { kind: "text", text: "làm giấy khai sinh", externalUserId: "6142494823", platformMessageId: "cb31dff1", channel: "zalo" } });
    expect(text.kind === "inbound" && text.message.sentAt.getTime()).toBe(1699003881354);
    expect(parseZaloEvent(zaloEvents.image("1", "https://x/y.jpg", "ổ gà"))).toMatchObject({ message: { kind: "photo", url: "https://x/y.jpg", caption: "ổ gà" } });
    expect(parseZaloEvent(zaloEvents.location("1", 10.77, 106.7))).toMatchObject({ message: { kind: "location", latitude: 10.77, longitude: 106.7 } });
    expect(parseZaloEvent(zaloEvents.sticker("1"))).toMatchObject({ message: { kind: "unsupported", what: "sticker" } });
    expect(parseZaloEvent(zaloEvents.file("1"))).toMatchObject({ message: { kind: "unsupported", what: "file" } });
  });

  it("reads follow/unfollow from follower.id and keys them by event, user and time", () => {
    const f = parseZaloEvent(zaloEvents.follow("77", 1000));
    expect(f).toMatchObject({ kind: "inbound", message: { kind: "follow", externalUserId: "77", platformMessageId: "follow:77:1000" } });
    expect(parseZaloEvent(zaloEvents.unfollow("77", 1000))).toMatchObject({ message: { kind: "unfollow", externalUserId: "77" } });
  });

  it("turns submitted info into a contact with the details to store", () => {
    const out = parseZaloEvent(zaloEvents.submitInfo("5", { name: "Lê Thị B", phone: "84912345678", address: "12 Hai Bà Trưng" }));
    expect(out).toMatchObject({ kind: "inbound", message: { kind: "contact", phone: "84912345678", name: "Lê Thị B" }, contact: { address: "12 Hai Bà Trưng, TP Hồ Chí Minh" } });
  });

  it("ignores the OA's own echoes, unknown events and malformed bodies", () => {
    expect(parseZaloEvent(zaloEvents.echo("1", "hi"))).toMatchObject({ kind: "ignored", reason: "echo" });
    expect(parseZaloEvent({ event_name: "user_seen_message", timestamp: "1", sender: { id: "1" } })).toMatchObject({ kind: "ignored", reason: "not_handled" });
    expect(parseZaloEvent({ event_name: "user_send_text", timestamp: "1" })).toMatchObject({ kind: "ignored", reason: "malformed" });
    expect(parseZaloEvent(null)).toMatchObject({ kind: "ignored" });
  });

  it("reads a button payload as the choice it carries", () => {
    expect(parseZaloEvent(zaloEvents.text("1", "#c:p:1.001193:fee"))).toMatchObject({ message: { kind: "choice", data: "p:1.001193:fee" } });
  });
});
