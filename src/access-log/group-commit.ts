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

/**
 * How long an append may wait for the requests in progress to join it, when the process is busy —
 * as PostgreSQL's commit_delay with commit_siblings. Fewer, larger appends cost the database and
 * the machine less per request; the wait ends as soon as every request in progress has joined.
 */
export interface JoinWindow {
  /** The longest wait, ms; 0 turns the window off. */
  ms: number;
  /** Wait only while at least this many requests are in progress in the process. */
  whenInProgress: number;
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
 * When no append is under way and the process is busy (`window`), the first request waits up to
 * the window for the others in progress before its append starts.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];
  private flushing = false;
  private holding?: NodeJS.Timeout;
  readonly figures: GroupCommitFigures = { requests: 0, waitedMs: 0, flushes: 0, flushMs: 0 };
  /** GraphQL requests in progress in this process (the HTTP server's count, set by the hub); none without one. */
  inProgress: () => number = () => 0;

  constructor(
    private readonly write: (drafts: RecordDraft[]) => Promise<ChainRange>,
    private readonly window: JoinWindow = { ms: 0, whenInProgress: 0 },
  ) {}

  /** Where the drafts went in the chain, once committed; null for none. */
  append(drafts: RecordDraft[]): Promise<ChainRange | null> {
    if (drafts.length === 0) return Promise.resolve(null);
    const asked = performance.now();
    const settled = new Promise<ChainRange>((resolve, reject) => this.waiting.push({ drafts, resolve, reject }));
    if (this.holding && this.waiting.length >= this.inProgress()) this.release();
    else if (!this.flushing) this.start();
    const count = () => {
      this.figures.requests++;
      this.figures.waitedMs += performance.now() - asked;
    };
    settled.then(count, count);
    return settled;
  }

  private start(): void {
    this.flushing = true;
    const inProgress = this.inProgress();
    if (this.window.ms > 0 && inProgress >= this.window.whenInProgress && this.waiting.length < inProgress) {
      this.holding = setTimeout(() => this.release(), this.window.ms);
    } else void this.flush();
  }

  private release(): void {
    clearTimeout(this.holding);
    this.holding = undefined;
    void this.flush();
  }

  private async flush(): Promise<void> {
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
