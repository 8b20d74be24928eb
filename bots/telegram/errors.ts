/**
 * Telegram failures → the typed {@link ChannelError} the core understands: 429 with `retry_after` is rate_limited,
 * 403 (blocked, deactivated, kicked) is forbidden, "chat not found" is invalid_recipient, other 4xx are bad_request,
 * 5xx, timeouts and network failures are unavailable.
 */
import { TelegramError } from "telegraf";
import { ChannelError } from "../../src/core/channels/contract.js";

/**
 * Converts whatever a Bot API call threw.
 *
 * @param err - a telegraf TelegramError, a fetch/network error or an abort.
 */
export function toChannelError(err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  if (err instanceof TelegramError) {
    const code = err.code;
    const what = `telegram ${code}`;
    if (code === 429) return new ChannelError("rate_limited", what, err.parameters?.retry_after ?? 1, { cause: err });
    if (code === 403) return new ChannelError("forbidden", what, undefined, { cause: err });
    if (code === 400 && /chat not found|user not found|peer_id_invalid/iu.test(err.description)) {
      return new ChannelError("invalid_recipient", what, undefined, { cause: err });
    }
    if (code >= 500) return new ChannelError("unavailable", what, undefined, { cause: err });
    return new ChannelError("bad_request", what, undefined, { cause: err });
  }
  const name = err instanceof Error ? err.name : "unknown";
  return new ChannelError("unavailable", `telegram network: ${name}`, undefined, { cause: err });
}

/**
 * A failed registration or poll, for the channel's status and the log: the error kind and a short detail such as
 * "telegram 502" or "telegram network: ECONNREFUSED". Never the request URL, which holds the bot token.
 */
export function describeTelegramFailure(err: unknown): { kind: string; detail: string } {
  const error = toChannelError(err);
  const code = networkCode(err);
  return { kind: error.kind, detail: code ? `telegram network: ${code}` : error.message };
}

function networkCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string" && /^E[A-Z_]+$/u.test(e.code)) return e.code;
  }
  return undefined;
}
