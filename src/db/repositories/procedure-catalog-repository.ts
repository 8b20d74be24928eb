/**
 * Prisma implementation of the knowledge base pages' {@link ProcedureCatalog}: the filtered, paged list, one
 * record, and switching a procedure on or off (which changes the repository's version, so the bot reloads).
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { ProcedureCatalog, ProcedureListQuery } from "../../core/procedures/desk/ports.js";
import type { ProcedureLevel } from "../../core/procedures/types.js";
import { createProcedureRepository } from "./procedure-repository.js";

function whereOf(q: ProcedureListQuery): Prisma.ProcedureWhereInput {
  const search = q.search?.trim();
  return {
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { code: { startsWith: search } }] } : {}),
    ...(q.linhVuc ? { linhVuc: q.linhVuc } : {}),
    ...(q.level ? { levels: { has: q.level } } : {}),
    ...(q.active !== undefined ? { active: q.active } : {}),
  };
}

/** Creates the catalogue over a Prisma client (PostgreSQL or PGlite). */
export function createProcedureCatalog(prisma: PrismaClient): ProcedureCatalog {
  const records = createProcedureRepository(prisma);
  return {
    async list(q) {
      const where = whereOf(q);
      const [rows, total] = await Promise.all([
        prisma.procedure.findMany({ where, orderBy: [{ name: "asc" }, { code: "asc" }], skip: q.offset, take: q.limit, select: { code: true, name: true, linhVuc: true, levels: true, active: true, updatedAt: true } }),
        prisma.procedure.count({ where }),
      ]);
      return { rows: rows.map((r) => ({ ...r, levels: r.levels as ProcedureLevel[] })), total };
    },

    async fields() {
      const rows = await prisma.procedure.findMany({ where: { linhVuc: { not: null } }, distinct: ["linhVuc"], select: { linhVuc: true }, orderBy: { linhVuc: "asc" } });
      return rows.map((r) => r.linhVuc!).filter(Boolean);
    },

    async get(code) {
      return (await records.listByCodes([code]))[0] ?? null;
    },

    async setActive(code, active) {
      const result = await prisma.procedure.updateMany({ where: { code, active: !active }, data: { active } });
      return result.count > 0;
    },
  };
}
