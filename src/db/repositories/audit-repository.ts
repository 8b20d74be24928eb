/** Prisma implementation of the audit log store. */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { AuditQuery, AuditRecord, AuditStore } from "../../core/audit/audit-trail.js";

type Row = Prisma.AuditLogGetPayload<object>;

function toRecord(row: Row): AuditRecord {
  return { ...row, id: row.id.toString() };
}

const json = (v: unknown) => (v === null || v === undefined ? undefined : (v as Prisma.InputJsonValue));

/** The audit log over Prisma. */
export function createAuditStore(prisma: PrismaClient): AuditStore {
  return {
    async append(row) {
      await prisma.auditLog.create({
        data: {
          actorType: row.actorType,
          actorId: row.actorId,
          actorLabel: row.actorLabel,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          before: json(row.before),
          after: json(row.after),
          detail: json(row.detail),
          createdAt: row.createdAt,
        },
      });
    },
    async list(q: AuditQuery) {
      const where: Prisma.AuditLogWhereInput = {
        ...(q.actor ? { OR: [{ actorLabel: { contains: q.actor, mode: "insensitive" } }, { actorId: q.actor }] } : {}),
        ...(q.action ? { action: q.action } : {}),
        ...(q.entityType ? { entityType: q.entityType } : {}),
        ...(q.entityId ? { entityId: q.entityId } : {}),
        ...(q.from || q.to ? { createdAt: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } } : {}),
        ...(q.beforeId && /^\d+$/.test(q.beforeId) ? { id: { lt: BigInt(q.beforeId) } } : {}),
      };
      const rows = await prisma.auditLog.findMany({ where, orderBy: { id: "desc" }, take: q.limit ?? 50 });
      return rows.map(toRecord);
    },
    async actions() {
      const rows = await prisma.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
      return rows.map((r) => r.action);
    },
  };
}
