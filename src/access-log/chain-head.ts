/** The last record of the chain: its number and its row's hash (and time, when known). */
export interface Head {
  seq: number;
  hash: string;
  at?: Date;
}

/**
 * The head of the chain as this process last wrote it, and how far this process's clock is from
 * the database's: the hub hashes its next runs after that head, at that time (hashed-append.ts).
 * Only a guess — the database checks it — so a stale head (another process appended since) costs a
 * second statement, never a broken chain.
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
   * The time of the next rows: this process's clock set by the database's, never before the rows
   * this process wrote last, in whole milliseconds as the canonical form holds them.
   */
  nextTime(): Date {
    return new Date(Math.max(Math.floor(this.clock() + this.clockOffsetMs), this.head?.at?.getTime() ?? 0));
  }

  /** This process appended: `head` is the new head. */
  advance(head: Head): void {
    this.head = head;
  }

  /** The database's clock, as an append read it. */
  clockFrom(databaseNow: Date): void {
    this.clockOffsetMs = databaseNow.getTime() - this.clock();
  }

  /** The head is not known: another process appended, or an append failed (whose commit may or may not have happened). */
  forget(): void {
    this.head = undefined;
  }
}
