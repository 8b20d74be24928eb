import type { ChannelAdapter } from "../core/channels/contract.js";
import { BroadcastService, type NewsSettings } from "../core/news/broadcast-service.js";
import { NewsSender, type NewsLogger } from "../core/news/news-sender.js";
import type { IdentityStore } from "../core/people/identity.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { PrismaBroadcastStore } from "../db/repositories/news/broadcast-repository.js";
import { PrismaNewsDeliveryStore } from "../db/repositories/news/news-delivery-repository.js";
import { PrismaSendBudget } from "../db/repositories/news/send-budget-repository.js";
import { PrismaSubscriberStore, PrismaTopicStore } from "../db/repositories/news/subscriber-repository.js";
import { NewsItemService } from "../core/news/news-items.js";
import { FeedPoller } from "../core/news/feeds/feed-poller.js";
import type { FeedFetcher } from "../core/news/feeds/types.js";
import { PrismaNewsItemStore } from "../db/repositories/news/news-item-repository.js";
import { PrismaNewsSourceStore } from "../db/repositories/news/news-source-repository.js";
import { HttpFeedFetcher } from "../jobs/feeds/http-feed-fetcher.js";

/** The news engine's services over one database, for the service and the CLI alike. */
export interface News {
  orgId: string;
  settings: NewsSettings;
  broadcasts: BroadcastService;
  subscribers: PrismaSubscriberStore;
  topics: PrismaTopicStore;
  /** News items from feeds and the CMS, and the editor's decisions on them. */
  items: NewsItemService;
  /** A poller of the due portal feeds (the scheduler role runs it); `fetcher` defaults to HTTP with undici. */
  feedPoller(logger: NewsLogger, fetcher?: FeedFetcher): FeedPoller;
  /** The clock the engine reads (tests move it). */
  clock: () => Date;
  /** A send worker over the given channel adapters. */
  senderFor(adapters: ReadonlyMap<string, ChannelAdapter>, identities: Pick<IdentityStore, "markUnreachable">, logger: NewsLogger): NewsSender;
}

/** Channels news can be sent on with this configuration (a subscriber elsewhere is not counted as reached). */
export function newsChannels(config: Config): string[] {
  const z = config.zalo;
  return [...(config.telegram.botToken ? ["telegram"] : []), ...(z.appId && z.appSecret && z.oaSecretKey ? ["zalo"] : [])];
}

/** Send rates per channel across all workers, from the configuration. */
export function newsRates(config: Config): Record<string, number> {
  return { telegram: config.telegram.globalRatePerSec, zalo: config.zalo.ratePerMinute / 60 };
}

/**
 * Builds the news services for the organisation the service speaks for (the first one, as the conversation does).
 *
 * @throws Error when the database holds no organisation (run `motcua seed`).
 */
export async function buildNews(db: Database, config: Config, clock?: () => Date): Promise<News> {
  const org = await db.prisma.organisation.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, timezone: true } });
  if (!org) throw new Error("no organisation in the database; run `motcua seed`");
  const settings: NewsSettings = { timeZone: org.timezone, defaultQuietHours: config.news.quietHours, digestHour: config.news.digestHour };
  const broadcasts = new BroadcastService({ store: new PrismaBroadcastStore(db.prisma), channels: newsChannels(config), ...settings, ...(clock ? { clock } : {}) });
  const items = new NewsItemService(new PrismaNewsItemStore(db.prisma), broadcasts, clock);
  return {
    orgId: org.id,
    items,
    feedPoller: (logger, fetcher) =>
      new FeedPoller({ sources: new PrismaNewsSourceStore(db.prisma), fetcher: fetcher ?? new HttpFeedFetcher(), items, logger, ...(clock ? { clock } : {}) }),
    settings,
    broadcasts,
    subscribers: new PrismaSubscriberStore(db.prisma),
    topics: new PrismaTopicStore(db.prisma, org.id),
    clock: clock ?? (() => new Date()),
    senderFor: (adapters, identities, logger) =>
      new NewsSender({
        store: new PrismaNewsDeliveryStore(db.prisma),
        budget: new PrismaSendBudget(db.prisma),
        adapters,
        identities,
        rates: newsRates(config),
        timeZone: settings.timeZone,
        defaultQuietHours: settings.defaultQuietHours,
        logger,
        ...(clock ? { clock } : {}),
      }),
  };
}
