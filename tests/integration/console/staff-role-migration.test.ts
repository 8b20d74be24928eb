import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrationNames, type SqlSession } from "../../../src/db/migrate.js";
import { MIGRATIONS_DIR } from "../../../src/db/database.js";

const url = process.env.TEST_DATABASE_URL;

// A database created before the console (roles admin, editor, department_staff, leader) keeps its staff: the
// migration turns department_staff into officer, in a schema that is not "public" on PostgreSQL.
describe(`the console's staff migration on existing data (${url ? "postgres" : "pglite"})`, () => {
  let session: SqlSession;
  let close: () => Promise<void>;
  const before = mkdtempSync(path.join(tmpdir(), "motcua-mig-before-"));

  beforeAll(async () => {
    const names = await listMigrationNames(MIGRATIONS_DIR);
    const consoleIndex = names.findIndex((n) => n.endsWith("_console_staff"));
    for (const name of names.slice(0, consoleIndex)) cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
    if (url) {
      const schema = `mig_${randomBytes(4).toString("hex")}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      session = { query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[], exec: async (sql) => void (await client.query(sql)) };
      close = async () => {
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      };
    } else {
      const pglite = await PGlite.create();
      session = { query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows, exec: async (sql) => void (await pglite.exec(sql)) };
      close = () => pglite.close();
    }
  });
  afterAll(async () => {
    await close?.();
    rmSync(before, { recursive: true, force: true });
  });

  it("keeps every role assignment, department staff becoming officers of the same department", async () => {
    await applyMigrations(session, before);
    await session.exec(`
      INSERT INTO "Organisation" (id, code, name, level, province) VALUES ('11111111-1111-4111-8111-111111111111', 'w', 'Phường', 'xa', 'Tỉnh');
      INSERT INTO "Department" (id, "orgId", code, name) VALUES ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'VP', 'Văn phòng');
      INSERT INTO "StaffAccount" (id, "orgId", email, "fullName", "passwordHash") VALUES
        ('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111', 'a@w.vn', 'A', 'x'),
        ('44444444-4444-4444-8444-444444444444', '11111111-1111-4111-8111-111111111111', 'b@w.vn', 'B', 'x');
      INSERT INTO "StaffRoleAssignment" (id, "staffId", role, "departmentId") VALUES
        ('55555555-5555-4555-8555-555555555555', '33333333-3333-4333-8333-333333333333', 'admin', NULL),
        ('66666666-6666-4666-8666-666666666666', '44444444-4444-4444-8444-444444444444', 'department_staff', '22222222-2222-4222-8222-222222222222');
      INSERT INTO "StaffSession" (id, "tokenHash", "staffId", "expiresAt") VALUES
        ('77777777-7777-4777-8777-777777777777', 'h', '33333333-3333-4333-8333-333333333333', now() + interval '1 hour');
    `);
    await applyMigrations(session, MIGRATIONS_DIR);
    const roles = await session.query<{ email: string; role: string; departmentId: string | null }>(
      `SELECT s.email, r.role::text AS role, r."departmentId" FROM "StaffRoleAssignment" r JOIN "StaffAccount" s ON s.id = r."staffId" ORDER BY s.email`,
    );
    expect(roles).toEqual([
      { email: "a@w.vn", role: "admin", departmentId: null },
      { email: "b@w.vn", role: "officer", departmentId: "22222222-2222-4222-8222-222222222222" },
    ]);
    const [session_] = await session.query<{ lastSeenAt: Date | null }>(`SELECT "lastSeenAt" FROM "StaffSession"`);
    expect(session_?.lastSeenAt).not.toBeNull();
    const labels = await session.query<{ label: string }>(`SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'StaffRole' AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) ORDER BY e.enumsortorder`);
    expect(labels.map((l) => l.label)).toEqual(["admin", "triage", "officer", "editor", "leader"]);
  });
});
