/**
 * The channel contract: every bot (Telegram, Zalo, terminal, later web) turns platform updates into
 * {@link InboundMessage} and renders {@link OutboundMessage} for its platform. The conversation engine only ever
 * sees these shapes.
 */

/** Channels motcua speaks on. Stored in the database as text, so adding one needs no migration of old rows. */
export type ChannelName = "telegram" | "zalo" | "terminal" | "web";

interface InboundBase {
  channel: ChannelName;
  /** The citizen's id on the platform (Telegram chat/user id, Zalo user id by OA). Never logged raw. */
  externalUserId: string;
  /** Platform id of this update/event, unique per channel; the idempotency key. */
  platformMessageId: string;
  /** When the platform says the citizen sent it. */
  sentAt: Date;
  /** Display name the platform gives, if any (not stored without consent). */
  displayName?: string;
  /** True when the message came from a group chat, where the bot only points to the private chat. */
  isGroup?: boolean;
  /**
   * Where replies go when it is not the citizen's own chat (a group chat id). Unset: reply to `externalUserId`.
   */
  conversationId?: string;
}

export type InboundMessage = InboundBase &
  (
    | { kind: "text"; text: string }
    /** A slash command or a platform menu command, without the leading slash: `{command: "tracuu", args: "PA-..."}`. */
    | { kind: "command"; command: string; args: string }
    /** A button the citizen pressed; `data` is the opaque value the engine put on the choice. */
    | { kind: "choice"; data: string; callbackId?: string }
    | { kind: "location"; latitude: number; longitude: number; address?: string }
    | { kind: "photo"; platformFileId: string; url?: string; caption?: string }
    /**
     * Contact details. `consented` is true when the citizen sent them through the platform's own consent card
     * (Zalo's request-user-info), which states the purpose: the channel then stores them with a consent record.
     */
    | { kind: "contact"; phone: string; name?: string; address?: string; consented?: boolean }
    /** The citizen followed the Official Account / started the bot. */
    | { kind: "follow" }
    /** The citizen unfollowed / blocked the bot. */
    | { kind: "unfollow" }
    /** Anything else (sticker, file, voice): the engine answers politely that it cannot read it. */
    | { kind: "unsupported"; what: string }
  );

/** Tightest limit any channel puts on a choice's data (Telegram callback data), in UTF-8 bytes. */
export const MAX_CHOICE_DATA_BYTES = 64;

/** Most choices one message carries; more would not fit an elderly citizen's screen. */
export const MAX_CHOICES = 8;

/**
 * One selectable option. `data` must fit {@link MAX_CHOICE_DATA_BYTES}; keep it short and ASCII, a prefix naming
 * the flow that owns it and its arguments: `p:1.001193:fee`, `m:hoi`.
 */
export interface Choice {
  label: string;
  data: string;
}

export interface Link {
  label: string;
  url: string;
}

export type OutboundMessage =
  | {
      kind: "text";
      text: string;
      /** Buttons (or numbered options where the platform has none). At most 8. */
      choices?: Choice[];
      links?: Link[];
    }
  | { kind: "photo"; url: string; caption?: string }
  | { kind: "request_location"; text: string }
  | { kind: "request_contact"; text: string };

/** Why a send failed, in the terms every channel shares. Delivery code stores this, never a platform string. */
export type ChannelErrorKind =
  | "rate_limited"
  | "forbidden"
  | "invalid_recipient"
  | "outside_window"
  | "unavailable"
  | "bad_request";

/** A typed failure from a channel adapter. `retryAfterSec` is set for rate limits. */
export class ChannelError extends Error {
  constructor(
    readonly kind: ChannelErrorKind,
    message: string,
    readonly retryAfterSec?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ChannelError";
  }

  /** Whether trying again later may succeed (the delivery becomes a queued retry). */
  get retryable(): boolean {
    return this.kind === "rate_limited" || this.kind === "unavailable" || this.kind === "outside_window";
  }
}

/** Recipient of an outbound message on one channel. */
export interface Recipient {
  channel: ChannelName;
  externalUserId: string;
}

/** What each bot implements. The HTTP layer and the engine depend only on this. */
export interface ChannelAdapter {
  readonly channel: ChannelName;
  /** Send one message; throws {@link ChannelError} on failure. Returns the platform message id when known. */
  send(to: Recipient, message: OutboundMessage): Promise<{ platformMessageId?: string }>;
  /**
   * Platform acknowledgement of an inbound message once it is handled (Telegram: answerCallbackQuery, so the
   * button stops spinning). Optional; failures are the adapter's to swallow.
   */
  acknowledge?(message: InboundMessage): Promise<void>;
  /**
   * The bytes of a file the citizen sent (a report's photo), by the ids its inbound message carried. Optional: a
   * channel without files (the terminal) has none. Throws when it cannot be fetched now, or past `maxBytes`.
   */
  downloadFile?(file: { platformFileId: string | null; url: string | null }, maxBytes: number): Promise<Uint8Array>;
}

/** Headers as the HTTP layer hands them to an adapter: lower-case names. */
export type WebhookHeaders = Record<string, string | string[] | undefined>;

/** A channel that receives webhooks: it checks the request came from the platform and parses its body. */
export interface WebhookChannel extends ChannelAdapter {
  /** Constant-time check of the platform's secret or signature. False means 401 and nothing processed. */
  verifyWebhook(headers: WebhookHeaders, rawBody: Buffer | undefined): boolean;
  /** Platform body → normalised messages. Updates the bot ignores (edits, unknown kinds) give an empty list. */
  parseWebhook(body: unknown): InboundMessage[];
}
