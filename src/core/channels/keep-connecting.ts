/**
 * Retrying a channel's platform calls until they work: a server rebooted before its network is up must start
 * answering as soon as the platform can be reached, not run deaf. Each failure is reported to the
 * {@link ChannelStatusBoard}; success marks the channel connected.
 */
import type { ChannelStatusBoard } from "./channel-status.js";

/** Longest wait between two attempts: an outage is noticed to be over within this much time. */
export const MAX_RECONNECT_DELAY_MS = 30_000;

/**
 * Wait before the next attempt after `failures` failed ones (1-based): 1 s, 2 s, 4 s … up to
 * {@link MAX_RECONNECT_DELAY_MS}, each ±20 % so replicas restarted together do not retry in step.
 */
export function reconnectDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(1_000 * 2 ** Math.max(0, failures - 1), MAX_RECONNECT_DELAY_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

export interface KeepConnectingOptions {
  channel: string;
  board: ChannelStatusBoard;
  /** One attempt (e.g. register the webhook); throws when the platform cannot be reached or refuses. */
  attempt: () => Promise<void>;
  /** The failure as an error kind and a short detail, never holding a token or a message. */
  describe: (error: unknown) => { kind: string; detail: string };
  /** Stops retrying (shutdown). */
  signal: AbortSignal;
  delayMs?: (failures: number) => number;
}

/**
 * Runs `attempt` until it succeeds, waiting longer after each failure.
 *
 * @returns true once an attempt succeeded (the channel is marked connected), false when aborted first.
 */
export async function keepConnecting(opts: KeepConnectingOptions): Promise<boolean> {
  const delay = opts.delayMs ?? reconnectDelayMs;
  let failures = 0;
  while (!opts.signal.aborted) {
    try {
      await opts.attempt();
      if (opts.signal.aborted) return false;
      opts.board.connected(opts.channel);
      return true;
    } catch (error) {
      if (opts.signal.aborted) return false;
      failures++;
      const { kind, detail } = opts.describe(error);
      opts.board.failed(opts.channel, kind, detail);
      await pause(delay(failures), opts.signal);
    }
  }
  return false;
}
