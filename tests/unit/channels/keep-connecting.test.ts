import { describe, expect, it } from "vitest";
import { ChannelStatusBoard } from "../../../src/core/channels/channel-status.js";
import { keepConnecting, MAX_RECONNECT_DELAY_MS, reconnectDelayMs } from "../../../src/core/channels/keep-connecting.js";

function memoryLog() {
  const lines: string[] = [];
  const put = (level: string) => (obj: object, msg: string) => void lines.push(`${level} ${msg} ${JSON.stringify(obj)}`);
  return { lines, info: put("info"), warn: put("warn"), error: put("error") };
}

describe("reconnect back-off", () => {
  it("doubles from one second and stays under the cap, with ±20 % jitter", () => {
    expect([1, 2, 3, 4, 5].map((n) => reconnectDelayMs(n, () => 0.5))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(reconnectDelayMs(40, () => 0.5)).toBe(MAX_RECONNECT_DELAY_MS);
    expect(reconnectDelayMs(1, () => 0)).toBe(800);
    expect(reconnectDelayMs(1, () => 1)).toBe(1_200);
  });
});

describe("keepConnecting", () => {
  it("retries until the attempt works, then marks the channel connected; one log line down, one back", async () => {
    const log = memoryLog();
    const board = new ChannelStatusBoard(log);
    let calls = 0;
    const ok = await keepConnecting({
      channel: "zalo",
      board,
      signal: new AbortController().signal,
      delayMs: () => 1,
      describe: () => ({ kind: "unavailable", detail: "zalo oauth: network" }),
      attempt: async () => {
        if (++calls < 4) throw new Error("down");
      },
    });
    expect(ok).toBe(true);
    expect(calls).toBe(4);
    expect(board.list()).toMatchObject([{ channel: "zalo", state: "connected", failures: 0, lastError: { kind: "unavailable" } }]);
    expect(board.failureTotals()).toEqual([{ channel: "zalo", kind: "unavailable", count: 3 }]);
    expect(log.lines.filter((l) => l.startsWith("warn"))).toHaveLength(1);
    expect(log.lines.filter((l) => l.includes("is back"))).toHaveLength(1);
  });

  it("stops retrying when aborted, and leaves the channel retrying", async () => {
    const board = new ChannelStatusBoard(memoryLog());
    const abort = new AbortController();
    const running = keepConnecting({
      channel: "telegram",
      board,
      signal: abort.signal,
      delayMs: () => 60_000,
      describe: () => ({ kind: "unavailable", detail: "telegram network: ECONNREFUSED" }),
      attempt: async () => {
        throw new Error("refused");
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    abort.abort();
    expect(await running).toBe(false);
    const [status] = board.list();
    expect(status?.state).toBe("retrying");
    expect(status?.retryingSince).toBeInstanceOf(Date);
    expect(board.allConnected()).toBe(false);
  });

  it("reports a misconfigured channel once, as an error", () => {
    const log = memoryLog();
    const board = new ChannelStatusBoard(log);
    board.misconfigured("zalo", "no refresh token stored");
    board.misconfigured("zalo", "no refresh token stored");
    expect(board.list()[0]).toMatchObject({ state: "misconfigured", lastError: { kind: "misconfigured", detail: "no refresh token stored" } });
    expect(log.lines.filter((l) => l.startsWith("error"))).toHaveLength(1);
  });
});
