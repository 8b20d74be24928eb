import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../../../src/db/database.js";
import { applyMigrations, listMigrationNames, type SqlSession } from "../../../src/db/migrate.js";

// The working-calendar migration evolves "Holiday" into "CalendarDay": rows stored before it must come through as
// days off that regeneration never overwrites. Run on PGlite only: it checks the SQL, which is the same on both.
describe("migrating Holiday rows into CalendarDay", () => {
  let pglite: PGlite;
  let session: SqlSession;
  const dir = mkdtempSync(path.join(tmpdir(), "motcua-cal-mig-"));

  beforeAll(async () => {
    pglite = await PGlite.create();
    session = {
      query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      exec: async (sql: string) => void (await pglite.exec(sql)),
    };
  });
  afterAll(async () => {
    await pglite?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("moves every holiday as an administrator's day off, with its id, date and name", async () => {
    const names = await listMigrationNames(MIGRATIONS_DIR);
    const target = names.findIndex((n) => n.endsWith("_working_calendar"));
    expect(target).toBeGreaterThan(0);
    for (const name of names.slice(0, target)) cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    await applyMigrations(session, dir);

    const org = "0b6f1c2e-0000-4000-8000-000000000001";
    await session.exec(`INSERT INTO "Organisation" (id, code, name, level, province) VALUES ('${org}', 'p', 'Phường P', 'xa', 'Tỉnh T')`);
    await session.exec(
      `INSERT INTO "Holiday" (id, "orgId", date, name) VALUES
         ('0b6f1c2e-0000-4000-8000-0000000000a1', '${org}', '2026-02-16', 'Tết Nguyên đán'),
         ('0b6f1c2e-0000-4000-8000-0000000000a2', '${org}', '2026-09-01', 'Quốc khánh')`,
    );

    cpSync(path.join(MIGRATIONS_DIR, names[target]!), path.join(dir, names[target]!), { recursive: true });
    expect((await applyMigrations(session, dir)).applied).toEqual([names[target]]);
    const rows = await session.query<{ id: string; date: string; name: string; kind: string; origin: string; removedAt: unknown }>(
      `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, name, kind::text, origin::text, "removedAt" FROM "CalendarDay" ORDER BY date`,
    );
    expect(rows).toEqual([
      { id: "0b6f1c2e-0000-4000-8000-0000000000a1", date: "2026-02-16", name: "Tết Nguyên đán", kind: "day_off", origin: "admin", removedAt: null },
      { id: "0b6f1c2e-0000-4000-8000-0000000000a2", date: "2026-09-01", name: "Quốc khánh", kind: "day_off", origin: "admin", removedAt: null },
    ]);
    const week = await session.query<{ workingWeekdays: number[]; officeSessions: string[]; calendarVersion: number }>(
      `SELECT "workingWeekdays", "officeSessions", "calendarVersion" FROM "Organisation"`,
    );
    expect(week).toEqual([{ workingWeekdays: [1, 2, 3, 4, 5], officeSessions: ["07:30-11:30", "13:30-17:00"], calendarVersion: 0 }]);
    expect(await session.query(`SELECT to_regclass('"Holiday"')::text AS t`)).toEqual([{ t: null }]);
  });
});
