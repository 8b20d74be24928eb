/**
 * A fake portal on 127.0.0.1 (port 0) serving feeds at paths the test sets: a document with an ETag and a
 * Last-Modified (answering 304 to a matching conditional GET), a redirect, a status, a hang, or a huge streamed
 * body. Records every request with its conditional headers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FeedRoute =
  | { kind: "feed"; body: string; etag?: string; lastModified?: string; contentType?: string }
  | { kind: "redirect"; to: string; status?: number }
  | { kind: "status"; status: number }
  | { kind: "hang" }
  /** `megabytes` of a well-formed feed, streamed without a Content-Length. */
  | { kind: "huge"; megabytes: number };

export interface FeedRequest {
  path: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  /** What was answered. */
  status: number;
}

export class FakeFeedServer {
  readonly requests: FeedRequest[] = [];
  private readonly routes = new Map<string, FeedRoute>();
  private readonly hanging = new Set<ServerResponse>();
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.answer(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return this.url("");
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}${path}`;
  }

  set(path: string, route: FeedRoute): void {
    this.routes.set(path, route);
  }

  requestsTo(path: string): FeedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const route = this.routes.get(path);
    const record = (status: number) =>
      this.requests.push({
        path,
        status,
        ...(req.headers["if-none-match"] ? { ifNoneMatch: String(req.headers["if-none-match"]) } : {}),
        ...(req.headers["if-modified-since"] ? { ifModifiedSince: String(req.headers["if-modified-since"]) } : {}),
      });
    if (!route) {
      record(404);
      res.writeHead(404).end("not found");
      return;
    }
    switch (route.kind) {
      case "feed": {
        const matches = (route.etag && req.headers["if-none-match"] === route.etag) || (!route.etag && route.lastModified && req.headers["if-modified-since"] === route.lastModified);
        const headers: Record<string, string> = { "content-type": route.contentType ?? "application/rss+xml; charset=utf-8" };
        if (route.etag) headers.etag = route.etag;
        if (route.lastModified) headers["last-modified"] = route.lastModified;
        if (matches) {
          record(304);
          res.writeHead(304, headers).end();
          return;
        }
        record(200);
        res.writeHead(200, headers).end(route.body);
        return;
      }
      case "redirect":
        record(route.status ?? 302);
        res.writeHead(route.status ?? 302, { location: route.to }).end();
        return;
      case "status":
        record(route.status);
        res.writeHead(route.status).end("error");
        return;
      case "hang":
        record(0);
        this.hanging.add(res);
        return;
      case "huge": {
        record(200);
        res.writeHead(200, { "content-type": "application/rss+xml" });
        const item = `<item><title>Tin ${"x".repeat(900)}</title><link>https://example.invalid/x</link></item>\n`;
        const total = route.megabytes * 1024 * 1024;
        let sent = 0;
        res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>');
        const pump = () => {
          while (sent < total) {
            sent += item.length;
            if (!res.write(item)) return void res.once("drain", pump);
          }
          res.end("</channel></rss>");
        };
        res.on("error", () => undefined);
        pump();
        return;
      }
    }
  }
}

/** An RSS 2.0 document with these items (a minimal, valid feed). */
export function rss(items: Array<{ title: string; link: string; guid?: string; pubDate?: string; description?: string }>): string {
  const esc = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
  const body = items
    .map((i) =>
      [
        "<item>",
        `<title>${esc(i.title)}</title>`,
        `<link>${esc(i.link)}</link>`,
        i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : "",
        i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : "",
        i.description !== undefined ? `<description>${esc(i.description)}</description>` : "",
        "</item>",
      ].join(""),
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Cổng thử</title><link>https://example.invalid</link>${body}</channel></rss>`;
}
