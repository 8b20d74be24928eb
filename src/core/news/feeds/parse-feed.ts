/**
 * Parses an RSS 2.0, Atom or RDF document into the items a source offers, with @extractus/feed-extractor: text is
 * made plain, relative links absolute, dates kept only when the feed gives a valid one. Items without a link or a
 * title are left out (nothing to send); the newest items come first, at most `maxItems` of them.
 */
import { extractFromXml } from "@extractus/feed-extractor";
import { htmlToPlainText } from "./plain-text.js";
import { FeedError, type FeedEntry } from "./types.js";

/** Longest summary kept per item; the link carries the rest. */
export const SUMMARY_CHARS = 600;

/**
 * The items of a feed document.
 *
 * @param xml - the document as text.
 * @param feedUrl - where it came from (relative links are resolved against it).
 * @param maxItems - items kept (a feed listing thousands keeps its newest).
 * @throws FeedError("malformed") when the text is not a feed.
 */
export function parseFeed(xml: string, feedUrl: string, maxItems = 200): FeedEntry[] {
  let parsed: ReturnType<typeof extractFromXml>;
  try {
    parsed = extractFromXml(xml, {
      descriptionMaxLen: 0,
      baseUrl: feedUrl,
      xmlParserOptions: { processEntities: true, htmlEntities: true },
      getExtraEntryFields: (raw) => ({ rawTitle: textOf(raw.title), rawSummary: textOf(raw.description ?? raw.summary ?? raw.content), rawGuid: textOf(raw.guid ?? raw.id), rawDate: textOf(raw.pubDate ?? raw.published ?? raw.updated ?? raw["dc:date"]), image: imageOf(raw) }),
    });
  } catch (error) {
    throw new FeedError("malformed", error instanceof Error ? error.message.slice(0, 120) : "not a feed");
  }
  const entries: FeedEntry[] = [];
  for (const e of parsed.entries ?? []) {
    // the raw text: the parser's own clean-up drops tags but keeps what a script or style held
    const title = htmlToPlainText(String(e.rawTitle ?? e.title ?? "")).replace(/\s+/gu, " ").slice(0, 300);
    const url = absoluteHttp(String(e.link ?? ""), feedUrl);
    if (!title || !url) continue;
    const summary = htmlToPlainText(String(e.rawSummary ?? e.description ?? "")).slice(0, SUMMARY_CHARS);
    const guid = typeof e.rawGuid === "string" && e.rawGuid.trim() ? e.rawGuid.trim().slice(0, 500) : null;
    const image = typeof e.image === "string" ? absoluteHttp(e.image, feedUrl) : null;
    entries.push({ guid, url, title, summary: summary || null, imageUrl: image, publishedAt: dateOf(e.rawDate) });
  }
  // undated items keep the feed's order, after the dated ones
  const dated = entries.filter((e) => e.publishedAt).sort((a, b) => (b.publishedAt as Date).getTime() - (a.publishedAt as Date).getTime());
  return [...dated, ...entries.filter((e) => !e.publishedAt)].slice(0, maxItems);
}

function textOf(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in v) return textOf((v as Record<string, unknown>)["#text"]);
  return undefined;
}

function imageOf(raw: Record<string, unknown>): string | undefined {
  const enclosure = raw.enclosure as Record<string, unknown> | undefined;
  const type = textOf(enclosure?.["@_type"]);
  if (enclosure && (!type || type.startsWith("image/"))) return textOf(enclosure["@_url"]);
  const media = (raw["media:content"] ?? raw["media:thumbnail"]) as Record<string, unknown> | undefined;
  return media ? textOf(media["@_url"]) : undefined;
}

/** A date the feed gave, or null when it gave none or one that is not a date. */
function dateOf(v: unknown): Date | null {
  if (typeof v !== "string" || !v.trim()) return null;
  const d = new Date(v.trim());
  if (Number.isNaN(d.getTime()) || d.getFullYear() < 1990) return null;
  return d;
}

function absoluteHttp(link: string, base: string): string | null {
  // an empty link would resolve to the feed itself
  if (!link.trim()) return null;
  try {
    const u = new URL(link.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}
