import { previewTelegram } from "../../bots/telegram/preview.js";
import { zaloPreviewer } from "../../bots/zalo/preview.js";
import type { Config } from "../config.js";
import type { AuditTrail } from "../core/audit/audit-trail.js";
import type { MessagePreviewer } from "../core/channels/preview.js";
import { BroadcastDesk } from "../core/news/broadcast-desk.js";
import type { ConsoleServices } from "../http/console/services.js";
import { newsChannels, type News } from "./news.js";

/**
 * The editor console's services (#14) over the news engine. Previews come from each bot's own renderer with the
 * options the adapters run with, so the preview shows the parts sending produces.
 */
export function buildEditorServices(news: News, config: Config, audit: AuditTrail): Pick<ConsoleServices, "broadcasts"> {
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
      images: null,
      clock: news.clock,
    }),
  };
}
