/**
 * Outbound pacing for Telegram, in process: at most one message per second per private chat (one per three seconds
 * per group, which Telegram limits to 20 a minute) and a global rate across chats. Each send reserves the earliest
 * slot both limits allow, so bursts queue instead of provoking 429s; a 429's retry_after pauses that chat. Global
 * slots are a grid of 1/rate seconds, so a chat waiting for its own second never holds back other chats.
 */
export interface RateSchedulerOptions {
  globalPerSec: number;
  /** Gap between two messages to one chat (default 1,000 ms; groups get 3×). */
  perChatGapMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class RateScheduler {
  private readonly chatNext = new Map<string, number>();
  /** Indices of reserved global slots (slot k starts at k × globalGapMs). */
  private readonly usedSlots = new Set<number>();
  private readonly globalGapMs: number;
  private readonly chatGapMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(opts: RateSchedulerOptions) {
    if (!(opts.globalPerSec > 0)) throw new RangeError("globalPerSec must be positive");
    this.globalGapMs = 1000 / opts.globalPerSec;
    this.chatGapMs = opts.perChatGapMs ?? 1000;
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Waits for this chat's next slot, and reserves it. */
  async acquire(chatId: string): Promise<void> {
    const wait = this.reserve(chatId);
    if (wait > 0) await this.sleep(wait);
  }

  /**
   * Reserves the next slot for a chat without waiting.
   *
   * @returns milliseconds until the slot.
   */
  reserve(chatId: string): number {
    const now = this.now();
    const wanted = Math.max(now, this.chatNext.get(chatId) ?? 0);
    let slot = Math.ceil(wanted / this.globalGapMs);
    while (this.usedSlots.has(slot)) slot++;
    this.usedSlots.add(slot);
    const at = Math.max(wanted, slot * this.globalGapMs);
    const gap = chatId.startsWith("-") ? this.chatGapMs * 3 : this.chatGapMs;
    this.chatNext.set(chatId, at + gap);
    if (this.chatNext.size > 10_000 || this.usedSlots.size > 10_000) this.prune(now);
    return at - now;
  }

  /** Telegram said 429: nothing more goes to this chat for `seconds`. */
  pause(chatId: string, seconds: number): void {
    const until = this.now() + seconds * 1000;
    this.chatNext.set(chatId, Math.max(this.chatNext.get(chatId) ?? 0, until));
  }

  private prune(now: number): void {
    for (const [chat, next] of this.chatNext) if (next <= now) this.chatNext.delete(chat);
    const past = Math.floor(now / this.globalGapMs);
    for (const slot of this.usedSlots) if (slot < past) this.usedSlots.delete(slot);
  }
}
