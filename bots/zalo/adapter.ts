import { request } from "undici";
import { ChannelError, type Choice, type InboundMessage, type OutboundMessage, type Recipient, type WebhookChannel, type WebhookHeaders } from "../../src/core/channels/contract.js";
import { readCapped } from "../../src/core/channels/read-capped.js";
import { renderableChoices } from "../../src/core/channels/render.js";
import type { ZaloOaClient } from "./client.js";
import { parseZaloEvent, type ZaloEventOutcome } from "./parse.js";
import { renderForZalo, type ZaloOutbound } from "./render.js";
import { verifyZaloSignature } from "./signature.js";
import type { ZaloSendResult } from "./types.js";

export interface ZaloAdapterOptions {
  client: ZaloOaClient;
  /** ZALO_APP_ID: first term of the webhook signature. */
  appId: string;
  /** ZALO_OA_SECRET_KEY (Webhook page of the app), not the App Secret. */
  oaSecretKey: string;
  /** ZALO_BUTTONS=on: button templates; off (default): numbered text choices. */
  buttons: boolean;
  requestInfoImageUrl?: string;
  /** Remembers numbered choices so a reply "2" becomes that choice (any replica can take the reply). */
  choiceMemory?: NumberedChoiceMemory;
  /** How long numbered choices stay answerable (default 60 min). */
  choiceTtlMs?: number;
  /** Largest image uploaded (Zalo: jpg/png up to 1 MB); bigger ones are sent by URL. */
  maxUploadBytes?: number;
}

/** Port: the last choices shown to a recipient (src/db/repositories/held-delivery-repository.ts implements it). */
export interface NumberedChoiceMemory {
  /**
   * Records choices about to be shown, before the send: Zalo shows the message (and the citizen may answer "1")
   * before its answer to the send request reaches the service. Returns a handle for {@link settle}, or null for an
   * unknown recipient.
   */
  remember(to: Recipient, message: OutboundMessage, at: Date): Promise<string | null>;
  /** The send's outcome: Zalo's message id when it went out; when it failed, its choices are no longer answerable. */
  settle(handle: string, outcome: { platformMessageId?: string } | { failed: string }): Promise<void>;
  /** The choices of the latest message with choices sent since `since`, or null. */
  recall(to: Recipient, since: Date): Promise<Choice[] | null>;
}

/** A bare number, as citizens answer numbered options ("2", " 2. ", "số 2"). */
/** An image download that takes longer counts as failed and is tried again later. */
const DOWNLOAD_TIMEOUT_MS = 15_000;
const NUMBER_REPLY = /^\s*(?:s[oố]\s*)?(\d{1,2})\s*[.)]?\s*$/iu;

/**
 * The Zalo Official Account channel: verifies and parses webhooks, renders {@link OutboundMessage} as OA
 * customer-service messages. Sending only works within 7 days of the citizen's last interaction; outside it the
 * client throws ChannelError("outside_window") and the caller holds the message.
 */
export class ZaloAdapter implements WebhookChannel {
  readonly channel = "zalo" as const;

  constructor(private readonly options: ZaloAdapterOptions) {}

  /** Checks `X-ZEvent-Signature` over the raw bytes, in constant time. */
  verifyWebhook(headers: WebhookHeaders, rawBody: Buffer | undefined): boolean {
    if (!rawBody || rawBody.length === 0) return false;
    const header = headers["x-zevent-signature"];
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString("utf8"));
    } catch {
      return false;
    }
    return verifyZaloSignature({
      header: Array.isArray(header) ? header[0] : header,
      rawBody,
      body,
      appId: this.options.appId,
      oaSecretKey: this.options.oaSecretKey,
    });
  }

  /**
   * The bytes of an image a citizen sent: Zalo's event carries its URL on Zalo's file server.
   *
   * @throws Error `download_http_<status>` or the network's error when it cannot be fetched (tried again later);
   *   AppError `photo_refused` past `maxBytes`.
   */
  async downloadFile(file: { url: string | null }, maxBytes: number): Promise<Uint8Array> {
    const url = file.url ? new URL(file.url) : null;
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) throw new ChannelError("bad_request", "no image url");
    const res = await request(url, { method: "GET", headersTimeout: DOWNLOAD_TIMEOUT_MS, bodyTimeout: DOWNLOAD_TIMEOUT_MS });
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new Error(`download_http_${res.statusCode}`);
    }
    return readCapped(res.body, maxBytes);
  }

  /** One Zalo event → zero or one message (echoes and unhandled events give none). */
  parseWebhook(body: unknown): InboundMessage[] {
    const outcome = parseZaloEvent(body);
    return outcome.kind === "inbound" ? [outcome.message] : [];
  }

  /** The full outcome of an event, for callers that need the submitted contact details or the ignore reason. */
  classify(body: unknown): ZaloEventOutcome {
    return parseZaloEvent(body);
  }

  /**
   * Sends one message as one or more Zalo messages (long text is split). Throws ChannelError; when a later part
   * fails, earlier parts were delivered and a retry sends them again (Zalo has no idempotency key).
   */
  async send(to: Recipient, message: OutboundMessage): Promise<{ platformMessageId?: string }> {
    const memory = message.kind === "text" && renderableChoices(message.choices).length > 0 ? this.options.choiceMemory : undefined;
    const remembered = memory ? await memory.remember(to, message, new Date()) : null;
    let last: ZaloSendResult | undefined;
    try {
      for (const part of renderForZalo(message, this.options)) {
        last = await this.sendPart(to.externalUserId, part);
      }
    } catch (err) {
      if (memory && remembered) await memory.settle(remembered, { failed: err instanceof ChannelError ? err.kind : "send_failed" }).catch(() => undefined);
      throw err;
    }
    if (memory && remembered && last?.message_id) await memory.settle(remembered, { platformMessageId: last.message_id });
    return last?.message_id ? { platformMessageId: last.message_id } : {};
  }

  /**
   * Turns a numbered answer ("2") into the choice it names, when the citizen was recently shown numbered options
   * (the default when buttons are off). Any other message is returned unchanged.
   */
  async resolveNumberedReply(message: InboundMessage, now: Date = new Date()): Promise<InboundMessage> {
    const memory = this.options.choiceMemory;
    if (message.kind !== "text" || !memory) return message;
    const match = NUMBER_REPLY.exec(message.text);
    if (!match) return message;
    const choices = await memory.recall({ channel: "zalo", externalUserId: message.externalUserId }, new Date(now.getTime() - (this.options.choiceTtlMs ?? 3_600_000)));
    const choice = renderableChoices(choices ?? [])[Number(match[1]) - 1];
    if (!choice) return message;
    const { text: _text, kind: _kind, ...base } = message;
    return { ...base, kind: "choice", data: choice.data };
  }

  private async sendPart(userId: string, part: ZaloOutbound): Promise<ZaloSendResult> {
    const client = this.options.client;
    switch (part.type) {
      case "text":
        return client.sendText(userId, part.text);
      case "buttons":
        return client.sendButtons(userId, part.text, part.buttons);
      case "request_user_info":
        return client.requestUserInfo(userId, { title: part.title, subtitle: part.subtitle, ...(part.imageUrl ? { imageUrl: part.imageUrl } : {}) });
      case "image": {
        const image = await this.fetchImage(part.url);
        if (!image) return client.sendImage(userId, { url: part.url }, part.caption);
        const attachmentId = await client.uploadImage(image.bytes, image.fileName, image.mimeType);
        return client.sendImage(userId, { attachmentId }, part.caption);
      }
    }
  }

  /**
   * Downloads an image to upload it (Zalo's documented path: upload, then attachment id). Anything that is not a
   * small jpg/png, or cannot be fetched, is sent by URL instead.
   */
  private async fetchImage(url: string): Promise<{ bytes: Uint8Array; fileName: string; mimeType: string } | undefined> {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      const mimeType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
      if (!response.ok || (mimeType !== "image/jpeg" && mimeType !== "image/png")) {
        await response.body?.cancel();
        return undefined;
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.length > (this.options.maxUploadBytes ?? 1_000_000)) return undefined;
      return { bytes, mimeType, fileName: mimeType === "image/png" ? "image.png" : "image.jpg" };
    } catch {
      return undefined;
    }
  }
}

