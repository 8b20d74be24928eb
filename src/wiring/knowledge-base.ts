import type { Config } from "../config.js";
import type { AuditTrail } from "../core/audit/audit-trail.js";
import { ImportJobs } from "../core/procedures/desk/import-jobs.js";
import { KnowledgeBaseDesk } from "../core/procedures/desk/knowledge-base-desk.js";
import { UnansweredQuestions } from "../core/unanswered/unanswered-questions.js";
import type { Database } from "../db/database.js";
import { createLocalWordStore } from "../db/repositories/local-word-repository.js";
import { createProcedureCatalog } from "../db/repositories/procedure-catalog-repository.js";
import { createProcedureRepository } from "../db/repositories/procedure-repository.js";
import { createUnansweredStore } from "../db/repositories/unanswered-repository.js";
import type { Logger } from "../logger.js";

/** The knowledge base pages' services (issue #10 points 5 and 6). */
export interface KnowledgeBaseServices {
  knowledgeBase: KnowledgeBaseDesk;
  procedureImports: ImportJobs;
  unanswered: UnansweredQuestions;
}

/**
 * Builds the knowledge base desk, the console's import jobs and the unanswered questions over the database. The
 * bot picks up what they change through the procedure and local-word versions (src/wiring/conversation.ts).
 */
export function buildKnowledgeBaseServices(db: Database, config: Pick<Config, "unanswered">, audit: AuditTrail, logger?: Logger): KnowledgeBaseServices {
  const procedures = createProcedureRepository(db.prisma);
  return {
    knowledgeBase: new KnowledgeBaseDesk({
      catalog: createProcedureCatalog(db.prisma),
      procedures,
      localWords: createLocalWordStore(db.prisma),
      audit,
      preferLevel: async () => (await db.prisma.organisation.findFirst({ orderBy: { createdAt: "asc" }, select: { level: true } }))?.level ?? "xa",
    }),
    procedureImports: new ImportJobs({ procedures, audit, onFailure: (failure) => logger?.warn(failure, "console import failed") }),
    unanswered: new UnansweredQuestions(createUnansweredStore(db.prisma), config.unanswered.retentionDays),
  };
}
