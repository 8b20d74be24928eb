/**
 * Proactive rotation of the Zalo token pair. The access token lives 25 h; refreshing when less than 13 h is left,
 * on a schedule of every hour or two, keeps a wide margin (a 24 h cron against a 25 h token leaves one hour, which a
 * single failed run eats). Reactive refresh on -216/-220 stays in the client.
 */

/** What the job needs of the token manager (bots/zalo/token-manager.ts `ZaloTokenManager`). */
export interface ZaloTokenRefresher {
  refreshIfDue(minRemainingMs: number): Promise<{ refreshed: boolean }>;
}

/** Minimal logger (pino's Logger fits). */
interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Refresh when less than this much of the access token's life is left. */
export const ZALO_REFRESH_WHEN_LEFT_MS = 13 * 3600 * 1000;

/** Suggested schedule for node-cron (Asia/Ho_Chi_Minh): at minute 17 of every hour. */
export const ZALO_TOKEN_REFRESH_CRON = "17 * * * *";

/**
 * Rotates the pair when it is due. Never throws: a failure is logged (by name, never a token value) and the next
 * run or the reactive path tries again; the stored pair stays as it was.
 *
 * @param refresher - the Zalo token manager.
 * @param log - the job logger.
 * @param minRemainingMs - threshold; defaults to {@link ZALO_REFRESH_WHEN_LEFT_MS}.
 * @returns whether the pair was rotated, or "failed".
 */
export async function runZaloTokenRefresh(refresher: ZaloTokenRefresher, log: JobLog, minRemainingMs = ZALO_REFRESH_WHEN_LEFT_MS): Promise<"rotated" | "not_due" | "failed"> {
  try {
    const { refreshed } = await refresher.refreshIfDue(minRemainingMs);
    if (refreshed) log.info({ job: "zalo-token-refresh" }, "zalo token pair rotated on schedule");
    return refreshed ? "rotated" : "not_due";
  } catch (error) {
    log.error({ job: "zalo-token-refresh", err: error instanceof Error ? error.name : "unknown", detail: error instanceof Error ? error.message : undefined }, "zalo scheduled token refresh failed");
    return "failed";
  }
}
