/**
 * The subjects' GIN index (log format 4) takes a row's entries into its pending list, and whoever
 * overflows the list (gin_pending_list_limit, 4 MB by default) merges it into the index: an
 * insert, on a request's path — 259 ms against a median of 5 ms in bench/results/log-format-probe.md.
 * So the hub merges it itself, `delayMs` after an append, off every request's path
 * (audit.merge_pending_subjects, migration audit/20261210010000); a merge costs about 0.2 µs an
 * entry. The merge waits for no chain lock and blocks no append. A failure is only reported: the
 * list is then merged by autovacuum or the next insert to overflow it, as without this.
 */
export class PendingList {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  /** Whether an append came since the last merge started. */
  private appendedSince = false;

  constructor(
    private readonly merge: () => Promise<unknown>,
    private readonly delayMs = 1000,
  ) {}

  /** After an append: a merge within `delayMs`, unless one is already due. */
  appended(): void {
    this.appendedSince = true;
    this.timer ??= setTimeout(() => void this.mergeNow(), this.delayMs).unref();
  }

  /**
   * Merges what the appends since the last merge left pending. A merge already running is waited
   * for first: it may have started before the latest appends.
   */
  async mergeNow(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (this.appendedSince) {
      this.appendedSince = false;
      this.running = this.merge()
        .then(() => undefined)
        .catch((error: Error) => console.error(`access log: the subjects index's pending list was not merged: ${error.message}`))
        .finally(() => (this.running = undefined));
    }
    return this.running;
  }

  /** Stops the timer, and waits for a merge under way (closing). */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
