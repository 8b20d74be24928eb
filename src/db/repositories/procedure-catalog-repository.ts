/**
 * Prisma implementation of the knowledge base pages' {@link ProcedureCatalog}: the filtered, paged list, one
 * record, and switching a procedure on or off (which changes the repository's version, so the bot reloads).
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { ProcedureCatalog, ProcedureListQuery } from "../../core/procedures/desk/ports.js";
import { foldDiacritics } from "../../core/procedures/normalize.js";
import type { ProcedureLevel } from "../../core/procedures/types.js";
import { createProcedureRepository } from "./procedure-repository.js";

/**
 * Every precomposed Latin letter with a mark and the ASCII letter it folds to ("ạ" → "a", "Đ" → "D"), as the two
 * arguments of SQL `translate`. The database folds names this way because neither PGlite nor a stock PostgreSQL
 * has `unaccent`, and `lower` of a non-ASCII letter depends on the server's locale.
 */
const FOLD_FROM: string[] = [];
const FOLD_TO: string[] = [];
for (let c = 0xc0; c <= 0x1ef9; c++) {
  const letter = String.fromCodePoint(c);
  const folded = foldDiacritics(letter);
  if (folded !== letter && /^[A-Za-z]$/u.test(folded)) {
    FOLD_FROM.push(letter);
    FOLD_TO.push(folded);
  }
}
const TRANSLATE_FROM = FOLD_FROM.join("");
const TRANSLATE_TO = FOLD_TO.join("");
/** Combining marks, for a name stored decomposed (NFD). */
const COMBINING = "[\u0300-\u036f]";

/** The search as the database compares it: folded, lower case, single spaces, LIKE wildcards taken literally. */
function likePattern(search: string): string {
  return `%${foldDiacritics(search.normalize("NFC")).toLowerCase().replace(/\s+/gu, " ").replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/**
 * Codes of the procedures whose name contains the search with diacritics and case ignored ("khai sinh", "KHAI
 * SINH", "khai sinh" without marks are one search), or whose code starts with it.
 */
async function codesMatching(prisma: PrismaClient, search: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ code: string }>>`
    SELECT code FROM "Procedure"
    WHERE lower(translate(regexp_replace(normalize(name, NFC), ${COMBINING}, '', 'g'), ${TRANSLATE_FROM}, ${TRANSLATE_TO})) LIKE ${likePattern(search)}
       OR code LIKE ${`${search.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`}`;
  return rows.map((r) => r.code);
}

function whereOf(q: ProcedureListQuery, codes: string[] | undefined): Prisma.ProcedureWhereInput {
  return {
    ...(codes ? { code: { in: codes } } : {}),
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
      const search = q.search?.trim();
      const where = whereOf(q, search ? await codesMatching(prisma, search) : undefined);
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
