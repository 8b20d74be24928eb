import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZaloOaClient } from "../../bots/zalo/client.js";
import { ZaloTokenManager, type ZaloLog } from "../../bots/zalo/token-manager.js";
import { ChannelError } from "../../src/core/channels/contract.js";
import type { Database } from "../../src/db/database.js";
import { ChannelCredentialRepository } from "../../src/db/repositories/channel-credential-repository.js";
import { runZaloTokenRefresh } from "../../src/jobs/zalo-token-refresh.js";
import { FakeZaloApi } from "../fakes/zalo-api.js";
import { backendName, openTestDb } from "../support/db.js";

let db: Database;
let fake: FakeZaloApi;
let credentialSeq = 0;

/** A log that keeps every line, to check no token value is ever logged. */
function memoryLog(): ZaloLog & { lines: string[] } {
  const lines: string[] = [];
  const put = (level: string) => (obj: object, msg: string) => void lines.push(`${level} ${msg} ${JSON.stringify(obj)}`);
  return { lines, info: put("info"), warn: put("warn"), error: put("error") };
}

/** One "process": its own repository, token manager and client over the shared database. */
function processFor(credentialId: string, log: ZaloLog = memoryLog()) {
  const repo = new ChannelCredentialRepository(db.prisma, credentialId);
  const tokens = new ZaloTokenManager(repo, { oauthBase: fake.url, appId: fake.appId, appSecret: fake.appSecret, timeoutMs: 5000 }, log);
  return { repo, tokens, client: new ZaloOaClient({ openApiBase: fake.url, tokens, timeoutMs: 2000 }) };
}

/** A fresh credential row holding an access token Zalo no longer accepts (it still looks valid locally). */
async function seedExpired(): Promise<string> {
  const id = `zalo:test-${++credentialSeq}`;
  fake.refreshToken = `rt-seed-${credentialSeq}`;
  await db.prisma.channelCredential.create({
    data: { id, accessToken: "at-stale", accessExpiresAt: new Date(Date.now() + 3_600_000), refreshToken: fake.refreshToken },
  });
  return id;
}

beforeAll(async () => {
  db = await openTestDb();
  fake = await new FakeZaloApi().start();
});
afterAll(async () => {
  await fake?.close();
  await db?.close();
});
beforeEach(() => {
  fake.calls.length = 0;
  fake.sent.length = 0;
  fake.oauthFailure = undefined;
  fake.oauthDelayMs = 0;
  fake.expireAccessTokens();
});

describe(`Zalo token rotation (${backendName})`, () => {
  it("five processes racing on an expired token make exactly one OAuth call and all five messages arrive", async () => {
    const id = await seedExpired();
    fake.oauthDelayMs = 200; // keep the first refresh in flight while the others queue on the lock
    const processes = Array.from({ length: 5 }, () => processFor(id));
    const results = await Promise.all(processes.map((p, i) => p.client.sendText("900", `tin ${i}`)));
    expect(results.every((r) => r.message_id.startsWith("msg"))).toBe(true);
    expect(fake.oauthCalls()).toHaveLength(1);
    expect(fake.textsTo("900").sort()).toEqual(["tin 0", "tin 1", "tin 2", "tin 3", "tin 4"]);
    const row = await db.prisma.channelCredential.findUniqueOrThrow({ where: { id } });
    expect(row.refreshToken).toBe(fake.refreshToken); // the rotated, still-valid one was saved
    expect(row.version).toBe(1);
  });

  it("an OAuth refusal (HTTP 200 with error_name) stores nothing, fails the send as unavailable and logs no token", async () => {
    const id = await seedExpired();
    fake.oauthFailure = { error: -14014, error_name: "Invalid refresh token", error_reason: "expired" };
    const log = memoryLog();
    const { client } = processFor(id, log);
    const failure = await client.sendText("901", "xin chào").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ChannelError);
    expect((failure as ChannelError).kind).toBe("unavailable");
    const row = await db.prisma.channelCredential.findUniqueOrThrow({ where: { id } });
    expect({ access: row.accessToken, refresh: row.refreshToken, version: row.version }).toEqual({ access: "at-stale", refresh: fake.refreshToken, version: 0 });
    expect(log.lines.some((l) => l.startsWith("error") && l.includes("Invalid refresh token"))).toBe(true);
    expect(log.lines.join("\n")).not.toMatch(/rt-seed|at-stale/);
  });

  it("an OAuth answer without tokens never stores an empty token", async () => {
    const id = await seedExpired();
    fake.oauthFailure = { access_token: "", refresh_token: "", expires_in: "90000" };
    const { client } = processFor(id);
    await expect(client.sendText("902", "x")).rejects.toBeInstanceOf(ChannelError);
    const row = await db.prisma.channelCredential.findUniqueOrThrow({ where: { id } });
    expect(row.refreshToken).toBe(fake.refreshToken);
    expect(row.accessToken).toBe("at-stale");
  });

  it("the scheduled refresh rotates only when due, and seeding never overwrites a rotated token", async () => {
    const id = `zalo:test-${++credentialSeq}`;
    fake.refreshToken = "rt-first";
    const { repo, tokens } = processFor(id);
    await expect(repo.seed("  ")).rejects.toThrow(/empty/);
    expect(await repo.seed("rt-first")).toBe(true);
    const log = memoryLog();
    expect(await runZaloTokenRefresh(tokens, log)).toBe("rotated");
    expect(await runZaloTokenRefresh(tokens, log)).toBe("not_due");
    expect(fake.oauthCalls()).toHaveLength(1);
    expect(await repo.seed("rt-first")).toBe(false);
    expect((await repo.read())?.refreshToken).toBe(fake.refreshToken);
    // The operator configures a NEW seed (e.g. the stored pair died): it replaces the stored pair once.
    const rotated = fake.refreshToken;
    expect(await repo.seed("rt-replacement")).toBe(true);
    expect(await repo.read()).toMatchObject({ refreshToken: "rt-replacement", accessToken: null });
    expect(await repo.seed("rt-replacement")).toBe(false);
    expect(rotated).not.toBe("rt-replacement");
    fake.refreshToken = "rt-replacement";
    expect(await runZaloTokenRefresh(tokens, log)).toBe("rotated");
    fake.oauthFailure = { error: -14002, error_name: "Invalid appId" };
    expect(await runZaloTokenRefresh(tokens, log, Number.MAX_SAFE_INTEGER)).toBe("failed");
    expect((await repo.read())?.refreshToken).toBe(fake.refreshToken);
  });

  it("maps Zalo's failures to channel errors: -230, rate limit, not a follower, 5xx, hang", async () => {
    const id = `zalo:test-${++credentialSeq}`;
    fake.refreshToken = `rt-${id}`;
    const { repo, client } = processFor(id);
    await repo.seed(fake.refreshToken);
    fake.outsideWindow.add("903");
    await expect(client.sendText("903", "x")).rejects.toMatchObject({ kind: "outside_window" });
    fake.notFollowers.add("904");
    await expect(client.sendText("904", "x")).rejects.toMatchObject({ kind: "forbidden" });
    fake.failWithZaloError(-32);
    await expect(client.sendText("905", "x")).rejects.toMatchObject({ kind: "rate_limited", retryAfterSec: 60 });
    fake.failWithHttp(503);
    await expect(client.sendText("905", "x")).rejects.toMatchObject({ kind: "unavailable" });
    fake.hang();
    const quick = new ZaloOaClient({ openApiBase: fake.url, tokens: { accessToken: () => client["options"].tokens.accessToken(), refreshAfterRejection: async (t) => t }, timeoutMs: 300 });
    await expect(quick.sendText("905", "x")).rejects.toMatchObject({ kind: "unavailable" });
    expect(fake.textsTo("905")).toEqual([]);
  });
});
