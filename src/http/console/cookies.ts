/**
 * The console's cookies: the session (set at sign-in); before sign-in, a random "pre-session" value that the
 * sign-in form's CSRF token is bound to; and, for a few minutes after a POST, a sealed secret shown once. Both httpOnly and SameSite=Lax; Secure, with the __Host- prefix,
 * when the service is reached over https (PUBLIC_BASE_URL). A hand-written reader: one header, two known names;
 * a cookie library would add a dependency for ten lines.
 */
import type { Request, Response } from "express";

export interface CookieNames {
  session: string;
  preSession: string;
  /** A secret carried from a POST to the page that shows it once (one-time-secret.ts). */
  oneTime: string;
}

/** Cookie names; browsers accept __Host- names only with Secure, Path=/ and no Domain, which pins them to this host. */
export function cookieNames(secure: boolean): CookieNames {
  return secure
    ? { session: "__Host-motcua_session", preSession: "__Host-motcua_pre", oneTime: "__Host-motcua_once" }
    : { session: "motcua_session", preSession: "motcua_pre", oneTime: "motcua_once" };
}

/** The value of one cookie of the request, or "" when absent or malformed. */
export function readCookie(req: Request, name: string): string {
  const header = req.headers.cookie;
  if (!header || header.length > 8192) return "";
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    // our values are base64url; anything else was not set by us
    return /^[A-Za-z0-9_-]{1,200}$/.test(value) ? value : "";
  }
  return "";
}

/** Sets an httpOnly, SameSite=Lax cookie for the whole site; `maxAgeSec` 0 deletes it. */
export function writeCookie(res: Response, name: string, value: string, options: { secure: boolean; maxAgeSec?: number }): void {
  res.cookie(name, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    path: "/",
    ...(options.maxAgeSec !== undefined ? { maxAge: options.maxAgeSec * 1000 } : {}),
  });
}
