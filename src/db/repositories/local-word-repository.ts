/**
 * Prisma implementation of {@link LocalWordStore} over the Synonym table: the ward's local words.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { LocalWordStore, StoredLocalWord } from "../../core/procedures/desk/ports.js";

const toWord = (r: { id: string; term: string; expansion: string; procedureCode: string | null; createdAt: Date }): StoredLocalWord => ({
  id: r.id,
  term: r.term,
  expansion: r.expansion,
  procedureCode: r.procedureCode,
  createdAt: r.createdAt,
});

/** Creates the store over a Prisma client (PostgreSQL or PGlite). */
export function createLocalWordStore(prisma: PrismaClient): LocalWordStore {
  return {
    async list() {
      return (await prisma.synonym.findMany({ orderBy: { term: "asc" } })).map(toWord);
    },

    async create(word) {
      // the term is unique as typed; "Chợ Cũ" and "chợ cũ" are one word for the search, so compare folded-free of case
      const same = await prisma.synonym.findFirst({ where: { term: { equals: word.term, mode: "insensitive" } }, select: { id: true } });
      if (same) return null;
      const row = await prisma.synonym.createMany({ data: [{ term: word.term, expansion: word.expansion, procedureCode: word.procedureCode }], skipDuplicates: true });
      if (row.count === 0) return null;
      return toWord((await prisma.synonym.findUnique({ where: { term: word.term } }))!);
    },

    async remove(id) {
      const row = await prisma.synonym.findUnique({ where: { id } });
      if (!row) return null;
      const deleted = await prisma.synonym.deleteMany({ where: { id } });
      return deleted.count > 0 ? toWord(row) : null;
    },

    async version() {
      const all = await prisma.synonym.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
      return `${all._count._all}:${all._max.updatedAt?.toISOString() ?? "-"}`;
    },
  };
}
