import { describe, expect, it } from "vitest";
import { importProcedures } from "../../../src/core/procedures/import/import-procedures.js";
import type { ReadItem } from "../../../src/core/procedures/import/read-procedures.js";
import type { ProcedureRepository, ProcedureWrite, StoredProcedureState } from "../../../src/core/procedures/ports.js";
import type { ProcedureRecord } from "../../../src/core/procedures/types.js";

function memoryRepo() {
  const rows = new Map<string, { record: ProcedureRecord; hash: string }>();
  let writes = 0;
  const repo: ProcedureRepository = {
    listCodesAndHashes: async (): Promise<StoredProcedureState[]> =>
      [...rows.values()].map((r) => ({ code: r.record.code, contentHash: r.hash, active: r.record.active, levels: r.record.levels })),
    upsertMany: async (batch: readonly ProcedureWrite[]) => {
      writes++;
      for (const w of batch) rows.set(w.record.code, { record: { ...w.record, active: true }, hash: w.contentHash });
    },
    deactivate: async (codes) => {
      let n = 0;
      for (const c of codes) {
        const row = rows.get(c);
        if (row?.record.active) {
          row.record.active = false;
          n++;
        }
      }
      return n;
    },
    listActive: async () => [...rows.values()].filter((r) => r.record.active).map((r) => r.record),
    version: async () => `${writes}`,
  };
  return { repo, rows, writes: () => writes };
}

const rec = (code: string, extra: Partial<ProcedureRecord> = {}): ProcedureRecord => ({
  code, name: `Thủ tục ${code}`, linhVuc: null, levels: ["xa"], agency: null, submitAt: null, subjects: null,
  channels: [], documents: [], steps: [], eligibility: null, result: null, legalBasis: [], sourceUrl: null,
  keywords: [], active: true, ...extra,
});
const items = (...records: ProcedureRecord[]): ReadItem[] => records.map((record, i) => ({ kind: "record", line: i + 1, record }));

describe("importProcedures", () => {
  it("creates, then reports unchanged on re-import, updated on a changed field", async () => {
    const { repo, rows } = memoryRepo();
    expect(await importProcedures(items(rec("A"), rec("B")), repo)).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(await importProcedures(items(rec("A"), rec("B")), repo)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const changed = rec("B", { channels: [{ kind: "online", timeLimit: "2 ngày", fee: "Miễn phí", description: null }] });
    expect(await importProcedures(items(rec("A"), changed), repo)).toMatchObject({ unchanged: 1, updated: 1 });
    expect(rows.get("B")?.record.channels).toHaveLength(1);
  });

  it("dry run counts but writes nothing", async () => {
    const { repo, rows, writes } = memoryRepo();
    const report = await importProcedures(items(rec("A")), repo, { dryRun: true, deactivateMissing: true });
    expect(report).toMatchObject({ created: 1, dryRun: true });
    expect(rows.size).toBe(0);
    expect(writes()).toBe(0);
  });

  it("counts rejections and skips, with line numbers", async () => {
    const { repo } = memoryRepo();
    const report = await importProcedures(
      [...items(rec("A")), { kind: "rejected", line: 2, reason: "invalid JSON" }, { kind: "skipped", line: 3, code: "Z" }],
      repo,
    );
    expect(report).toMatchObject({ created: 1, rejected: 1, skipped: 1, rejections: [{ line: 2, reason: "invalid JSON" }] });
  });

  it("deactivates missing procedures, reactivates them when they come back, and refuses on a partial file", async () => {
    const { repo, rows } = memoryRepo();
    await importProcedures(items(rec("A"), rec("B"), rec("T", { levels: ["tinh"] })), repo);
    const partial = await importProcedures([...items(rec("A")), { kind: "rejected", line: 2, reason: "x" }], repo, { deactivateMissing: true });
    expect(partial.deactivated).toBe(0);
    expect(partial.deactivationRefused).toMatch(/rejected/);
    const dry = await importProcedures(items(rec("A")), repo, { deactivateMissing: true, dryRun: true });
    expect(dry.deactivated).toBe(2);
    expect(rows.get("B")?.record.active).toBe(true);
    const xa = await importProcedures(items(rec("A")), repo, { deactivateMissing: true, level: "xa" });
    expect(xa.deactivated).toBe(1);
    expect(rows.get("B")?.record.active).toBe(false);
    expect(rows.get("T")?.record.active).toBe(true);
    expect(await importProcedures(items(rec("A"), rec("B")), repo)).toMatchObject({ unchanged: 1, updated: 1 });
    expect(rows.get("B")?.record.active).toBe(true);
  });
});
