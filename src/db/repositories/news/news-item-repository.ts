/**
 * News items in PostgreSQL (or PGlite). An item is inserted only when neither its link key, its (source, guid) nor
 * its title key is known in the organisation: the unique indexes decide races, the title check is in the same
 * statement. Implements the core `NewsItemStore` port.
 */
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import type { NewItem, NewsItem, NewsItemQuery, NewsItemStatus, NewsItemStore } from "../../../core/news/feeds/types.js";

type ItemRow = Prisma.NewsItemGetPayload<object>;

function toItem(r: ItemRow): NewsItem {
  return {
    id: r.id,
    orgId: r.orgId,
    sourceId: r.sourceId,
    origin: r.origin,
    guid: r.guid,
    url: r.url,
    title: r.title,
    summary: r.summary,
    imageUrl: r.imageUrl,
    topicIds: r.topicIds,
    publishedAt: r.publishedAt,
    fetchedAt: r.fetchedAt,
    status: r.status,
    urgent: r.urgent,
    decidedById: r.decidedById,
    decidedAt: r.decidedAt,
  };
}

const INSERT = `
  INSERT INTO "NewsItem" ("id", "orgId", "sourceId", "origin", "guid", "url", "linkKey", "titleKey", "title", "summary",
    "imageUrl", "topicIds", "publishedAt", "fetchedAt", "status", "urgent")
  SELECT $1::uuid, $2::uuid, $3::uuid, $4::"NewsItemOrigin", $5, $6, $7, $8, $9, $10, $11, $12::uuid[], $13::timestamptz,
    $14::timestamptz, $15::"NewsItemStatus", $16
  WHERE NOT EXISTS (SELECT 1 FROM "NewsItem" n WHERE n."orgId" = $2::uuid AND (n."titleKey" = $8 OR n."linkKey" = $7))
  ON CONFLICT DO NOTHING
  RETURNING "id"`;

export class PrismaNewsItemStore implements NewsItemStore {
  constructor(private readonly prisma: PrismaClient) {}

  async insertNew(items: readonly NewItem[], at: Date): Promise<NewsItem[]> {
    const ids: string[] = [];
    // a poll brings few new items (the rest are known): one statement each keeps every race to the unique keys
    for (const i of items) {
      const rows = await this.prisma.$queryRawUnsafe<Array<{ id: string }>>(
        INSERT,
        randomUUID(), i.orgId, i.sourceId, i.origin, i.guid, i.url, i.linkKey, i.titleKey, i.title, i.summary,
        i.imageUrl, i.topicIds, i.publishedAt, at, i.status, i.urgent,
      );
      if (rows[0]) ids.push(rows[0].id);
    }
    if (ids.length === 0) return [];
    const rows = await this.prisma.newsItem.findMany({ where: { id: { in: ids } } });
    const byId = new Map(rows.map((r) => [r.id, toItem(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async byLinkKey(orgId: string, linkKey: string): Promise<NewsItem | null> {
    const row = await this.prisma.newsItem.findUnique({ where: { orgId_linkKey: { orgId, linkKey } } });
    return row ? toItem(row) : null;
  }

  async get(id: string): Promise<NewsItem | null> {
    const row = await this.prisma.newsItem.findUnique({ where: { id } });
    return row ? toItem(row) : null;
  }

  async decide(id: string, from: readonly NewsItemStatus[], to: NewsItemStatus, by: string | null, at: Date, urgent?: boolean): Promise<NewsItem | null> {
    const { count } = await this.prisma.newsItem.updateMany({
      where: { id, status: { in: [...from] } },
      data: { status: to, decidedById: by, decidedAt: at, ...(urgent === undefined ? {} : { urgent }) },
    });
    return count === 1 ? this.get(id) : null;
  }

  async list(q: NewsItemQuery): Promise<NewsItem[]> {
    const rows = await this.prisma.newsItem.findMany({
      where: {
        orgId: q.orgId,
        ...(q.statuses ? { status: { in: [...q.statuses] } } : {}),
        ...(q.sourceId ? { sourceId: q.sourceId } : {}),
        ...(q.before ? { OR: [{ fetchedAt: { lt: q.before.fetchedAt } }, { fetchedAt: q.before.fetchedAt, id: { lt: q.before.id } }] } : {}),
      },
      orderBy: [{ fetchedAt: "desc" }, { id: "desc" }],
      take: q.limit,
    });
    return rows.map(toItem);
  }

  async revise(id: string, edits: { title: string; titleKey: string; summary: string | null; topicIds: string[] }): Promise<NewsItem | null> {
    const { count } = await this.prisma.newsItem.updateMany({ where: { id, status: "pending_approval" }, data: edits });
    return count === 1 ? this.get(id) : null;
  }

  countPending(orgId: string): Promise<number> {
    return this.prisma.newsItem.count({ where: { orgId, status: "pending_approval" } });
  }

  async broadcastsOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.broadcast.findMany({ where: { newsItemId: { in: [...ids] } }, select: { id: true, newsItemId: true }, orderBy: { createdAt: "asc" } });
    const sent = new Map<string, string>();
    for (const r of rows) if (r.newsItemId && !sent.has(r.newsItemId)) sent.set(r.newsItemId, r.id);
    return sent;
  }
}
