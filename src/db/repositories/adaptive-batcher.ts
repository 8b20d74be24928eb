/**
 * Runs submitted items through `run` one batch at a time: an item submitted while the store is idle goes at once
 * (no added latency), items submitted while a batch is in flight go together in the next one. Under load this turns
 * many round trips (each a costly syscall pair on small VMs) into one.
 */
export class AdaptiveBatcher<I, O> {
  private queue: Array<{ item: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  private inFlight = 0;

  /**
   * @param run - handles a batch; returns one output per item, in order.
   * @param maxInFlight - batches running at once (more: lower latency under load, smaller batches).
   * @param maxBatch - items per batch.
   */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxInFlight = 1,
    private readonly maxBatch = 200,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      this.run(batch.map((b) => b.item))
        .then(
          (out) => batch.forEach((b, i) => b.resolve(out[i] as O)),
          (err: unknown) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}
