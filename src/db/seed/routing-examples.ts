/**
 * The project's own labelled routing examples for the demo ward (prisma/seed/routing-examples.jsonl), written for
 * this project: short and long messages, with and without diacritics, abbreviations and typos, for every unit and
 * category of the demo organisation. They are seeded as RoutingExample rows (source seed) and are what the
 * classifier starts from before any staff correction.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** prisma/seed/routing-examples.jsonl, found from src/ (tsx) and from dist/src/ (built). */
export const ROUTING_EXAMPLES_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`) ? "../../../../prisma/seed/routing-examples.jsonl" : "../../../prisma/seed/routing-examples.jsonl",
);

const exampleSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  department: z.string().min(1),
  category: z.string().min(1).nullable(),
  urgent: z.boolean(),
});

export type OwnRoutingExample = z.infer<typeof exampleSchema>;

/**
 * Reads the examples file.
 *
 * @throws Error naming the line of the first malformed example (the file ships with the project: a broken line is
 *   a defect to fix, not input to skip).
 */
export async function readOwnRoutingExamples(file = ROUTING_EXAMPLES_FILE): Promise<OwnRoutingExample[]> {
  const lines = (await readFile(file, "utf8")).split(/\r?\n/u);
  const out: OwnRoutingExample[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = exampleSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}: line ${i + 1}: not a routing example`);
    out.push(parsed.data);
  });
  return out;
}

/**
 * prisma/seed/urgency-examples.jsonl: the project's own reports labelled urgent or not and nothing else, written for
 * the urgency model only. They are kept out of the routing examples because the department model is tuned on what
 * those hold, and a batch of dangers would tilt it (electrical words towards DN, children towards CA).
 */
export const URGENCY_EXAMPLES_FILE = path.join(path.dirname(ROUTING_EXAMPLES_FILE), "urgency-examples.jsonl");

/**
 * prisma/seed/urgency-kept.jsonl: the blind urgency sets of earlier rounds (tests/fixtures/urgency), written for this
 * project by writers who saw none of its code, kept as urgency examples once scored and read. Same format as the
 * urgency examples; a test keeps it equal to the sets.
 */
export const URGENCY_KEPT_FILE = path.join(path.dirname(ROUTING_EXAMPLES_FILE), "urgency-kept.jsonl");

const urgencyExampleSchema = z.object({ id: z.string(), text: z.string().min(1), urgent: z.boolean() });

export type OwnUrgencyExample = z.infer<typeof urgencyExampleSchema>;

/**
 * Reads the urgency-only examples file.
 *
 * @throws Error naming the line of the first malformed example.
 */
export async function readOwnUrgencyExamples(file = URGENCY_EXAMPLES_FILE): Promise<OwnUrgencyExample[]> {
  const out: OwnUrgencyExample[] = [];
  (await readFile(file, "utf8")).split(/\r?\n/u).forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = urgencyExampleSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}: line ${i + 1}: not an urgency example`);
    out.push(parsed.data);
  });
  return out;
}
