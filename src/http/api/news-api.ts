/**
 * `POST /api/news`: the portal's CMS pushes an article with an API token of role editor (`motcua token create
 * --role editor`). The body is validated (zod); the same link again returns the stored item and sends nothing
 * (200 instead of 201), so a CMS that retries never sends an item twice. `publish: false` leaves it for an
 * editor's approval instead of sending it at once.
 */
import express, { type Router } from "express";
import { z } from "zod";
import type { NewsItemService } from "../../core/news/news-items.js";
import type { TopicStore } from "../../core/news/ports.js";
import { AppError, invalidInput } from "../../core/shared/app-error.js";
import { apiActorOf, type ApiAuth } from "./api-auth.js";

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((v) => /^https?:\/\//iu.test(v), "must be an http(s) address");

/** What the CMS sends. */
export const pushedNewsSchema = z.object({
  link: httpUrl,
  title: z.string().trim().min(1).max(300),
  summary: z.string().max(4000).optional(),
  imageUrl: httpUrl.optional(),
  /** Topic codes (`thong-bao`, `van-ban-moi`, …); none: every subscriber. */
  topics: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  urgent: z.boolean().default(false),
  /** False: wait for an editor's approval in the console. */
  publish: z.boolean().default(true),
});

export interface NewsApiDeps {
  auth: ApiAuth;
  items: Pick<NewsItemService, "push">;
  topics: Pick<TopicStore, "byCodes" | "list">;
  orgId: string;
}

/** The router of the news push (mount after the API's token guard). */
export function newsApiRouter(deps: NewsApiDeps): Router {
  const router = express.Router();
  router.post("/api/news", express.json({ limit: "64kb" }), deps.auth.require("news.push"), async (req, res, next) => {
    try {
      const parsed = pushedNewsSchema.safeParse(req.body);
      if (!parsed.success) {
        throw invalidInput(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "body"), i.message])));
      }
      const body = parsed.data;
      const topics = await deps.topics.byCodes(body.topics);
      const unknown = body.topics.filter((c) => !topics.some((t) => t.code === c));
      if (unknown.length) {
        const known = (await deps.topics.list()).map((t) => t.code).join(", ");
        throw new AppError("invalid_input", `unknown topic ${unknown.join(", ")}; topics are: ${known}`, 422, undefined, { topics: "unknown" });
      }
      const actor = apiActorOf(res);
      const { item, created, broadcastId } = await deps.items.push(
        {
          orgId: deps.orgId,
          url: body.link,
          title: body.title,
          ...(body.summary ? { summary: body.summary } : {}),
          ...(body.imageUrl ? { imageUrl: body.imageUrl } : {}),
          topicIds: topics.map((t) => t.id),
          ...(body.publishedAt ? { publishedAt: new Date(body.publishedAt) } : {}),
          urgent: body.urgent,
          publish: body.publish,
        },
        actor?.id ?? null,
      );
      res.status(created ? 201 : 200).json({ id: item.id, status: item.status, created, broadcastId });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
