import { createReadStream } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { importProcedures } from "../../core/procedures/import/import-procedures.js";
import { readProcedures } from "../../core/procedures/import/read-procedures.js";
import { createProcedureRepository } from "../repositories/procedure-repository.js";

/** prisma/seed/procedures.demo.json, found from src/ (tsx) and from dist/src/ (built). */
export const DEMO_PROCEDURES_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`) ? "../../../../prisma/seed/procedures.demo.json" : "../../../prisma/seed/procedures.demo.json",
);

/**
 * Loads the demo knowledge base into an empty procedure table. A knowledge base that already holds procedures (an
 * import, or an earlier seed) is left alone, so demo data never comes back over a real import.
 * @returns how many procedures were created.
 */
export async function seedDemoProcedures(prisma: PrismaClient): Promise<number> {
  if ((await prisma.procedure.count()) > 0) return 0;
  const items = readProcedures(createReadStream(DEMO_PROCEDURES_FILE), DEMO_PROCEDURES_FILE);
  const report = await importProcedures(items, createProcedureRepository(prisma));
  if (report.rejected > 0) {
    throw new Error(`the demo knowledge base has ${report.rejected} invalid record(s): ${JSON.stringify(report.rejections.slice(0, 3))}`);
  }
  return report.created;
}
