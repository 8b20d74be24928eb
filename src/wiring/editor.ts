import { previewTelegram } from "../../bots/telegram/preview.js";
import { zaloPreviewer } from "../../bots/zalo/preview.js";
import type { Config } from "../config.js";
import type { AuditTrail } from "../core/audit/audit-trail.js";
import type { MessagePreviewer } from "../core/channels/preview.js";
import { BroadcastDesk, type BroadcastImageStore } from "../core/news/broadcast-desk.js";
import { NewsDesk } from "../core/news/news-desk.js";
import type { Database } from "../db/database.js";
import { PrismaNewsSourceDirectory } from "../db/repositories/news/news-source-directory.js";
import type { ConsoleServices } from "../http/console/services.js";
import { newsChannels, type News } from "./news.js";

/**
 * The editor console's services (#14) over the news engine. Previews come from each bot's own renderer with the
 * options the adapters run with, so the preview shows the parts sending produces.
 */
export function buildEditorServices(db: Database, news: News, config: Config, audit: AuditTrail, images: BroadcastImageStore | null): Pick<ConsoleServices, "broadcasts" | "news"> {
  const previewers = new Map<string, MessagePreviewer>([
    ["telegram", previewTelegram],
    ["zalo", zaloPreviewer({ buttons: config.zalo.buttons === "on" })],
  ]);
  return {
    broadcasts: new BroadcastDesk({
      orgId: news.orgId,
      broadcasts: news.broadcasts,
      topics: news.topics,
      previewers,
      channels: newsChannels(config),
      audit,
      images,
      clock: news.clock,
    }),
    news: new NewsDesk({ orgId: news.orgId, items: news.items, sources: new PrismaNewsSourceDirectory(db.prisma), topics: news.topics, audit, clock: news.clock }),
  };
}
