/**
 * A {@link Database} whose calls run in the process holding the embedded data directory (./client.ts): Prisma
 * through a driver adapter that forwards each query and transaction, and the hot-path SQL runner likewise. A
 * command cannot tell it from a local database, so every command works beside the running service unchanged.
 */
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction, TransactionOptions } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../../generated/prisma/client.js";
import { AppError } from "../../core/shared/app-error.js";
import { pendingMigrations, type SqlSession } from "../migrate.js";
import type { SqlRunner } from "../sql.js";
import type { Database } from "../database.js";
import { DataDirConnection } from "./client.js";

/** Reported to Prisma as the embedded adapter's own name: the SQL it gets is PGlite's. */
const ADAPTER_NAME = "pglite-prisma-adapter";

/**
 * Opens the database held by another motcua process, if that process serves it.
 *
 * @param dataDir - the data directory (absolute).
 * @param migrationsDir - this program's migrations: the holder must have applied every one of them.
 * @returns null when nobody serves the data directory.
 * @throws AppError when the holder's database lacks migrations this program has (it runs an older version).
 */
export async function openRemoteDatabase(dataDir: string, migrationsDir: string): Promise<Database | null> {
  const connection = await DataDirConnection.open(dataDir);
  if (!connection) return null;
  const session: SqlSession = {
    query: async <R>(sql: string, params?: unknown[]) => (await connection.call<{ rows: R[] }>("query", sql, params ?? [])).rows,
    exec: async (sql: string) => void (await connection.call("exec", sql)),
  };
  const missing = await pendingMigrations(session, migrationsDir).catch(async (error: unknown) => {
    await connection.close();
    throw error;
  });
  if (missing.length > 0) {
    await connection.close();
    throw new AppError(
      "data_dir_schema_behind",
      `the motcua process (pid ${connection.holderPid}) holding the data directory runs an older database schema (missing ${missing.join(", ")}); restart it, then run this command again`,
      503,
    );
  }
  const prisma = new PrismaClient({ adapter: new RemoteAdapterFactory(connection) });
  const sql: SqlRunner = {
    rows: async <R>(statement: { text: string }, values: readonly unknown[]) => (await connection.call<{ rows: R[] }>("query", statement.text, [...values])).rows,
    count: async (statement, values) => (await connection.call<{ affectedRows: number }>("query", statement.text, [...values])).affectedRows,
  };
  let closed = false;
  return {
    kind: "pglite",
    holderGone: connection.holderGone,
    prisma,
    sql,
    isReady: async () => {
      try {
        const left = await pendingMigrations(session, migrationsDir);
        return left.length === 0 ? { ok: true } : { ok: false, reason: `pending migrations: ${left.join(", ")}` };
      } catch {
        return { ok: false, reason: "database unreachable" };
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await connection.close();
    },
  };
}

class RemoteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(private readonly connection: DataDirConnection) {}

  async connect(): Promise<SqlDriverAdapter> {
    return new RemoteAdapter(this.connection);
  }
}

class RemoteAdapter implements SqlDriverAdapter {
  readonly provider = "postgres" as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(private readonly connection: DataDirConnection) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.connection.call("queryRaw", query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.connection.call("executeRaw", query);
  }

  executeScript(script: string): Promise<void> {
    return this.connection.call("executeScript", script);
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const { id, options } = await this.connection.call<{ id: number; options: TransactionOptions }>("startTransaction", isolationLevel);
    return new RemoteTransaction(this.connection, id, options);
  }

  getConnectionInfo() {
    return { supportsRelationJoins: true };
  }

  async dispose(): Promise<void> {}
}

class RemoteTransaction implements Transaction {
  readonly provider = "postgres" as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(
    private readonly connection: DataDirConnection,
    private readonly id: number,
    readonly options: TransactionOptions,
  ) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.connection.call("txQueryRaw", this.id, query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.connection.call("txExecuteRaw", this.id, query);
  }

  commit(): Promise<void> {
    return this.connection.call("commit", this.id);
  }

  rollback(): Promise<void> {
    return this.connection.call("rollback", this.id);
  }
}
