/**
 * A fake Zalo OA Open API + OAuth v4 server on 127.0.0.1 (port 0) speaking Zalo's envelopes. It records every call,
 * keeps a single-use refresh token like Zalo, and has switches for each failure the client must handle.
 * Also builds and signs webhook events.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { computeZaloMac } from "../../bots/zalo/signature.js";

export interface RecordedCall {
  method: string;
  path: string;
  accessToken?: string;
  body: unknown;
}

/** One accepted customer-service message. */
export interface SentZaloMessage {
  userId: string;
  message: CsMessageBody;
  messageId: string;
}

/** The `message` of a CS request, as far as the tests read it. */
export interface CsMessageBody {
  text?: string;
  attachment?: { type?: string; payload?: { template_type?: string; buttons?: unknown[]; elements?: unknown[] } };
}

type Failure = { kind: "zalo"; code: number; message: string } | { kind: "http"; status: number; retryAfter?: string } | { kind: "hang" };

/** A tiny PNG served at /assets/photo.png so the adapter's upload path can be exercised. */
export const PNG_BYTES = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex");

export class FakeZaloApi {
  readonly calls: RecordedCall[] = [];
  readonly sent: SentZaloMessage[] = [];
  /** Access tokens the API accepts. */
  readonly validAccessTokens = new Set<string>();
  /** The one refresh token OAuth accepts next (single use). */
  refreshToken = "rt-0";
  /** Users for whom a CS message answers -230 (outside the 7-day window). */
  readonly outsideWindow = new Set<string>();
  /** Users who are not followers (-213). */
  readonly notFollowers = new Set<string>();
  /** OAuth answers this (HTTP 200 with error_name) instead of a pair, while set. */
  oauthFailure: Record<string, unknown> | undefined;
  /** Delay before OAuth answers, to widen races. */
  oauthDelayMs = 0;
  /** A CS message whose text contains a key is taken in only after that many ms (a slow answer, to widen races). */
  readonly slowTexts = new Map<string, number>();
  /**
   * Texts (by a part of them) that the citizen sees at once but whose API answer comes `ms` later, as when Zalo's
   * answer to a send is slow: the citizen can reply before the service knows the send went out.
   */
  readonly lateAnswers = new Map<string, number>();
  /** Users who blocked the OA (-217). */
  readonly blockedUsers = new Set<string>();
  /** Messages accepted per sliding minute before Zalo's rate-limit error (-32); unset: no limit. */
  maxMessagesPerMinute: number | undefined;
  private readonly recentMessages: number[] = [];
  private readonly failures: Failure[] = [];
  private pairCount = 0;
  private msgCount = 0;
  private server: Server | undefined;
  private baseUrl = "";

  constructor(readonly appId = "1234567890123456789", readonly appSecret = "app-secret-test") {}

  /** Base URL for both ZALO_OPENAPI_BASE and ZALO_OAUTH_BASE. */
  get url(): string {
    return this.baseUrl;
  }

  /** Listens on `port` (default: a free one), e.g. one the service was pointed at while nothing listened. */
  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Issues an access token the API accepts now (as if obtained earlier). */
  grantAccessToken(token = `at-pre-${++this.pairCount}`): string {
    this.validAccessTokens.add(token);
    return token;
  }

  /** Every access token expires at once (Zalo answers -216 until a refresh). */
  expireAccessTokens(): void {
    this.validAccessTokens.clear();
  }

  /** The next `times` Open API calls fail with Zalo error `code` (HTTP 200). */
  failWithZaloError(code: number, times = 1, message = "fake error"): void {
    for (let i = 0; i < times; i++) this.failures.push({ kind: "zalo", code, message });
  }

  /** The next `times` Open API calls answer HTTP `status`. */
  failWithHttp(status: number, times = 1, retryAfter?: string): void {
    for (let i = 0; i < times; i++) this.failures.push({ kind: "http", status, ...(retryAfter ? { retryAfter } : {}) });
  }

  /** The next `times` Open API calls never answer. */
  hang(times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push({ kind: "hang" });
  }

  /** Calls to the OAuth refresh endpoint. */
  oauthCalls(): RecordedCall[] {
    return this.calls.filter((c) => c.path === "/v4/oa/access_token");
  }

  /** Texts of accepted CS messages to `userId`, in order (attachments as "[template_type]"). */
  textsTo(userId: string): string[] {
    return this.sent
      .filter((s) => s.userId === userId)
      .map((s) => s.message.text ?? `[${s.message.attachment?.payload?.template_type ?? "attachment"}]`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://x");
    if (req.method === "GET" && url.pathname === "/assets/photo.png") {
      res.writeHead(200, { "content-type": "image/png" }).end(PNG_BYTES);
      return;
    }
    const accessToken = header(req, "access_token");
    const contentType = header(req, "content-type") ?? "";
    const body = contentType.includes("json") ? safeJson(raw) : contentType.includes("urlencoded") ? Object.fromEntries(new URLSearchParams(raw.toString())) : { bytes: raw.length };
    this.calls.push({ method: req.method ?? "", path: url.pathname, ...(accessToken ? { accessToken } : {}), body });
    if (url.pathname === "/v4/oa/access_token") return this.oauth(req, body as Record<string, string>, res);

    const failure = this.failures.shift();
    if (failure?.kind === "hang") return; // keep the socket open; the client's timeout must fire
    if (failure?.kind === "http") {
      res.writeHead(failure.status, failure.retryAfter ? { "retry-after": failure.retryAfter } : {}).end("error");
      return;
    }
    if (!accessToken || !this.validAccessTokens.has(accessToken)) return envelope(res, -216, "Access token is invalid");
    if (failure?.kind === "zalo") return envelope(res, failure.code, failure.message);

    if (req.method === "POST" && url.pathname === "/v3.0/oa/message/cs") {
      const { recipient, message } = body as { recipient?: { user_id?: string }; message?: CsMessageBody };
      const userId = recipient?.user_id;
      if (!userId || !message) return envelope(res, -201, "recipient or message is invalid");
      const slowMs = [...this.slowTexts].find(([key]) => message.text?.includes(key))?.[1];
      if (slowMs) await new Promise((resolve) => setTimeout(resolve, slowMs));
      if (typeof message.text === "string" && message.text.length > 2000) return envelope(res, -201, "text is too long");
      if (this.notFollowers.has(userId)) return envelope(res, -213, "User has not followed OA");
      if (this.blockedUsers.has(userId)) return envelope(res, -217, "User has blocked OA");
      if (this.overRate()) return envelope(res, -32, "Request exceeds the rate limit");
      if (this.outsideWindow.has(userId)) return envelope(res, -230, "User has not interacted with the OA in the past 7 days");
      const messageId = `msg${++this.msgCount}`;
      this.sent.push({ userId, message, messageId });
      const lateMs = [...this.lateAnswers].find(([key]) => message.text?.includes(key))?.[1];
      if (lateMs) await new Promise((resolve) => setTimeout(resolve, lateMs));
      return envelope(res, 0, "Success", { message_id: messageId, user_id: userId, sent_time: String(Date.now()) });
    }
    if (req.method === "POST" && url.pathname === "/v2.0/oa/upload/image") return envelope(res, 0, "Success", { attachment_id: `att${this.calls.length}` });
    if (req.method === "GET" && url.pathname === "/v3.0/oa/user/detail") {
      const data = JSON.parse(url.searchParams.get("data") ?? "{}") as { user_id?: string };
      return envelope(res, 0, "Success", { user_id: data.user_id, display_name: "Nguyễn Văn A", user_is_follower: true });
    }
    res.writeHead(404).end();
  }

  /** True when one more message this minute would exceed maxMessagesPerMinute (else it is counted). */
  private overRate(): boolean {
    if (this.maxMessagesPerMinute === undefined) return false;
    const now = Date.now();
    while (this.recentMessages.length > 0 && (this.recentMessages[0] ?? 0) <= now - 60_000) this.recentMessages.shift();
    if (this.recentMessages.length >= this.maxMessagesPerMinute) return true;
    this.recentMessages.push(now);
    return false;
  }

  private async oauth(req: IncomingMessage, form: Record<string, string>, res: ServerResponse): Promise<void> {
    if (this.oauthDelayMs > 0) await new Promise((r) => setTimeout(r, this.oauthDelayMs));
    const json = (status: number, data: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(data));
    if (this.oauthFailure) return void json(200, this.oauthFailure);
    if (header(req, "secret_key") !== this.appSecret || form.app_id !== this.appId) {
      return void json(200, { error: -14002, error_name: "Invalid appId", error_reason: "app id or secret key is wrong" });
    }
    if (form.grant_type !== "refresh_token" || !form.refresh_token || form.refresh_token !== this.refreshToken) {
      return void json(200, { error: -14014, error_name: "Invalid refresh token", error_reason: "refresh token is invalid or already used" });
    }
    const n = ++this.pairCount;
    const access = `at-${n}`;
    this.refreshToken = `rt-${n}`; // the old refresh token is spent
    this.validAccessTokens.add(access);
    json(200, { access_token: access, refresh_token: this.refreshToken, expires_in: "90000" });
  }
}

function envelope(res: ServerResponse, error: number, message: string, data?: unknown): void {
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ error, message, ...(data === undefined ? {} : { data }) }));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function safeJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    return { invalidJson: true };
  }
}

// ───────────── webhook events ─────────────

let eventSeq = 0;
const OA_ID = "3662729599332560487";

/** A signed webhook request: the exact raw body and the headers Zalo would send. */
export function signZaloEvent(event: Record<string, unknown>, keys: { appId: string; oaSecretKey: string }): { rawBody: string; headers: Record<string, string> } {
  const rawBody = JSON.stringify({ ...event, app_id: event.app_id || keys.appId });
  const mac = computeZaloMac(keys.appId, Buffer.from(rawBody, "utf8"), String(event.timestamp), keys.oaSecretKey);
  return { rawBody, headers: { "content-type": "application/json", "x-zevent-signature": `mac=${mac}` } };
}

/** Builders for the events motcua handles, shaped like Zalo's (ids as strings). */
export const zaloEvents = {
  text: (userId: string, text: string, msgId = `m${++eventSeq}`, at = Date.now()) => userEvent("user_send_text", userId, { text, msg_id: msgId }, at),
  image: (userId: string, url: string, caption?: string, at = Date.now()) =>
    userEvent("user_send_image", userId, { msg_id: `m${++eventSeq}`, ...(caption ? { text: caption } : {}), attachments: [{ type: "image", payload: { url, thumbnail: url } }] }, at),
  location: (userId: string, latitude: number, longitude: number, at = Date.now()) =>
    userEvent("user_send_location", userId, { msg_id: `m${++eventSeq}`, attachments: [{ type: "location", payload: { coordinates: { latitude: String(latitude), longitude: String(longitude) } } }] }, at),
  sticker: (userId: string, at = Date.now()) =>
    userEvent("user_send_sticker", userId, { msg_id: `m${++eventSeq}`, attachments: [{ type: "sticker", payload: { id: "1", url: "https://example.invalid/s.png" } }] }, at),
  file: (userId: string, at = Date.now()) =>
    userEvent("user_send_file", userId, { msg_id: `m${++eventSeq}`, attachments: [{ type: "file", payload: { url: "https://example.invalid/a.pdf", name: "a.pdf", size: "100" } }] }, at),
  follow: (userId: string, at = Date.now()) => ({ event_name: "follow", app_id: "", oa_id: OA_ID, follower: { id: userId }, source: "oa_profile", user_id_by_app: "9", timestamp: String(at) }),
  unfollow: (userId: string, at = Date.now()) => ({ event_name: "unfollow", app_id: "", oa_id: OA_ID, follower: { id: userId }, source: "oa_profile", user_id_by_app: "9", timestamp: String(at) }),
  submitInfo: (userId: string, info: { name?: string; phone?: string; address?: string }, at = Date.now()) => ({
    event_name: "user_submit_info",
    app_id: "",
    sender: { id: userId },
    recipient: { id: OA_ID },
    info: { ...info, city: "TP Hồ Chí Minh", district: "" },
    timestamp: String(at),
  }),
  /** The echo Zalo sends for the OA's own message. */
  echo: (userId: string, text: string, at = Date.now()) => ({
    event_name: "oa_send_text",
    app_id: "",
    sender: { id: OA_ID },
    recipient: { id: userId },
    message: { text, msg_id: `oa${++eventSeq}` },
    timestamp: String(at),
  }),
};

function userEvent(name: string, userId: string, message: Record<string, unknown>, at: number): Record<string, unknown> {
  return { event_name: name, app_id: "", sender: { id: userId }, recipient: { id: OA_ID }, message, timestamp: String(at), user_id_by_app: "979122185046046317" };
}
