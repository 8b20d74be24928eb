import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { logLines, runCli, waitForListening } from "../../support/cli-process.js";

// The service as an operator runs it: real processes on the embedded database in a temporary DATA_DIR.
// Runs in the embedded-database pass only; the PostgreSQL pass covers start-up in migrations-concurrent.test.ts.
describe.skipIf(process.env.TEST_DATABASE_URL)("motcua start on the embedded database", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "motcua-svc-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("serves, refuses a second process on the same data directory, stops on SIGTERM and restarts without duplicating the seed", async () => {
    const first = runCli(["start"], { DATA_DIR: dataDir, PORT: "0", ADMIN_EMAIL: "admin@example.vn", ADMIN_PASSWORD: "a-long-password" });
    const port = await waitForListening(first);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    const seeded = logLines(first).find((l) => l.msg === "database ready") as { created: Record<string, number> };
    expect(seeded.created.department).toBe(8);
    expect(seeded.created.staffAccount).toBe(1);

    const second = runCli(["start"], { DATA_DIR: dataDir, PORT: "0" });
    const secondExit = await second.exited;
    expect(secondExit.code).not.toBe(0);
    expect(second.stderr()).toMatch(/data directory .* is in use by another motcua process/);
    expect(second.stderr()).not.toMatch(/\n\s+at /); // no stack trace
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    first.child.kill("SIGTERM");
    expect((await first.exited).code).toBe(0);

    const again = runCli(["start"], { DATA_DIR: dataDir, PORT: "0" });
    await waitForListening(again);
    const reseeded = logLines(again).find((l) => l.msg === "database ready") as { created: Record<string, number> };
    expect(Object.values(reseeded.created).every((n) => n === 0)).toBe(true);
    again.child.kill("SIGINT");
    expect((await again.exited).code).toBe(0);
  }, 180_000);

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ DATABASE_URL: "postgresql//broken" }, "DATABASE_URL"],
  ])("exits with code 2 and one line naming the variable for %o", async (env, variable) => {
    const run = runCli(["start"], { DATA_DIR: dataDir, ...env });
    expect((await run.exited).code).toBe(2);
    const lines = run.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
  });
});
