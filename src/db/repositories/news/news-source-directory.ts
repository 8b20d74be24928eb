/**
 * The sources page's reads and the editor's pause: each feed of the organisation with its polling state and how
 * many of its items are waiting, published, skipped or archived (one grouped count for all sources). Implements
 * the core `NewsSourceDirectory` port.
 */
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { NewsItemStatus } from "../../../core/news/feeds/types.js";
import type { NewsSourceDirectory, SourceOverview } from "../../../core/news/news-desk.js";

const NO_ITEMS: Record<NewsItemStatus, number> = { pending_approval: 0, published: 0, skipped: 0, archived: 0 };

export class PrismaNewsSourceDirectory implements NewsSourceDirectory {
  constructor(private readonly prisma: PrismaClient) {}

  async overview(orgId: string): Promise<SourceOverview[]> {
    const [sources, counts] = await Promise.all([
      this.prisma.newsSource.findMany({ where: { orgId }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
      this.prisma.newsItem.groupBy({ by: ["sourceId", "status"], where: { orgId, sourceId: { not: null } }, _count: { _all: true } }),
    ]);
    const bySource = new Map<string, Record<NewsItemStatus, number>>();
    for (const c of counts) {
      if (!c.sourceId) continue;
      const row = bySource.get(c.sourceId) ?? { ...NO_ITEMS };
      row[c.status] = c._count._all;
      bySource.set(c.sourceId, row);
    }
    return sources.map((s) => ({
      id: s.id,
      name: s.name,
      url: s.url,
      topicIds: s.topicIds,
      autoPublish: s.autoPublish,
      pollMinutes: s.pollMinutes,
      lastPolledAt: s.lastPolledAt,
      lastSuccessAt: s.lastSuccessAt,
      lastError: s.lastError,
      lastErrorAt: s.lastErrorAt,
      failureCount: s.failureCount,
      pausedAt: s.pausedAt,
      items: bySource.get(s.id) ?? { ...NO_ITEMS },
    }));
  }

  async setPaused(orgId: string, id: string, pausedAt: Date | null): Promise<boolean> {
    // a resumed source is due at once: the editor sees its state without waiting a whole interval
    const { count } = await this.prisma.newsSource.updateMany({ where: { id, orgId }, data: pausedAt ? { pausedAt } : { pausedAt: null, nextPollAt: new Date(0) } });
    return count === 1;
  }
}
