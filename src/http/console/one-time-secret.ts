/**
 * A secret shown once after a POST (a new account's one-time password, a new API token), carried to the GET that
 * shows it so that the page can follow post-redirect-get: a reload then neither resubmits the form nor shows the
 * secret again. It travels in a short-lived httpOnly cookie, encrypted (AES-256-GCM) with a key derived from the
 * session cookie's value, so nothing is kept on the server (any replica can answer the GET), nothing goes in a URL,
 * and no other browser or session can read it. The GET that shows it deletes the cookie.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

const KEY_PURPOSE = "motcua-console-one-time-secret-v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Long enough to follow the redirect on a slow phone, short enough that a forgotten cookie soon goes. */
export const ONE_TIME_SECRET_SECONDS = 300;

function keyOf(session: string): Buffer {
  return createHmac("sha256", session).update(KEY_PURPOSE).digest();
}

/**
 * Seals a secret for the browser holding `session`, for one purpose ("staff:<id>").
 *
 * @returns base64url text for the cookie.
 */
export function sealSecret(session: string, purpose: string, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyOf(session), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/**
 * Opens a sealed secret; null when it was sealed for another session or purpose, or tampered with.
 */
export function openSecret(session: string, purpose: string, sealed: string): string | null {
  const raw = Buffer.from(sealed, "base64url");
  if (!session || raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyOf(session), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
