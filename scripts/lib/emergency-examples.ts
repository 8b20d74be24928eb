/**
 * The learnt emergency reader's training examples, read in a fixed order (see scripts/train-emergency-model.ts), and
 * their fingerprint: the shipped model records it, so a test can tell a model trained on other examples.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { EmergencyTrainingExample } from "../../src/core/conversation/emergency/learnt-model.js";
import type { EmergencyService } from "../../src/core/conversation/emergency/lexicon.vi.js";

const EMERGENCY_DIRS = ["tests/fixtures/emergency", "tests/fixtures/emergency-dev", "tests/fixtures/emergency-blind"];
const ORDINARY_SEEDS = ["prisma/seed/routing-examples.jsonl", "prisma/seed/urgency-examples.jsonl", "prisma/seed/intent-examples.jsonl"];

function jsonLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function filesIn(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => path.join(dir, f));
}

/**
 * The examples under a project root: every labelled emergency with its number, every look-alike, every kept Q&A
 * question and every seed feedback message (ordinary). An emergency whose writer named no number is left out.
 */
export function emergencyTrainingExamples(root: string): { examples: EmergencyTrainingExample[]; basis: string } {
  const examples: EmergencyTrainingExample[] = [];
  for (const file of EMERGENCY_DIRS.flatMap((d) => filesIn(path.join(root, d), /\.jsonl$/))) {
    for (const c of jsonLines(file)) {
      const service = (c.number ?? c.service ?? null) as EmergencyService | null;
      if (c.emergency !== true) examples.push({ text: String(c.text), service: null });
      else if (service) examples.push({ text: String(c.text), service });
    }
  }
  for (const file of filesIn(path.join(root, "tests/fixtures"), /^qa-own.*\.jsonl$/)) {
    for (const c of jsonLines(file)) examples.push({ text: String(c.question), service: null });
  }
  for (const file of ORDINARY_SEEDS) for (const c of jsonLines(path.join(root, file))) examples.push({ text: String(c.text), service: null });
  const hash = createHash("sha256");
  for (const e of examples) hash.update(`${e.service ?? "-"}\t${e.text}\n`);
  return { examples, basis: hash.digest("hex").slice(0, 16) };
}
