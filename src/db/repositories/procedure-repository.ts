/**
 * Prisma implementation of the core {@link ProcedureRepository} port. Returns plain {@link ProcedureRecord}
 * objects; each upsert batch runs in one transaction, so a batch is written whole or not at all.
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { ProcedureRepository, ProcedureWrite, StoredProcedureState } from "../../core/procedures/ports.js";
import type { ProcedureLevel, ProcedureRecord, SubmissionChannel } from "../../core/procedures/types.js";

type ProcedureRow = Prisma.ProcedureGetPayload<object>;

function toRecord(row: ProcedureRow): ProcedureRecord {
  return {
    code: row.code,
    name: row.name,
    linhVuc: row.linhVuc,
    levels: row.levels as ProcedureLevel[],
    agency: row.agency,
    submitAt: row.submitAt,
    subjects: row.subjects,
    channels: (Array.isArray(row.channels) ? row.channels : []) as unknown as SubmissionChannel[],
    documents: row.documents,
    steps: row.steps,
    eligibility: row.eligibility,
    result: row.result,
    legalBasis: row.legalBasis,
    sourceUrl: row.sourceUrl,
    keywords: row.keywords,
    active: row.active,
  };
}

function toData(write: ProcedureWrite): Prisma.ProcedureCreateInput {
  const r = write.record;
  return {
    code: r.code,
    name: r.name,
    linhVuc: r.linhVuc,
    levels: r.levels,
    agency: r.agency,
    submitAt: r.submitAt,
    subjects: r.subjects,
    channels: r.channels.map((c) => ({ ...c })) as unknown as Prisma.InputJsonValue,
    documents: r.documents,
    steps: r.steps,
    eligibility: r.eligibility,
    result: r.result,
    legalBasis: r.legalBasis,
    sourceUrl: r.sourceUrl,
    keywords: r.keywords,
    active: true,
    contentHash: write.contentHash,
  };
}

/** Creates the repository over a Prisma client (PostgreSQL or PGlite). */
export function createProcedureRepository(prisma: PrismaClient): ProcedureRepository & { listByCodes(codes: readonly string[]): Promise<ProcedureRecord[]> } {
  return {
    async listCodesAndHashes(): Promise<StoredProcedureState[]> {
      const rows = await prisma.procedure.findMany({ select: { code: true, contentHash: true, active: true, levels: true } });
      return rows.map((r) => ({ code: r.code, contentHash: r.contentHash, active: r.active, levels: r.levels as ProcedureLevel[] }));
    },

    async upsertMany(records: readonly ProcedureWrite[]): Promise<void> {
      if (records.length === 0) return;
      // New codes go in with one multi-row insert; only codes already stored need a row-by-row update.
      await prisma.$transaction(async (tx) => {
        const codes = records.map((w) => w.record.code);
        const existing = new Set((await tx.procedure.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((r) => r.code));
        const fresh = records.filter((w) => !existing.has(w.record.code)).map(toData);
        // skipDuplicates: a replica seeding the same codes at the same moment must not fail the start-up.
        if (fresh.length > 0) await tx.procedure.createMany({ data: fresh, skipDuplicates: true });
        for (const write of records.filter((w) => existing.has(w.record.code))) {
          const { code, ...update } = toData(write);
          await tx.procedure.update({ where: { code }, data: update });
        }
      }, { timeout: 60_000, maxWait: 60_000 });
    },

    async deactivate(codes: readonly string[]): Promise<number> {
      if (codes.length === 0) return 0;
      const result = await prisma.procedure.updateMany({
        where: { code: { in: [...codes] }, active: true },
        data: { active: false },
      });
      return result.count;
    },

    async version(): Promise<string> {
      const all = await prisma.procedure.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
      const active = await prisma.procedure.count({ where: { active: true } });
      return `${all._count._all}:${active}:${all._max.updatedAt?.toISOString() ?? "-"}`;
    },

    async listByCodes(codes: readonly string[]): Promise<ProcedureRecord[]> {
      const rows = await prisma.procedure.findMany({ where: { code: { in: [...codes] } }, orderBy: { code: "asc" } });
      return rows.map(toRecord);
    },

    async listActive(): Promise<ProcedureRecord[]> {
      const rows = await prisma.procedure.findMany({ where: { active: true }, orderBy: { code: "asc" } });
      return rows.map(toRecord);
    },
  };
}
