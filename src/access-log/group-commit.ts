import type { ChainRange } from './append';
import type { RecordDraft } from './entry';

/** Running totals since the process started, for the benchmark (bench/hub-process.ts). */
export interface GroupCommitFigures {
  requests: number;
  /** Summed over requests: from asking to append until the commit holding the records (or its failure). */
  waitedMs: number;
  flushes: number;
  /** Summed over appends (each one statement): their time in the database, lock wait included. */
  flushMs: number;
}

interface Waiting {
  drafts: RecordDraft[];
  resolve: (range: ChainRange) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the requests of one process that finish while an append is under way wait for it
 * to end, then go in together as the next append — one statement and one commit for all of them.
 * Each caller's promise settles only with the commit that holds its records (or fails with it, and
 * so its response is withheld: fail closed), and its records stay one unbroken run in the chain.
 * One append is in flight per process; processes sharing a log take turns on the chain lock.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];
  private flushing = false;
  readonly figures: GroupCommitFigures = { requests: 0, waitedMs: 0, flushes: 0, flushMs: 0 };

  constructor(private readonly write: (drafts: RecordDraft[]) => Promise<ChainRange>) {}

  /** Where the drafts went in the chain, once committed; null for none. */
  append(drafts: RecordDraft[]): Promise<ChainRange | null> {
    if (drafts.length === 0) return Promise.resolve(null);
    const asked = performance.now();
    const settled = new Promise<ChainRange>((resolve, reject) => this.waiting.push({ drafts, resolve, reject }));
    if (!this.flushing) void this.flush();
    const count = () => {
      this.figures.requests++;
      this.figures.waitedMs += performance.now() - asked;
    };
    settled.then(count, count);
    return settled;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting;
        this.waiting = [];
        const started = performance.now();
        try {
          const { first } = await this.write(group.flatMap((w) => w.drafts));
          this.figures.flushes++;
          this.figures.flushMs += performance.now() - started;
          let next = first;
          for (const waiting of group) {
            waiting.resolve({ first: next, last: next + waiting.drafts.length - 1 });
            next += waiting.drafts.length;
          }
        } catch (error) {
          for (const waiting of group) waiting.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
