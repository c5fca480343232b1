/** Promises that resolve when a backlog drops below a limit (0 = empty). */
export class BacklogWaiters {
  private waiters: { limit: number; resolve: () => void }[] = [];

  /** Resolves once `length()` is below `limit`; at once when it already is. */
  below(limit: number, length: number): Promise<void> {
    if (length < limit) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ limit, resolve }));
  }

  /** Releases every waiter whose limit the backlog is now below. */
  update(length: number): void {
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => length < w.limit);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((w) => length >= w.limit);
    for (const w of ready) w.resolve();
  }
}
