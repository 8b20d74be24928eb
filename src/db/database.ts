import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { applyMigrations, pendingMigrations, type SqlSession } from "./migrate.js";
import { lockDataDir } from "./data-dir-lock.js";
import { serveDataDir, type DataDirServer } from "./data-dir-sharing/server.js";
import { openRemoteDatabase } from "./data-dir-sharing/remote-database.js";
import { isAppError } from "../core/shared/app-error.js";
import { pgliteSqlRunner, pgSqlRunner, type SqlRunner } from "./sql.js";

export { PrismaClient };

/** prisma/migrations, found from this file both in src/ (tsx) and in dist/src/ (built). */
export const MIGRATIONS_DIR = findMigrationsDir();

function findMigrationsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const up = here.includes(`${path.sep}dist${path.sep}`) ? "../../../prisma/migrations" : "../../prisma/migrations";
  return path.resolve(here, up);
}

export interface Database {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  /** The same database without Prisma, for the statements every inbound message runs (src/db/sql.ts). */
  sql: SqlRunner;
  /** Reachable and every migration applied. */
  isReady(): Promise<{ ok: boolean; reason?: string }>;
  close(): Promise<void>;
  /**
   * Set when the embedded data directory is held by another motcua process (src/db/data-dir-sharing): resolves
   * if that process stops while this one still uses it (every later call then fails with the same error).
   */
  holderGone?: Promise<Error>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL URL; unset = embedded PGlite. */
  databaseUrl?: string;
  /** Directory of the embedded database (ignored with databaseUrl); "memory://" for a throw-away one. */
  dataDir?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** PostgreSQL schema to use (tests isolate themselves with one schema per file). */
  schema?: string;
  poolSize?: number;
  /**
   * Embedded database only: fail when another process holds the data directory (the service itself). Otherwise a
   * data directory held by another motcua process is used through that process (src/db/data-dir-sharing).
   */
  exclusive?: boolean;
  onMigration?: (msg: string, name: string) => void;
}

/**
 * Opens PostgreSQL (DATABASE_URL) or the embedded PGlite, applies migrations, and returns a Prisma client. An
 * embedded data directory another motcua process holds is reached through that process, unless `exclusive`.
 */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts) : openPglite(opts.dataDir ?? "./data", opts);
}

async function openPostgres(url: string, opts: OpenDatabaseOptions): Promise<Database> {
  const schema = opts.schema;
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 16,
    // Connections, and the statements prepared on them (src/db/sql.ts), outlive a lull in traffic: with pg's
    // default of 10 s the first burst after a quiet spell waited for new connections and plans (acks up to 340 ms).
    idleTimeoutMillis: 5 * 60_000,
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  });
  pool.on("error", () => {
    // an idle client lost its connection; queries report the failure, /readyz turns red
  });
  const session = async <T>(fn: (s: SqlSession) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await fn({
        query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
      });
    } finally {
      client.release();
    }
  };
  try {
    if (schema) await session((s) => s.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"`));
    if (opts.migrate !== false) await session((s) => applyMigrations(s, MIGRATIONS_DIR, opts.onMigration));
  } catch (error) {
    await pool.end();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) });
  return {
    kind: "postgres",
    prisma,
    sql: pgSqlRunner(pool),
    isReady: () => readiness(() => session((s) => pendingMigrations(s, MIGRATIONS_DIR))),
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string, opts: OpenDatabaseOptions): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  const dir = inMemory ? dataDir : path.resolve(dataDir, "pglite");
  let unlock: () => void;
  try {
    unlock = inMemory ? () => {} : lockDataDir(path.resolve(dataDir));
  } catch (error) {
    // PGlite allows one process per data directory: the one holding it runs this process's calls instead
    if (opts.exclusive || !isAppError(error) || error.code !== "data_dir_in_use") throw error;
    const remote = await openRemoteDatabase(path.resolve(dataDir), MIGRATIONS_DIR);
    if (remote) return remote;
    throw error;
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dir);
  } catch (error) {
    unlock();
    throw error;
  }
  const session: SqlSession = {
    query: async <R>(sql: string, params?: unknown[]) => (await pglite.query<R>(sql, params)).rows,
    exec: async (sql: string) => {
      await pglite.exec(sql);
    },
  };
  try {
    if (opts.migrate !== false) await applyMigrations(session, MIGRATIONS_DIR, opts.onMigration);
  } catch (error) {
    await pglite.close();
    unlock();
    throw error;
  }
  let sharing: DataDirServer | undefined;
  try {
    if (!inMemory) sharing = await serveDataDir(path.resolve(dataDir), pglite);
  } catch (error) {
    await pglite.close();
    unlock();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  let closed = false;
  return {
    kind: "pglite",
    prisma,
    sql: pgliteSqlRunner(pglite),
    isReady: () => readiness(async () => (closed ? Promise.reject(new Error("database closed")) : pendingMigrations(session, MIGRATIONS_DIR))),
    close: async () => {
      if (closed) return;
      closed = true;
      await sharing?.close();
      await prisma.$disconnect();
      await pglite.close();
      unlock();
    },
  };
}

async function readiness(pending: () => Promise<string[]>): Promise<{ ok: boolean; reason?: string }> {
  try {
    const left = await pending();
    return left.length === 0 ? { ok: true } : { ok: false, reason: `pending migrations: ${left.join(", ")}` };
  } catch {
    return { ok: false, reason: "database unreachable" };
  }
}
