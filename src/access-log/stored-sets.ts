/**
 * The decision sets this process has seen committed (decision-set.ts). Sets are content-addressed
 * and never deleted, so one stored once is still there; the append sends such a set by id alone
 * (migration audit/20261208010000). Should the database have lost it after all — restored from a
 * backup taken before — the append fails with UNKNOWN_SET_STATE, the hub forgets what it knew and
 * sends the sets whole. Bounded: past `limit` ids it starts over.
 */
export class StoredSets {
  private readonly ids = new Set<string>();

  constructor(private readonly limit = 10_000) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The sets of a committed append. */
  add(ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.ids.size >= this.limit) this.ids.clear();
      this.ids.add(id);
    }
  }

  forget(): void {
    this.ids.clear();
  }
}

/** The SQLSTATE with which the append functions refuse a set named by id that is not stored. */
export const UNKNOWN_SET_STATE = 'TS001';
