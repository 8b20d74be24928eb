/**
 * What a failed send means for a news delivery, as a pure rule: wait for the platform (429: retry_after), back off
 * and retry a bounded number of times (5xx, network), hold for the citizen's next message (outside Zalo's window),
 * or stop for good (blocked, unknown chat, a message the platform refuses).
 */
import type { ChannelError } from "../channels/contract.js";
import { backoffMs, failureCode, MAX_DELIVERY_ATTEMPTS } from "../channels/delivery.js";
import type { DeliveryOutcome } from "./types.js";

/** A delivery rate-limited this many times is given up (the platform kept refusing for a long time). */
export const MAX_RATE_LIMITED_ATTEMPTS = 20;

/**
 * The outcome of a failed attempt.
 *
 * @param id - the delivery.
 * @param error - the channel's typed error.
 * @param attempts - attempts including this one.
 * @param now - when it failed.
 */
export function failureOutcome(id: string, error: ChannelError, attempts: number, now: Date): DeliveryOutcome {
  const lastError = failureCode(error.kind, error.message);
  switch (error.kind) {
    case "outside_window":
      return { id, status: "held", lastError, attempted: true };
    case "forbidden":
      return { id, status: "blocked", lastError };
    case "invalid_recipient":
    case "bad_request":
      return { id, status: "failed", lastError };
    case "rate_limited":
      if (attempts >= MAX_RATE_LIMITED_ATTEMPTS) return { id, status: "failed", lastError };
      return { id, status: "retry", nextAttemptAt: new Date(now.getTime() + (error.retryAfterSec ?? 1) * 1000), lastError };
    case "unavailable":
      if (attempts >= MAX_DELIVERY_ATTEMPTS) return { id, status: "failed", lastError };
      return { id, status: "retry", nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)), lastError };
  }
}
