import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../../src/db/database.js";

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or — when TEST_DATABASE_URL is
 * set — a schema of its own on that PostgreSQL, dropped again on close. Open it once per file (beforeAll).
 */
export async function openTestDb(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openDatabase({ dataDir: "memory://" });
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const db = await openDatabase({ databaseUrl: url, schema, poolSize: 5 });
  return {
    ...db,
    close: async () => {
      await db.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Which back end the suite runs on, for test names. */
export const backendName = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
