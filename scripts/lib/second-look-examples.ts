/**
 * The second look's training examples (see scripts/train-second-look.ts): every question of the kept sets
 * (tests/fixtures/qa-own*.jsonl, written for this project, each with the national codes that answer it) that the
 * first look declines, searched over the commune-level records of the national catalogue and over the project's demo
 * base, with whether the choices a clarifying question would offer hold an expected procedure that base holds
 * (off-topic questions: never). The catalogue is read
 * from ../shared, beside the project, and nothing of it is kept: the model holds twenty weights. The fingerprint
 * covers the examples themselves, so a change to the search that alters what a decline looks like is noticed.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fromPortalRecord } from "../../src/core/procedures/portal-record.js";
import { ProcedureQA } from "../../src/core/procedures/procedure-qa.js";
import { loadKnowledgeBase } from "../../src/cli/commands/ask.js";
import { secondLookVector, type SecondLookExample } from "../../src/core/procedures/second-look.js";

/** The commune-level records, relative to the project root. */
export const CATALOGUE = "../shared/data/procedures/procedures_cap_xa.jsonl";
/**
 * The project's own demo base (42 records): most kept questions name a procedure it does not hold, so its declines
 * teach the model that a loosely matched record on a small base is seldom the right one.
 */
const DEMO_BASE = "prisma/seed/procedures.demo.json";

function jsonLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Whether the catalogue is there to learn from. */
export function catalogueAt(root: string): boolean {
  return existsSync(path.join(root, CATALOGUE));
}

/**
 * The examples under a project root, in a fixed order, and their fingerprint.
 *
 * @param root - the project root.
 * @returns the declined questions with their label, and the fingerprint.
 */
/** How many questions are asked between two turns of the event loop. */
const YIELD_EVERY = 500;

export async function secondLookExamples(root: string): Promise<{ examples: SecondLookExample[]; basis: string; questions: number }> {
  const catalogue = jsonLines(path.join(root, CATALOGUE)).map((r) => fromPortalRecord(r as never));
  const demo = await loadKnowledgeBase(path.join(root, DEMO_BASE));
  const examples: SecondLookExample[] = [];
  let questions = 0;
  const dir = path.join(root, "tests/fixtures");
  const sets = readdirSync(dir).filter((f) => /^qa-own.*\.jsonl$/u.test(f)).sort().flatMap((f) => jsonLines(path.join(dir, f)));
  for (const records of [catalogue, demo]) {
    const qa = new ProcedureQA(records, { preferLevel: "xa" });
    const held = new Set(records.map((r) => r.code));
    for (const q of sets) {
      questions++;
      // (tens of thousands of questions: let the event loop breathe now and then, so that a test runner's worker
      // still answers its host while this runs; a blocked worker is reported as a timeout)
      if (questions % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      const expected = ((q.expected as string[] | undefined) ?? []).filter((c) => held.has(c));
      const answer = qa.ask(String(q.question));
      if (!answer.declined) continue;
      const codes = answer.candidates.slice(0, answer.declined.choices).map((c) => c.code);
      examples.push({ evidence: answer.declined.evidence, right: codes.some((c) => expected.includes(c)) });
    }
  }
  const hash = createHash("sha256");
  for (const e of examples) hash.update(`${e.right ? 1 : 0}\t${secondLookVector(e.evidence).map((v) => v.toFixed(6)).join(" ")}\n`);
  return { examples, basis: hash.digest("hex").slice(0, 16), questions };
}
