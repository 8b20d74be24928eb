import { ChannelError } from "../../src/core/channels/contract.js";

/**
 * Zalo's error codes (HTTP 200 with `error != 0`) mapped to the shared channel error kinds. Token errors are not
 * a channel error: the client refreshes once and retries, so they get their own class.
 */

/** Codes meaning the access token is invalid or expired: refresh once, then retry. */
export const TOKEN_ERROR_CODES: ReadonlySet<number> = new Set([-216, -220, -124]);

/** Codes meaning "the citizen has not interacted within 7 days": the message is held for the next interaction. */
export const OUTSIDE_WINDOW_CODES: ReadonlySet<number> = new Set([-230, -232]);

/** The access token was refused. Internal to the Zalo client; never reaches the engine. */
export class ZaloTokenRejectedError extends Error {
  constructor(readonly code: number) {
    super(`Zalo refused the access token (error ${code})`);
    this.name = "ZaloTokenRejectedError";
  }
}

/** OAuth refused a refresh or answered without a usable token pair. Carries Zalo's error name, never a token. */
export class ZaloOAuthError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ZaloOAuthError";
  }
}

/** Requests per minute are over Zalo's limit (4,000/min per app): wait a minute. */
const RATE_LIMIT_RETRY_SEC = 60;

/**
 * Maps a non-zero Open API `error` code to a {@link ChannelError}. The message holds the code and Zalo's short
 * English reason, never the request body.
 */
export function channelErrorFromZalo(code: number, zaloMessage: string): ChannelError {
  const detail = `zalo ${code}: ${zaloMessage.slice(0, 120)}`;
  if (OUTSIDE_WINDOW_CODES.has(code)) return new ChannelError("outside_window", detail);
  switch (code) {
    case -32:
      return new ChannelError("rate_limited", detail, RATE_LIMIT_RETRY_SEC);
    case -211: // OA quota spent: retry much later
      return new ChannelError("rate_limited", detail, 3600);
    case -213: // not a follower
    case -217: // blocked the OA
    case -244: // restricted this message type
      return new ChannelError("forbidden", detail);
    case -227: // banned or inactive for more than 45 days
    case -218: // recipient quota
      return new ChannelError("invalid_recipient", detail);
    case -201: // invalid field
    case -248: // violates platform standards
      return new ChannelError("bad_request", detail);
    default:
      // -100/-200 (transient), -204/-205/-209/-212/-221/-223/-224/-242 (OA or app configuration), -234 (night):
      // retrying later can succeed once the cause is gone, so the delivery is kept rather than dropped.
      return new ChannelError("unavailable", detail);
  }
}

/** Maps an HTTP-level failure (non-2xx) to a {@link ChannelError}. */
export function channelErrorFromHttp(status: number, retryAfterHeader: string | null): ChannelError {
  if (status === 429) {
    const sec = Number(retryAfterHeader);
    return new ChannelError("rate_limited", "zalo http 429", Number.isFinite(sec) && sec > 0 ? sec : RATE_LIMIT_RETRY_SEC);
  }
  if (status >= 500) return new ChannelError("unavailable", `zalo http ${status}`);
  if (status === 401 || status === 403) return new ChannelError("unavailable", `zalo http ${status} (credentials)`);
  return new ChannelError("bad_request", `zalo http ${status}`);
}
