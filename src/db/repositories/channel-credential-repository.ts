import { createHash } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client.js";

/** A stored channel credential (the rotating token pair), as plain data. */
export interface StoredCredential {
  accessToken: string | null;
  accessExpiresAt: Date | null;
  refreshToken: string;
  refreshExpiresAt: Date | null;
  version: number;
}

/** A new pair to store; both tokens must be non-empty. */
export interface NewTokenPair {
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export interface CredentialRepositoryOptions {
  /**
   * How long a rotation may hold the row lock. Must exceed the OAuth HTTP timeout, or a slow refresh could outlive
   * the lock and a second process would spend the single-use refresh token again. Default 30 s.
   */
  lockTimeoutMs?: number;
  /** How long a caller waits for the lock (several processes racing on an expired token). Default 60 s. */
  maxWaitMs?: number;
}

type Row = {
  accessToken: string | null;
  accessExpiresAt: Date | null;
  refreshToken: string;
  refreshExpiresAt: Date | null;
  version: number;
};

/**
 * The token store for one channel account (row `ChannelCredential.id`, e.g. "zalo:<appId>"). Rotation takes
 * `SELECT … FOR UPDATE` on the row inside a transaction, so one refresh runs at a time across every process; the
 * new pair is written in that transaction and committed before anyone uses it. Implements the Zalo bot's
 * `ZaloTokenStore` port.
 */
export class ChannelCredentialRepository {
  private readonly timeout: number;
  private readonly maxWait: number;

  constructor(
    private readonly prisma: PrismaClient,
    readonly credentialId: string,
    options: CredentialRepositoryOptions = {},
  ) {
    this.timeout = options.lockTimeoutMs ?? 30_000;
    this.maxWait = options.maxWaitMs ?? 60_000;
  }

  /**
   * Stores the first refresh token (ZALO_REFRESH_TOKEN) when no row exists yet. An existing row is never
   * overwritten: its token has rotated and the configured one is already spent.
   *
   * @returns true when the row was created.
   */
  async seed(refreshToken: string): Promise<boolean> {
    const token = refreshToken.trim();
    if (token === "") throw new Error("refusing to store an empty refresh token");
    // The stored pair rotates, so the configured token is normally stale after the first refresh and must not
    // overwrite it. Only a seed the operator CHANGED (another hash) replaces the stored pair: that is how a dead
    // credential is replaced without touching the database.
    const seedHash = createHash("sha256").update(token).digest("hex");
    const written = await this.prisma.$executeRaw`
      INSERT INTO "ChannelCredential" ("id", "refreshToken", "seedHash", "version", "updatedAt")
      VALUES (${this.credentialId}, ${token}, ${seedHash}, 0, now())
      ON CONFLICT ("id") DO UPDATE SET "refreshToken" = EXCLUDED."refreshToken", "seedHash" = EXCLUDED."seedHash",
        "accessToken" = NULL, "accessExpiresAt" = NULL, "refreshExpiresAt" = NULL,
        "version" = "ChannelCredential"."version" + 1, "updatedAt" = now()
      WHERE "ChannelCredential"."seedHash" IS DISTINCT FROM EXCLUDED."seedHash"`;
    return written > 0;
  }

  /** The stored credential, or null when none was seeded. */
  async read(): Promise<StoredCredential | null> {
    const row = await this.prisma.channelCredential.findUnique({ where: { id: this.credentialId } });
    return row ? toStored(row) : null;
  }

  /**
   * Runs `decide` while holding the row lock. If it returns a pair, the pair replaces the stored one (version + 1)
   * in the same transaction; if it throws, nothing changes. Empty tokens are refused.
   *
   * @returns the credential as stored when the lock is released.
   */
  async rotate(decide: (locked: StoredCredential) => Promise<NewTokenPair | null>): Promise<StoredCredential> {
    return this.prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<Row[]>`
          SELECT "accessToken", "accessExpiresAt", "refreshToken", "refreshExpiresAt", "version"
          FROM "ChannelCredential" WHERE "id" = ${this.credentialId} FOR UPDATE`;
        const row = rows[0];
        if (!row) throw new Error(`no stored credential ${this.credentialId}`);
        const locked = toStored(row);
        const next = await decide(locked);
        if (!next) return locked;
        if (!next.accessToken?.trim() || !next.refreshToken?.trim()) throw new Error("refusing to store an empty token");
        const updated = await tx.channelCredential.update({
          where: { id: this.credentialId },
          data: {
            accessToken: next.accessToken,
            accessExpiresAt: next.accessExpiresAt,
            refreshToken: next.refreshToken,
            refreshExpiresAt: next.refreshExpiresAt,
            version: { increment: 1 },
          },
        });
        return toStored(updated);
      },
      { timeout: this.timeout, maxWait: this.maxWait },
    );
  }
}

function toStored(row: Row): StoredCredential {
  return {
    accessToken: row.accessToken,
    accessExpiresAt: row.accessExpiresAt ? new Date(row.accessExpiresAt) : null,
    refreshToken: row.refreshToken,
    refreshExpiresAt: row.refreshExpiresAt ? new Date(row.refreshExpiresAt) : null,
    version: Number(row.version),
  };
}
