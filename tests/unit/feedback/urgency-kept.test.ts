/**
 * prisma/seed/urgency-kept.jsonl holds the kept blind urgency sets (tests/fixtures/urgency) as urgency examples:
 * a set kept later must be added there too, or the model would not learn from it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readOwnUrgencyExamples, URGENCY_KEPT_FILE } from "../../../src/db/seed/routing-examples.js";
import { ownUrgencyExamples } from "../../../src/wiring/urgency.js";

const SETS = "tests/fixtures/urgency";

describe("the kept urgency sets as examples", () => {
  it("are every report of every kept set, with its label", async () => {
    const sets = readdirSync(SETS).filter((f) => f.endsWith(".jsonl")).sort().flatMap((f) =>
      readFileSync(path.join(SETS, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => {
        const c = JSON.parse(l) as { id: string; text: string; urgent: boolean };
        return { id: c.id, text: c.text, urgent: c.urgent };
      }),
    );
    expect(sets.length).toBeGreaterThan(700);
    expect(await readOwnUrgencyExamples(URGENCY_KEPT_FILE)).toEqual(sets);
  });

  it("are learnt from by the service's urgency model", async () => {
    const kept = await readOwnUrgencyExamples(URGENCY_KEPT_FILE);
    const texts = new Set((await ownUrgencyExamples()).map((e) => e.text));
    expect(kept.every((k) => texts.has(k.text))).toBe(true);
  });
});
