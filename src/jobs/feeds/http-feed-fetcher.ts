/**
 * Fetches portal feeds over HTTP with undici: a conditional GET (If-None-Match / If-Modified-Since from the last
 * answer), one deadline for the whole exchange, a cap on the body's size (read as a stream and cut off when it
 * passes the cap), and redirects followed by hand up to a limit (a loop ends there). Every failure is a FeedError
 * whose code the source stores.
 */
import { Agent, request, type Dispatcher } from "undici";
import { FeedError, type FeedFetcher, type FetchedFeed } from "../../core/news/feeds/types.js";

export interface FeedFetchLimits {
  /** Whole exchange, redirects included (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted (default 5 MB). */
  maxBytes?: number;
  /** Redirects followed (default 3). */
  maxRedirects?: number;
}

const USER_AGENT = "motcua-feed-reader/0.1 (+https://github.com/motcua)";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export class HttpFeedFetcher implements FeedFetcher {
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly dispatcher: Dispatcher;

  constructor(limits: FeedFetchLimits = {}) {
    this.timeoutMs = limits.timeoutMs ?? 15_000;
    this.maxBytes = limits.maxBytes ?? 5 * 1024 * 1024;
    this.maxRedirects = limits.maxRedirects ?? 3;
    this.dispatcher = new Agent({ connections: 8, headersTimeout: this.timeoutMs, bodyTimeout: this.timeoutMs, connectTimeout: Math.min(this.timeoutMs, 10_000) });
  }

  async fetch(url: string, validators: { etag: string | null; lastModified: string | null }): Promise<FetchedFeed> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    let current = checkUrl(url);
    try {
      for (let hop = 0; ; hop++) {
        const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5" };
        if (validators.etag) headers["if-none-match"] = validators.etag;
        if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
        const res = await request(current, { method: "GET", headers, signal, dispatcher: this.dispatcher });
        if (REDIRECTS.has(res.statusCode)) {
          await res.body.dump();
          const location = header(res.headers, "location");
          if (!location) throw new FeedError(`http_${res.statusCode}`, "redirect without location");
          if (hop >= this.maxRedirects) throw new FeedError("too_many_redirects");
          current = checkUrl(new URL(location, current).toString());
          continue;
        }
        if (res.statusCode === 304) {
          await res.body.dump();
          return { status: "not_modified" };
        }
        if (res.statusCode !== 200) {
          await res.body.dump();
          throw new FeedError(`http_${res.statusCode}`);
        }
        const declared = Number(header(res.headers, "content-length") ?? "NaN");
        if (declared > this.maxBytes) {
          res.body.destroy();
          throw new FeedError("too_large", `${declared} bytes`);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res.body) {
          size += (chunk as Buffer).length;
          if (size > this.maxBytes) {
            res.body.destroy();
            throw new FeedError("too_large");
          }
          chunks.push(chunk as Buffer);
        }
        const bytes = Buffer.concat(chunks);
        return {
          status: "ok",
          body: decode(bytes, header(res.headers, "content-type")),
          etag: header(res.headers, "etag") ?? null,
          lastModified: header(res.headers, "last-modified") ?? null,
          finalUrl: current,
        };
      }
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (signal.aborted || isTimeout(error)) throw new FeedError("timeout");
      throw new FeedError("network", error instanceof Error ? ((error as { code?: string }).code ?? error.name) : undefined);
    }
  }

  /** Closes the connection pool. */
  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}

function checkUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === "http:" || u.protocol === "https:") return u.toString();
  } catch {}
  throw new FeedError("bad_url");
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function isTimeout(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? "";
  return code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT" || (error as Error)?.name === "TimeoutError";
}

/** The body as text, in the charset the header or the XML declaration names (UTF-8 otherwise). */
function decode(bytes: Buffer, contentType: string | undefined): string {
  const declared = /charset=["']?([\w-]+)/iu.exec(contentType ?? "")?.[1] ?? /^<\?xml[^>]*encoding=["']([\w-]+)["']/iu.exec(bytes.subarray(0, 200).toString("latin1"))?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
