import { ChannelError } from "../../src/core/channels/contract.js";
import type { ZaloAccessTokenSource } from "./client.js";
import { ZaloOAuthError } from "./errors.js";
import { refreshZaloTokens, type ZaloOAuthOptions, type ZaloTokenPair } from "./oauth.js";

/** The stored credential row (ChannelCredential). */
export interface StoredZaloCredential {
  accessToken: string | null;
  accessExpiresAt: Date | null;
  refreshToken: string;
  refreshExpiresAt: Date | null;
  version: number;
}

/**
 * Port for the rotating token pair; src/db/repositories/channel-credential-repository.ts implements it. Zalo's
 * refresh token is single-use, so `rotate` must be exclusive across every process sharing the database.
 */
export interface ZaloTokenStore {
  read(): Promise<StoredZaloCredential | null>;
  /**
   * Runs `decide` holding a lock on the credential that every process respects. When it returns a pair, the pair
   * is committed before `rotate` resolves (saved before use). Resolves to the credential as stored afterwards.
   */
  rotate(decide: (locked: StoredZaloCredential) => Promise<ZaloTokenPair | null>): Promise<StoredZaloCredential>;
}

/** The logger surface used here (pino's Logger fits). Never given a token. */
export interface ZaloLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface TokenManagerOptions {
  /** Refresh before use when less than this is left (default 5 min). */
  expiryMarginMs?: number;
  now?: () => Date;
  /** Replaceable for tests of the manager alone; defaults to the real OAuth call. */
  refresh?: (refreshToken: string) => Promise<ZaloTokenPair>;
}

/**
 * Hands out the OA access token and rotates the pair: reactively when Zalo refuses a token, before use when it is
 * about to expire, and proactively from the scheduler ({@link refreshIfDue}). Concurrent callers in one process
 * share one refresh; across processes the store's lock makes later callers reuse the pair the first one saved.
 */
export class ZaloTokenManager implements ZaloAccessTokenSource {
  private cached: StoredZaloCredential | undefined;
  /** Zalo's error name of the last refresh when it failed, so a repeated failure is logged once. */
  private lastFailure: string | undefined;
  private refreshListener: ((outcome: { ok: true } | { ok: false; errorName: string }) => void) | undefined;
  private inflight: Promise<StoredZaloCredential> | undefined;
  private readonly margin: number;
  private readonly now: () => Date;
  private readonly callOAuth: (refreshToken: string) => Promise<ZaloTokenPair>;

  constructor(
    private readonly store: ZaloTokenStore,
    oauth: ZaloOAuthOptions,
    private readonly log: ZaloLog,
    options: TokenManagerOptions = {},
  ) {
    this.margin = options.expiryMarginMs ?? 5 * 60_000;
    this.now = options.now ?? (() => new Date());
    this.callOAuth = options.refresh ?? ((rt) => refreshZaloTokens(oauth, rt, this.now));
  }

  /** Calls `listener` after every refresh this manager attempts, with its outcome (for the channel's status). */
  watchRefreshes(listener: (outcome: { ok: true } | { ok: false; errorName: string }) => void): void {
    this.refreshListener = listener;
  }

  /** A token valid for at least the margin; refreshes first when needed. */
  async accessToken(): Promise<string> {
    if (this.cached && this.fresh(this.cached)) return this.cached.accessToken!;
    const stored = await this.store.read();
    if (!stored) throw new ChannelError("unavailable", "no Zalo credential stored (set ZALO_REFRESH_TOKEN)");
    this.cached = stored;
    if (this.fresh(stored)) return stored.accessToken!;
    return (await this.refresh(stored.accessToken, "expiring")).accessToken!;
  }

  /** Zalo refused `rejected` (-216/-220): get a new token unless another caller already did. */
  async refreshAfterRejection(rejected: string): Promise<string> {
    return (await this.refresh(rejected, "rejected")).accessToken!;
  }

  /**
   * Proactive refresh for the scheduler: rotates only when less than `minRemainingMs` of the access token is left.
   * Returns whether this call rotated the pair.
   */
  async refreshIfDue(minRemainingMs: number): Promise<{ refreshed: boolean }> {
    let refreshed = false;
    this.cached = await this.store.rotate(async (locked) => {
      const left = locked.accessToken && locked.accessExpiresAt ? locked.accessExpiresAt.getTime() - this.now().getTime() : -1;
      if (left > minRemainingMs) return null;
      refreshed = true;
      return this.oauth(locked, "scheduled");
    });
    return { refreshed };
  }

  private refresh(stale: string | null, reason: "expiring" | "rejected"): Promise<StoredZaloCredential> {
    this.inflight ??= this.store
      .rotate(async (locked) => {
        // Someone (another process, or an earlier caller here) rotated while we waited for the lock: reuse it.
        if (locked.accessToken && locked.accessToken !== stale && this.fresh(locked)) return null;
        return this.oauth(locked, reason);
      })
      .then((cred) => {
        this.cached = cred;
        if (!cred.accessToken) throw new ChannelError("unavailable", "Zalo credential has no access token after refresh");
        return cred;
      })
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }

  private async oauth(locked: StoredZaloCredential, reason: string): Promise<ZaloTokenPair> {
    try {
      const pair = await this.callOAuth(locked.refreshToken);
      this.refreshListener?.({ ok: true });
      this.lastFailure = undefined;
      this.log.info({ channel: "zalo", reason, version: locked.version + 1, accessExpiresAt: pair.accessExpiresAt.toISOString() }, "zalo token pair rotated");
      return pair;
    } catch (error) {
      const errorName = error instanceof ZaloOAuthError ? error.errorName : "unexpected";
      this.refreshListener?.({ ok: false, errorName });
      // retried every few seconds while OAuth is unreachable: the same failure is logged once, not per attempt
      if (errorName !== this.lastFailure) this.log.error(
        { channel: "zalo", reason, errorName, version: locked.version, detail: error instanceof Error ? error.message : "unknown" },
        "zalo token refresh failed; stored pair unchanged (if it persists, an OA admin must grant access again and set ZALO_REFRESH_TOKEN)",
      );
      this.lastFailure = errorName;
      throw new ChannelError("unavailable", `zalo oauth: ${errorName}`, undefined, { cause: error });
    }
  }

  private fresh(c: StoredZaloCredential): boolean {
    return !!c.accessToken && !!c.accessExpiresAt && c.accessExpiresAt.getTime() - this.now().getTime() > this.margin;
  }
}
