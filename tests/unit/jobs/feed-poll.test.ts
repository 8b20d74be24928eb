/**
 * The scheduler's feed polling at shutdown: stop waits for the poll in progress, then closes the HTTP client's
 * connection pool (left open, its sockets would keep a stopping process alive).
 */
import { describe, expect, it } from "vitest";
import { startFeedPoll } from "../../../src/jobs/feed-poll.js";

const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe("feed polling", () => {
  it("closes the fetcher at stop, only after the poll in progress ended", async () => {
    const events: string[] = [];
    let finishPoll: () => void = () => undefined;
    const poller = {
      pollDue: () =>
        new Promise<[]>((resolve) => {
          events.push("poll started");
          finishPoll = () => (events.push("poll ended"), resolve([]));
        }),
    };
    const fetcher = { close: async () => void events.push("fetcher closed") };
    const poll = startFeedPoll({ poller, logger, fetcher, intervalMs: 60_000 });
    const stopped = poll.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(events).toEqual(["poll started"]);
    finishPoll();
    await stopped;
    expect(events).toEqual(["poll started", "poll ended", "fetcher closed"]);
  });
});
