/**
 * Prisma implementation of {@link UnansweredStore}: masked questions the bot could not answer well.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { UnansweredStore } from "../../core/unanswered/unanswered-questions.js";

/** Creates the store over a Prisma client (PostgreSQL or PGlite). */
export function createUnansweredStore(prisma: PrismaClient): UnansweredStore {
  return {
    async add(row) {
      await prisma.unansweredQuestion.create({ data: row });
    },

    async between(from, to, limit) {
      return prisma.unansweredQuestion.findMany({
        where: { createdAt: { gte: from, lt: to } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: limit,
        select: { id: true, text: true, reason: true, createdAt: true },
      });
    },

    async deleteBefore(cutoff) {
      return (await prisma.unansweredQuestion.deleteMany({ where: { createdAt: { lt: cutoff } } })).count;
    },
  };
}
