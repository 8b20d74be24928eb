import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../../../src/db/database.js";
import { runCli, waitForListening } from "../../support/cli-process.js";

const url = process.env.TEST_DATABASE_URL;

// Two processes started together on a fresh PostgreSQL database: each migration is applied exactly once.
describe.skipIf(!url)("migrations under concurrent start (PostgreSQL)", () => {
  it("applies each migration exactly once when two processes migrate together", async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = `motcua_mig_${randomBytes(4).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const dbUrl = new URL(url!);
    dbUrl.pathname = `/${name}`;
    try {
      const runs = [0, 1].map(() => runCli(["start"], { DATABASE_URL: dbUrl.toString(), PORT: "0", ROLES: "web" }));
      const ports = await Promise.all(runs.map((r) => waitForListening(r)));
      for (const port of ports) expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      for (const run of runs) run.child.kill("SIGTERM");
      const exits = await Promise.all(runs.map((r) => r.exited));
      expect(exits.map((e) => e.code)).toEqual([0, 0]);
      const check = new pg.Client({ connectionString: dbUrl.toString() });
      await check.connect();
      const rows = (await check.query(`SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name`)).rows as Array<{ migration_name: string; n: number }>;
      await check.end();
      const onDisk = readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
      expect(rows.map((r) => r.migration_name).sort()).toEqual(onDisk);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      const applied = runs.flatMap((r) => r.stdout().split("\n").filter((l) => l.includes('"msg":"applied migration"')));
      expect(applied).toHaveLength(onDisk.length);
      const departments = await countRows(dbUrl.toString(), "Department");
      expect(departments).toBe(8); // the seed ran once too
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});

async function countRows(dbUrl: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return ((await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0] as { n: number }).n;
  } finally {
    await client.end();
  }
}
