import { ZaloOAuthError } from "./errors.js";
import type { ZaloTokenResponse } from "./types.js";

/** A new token pair as issued by OAuth. Both tokens are non-empty by construction. */
export interface ZaloTokenPair {
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export interface ZaloOAuthOptions {
  /** ZALO_OAUTH_BASE, e.g. https://oauth.zaloapp.com */
  oauthBase: string;
  appId: string;
  /** The App Secret (sent in the `secret_key` header), not the OA secret key. */
  appSecret: string;
  /** Must stay below the token store's lock timeout, so a slow OAuth call never outlives the lock. Default 10 s. */
  timeoutMs?: number;
}

/** Access tokens live 25 h ("expires_in":"90000"); used when Zalo omits it. */
const DEFAULT_ACCESS_SEC = 90_000;
/** Refresh tokens live 3 months. */
const DEFAULT_REFRESH_SEC = 90 * 24 * 3600;

/**
 * Exchanges a (single-use) refresh token for a new pair: `POST /v4/oa/access_token`, form-encoded. Throws
 * {@link ZaloOAuthError} on any failure, including an HTTP 200 carrying `error_name` or lacking a token, so an
 * empty token can never be stored. Error messages carry Zalo's error name and code, never a token.
 */
export async function refreshZaloTokens(options: ZaloOAuthOptions, refreshToken: string, now: () => Date = () => new Date()): Promise<ZaloTokenPair> {
  const url = `${options.oauthBase.replace(/\/+$/, "")}/v4/oa/access_token`;
  const form = new URLSearchParams({ refresh_token: refreshToken, app_id: options.appId, grant_type: "refresh_token" });
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", secret_key: options.appSecret },
      body: form.toString(),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new ZaloOAuthError("network", `Zalo OAuth unreachable (${error instanceof Error ? error.name : "error"})`, { cause: error });
  }
  let body: ZaloTokenResponse;
  try {
    body = (await response.json()) as ZaloTokenResponse;
  } catch (error) {
    throw new ZaloOAuthError(`http_${response.status}`, `Zalo OAuth answered HTTP ${response.status} without JSON`, { cause: error });
  }
  if (body.error_name || (body.error !== undefined && Number(body.error) !== 0) || !response.ok) {
    const name = body.error_name ?? `http_${response.status}`;
    throw new ZaloOAuthError(name, `Zalo OAuth refused the refresh: ${name} (error ${body.error ?? "?"})${body.error_reason ? `: ${String(body.error_reason).slice(0, 120)}` : ""}`);
  }
  const access = typeof body.access_token === "string" ? body.access_token.trim() : "";
  const refresh = typeof body.refresh_token === "string" ? body.refresh_token.trim() : "";
  if (access === "" || refresh === "") throw new ZaloOAuthError("empty_token", "Zalo OAuth answered without an access or refresh token");
  const t = now().getTime();
  return {
    accessToken: access,
    accessExpiresAt: new Date(t + seconds(body.expires_in, DEFAULT_ACCESS_SEC) * 1000),
    refreshToken: refresh,
    refreshExpiresAt: new Date(t + seconds(body.refresh_token_expires_in, DEFAULT_REFRESH_SEC) * 1000),
  };
}

function seconds(value: string | number | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
