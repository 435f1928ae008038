import type { Checkpoint } from './checkpoint';

/**
 * The hub's checkpoints ride with its next append: those signed after an append's commit are
 * stored by the following append's own statement (hashed-append.ts, or audit.append_runs), so
 * that an append is one statement however many multiples of AUDIT_CHECKPOINT_EVERY its records
 * pass. When no append follows within `idleMs`, or the log closes, they are stored on their own. A
 * checkpoint only anchors what the chain already proves, so one that waits a moment weakens
 * nothing; if the append carrying it fails, it waits for the next.
 */
export class CarriedCheckpoints {
  private pending: Checkpoint[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: (checkpoints: Checkpoint[]) => Promise<void>,
    private readonly idleMs = 1000,
  ) {}

  /** The checkpoints waiting, handed to the append that will store them. */
  take(): Checkpoint[] {
    clearTimeout(this.timer);
    this.timer = undefined;
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** Checkpoints for the next append to store (or the idle timer). */
  carry(checkpoints: Checkpoint[]): void {
    if (checkpoints.length === 0) return;
    this.pending.push(...checkpoints);
    this.timer ??= setTimeout(() => void this.flush(), this.idleMs).unref();
  }

  /** Stores what is waiting now. */
  async flush(): Promise<void> {
    const taken = this.take();
    if (taken.length === 0) return;
    try {
      await this.store(taken);
    } catch (error) {
      console.error(`access log: checkpoints not stored yet, kept for the next append: ${(error as Error).message}`);
      this.carry(taken);
    }
  }
}
