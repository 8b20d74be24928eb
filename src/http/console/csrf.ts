/**
 * CSRF tokens bound to a secret the browser holds in an httpOnly cookie (the session, or the pre-session value on
 * the sign-in page): token = HMAC(cookie value, purpose). Nothing is stored, every replica computes the same
 * token, and a page of another site can neither read the cookie nor guess the token. SameSite=Lax already keeps
 * cross-site POSTs from carrying the cookie; the token is the second, independent lock.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const PURPOSE = "motcua-console-csrf-v1";

/** The token for forms of a browser holding `binding` (a cookie value). */
export function csrfTokenFor(binding: string): string {
  return createHmac("sha256", binding).update(PURPOSE).digest("base64url");
}

/** Whether a posted token matches the browser's binding cookie (constant time). */
export function csrfTokenValid(binding: string, token: string | undefined): boolean {
  if (!binding || !token || token.length > 100) return false;
  const expected = Buffer.from(csrfTokenFor(binding));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
