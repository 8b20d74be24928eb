/**
 * The Bot API calls every reply makes (sendMessage, sendPhoto, answerCallbackQuery), as JSON over undici's HTTP/1.1
 * connection pool to the API root. telegraf's own client (node-fetch) cost about a third more CPU per call on the
 * 2-core development machine (bench/webhook measures the whole path); telegraf keeps the rest: types, webhook and
 * command registration, long polling. Failures are telegraf's TelegramError (the API answered ok: false) or the
 * network's own error, as from telegraf's client, so bots/telegram/errors.ts reads both alike.
 */
import { Pool } from "undici";
import { TelegramError } from "telegraf";
import { readCapped } from "../../src/core/channels/read-capped.js";

/** The Bot API's answer envelope. */
interface BotApiResponse {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface BotApiClientOptions {
  /** e.g. https://api.telegram.org, or a local Bot API server; a path after the host is kept. */
  apiRoot: string;
  botToken: string;
  /** Keep-alive connections to the API root (default 16). */
  connections?: number;
  /**
   * A call whose answer has not begun (or stopped coming) for this long fails with undici's timeout error (default
   * 10 s). undici's own timers, not an AbortSignal per call: those cost more than the call's JSON.
   */
  timeoutMs?: number;
}

export class BotApiClient {
  private readonly pool: Pool;
  private readonly basePath: string;

  constructor(private readonly opts: BotApiClientOptions) {
    const root = new URL(opts.apiRoot);
    this.pool = new Pool(root.origin, { connections: opts.connections ?? 16 });
    this.basePath = root.pathname.replace(/\/+$/u, "");
  }

  /**
   * Calls one method with a JSON payload.
   *
   * @returns the `result` of a successful call.
   * @throws TelegramError when the API answers `ok: false` (429 with parameters.retry_after, 403, 400 …); the
   *   network's or the timeout's error when no answer came.
   */
  async call(method: string, payload: Record<string, unknown>): Promise<unknown> {
    const timeout = this.opts.timeoutMs ?? 10_000;
    const res = await this.pool.request({
      method: "POST",
      path: `${this.basePath}/bot${this.opts.botToken}/${method}`,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    const text = await res.body.text();
    let body: BotApiResponse;
    try {
      body = JSON.parse(text) as BotApiResponse;
    } catch {
      // a proxy's error page, say: the status is all there is to go by
      throw new TelegramError({ error_code: res.statusCode, description: `HTTP ${res.statusCode} without a Bot API answer` }, { method });
    }
    if (body.ok) return body.result;
    throw new TelegramError(
      { error_code: body.error_code ?? res.statusCode, description: body.description ?? "", ...(body.parameters ? { parameters: body.parameters } : {}) },
      { method },
    );
  }

  /**
   * Downloads a file the Bot API named in getFile's `file_path`, stopping past `maxBytes`.
   *
   * @throws Error `download_http_<status>` when the file server refuses; AppError `photo_refused` past the cap.
   */
  async download(filePath: string, maxBytes: number): Promise<Uint8Array> {
    const timeout = this.opts.timeoutMs ?? 10_000;
    const res = await this.pool.request({ method: "GET", path: `${this.basePath}/file/bot${this.opts.botToken}/${filePath}`, headersTimeout: timeout, bodyTimeout: timeout });
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new Error(`download_http_${res.statusCode}`);
    }
    return readCapped(res.body, maxBytes);
  }

  /** Closes the connections (after the calls in flight). */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
