import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImportProcedures, type CliIo } from "../../src/cli/commands/import.js";
import { createProcedureRepository } from "../../src/db/repositories/procedure-repository.js";
import type { Database } from "../../src/db/database.js";
import { backendName, openTestDb } from "../support/db.js";

const demo = new URL("../../prisma/seed/procedures.demo.json", import.meta.url).pathname;
const fullExport = new URL("../../../shared/data/procedures/procedures.jsonl", import.meta.url).pathname;

function captureIo(): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const stderr = { write: (t: string) => ((err += t), true), isTTY: false } as unknown as CliIo["stderr"];
  return { stdout: { write: (t: string) => (out += t) }, stderr, out: () => out, err: () => err };
}

describe(`procedure import on ${backendName}`, () => {
  let db: Database;
  const dir = mkdtempSync(join(tmpdir(), "motcua-import-"));
  // the CLI closes what it opens; the test database stays open for the whole file
  const open = async () => ({ prisma: db.prisma, close: async () => {} });
  const run = async (file: string, opts: Parameters<typeof runImportProcedures>[1] = {}) => {
    const io = captureIo();
    const code = await runImportProcedures(file, { json: true, ...opts }, open, io);
    return { code, report: code === 0 ? JSON.parse(io.out()) : null, stderr: io.err() };
  };

  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("dry run writes nothing", async () => {
    const { code, report } = await run(demo, { dryRun: true });
    expect(code).toBe(0);
    expect(report.created).toBeGreaterThanOrEqual(35);
    expect(await db.prisma.procedure.count()).toBe(0);
  });

  it("imports the demo file, then re-import is all unchanged", async () => {
    const first = await run(demo);
    expect(first.report).toMatchObject({ rejected: 0, updated: 0, unchanged: 0, format: "project-json" });
    const again = await run(demo);
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: first.report.created });
    const active = await createProcedureRepository(db.prisma).listActive();
    const khaiSinh = active.find((p) => p.code === "1.001193");
    expect(khaiSinh?.channels.length).toBeGreaterThan(0);
    expect(khaiSinh?.keywords.length).toBeGreaterThan(0);
  });

  it("reports a changed field as updated and deactivates missing procedures", async () => {
    const file = join(dir, "two.jsonl");
    writeFileSync(file, [
      JSON.stringify({ code: "1.001193", name: "Thủ tục đăng ký khai sinh", levels: ["xa"], keywords: ["đã sửa"] }),
      JSON.stringify({ code: "1.000656", name: "Thủ tục đăng ký khai tử", levels: ["xa"] }),
      "{ broken",
    ].join("\n"));
    const partial = await run(file, { deactivateMissing: true });
    expect(partial.report).toMatchObject({ updated: 2, rejected: 1, deactivated: 0, rejections: [{ line: 3 }] });
    writeFileSync(file, [
      JSON.stringify({ code: "1.001193", name: "Thủ tục đăng ký khai sinh", levels: ["xa"], keywords: ["đã sửa"] }),
      JSON.stringify({ code: "1.000656", name: "Thủ tục đăng ký khai tử", levels: ["xa"] }),
    ].join("\n"));
    const full = await run(file, { deactivateMissing: true });
    expect(full.report).toMatchObject({ unchanged: 2, rejected: 0 });
    expect(full.report.deactivated).toBeGreaterThan(30);
    expect(await db.prisma.procedure.count({ where: { active: true } })).toBe(2);
    expect((await db.prisma.procedure.findUnique({ where: { code: "1.001193" } }))?.keywords).toEqual(["đã sửa"]);
  });

  it("exits 2 without a stack trace on a missing or unusable file", async () => {
    const missing = await run(join(dir, "nope.jsonl"));
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/no such file/) });
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "code,name,whatever\n1,x,y\n");
    const header = await run(bad);
    expect(header.code).toBe(2);
    expect(header.stderr).toMatch(/unknown CSV column/);
    expect(header.stderr).not.toMatch(/\n\s+at /);
    const empty = join(dir, "empty.jsonl");
    writeFileSync(empty, "");
    expect((await run(empty)).code).toBe(2);
  });

  it.skipIf(!existsSync(fullExport))("imports all 2,642 records of the national export cleanly", async () => {
    const { code, report } = await run(fullExport);
    expect(code).toBe(0);
    expect(report.rejected).toBe(0);
    expect(report.created + report.updated + report.unchanged).toBe(2642);
    console.log(`full export import on ${backendName}: ${JSON.stringify({ ...report, rejections: undefined })}`);
    const again = await run(fullExport);
    expect(again.report).toMatchObject({ unchanged: 2642, created: 0, updated: 0 });
  }, 300_000);
});
