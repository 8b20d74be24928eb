import { createReadStream, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readProcedures } from "../../../src/core/procedures/import/read-procedures.js";

const file = new URL("../../../../shared/data/procedures/procedures.jsonl", import.meta.url);

describe.skipIf(!existsSync(file))("the full national export (../shared)", () => {
  it("reads all 2,642 records with no rejection, and 588 at ward level", async () => {
    const count = async (level?: "xa") => {
      const tally = { record: 0, rejected: 0, skipped: 0 };
      let lastBytes = 0;
      const reasons: string[] = [];
      for await (const item of readProcedures(createReadStream(file), file.pathname, {
        ...(level ? { level } : {}),
        onProgress: (p) => (lastBytes = p.bytes),
      })) {
        tally[item.kind]++;
        if (item.kind === "rejected" && reasons.length < 3) reasons.push(`${item.line}: ${item.reason}`);
      }
      return { tally, reasons, lastBytes };
    };
    const all = await count();
    expect(all.reasons).toEqual([]);
    expect(all.tally).toEqual({ record: 2642, rejected: 0, skipped: 0 });
    expect(all.lastBytes).toBeGreaterThan(1_000_000);
    const xa = await count("xa");
    expect(xa.tally).toEqual({ record: 588, rejected: 0, skipped: 2054 });
  });
});
