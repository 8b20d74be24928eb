import { FormData, Pool, type Dispatcher } from "undici";
import { ChannelError } from "../../src/core/channels/contract.js";
import { channelErrorFromHttp, channelErrorFromZalo, TOKEN_ERROR_CODES, ZaloTokenRejectedError } from "./errors.js";
import type { ZaloButton, ZaloCsMessage, ZaloEnvelope, ZaloSendResult, ZaloUserProfile } from "./types.js";

/** Where the client gets its access token; {@link ZaloTokenManager} implements it. */
export interface ZaloAccessTokenSource {
  /** A token believed valid now (refreshed first if it is about to expire). */
  accessToken(): Promise<string>;
  /** Zalo refused `rejected`: return a fresh one (one refresh across all processes, however many callers). */
  refreshAfterRejection(rejected: string): Promise<string>;
}

export interface ZaloClientOptions {
  /** ZALO_OPENAPI_BASE, e.g. https://openapi.zalo.me (no trailing slash). */
  openApiBase: string;
  tokens: ZaloAccessTokenSource;
  /** Per-request timeout; a hang becomes ChannelError("unavailable"). Default 10 s. */
  timeoutMs?: number;
}

type Body = { json: unknown } | { form: FormData } | undefined;

/**
 * A small typed client for the Zalo OA Open API v3 (no Zalo SDK on the registry works, see docs/zalo.md), over
 * undici's keep-alive connection pool: every reply goes through it, and Node's global fetch cost about three times
 * the CPU per call on the development machine. Every failure is a {@link ChannelError}; a refused token is
 * refreshed once and the call retried once.
 */
export class ZaloOaClient {
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: ZaloClientOptions) {
    const base = new URL(options.openApiBase);
    this.pool = new Pool(base.origin, { connections: 16 });
    this.basePath = base.pathname.replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Closes the connections (after the calls in flight). */
  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Sends a customer-service ("tư vấn") message; only accepted within 7 days of the citizen's last interaction. */
  async sendCs(userId: string, message: ZaloCsMessage): Promise<ZaloSendResult> {
    return this.call<ZaloSendResult>("POST", "/v3.0/oa/message/cs", { json: { recipient: { user_id: userId }, message } });
  }

  /** Plain text, at most 2,000 characters (split before calling). */
  sendText(userId: string, text: string): Promise<ZaloSendResult> {
    return this.sendCs(userId, { text });
  }

  /** Text with buttons (unconfirmed on v3; only used when ZALO_BUTTONS=on). */
  sendButtons(userId: string, text: string, buttons: ZaloButton[]): Promise<ZaloSendResult> {
    return this.sendCs(userId, { text, attachment: { type: "template", payload: { buttons } } });
  }

  /** An image by attachment id (from {@link uploadImage}) or by public URL, with an optional caption. */
  sendImage(userId: string, image: { attachmentId: string } | { url: string }, caption?: string): Promise<ZaloSendResult> {
    const element = "attachmentId" in image ? { media_type: "image" as const, attachment_id: image.attachmentId } : { media_type: "image" as const, url: image.url };
    return this.sendCs(userId, {
      ...(caption ? { text: caption } : {}),
      attachment: { type: "template", payload: { template_type: "media", elements: [element] } },
    });
  }

  /** Asks the citizen to share name, phone and address; the answer arrives as a `user_submit_info` event. */
  requestUserInfo(userId: string, card: { title: string; subtitle: string; imageUrl?: string }): Promise<ZaloSendResult> {
    const element = { title: card.title, subtitle: card.subtitle, ...(card.imageUrl ? { image_url: card.imageUrl } : {}) };
    return this.sendCs(userId, { attachment: { type: "template", payload: { template_type: "request_user_info", elements: [element] } } });
  }

  /** Uploads a jpg/png (≤ 1 MB) and returns its attachment id (valid about 7 days: upload again rather than cache). */
  async uploadImage(bytes: Uint8Array, fileName: string, mimeType: string): Promise<string> {
    const data = await this.call<{ attachment_id?: string }>("POST", "/v2.0/oa/upload/image", {
      form: formWith(bytes, fileName, mimeType),
    });
    if (!data.attachment_id) throw new ChannelError("unavailable", "zalo upload returned no attachment_id");
    return data.attachment_id;
  }

  /** The citizen's profile as the OA sees it. */
  getUserProfile(userId: string): Promise<ZaloUserProfile> {
    return this.call<ZaloUserProfile>("GET", `/v3.0/oa/user/detail?data=${encodeURIComponent(JSON.stringify({ user_id: userId }))}`, undefined);
  }

  private async call<T>(method: "GET" | "POST", path: string, body: Body): Promise<T> {
    const token = await this.options.tokens.accessToken();
    try {
      return await this.once<T>(method, path, body, token);
    } catch (error) {
      if (!(error instanceof ZaloTokenRejectedError)) throw error;
      const fresh = await this.options.tokens.refreshAfterRejection(token);
      try {
        return await this.once<T>(method, path, body, fresh);
      } catch (again) {
        if (again instanceof ZaloTokenRejectedError) throw new ChannelError("unavailable", `zalo ${again.code}: token refused after refresh`, undefined, { cause: again });
        throw again;
      }
    }
  }

  private async once<T>(method: "GET" | "POST", path: string, body: Body, token: string): Promise<T> {
    const headers: Record<string, string> = { access_token: token };
    let payload: string | FormData | undefined;
    if (body && "json" in body) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body.json);
    } else if (body) {
      payload = body.form;
    }
    let response: Dispatcher.ResponseData;
    try {
      response = await this.pool.request({
        method,
        path: `${this.basePath}${path}`,
        headers,
        body: payload,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
    } catch (error) {
      throw new ChannelError("unavailable", `zalo network: ${errorName(error)}`, undefined, { cause: error });
    }
    if (response.statusCode < 200 || response.statusCode > 299) {
      await response.body.dump().catch(() => undefined);
      const retryAfter = response.headers["retry-after"];
      throw channelErrorFromHttp(response.statusCode, (Array.isArray(retryAfter) ? retryAfter[0] : retryAfter) ?? null);
    }
    let envelope: ZaloEnvelope<T>;
    try {
      envelope = (await response.body.json()) as ZaloEnvelope<T>;
    } catch (error) {
      throw new ChannelError("unavailable", "zalo answered with invalid JSON", undefined, { cause: error });
    }
    const code = Number(envelope.error);
    if (code === 0 && envelope.data !== undefined) return envelope.data;
    if (code === 0) return {} as T;
    if (TOKEN_ERROR_CODES.has(code)) throw new ZaloTokenRejectedError(code);
    throw channelErrorFromZalo(code, String(envelope.message ?? ""));
  }
}

function formWith(bytes: Uint8Array, fileName: string, mimeType: string): FormData {
  const form = new FormData();
  // preact's JSX types bring the DOM lib, whose Blob takes only ArrayBuffer-backed views
  form.append("file", new Blob([new Uint8Array(bytes)], { type: mimeType }), fileName);
  return form;
}

function errorName(error: unknown): string {
  if (!(error instanceof Error)) return "error";
  return /TIMEOUT/u.test(String((error as { code?: unknown }).code ?? "")) ? "timeout" : error.name;
}
