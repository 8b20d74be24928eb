/**
 * A fake Telegram Bot API on 127.0.0.1 (port 0): serves `/bot<token>/<method>` with Telegram's envelope
 * (`{ok, result}` / `{ok:false, error_code, description, parameters}`), records every call, and can be told to
 * answer 429 with retry_after, 403, 400, 500, or to hang. getUpdates long-polls over updates pushed by the test.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  token: string;
  payload: Record<string, unknown>;
  /** Date.now() when the call arrived. */
  at: number;
  /** "ok", or the failure the fake was told to answer with. */
  outcome: "ok" | Failure["kind"] | "unauthorized";
}

export type Failure =
  | { kind: "rate_limited"; retryAfter: number }
  | { kind: "forbidden" }
  | { kind: "chat_not_found" }
  | { kind: "server_error" }
  | { kind: "hang" };

export interface FakeTelegramOptions {
  /** Calls with another token get 401 (default: any token is accepted). */
  token?: string;
  /** Listen on this loopback port (default: a free one), e.g. one the service was pointed at while nothing listened. */
  port?: number;
  /**
   * Like Telegram's flood control: sends (sendMessage, sendPhoto) beyond this many in any sliding second get 429
   * with retry_after 1. Unset: no limit.
   */
  maxSendsPerSec?: number;
  /** Answer delay of every call in ms (a real API takes tens of milliseconds). */
  latencyMs?: number;
}

export class FakeTelegramApi {
  readonly calls: RecordedCall[] = [];
  private readonly failures: Array<{ method: string; failure: Failure; remaining: number }> = [];
  private readonly hanging = new Set<ServerResponse>();
  private readonly updates: Array<Record<string, unknown> & { update_id: number }> = [];
  private readonly pollWaiters = new Set<() => void>();
  private nextMessageId = 1;
  /** Chats that blocked the bot: every send to them gets 403. */
  readonly blockedChats = new Set<string>();
  /** Times of accepted sends within the last second (flood control). */
  private readonly recentSends: number[] = [];

  private constructor(
    private readonly server: Server,
    readonly apiRoot: string,
    private readonly opts: FakeTelegramOptions,
  ) {}

  /** Starts the server on a free loopback port. */
  static async start(opts: FakeTelegramOptions = {}): Promise<FakeTelegramApi> {
    const server = createServer();
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeTelegramApi(server, `http://127.0.0.1:${port}`, opts);
    server.on("request", (req: IncomingMessage, res: ServerResponse) => void fake.handle(req, res));
    return fake;
  }

  /** The next `times` calls of `method` ("*" for any) fail this way. */
  fail(method: string, failure: Failure, times = 1): void {
    this.failures.push({ method, failure, remaining: times });
  }

  clearFailures(): void {
    this.failures.length = 0;
  }

  /** Queues updates for getUpdates. */
  pushUpdates(...updates: Array<Record<string, unknown> & { update_id: number }>): void {
    this.updates.push(...updates);
    for (const wake of this.pollWaiters) wake();
  }

  /** Recorded calls of one method, optionally to one chat. */
  callsOf(method: string, chatId?: string | number): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && (chatId === undefined || String(c.payload.chat_id) === String(chatId)));
  }

  /** Texts delivered to a chat with sendMessage (answered ok), in order. */
  textsTo(chatId: string | number): string[] {
    return this.callsOf("sendMessage", chatId)
      .filter((c) => c.outcome === "ok")
      .map((c) => String(c.payload.text));
  }

  /** Resolves once `predicate` holds over the recorded calls (polling every 10 ms), or rejects after `timeoutMs`. */
  async waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > deadline) throw new Error(`fake Telegram: condition not met within ${timeoutMs} ms (${this.calls.length} calls)`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    for (const wake of this.pollWaiters) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Files citizens "sent": getFile names them, /file/bot<token>/<path> serves their bytes. */
  readonly files = new Map<string, Uint8Array>();

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const file = /^\/file\/bot([^/]+)\/photos\/(.+)$/u.exec(new URL(req.url ?? "/", this.apiRoot).pathname);
    if (file && req.method === "GET") {
      this.calls.push({ method: "file", token: file[1] ?? "", payload: { path: file[2] }, at: Date.now(), outcome: "ok" });
      const bytes = this.files.get(decodeURIComponent(file[2] ?? ""));
      if (!bytes) return this.reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.byteLength });
      res.end(Buffer.from(bytes));
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)$/u.exec(new URL(req.url ?? "/", this.apiRoot).pathname);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (!match) return this.reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token = "", method = ""] = match;
    let payload: Record<string, unknown> = {};
    try {
      const raw = Buffer.concat(chunks).toString("utf8");
      payload = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      payload = { _unparsed: true };
    }
    const call: RecordedCall = { method, token, payload, at: Date.now(), outcome: "ok" };
    this.calls.push(call);
    if (this.opts.token && token !== this.opts.token) {
      call.outcome = "unauthorized";
      return this.reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    }
    if (this.opts.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.opts.latencyMs));
    // A chat that blocked the bot answers 403 whatever else is queued, as Telegram does; queued failures go to the
    // next send that can reach a chat, so a test's one-off 429 never lands on the blocked chat by arrival order.
    const failure = this.blocked(method, payload) ?? this.takeFailure(method) ?? this.flood(method);
    if (failure) {
      call.outcome = failure.kind;
      return this.failWith(res, failure);
    }
    return this.succeed(res, method, payload);
  }

  /** 403 for a chat that blocked the bot. */
  private blocked(method: string, payload: Record<string, unknown>): Failure | undefined {
    if (method !== "sendMessage" && method !== "sendPhoto") return undefined;
    return this.blockedChats.has(String(payload.chat_id)) ? { kind: "forbidden" } : undefined;
  }

  /** 429 when a send would exceed maxSendsPerSec in the last second. */
  private flood(method: string): Failure | undefined {
    if (method !== "sendMessage" && method !== "sendPhoto") return undefined;
    const limit = this.opts.maxSendsPerSec;
    if (limit === undefined) return undefined;
    const now = Date.now();
    while (this.recentSends.length > 0 && (this.recentSends[0] ?? 0) <= now - 1000) this.recentSends.shift();
    if (this.recentSends.length >= limit) return { kind: "rate_limited", retryAfter: 1 };
    this.recentSends.push(now);
    return undefined;
  }

  private takeFailure(method: string): Failure | undefined {
    const i = this.failures.findIndex((f) => f.method === method || (f.method === "*" && method !== "getUpdates"));
    const f = this.failures[i];
    if (!f) return undefined;
    if (--f.remaining <= 0) this.failures.splice(i, 1);
    return f.failure;
  }

  private failWith(res: ServerResponse, failure: Failure): void {
    switch (failure.kind) {
      case "hang":
        this.hanging.add(res);
        res.on("close", () => this.hanging.delete(res));
        return;
      case "rate_limited":
        return this.reply(res, 429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${failure.retryAfter}`,
          parameters: { retry_after: failure.retryAfter },
        });
      case "forbidden":
        return this.reply(res, 403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
      case "chat_not_found":
        return this.reply(res, 400, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
      case "server_error":
        return this.reply(res, 500, { ok: false, error_code: 500, description: "Internal Server Error" });
    }
  }

  private async succeed(res: ServerResponse, method: string, payload: Record<string, unknown>): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    switch (method) {
      case "sendMessage":
      case "sendPhoto":
        return this.reply(res, 200, {
          ok: true,
          result: { message_id: this.nextMessageId++, date: now, chat: { id: Number(payload.chat_id), type: "private" }, text: payload.text },
        });
      case "getFile": {
        const id = String(payload.file_id);
        const bytes = this.files.get(id);
        if (!bytes) return this.reply(res, 400, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
        return this.reply(res, 200, { ok: true, result: { file_id: id, file_unique_id: `u-${id}`, file_size: bytes.byteLength, file_path: `photos/${encodeURIComponent(id)}` } });
      }
      case "getMe":
        return this.reply(res, 200, { ok: true, result: { id: 1, is_bot: true, first_name: "Một cửa", username: "motcua_test_bot" } });
      case "getUpdates":
        return this.reply(res, 200, { ok: true, result: await this.pollUpdates(payload) });
      case "answerCallbackQuery":
      case "setWebhook":
      case "deleteWebhook":
      case "setMyCommands":
        return this.reply(res, 200, { ok: true, result: true });
      default:
        return this.reply(res, 404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    }
  }

  private async pollUpdates(payload: Record<string, unknown>): Promise<unknown[]> {
    const offset = Number(payload.offset ?? 0);
    const timeoutSec = Math.min(Number(payload.timeout ?? 0), 2);
    const pending = () => this.updates.filter((u) => u.update_id >= offset);
    if (pending().length === 0 && timeoutSec > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.pollWaiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, timeoutSec * 1000);
        this.pollWaiters.add(wake);
      });
    }
    return pending();
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    if (res.destroyed) return;
    const json = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
    res.end(json);
  }
}
