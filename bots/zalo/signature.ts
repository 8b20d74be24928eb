import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Webhook signature: `X-ZEvent-Signature: mac=<hex>` where hex = SHA-256 (plain, not HMAC) of
 * appId + raw body + body.timestamp + OA secret key. Computed over the raw bytes: re-serialised JSON would
 * change the hash.
 */

/** Computes the hex `mac` Zalo sends for this raw body. */
export function computeZaloMac(appId: string, rawBody: Buffer, timestamp: string, oaSecretKey: string): string {
  return createHash("sha256")
    .update(appId, "utf8")
    .update(rawBody)
    .update(timestamp, "utf8")
    .update(oaSecretKey, "utf8")
    .digest("hex");
}

/** Reads the `timestamp` field of the event body as text (Zalo sends it as a string of milliseconds). */
export function eventTimestamp(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const ts = (body as { timestamp?: unknown }).timestamp;
  if (typeof ts === "string" && ts !== "") return ts;
  if (typeof ts === "number" && Number.isSafeInteger(ts)) return String(ts);
  return undefined;
}

/**
 * True when `header` carries the right mac for `rawBody`. Compared in constant time; any malformed input
 * (missing header, wrong length, no timestamp) is simply "not valid".
 */
export function verifyZaloSignature(input: {
  header: string | undefined;
  rawBody: Buffer;
  body: unknown;
  appId: string;
  oaSecretKey: string;
}): boolean {
  const { header, rawBody, body, appId, oaSecretKey } = input;
  if (!header) return false;
  const timestamp = eventTimestamp(body);
  if (timestamp === undefined) return false;
  const given = header.trim().replace(/^mac=/i, "").toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  const expected = Buffer.from(computeZaloMac(appId, rawBody, timestamp, oaSecretKey), "hex");
  return timingSafeEqual(expected, Buffer.from(given, "hex"));
}
