import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { TelegramError } from "telegraf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiClient } from "../../bots/telegram/bot-api-client.js";
import { toChannelError } from "../../bots/telegram/errors.js";

/**
 * The reply client against a loopback server that answers as the Bot API does, and as what sits in front of it
 * sometimes does (a proxy's HTML error page, silence).
 */
type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

let server: Server;
let root: string;
let handler: Handler = () => undefined;
const seen: Array<{ path: string; body: string; contentType: string | undefined }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen.push({ path: req.url ?? "", body, contentType: req.headers["content-type"] });
      handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error("the call did not fail");
}

describe("BotApiClient", () => {
  it("posts the payload as JSON under the API root's path and returns the result", async () => {
    handler = (_req, body, res) => json(res, 200, { ok: true, result: { message_id: 42, echo: JSON.parse(body) as unknown } });
    const client = new BotApiClient({ apiRoot: `${root}/tg/`, botToken: "123:abc" });
    const result = await client.call("sendMessage", { chat_id: 7, text: "Xin chào" });
    await client.close();
    expect(result).toEqual({ message_id: 42, echo: { chat_id: 7, text: "Xin chào" } });
    expect(seen.at(-1)).toMatchObject({ path: "/tg/bot123:abc/sendMessage", contentType: "application/json" });
  });

  it("turns ok: false into telegraf's TelegramError, retry_after included", async () => {
    handler = (_req, _body, res) => json(res, 429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } });
    const client = new BotApiClient({ apiRoot: root, botToken: "123:abc" });
    const err = await failure(client.call("sendMessage", { chat_id: 7, text: "x" }));
    await client.close();
    expect(err).toBeInstanceOf(TelegramError);
    expect(toChannelError(err)).toMatchObject({ kind: "rate_limited", retryAfterSec: 3 });
  });

  it("reads a blocked bot as forbidden", async () => {
    handler = (_req, _body, res) => json(res, 403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
    const client = new BotApiClient({ apiRoot: root, botToken: "123:abc" });
    const err = await failure(client.call("sendMessage", { chat_id: 7, text: "x" }));
    await client.close();
    expect(toChannelError(err).kind).toBe("forbidden");
  });

  it("reads an answer that is not the Bot API's (a proxy's 502 page) by its status", async () => {
    handler = (_req, _body, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>");
    const client = new BotApiClient({ apiRoot: root, botToken: "123:abc" });
    const err = await failure(client.call("sendMessage", { chat_id: 7, text: "x" }));
    await client.close();
    expect(err).toBeInstanceOf(TelegramError);
    expect((err as TelegramError).code).toBe(502);
    const error = toChannelError(err);
    expect([error.kind, error.retryable]).toEqual(["unavailable", true]);
  });

  it("gives up on a call that gets no answer within its timeout", async () => {
    handler = () => undefined; // never answers
    const client = new BotApiClient({ apiRoot: root, botToken: "123:abc", timeoutMs: 200 });
    const started = Date.now();
    const err = await failure(client.call("sendMessage", { chat_id: 7, text: "x" }));
    await client.close().catch(() => undefined);
    expect(Date.now() - started).toBeLessThan(5_000);
    const error = toChannelError(err);
    expect([error.kind, error.retryable]).toEqual(["unavailable", true]);
  });

  it("reports an unreachable API root as unavailable", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const client = new BotApiClient({ apiRoot: `http://127.0.0.1:${port}`, botToken: "123:abc" });
    const err = await failure(client.call("sendMessage", { chat_id: 7, text: "x" }));
    await client.close();
    expect(toChannelError(err).kind).toBe("unavailable");
  });
});
