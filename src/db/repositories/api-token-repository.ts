/** Prisma implementation of the API token store (hashes only; the token itself is never stored). */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { ApiTokenRecord, ApiTokenStore } from "../../core/staff/api-tokens.js";

type Row = Prisma.ApiTokenGetPayload<{ include: { staff: { select: { email: true } } } }>;
const include = { staff: { select: { email: true } } } as const;

function toRecord(row: Row): ApiTokenRecord {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    createdAt: row.createdAt,
    createdBy: row.staff?.email ?? null,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

/** API tokens over Prisma. */
export function createApiTokenStore(prisma: PrismaClient): ApiTokenStore {
  return {
    async create(token) {
      return toRecord(await prisma.apiToken.create({ data: token, include }));
    },
    async findByHash(tokenHash) {
      const row = await prisma.apiToken.findUnique({ where: { tokenHash }, include });
      return row ? toRecord(row) : null;
    },
    async findById(id) {
      const row = await prisma.apiToken.findUnique({ where: { id }, include });
      return row ? toRecord(row) : null;
    },
    async list() {
      return (await prisma.apiToken.findMany({ include, orderBy: { createdAt: "desc" } })).map(toRecord);
    },
    async revoke(id, at) {
      await prisma.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
    },
    async markUsed(id, at) {
      await prisma.apiToken.updateMany({ where: { id }, data: { lastUsedAt: at } });
    },
  };
}
