/**
 * Citizens' news settings (NewsSubscriber, one row per identity) and their topics (Subscription rows), and the
 * organisation's topics. Implements the core `SubscriberStore` and `TopicStore` ports.
 */
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import type { NewsMode, NewsSubscription, Topic } from "../../../core/news/types.js";
import type { SubscriberStore, TopicStore } from "../../../core/news/ports.js";

type SubscriberRow = Prisma.NewsSubscriberGetPayload<{ include: { identity: { select: { reachable: true; subscriptions: { where: { active: true }; select: { topicId: true } } } } } }>;

const INCLUDE = { identity: { select: { reachable: true, subscriptions: { where: { active: true }, select: { topicId: true } } } } } as const;

function toSubscription(r: SubscriberRow): NewsSubscription {
  return {
    identityId: r.identityId,
    allTopics: r.allTopics,
    topicIds: r.identity.subscriptions.map((s) => s.topicId),
    mode: r.mode,
    quietHours: r.quietHours,
    procedureAlerts: r.procedureAlerts,
    stoppedAt: r.stoppedAt,
    paused: !r.identity.reachable,
  };
}

export class PrismaSubscriberStore implements SubscriberStore {
  constructor(private readonly prisma: PrismaClient) {}

  async get(identityId: string): Promise<NewsSubscription | null> {
    const row = await this.prisma.newsSubscriber.findUnique({ where: { identityId }, include: INCLUDE });
    return row ? toSubscription(row) : null;
  }

  async subscribe(identityId: string, topics: { all: true } | { all: false; topicIds: string[] }, at: Date): Promise<NewsSubscription> {
    await this.prisma.$transaction(async (tx) => {
      const existing = await tx.newsSubscriber.findUnique({ where: { identityId }, select: { stoppedAt: true } });
      await tx.newsSubscriber.upsert({
        where: { identityId },
        create: { identityId, allTopics: topics.all },
        update: { stoppedAt: null, ...(topics.all ? { allTopics: true } : {}) },
      });
      // a citizen coming back after "stop everything" starts from what they pick now
      if (existing?.stoppedAt) await tx.subscription.deleteMany({ where: { identityId } });
      if (!topics.all && topics.topicIds.length > 0) {
        await tx.subscription.createMany({ data: topics.topicIds.map((topicId) => ({ identityId, topicId, createdAt: at })), skipDuplicates: true });
        await tx.subscription.updateMany({ where: { identityId, topicId: { in: topics.topicIds } }, data: { active: true, pausedAt: null } });
      }
    });
    return (await this.get(identityId)) as NewsSubscription;
  }

  async unsubscribeTopic(identityId: string, topicId: string, _at: Date): Promise<NewsSubscription | null> {
    await this.prisma.$transaction(async (tx) => {
      const sub = await tx.newsSubscriber.findUnique({ where: { identityId } });
      if (!sub) return;
      if (sub.allTopics) {
        // "every topic" minus one: the others become explicit
        const others = await tx.topic.findMany({ where: { active: true, id: { not: topicId } }, select: { id: true } });
        await tx.newsSubscriber.update({ where: { identityId }, data: { allTopics: false } });
        await tx.subscription.createMany({ data: others.map((t) => ({ identityId, topicId: t.id })), skipDuplicates: true });
      }
      await tx.subscription.deleteMany({ where: { identityId, topicId } });
    });
    return this.get(identityId);
  }

  async setMode(identityId: string, mode: NewsMode): Promise<NewsSubscription | null> {
    await this.prisma.newsSubscriber.updateMany({ where: { identityId }, data: { mode } });
    return this.get(identityId);
  }

  async setQuietHours(identityId: string, setting: string | null): Promise<NewsSubscription | null> {
    await this.prisma.newsSubscriber.updateMany({ where: { identityId }, data: { quietHours: setting } });
    return this.get(identityId);
  }

  async setProcedureAlerts(identityId: string, on: boolean, _at: Date): Promise<NewsSubscription> {
    await this.prisma.newsSubscriber.upsert({
      where: { identityId },
      create: { identityId, procedureAlerts: on },
      update: { procedureAlerts: on, ...(on ? { stoppedAt: null } : {}) },
    });
    return (await this.get(identityId)) as NewsSubscription;
  }

  /** Stops everything in one transaction: topics removed, alerts off, waiting deliveries cancelled. */
  async stopAll(identityId: string, at: Date): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const sub = await tx.newsSubscriber.findUnique({ where: { identityId } });
      const topics = await tx.subscription.deleteMany({ where: { identityId } });
      const wasActive = topics.count > 0 || (sub !== null && sub.stoppedAt === null && (sub.allTopics || sub.procedureAlerts));
      if (sub) await tx.newsSubscriber.update({ where: { identityId }, data: { allTopics: false, procedureAlerts: false, stoppedAt: sub.stoppedAt ?? at } });
      await tx.delivery.updateMany({
        where: { identityId, broadcastId: { not: null }, status: { in: ["pending", "retry", "held"] } },
        data: { status: "cancelled", lastError: "unsubscribed" },
      });
      return wasActive;
    });
  }
}

/** Topics of one organisation. */
export class PrismaTopicStore implements TopicStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly orgId: string,
  ) {}

  async list(): Promise<Topic[]> {
    const rows = await this.prisma.topic.findMany({ where: { orgId: this.orgId, active: true }, orderBy: [{ position: "asc" }, { name: "asc" }] });
    return rows.map((t) => ({ id: t.id, code: t.code, name: t.name }));
  }

  async byCodes(codes: readonly string[]): Promise<Topic[]> {
    const rows = await this.prisma.topic.findMany({ where: { orgId: this.orgId, code: { in: [...codes] } } });
    return rows.map((t) => ({ id: t.id, code: t.code, name: t.name }));
  }
}
