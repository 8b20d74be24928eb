/** ProcedureInterest rows: one per identity and procedure, holding the last time it was answered. */
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { ProcedureInterestLog } from "../../../core/news/ports.js";

export class PrismaProcedureInterestLog implements ProcedureInterestLog {
  constructor(private readonly prisma: PrismaClient) {}

  async record(identityId: string, procedureCode: string, at: Date): Promise<void> {
    await this.prisma.$executeRaw`
      INSERT INTO "ProcedureInterest" ("identityId", "procedureCode", "lastAskedAt") VALUES (${identityId}::uuid, ${procedureCode}, ${at})
      ON CONFLICT ("identityId", "procedureCode") DO UPDATE SET "lastAskedAt" = GREATEST("ProcedureInterest"."lastAskedAt", EXCLUDED."lastAskedAt")`;
  }
}
