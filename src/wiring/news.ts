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

/** The news engine's services over one database, for the service and the CLI alike. */
export interface News {
  orgId: string;
  settings: NewsSettings;
  broadcasts: BroadcastService;
  subscribers: PrismaSubscriberStore;
  topics: PrismaTopicStore;
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
  return {
    orgId: org.id,
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
