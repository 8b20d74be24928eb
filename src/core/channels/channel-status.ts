/**
 * Whether each messaging channel can currently reach its platform. A channel that cannot register, poll or get a
 * token keeps retrying (./keep-connecting.ts) and says so here; /readyz/channels and /metrics read it, and the log
 * says once when a channel goes down and once when it is back, instead of a line per failed attempt.
 */

/**
 * `starting`: not tried yet; `connected`: the platform answered the last time it was asked; `retrying`: it did not,
 * and the channel tries again with back-off; `misconfigured`: it cannot work until an operator changes the
 * configuration (nothing retries).
 */
export type ChannelState = "starting" | "connected" | "retrying" | "misconfigured";

/** A channel's state as shown to operators. Never holds a token or a message. */
export interface ChannelStatus {
  channel: string;
  state: ChannelState;
  /** When the channel entered this state. */
  since: Date;
  /** When the current outage began (set while retrying or misconfigured). */
  retryingSince?: Date;
  /** The last failure: a ChannelErrorKind (or "misconfigured") and a short detail such as "telegram 502". */
  lastError?: { kind: string; detail: string; at: Date };
  /** Failed attempts in the current outage. */
  failures: number;
}

/** The log calls the board makes (pino's Logger fits). */
export interface ChannelStatusLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Every channel's state in one process. */
export class ChannelStatusBoard {
  private readonly statuses = new Map<string, ChannelStatus>();
  private readonly failureCounts = new Map<string, number>();

  constructor(
    private readonly log: ChannelStatusLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Adds a channel in state `starting`. */
  register(channel: string): void {
    if (!this.statuses.has(channel)) this.statuses.set(channel, { channel, state: "starting", since: this.clock(), failures: 0 });
  }

  /** The platform answered: the channel works. Logs once when it comes back from an outage. */
  connected(channel: string): void {
    const previous = this.get(channel);
    if (previous.state === "connected") return;
    const now = this.clock();
    this.statuses.set(channel, { channel, state: "connected", since: now, failures: 0, ...(previous.lastError ? { lastError: previous.lastError } : {}) });
    if (previous.retryingSince) {
      const downSec = Math.round((now.getTime() - previous.retryingSince.getTime()) / 1000);
      this.log.info({ channel, downSec, failures: previous.failures }, `${channel} channel is back: the platform answers again`);
    } else {
      this.log.info({ channel }, `${channel} channel connected`);
    }
  }

  /**
   * An attempt failed and will be retried. Logs once per outage, when the channel goes down.
   *
   * @param kind - a ChannelErrorKind.
   * @param detail - a short description without secrets (e.g. "telegram network: ECONNREFUSED").
   */
  failed(channel: string, kind: string, detail: string): void {
    const previous = this.get(channel);
    const now = this.clock();
    this.failureCounts.set(`${channel}\u0000${kind}`, (this.failureCounts.get(`${channel}\u0000${kind}`) ?? 0) + 1);
    const wasDown = previous.state === "retrying";
    this.statuses.set(channel, {
      channel,
      state: "retrying",
      since: wasDown ? previous.since : now,
      retryingSince: previous.retryingSince ?? now,
      lastError: { kind, detail, at: now },
      failures: previous.failures + 1,
    });
    if (!wasDown) this.log.warn({ channel, error: kind, detail }, `${channel} channel is down: cannot reach the platform; retrying with back-off until it answers`);
  }

  /** The channel cannot work as configured; nothing retries. Logged as an error, once. */
  misconfigured(channel: string, detail: string): void {
    const previous = this.get(channel);
    if (previous.state === "misconfigured") return;
    const now = this.clock();
    this.statuses.set(channel, { channel, state: "misconfigured", since: now, retryingSince: now, lastError: { kind: "misconfigured", detail, at: now }, failures: previous.failures });
    this.log.error({ channel, detail }, `${channel} channel cannot start: ${detail}`);
  }

  /** Every registered channel, in registration order (copies). */
  list(): ChannelStatus[] {
    return [...this.statuses.values()].map((s) => ({ ...s }));
  }

  /** Failed attempts since start, by channel and error kind (for a Prometheus counter). */
  failureTotals(): Array<{ channel: string; kind: string; count: number }> {
    return [...this.failureCounts].map(([key, count]) => {
      const [channel = "", kind = ""] = key.split("\u0000");
      return { channel, kind, count };
    });
  }

  /** True when every registered channel is connected (no channel at all counts as true). */
  allConnected(): boolean {
    return [...this.statuses.values()].every((s) => s.state === "connected");
  }

  private get(channel: string): ChannelStatus {
    this.register(channel);
    return this.statuses.get(channel) as ChannelStatus;
  }
}
