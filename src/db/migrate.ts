import { createHash, randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Start-up migration runner, compatible with `prisma migrate deploy`: the same `_prisma_migrations` table and
 * columns, checksum = sha256 hex of migration.sql, and Prisma's advisory lock key, so concurrent starts apply each
 * migration exactly once and a machine with Prisma's native engine can still run `prisma migrate status/deploy`.
 * Each script runs as one simple-query batch (an implicit transaction): a failing migration leaves no partial DDL.
 */

/** Prisma's own advisory lock key for migrations. */
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

/** The two operations the runner needs from a connection (one session: the advisory lock is per session). */
export interface SqlSession {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script as one batch. */
  exec(sql: string): Promise<void>;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Lists migration folder names in order. */
export async function listMigrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries.filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** Applies pending migrations under Prisma's advisory lock. */
export async function applyMigrations(
  db: SqlSession,
  migrationsDir: string,
  log: (msg: string, name: string) => void = () => {},
): Promise<MigrationResult> {
  const names = await listMigrationNames(migrationsDir);
  await db.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    await db.exec(CREATE_TABLE);
    const rows = await db.query<Row>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed.length > 0) {
      throw new MigrationError(
        `migration ${failed.map((r) => r.migration_name).join(", ")} failed earlier (P3009); fix the database, then mark it rolled back: ` +
          `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '<name>' AND finished_at IS NULL`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => [r.migration_name, r]));
    const result: MigrationResult = { applied: [], alreadyApplied: 0 };
    for (const name of names) {
      const script = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(script).digest("hex");
      const previous = done.get(name);
      if (previous) {
        result.alreadyApplied++;
        if (previous.checksum !== checksum) log("migration was modified after it was applied", name);
        continue;
      }
      const id = randomUUID();
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, checksum, name],
      );
      try {
        await db.exec(script);
      } catch (error) {
        await db.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, String((error as Error).message ?? error)]);
        throw new MigrationError(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      await db.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
      result.applied.push(name);
      log("applied migration", name);
    }
    return result;
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
}

/** Names of migrations present on disk but not applied: /readyz is not ready while this is non-empty. */
export async function pendingMigrations(db: Pick<SqlSession, "query">, migrationsDir: string): Promise<string[]> {
  const names = await listMigrationNames(migrationsDir);
  const table = await db.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  if (!table[0]?.exists) return names;
  const rows = await db.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((r) => r.migration_name));
  return names.filter((n) => !applied.has(n));
}
