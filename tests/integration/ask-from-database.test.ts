import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsk } from "../../src/cli/commands/ask.js";
import { createProcedureRepository } from "../../src/db/repositories/procedure-repository.js";
import { seedDemoProcedures } from "../../src/db/seed/demo-procedures.js";
import type { Database } from "../../src/db/database.js";
import { backendName, openTestDb } from "../support/db.js";

function captureIo() {
  let out = "";
  let err = "";
  return { io: { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } }, out: () => out, err: () => err };
}

// `motcua ask` without --kb answers from the service's own knowledge base: the database's active procedures.
describe(`motcua ask from the database (${backendName})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => db?.close());

  it("says the knowledge base is empty before anything is imported", async () => {
    const c = captureIo();
    expect(await runAsk("đăng ký khai sinh", {}, c.io, () => createProcedureRepository(db.prisma).listActive())).toBe(2);
    expect(c.err()).toMatch(/knowledge base is empty/);
  });

  it("answers from the seeded demo procedures, only the active ones", async () => {
    expect(await seedDemoProcedures(db.prisma)).toBeGreaterThanOrEqual(40);
    const repo = createProcedureRepository(db.prisma);
    const c = captureIo();
    expect(await runAsk("dang ky khai sinh cho con can giay to gi", { json: true }, c.io, () => repo.listActive())).toBe(0);
    const result = JSON.parse(c.out()) as { aspect: string; candidates: Array<{ code: string; name: string }> };
    expect(result.aspect).toBe("documents");
    const top = result.candidates[0];
    expect(top?.name.toLowerCase()).toContain("khai sinh");

    await repo.deactivate([top!.code]);
    const again = captureIo();
    await runAsk("dang ky khai sinh cho con can giay to gi", { json: true }, again.io, () => repo.listActive());
    const codes = (JSON.parse(again.out()) as { candidates: Array<{ code: string }> }).candidates.map((x) => x.code);
    expect(codes).not.toContain(top!.code);
  });
});
