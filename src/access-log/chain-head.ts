/** The last record of the chain: its number and its row's hash (and time, when known). */
export interface Head {
  seq: number;
  hash: string;
  at?: Date;
}

/** What audit.append_hashed_runs answers when it stores nothing: the head as it is, and its clock. */
export interface HeadAnswer {
  head_seq: string;
  head_hash: string;
  head_at: Date | null;
  database_now: Date;
}

/**
 * The head of the chain as this process last wrote it, and how far this process's clock is from
 * the database's: the hub hashes its next runs after that head, at that time (hashed-append.ts).
 * Only a guess — the database checks it under the chain lock — so a stale head (another process
 * appended since) costs another try, never a broken chain.
 */
export class ChainHead {
  private head?: Head;
  private clockOffsetMs = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  /** The head to hash after; none until this process has appended or been told. */
  get current(): Head | undefined {
    return this.head;
  }

  /**
   * The time of the next rows: this process's clock set by the database's, never before the head's
   * (the chain's times do not go back), in whole milliseconds as the canonical form holds them.
   */
  nextTime(): Date {
    return new Date(Math.max(Math.floor(this.clock() + this.clockOffsetMs), this.head?.at?.getTime() ?? 0));
  }

  /** This process appended: `head` is the new head. */
  advance(head: Head): void {
    this.head = head;
  }

  /** The database refused a guess: the head and the clock as they are. */
  told(answer: HeadAnswer): void {
    this.head = { seq: Number(answer.head_seq), hash: answer.head_hash, at: answer.head_at ?? undefined };
    this.clockOffsetMs = answer.database_now.getTime() - this.clock();
  }

  /** After a failed append, whose commit may or may not have happened. */
  forget(): void {
    this.head = undefined;
  }
}
