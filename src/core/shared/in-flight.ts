/**
 * Work that continues after an HTTP response was sent (a webhook is acknowledged first, then handled). Shutdown
 * waits for it, so SIGTERM never drops a message that was already acknowledged to the platform.
 */
export class InFlightWork {
  private readonly pending = new Set<Promise<unknown>>();

  /** Registers work; the returned promise settles like the given one. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => this.pending.delete(work);
    work.then(forget, forget);
    return work;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves when all tracked work has settled, or after `timeoutMs`; returns how many were still running. */
  async drain(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    while (this.pending.size > 0) {
      const outcome = await Promise.race([Promise.allSettled([...this.pending]), timeout]);
      if (outcome === "timeout") break;
    }
    clearTimeout(timer);
    return this.pending.size;
  }
}
