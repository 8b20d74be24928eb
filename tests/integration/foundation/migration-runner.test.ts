import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, pendingMigrations, type SqlSession } from "../../../src/db/migrate.js";

const url = process.env.TEST_DATABASE_URL;

// The runner on its own, with migrations written by the test: on an in-memory PGlite, or on a schema of its own on
// PostgreSQL when TEST_DATABASE_URL is set.
describe(`migration runner (${url ? "postgres" : "pglite"})`, () => {
  let session: SqlSession;
  let close: () => Promise<void>;
  const dir = mkdtempSync(path.join(tmpdir(), "motcua-mig-"));
  const write = (name: string, sql: string) => {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  };

  beforeAll(async () => {
    if (url) {
      const schema = `mig_${randomBytes(4).toString("hex")}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      session = {
        query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
      };
      close = async () => {
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      };
    } else {
      const pglite = await PGlite.create();
      session = {
        query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
        exec: async (sql: string) => {
          await pglite.exec(sql);
        },
      };
      close = () => pglite.close();
    }
  });
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("applies pending migrations once, in order, with Prisma's bookkeeping", async () => {
    write("20260101000000_a", `CREATE TABLE a (id int); CREATE FUNCTION f() RETURNS text AS $$ SELECT 'x;y' $$ LANGUAGE sql;`);
    write("20260102000000_b", `ALTER TABLE a ADD COLUMN b text;`);
    expect(await pendingMigrations(session, dir)).toEqual(["20260101000000_a", "20260102000000_b"]);
    const first = await applyMigrations(session, dir);
    expect(first.applied).toEqual(["20260101000000_a", "20260102000000_b"]);
    const second = await applyMigrations(session, dir);
    expect(second).toEqual({ applied: [], alreadyApplied: 2 });
    expect(await pendingMigrations(session, dir)).toEqual([]);
    const rows = await session.query<{ checksum: string; applied_steps_count: number }>(`SELECT checksum, applied_steps_count FROM "_prisma_migrations"`);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum) && r.applied_steps_count === 1)).toBe(true);
  });

  it("leaves no partial DDL from a failing migration and refuses to go on until it is resolved", async () => {
    write("20260103000000_broken", `CREATE TABLE c (id int); SELECT * FROM no_such_table;`);
    await expect(applyMigrations(session, dir)).rejects.toBeInstanceOf(MigrationError);
    const c = await session.query<{ t: string | null }>(`SELECT to_regclass('c')::text AS t`);
    expect(c[0]?.t).toBeNull();
    await expect(applyMigrations(session, dir)).rejects.toThrow(/failed earlier \(P3009\)/);
    expect(await pendingMigrations(session, dir)).toEqual(["20260103000000_broken"]);
  });
});
