export enum MatchStatus {
  /** Matched without a staff member: at or above the threshold, and the best candidate clearly ahead. */
  AUTO_MATCHED = 'AUTO_MATCHED',
  /** Below the threshold, ambiguous, or no candidate: waits for a staff member. */
  PENDING_REVIEW = 'PENDING_REVIEW',
  /** A staff member linked the record to a resident. */
  CONFIRMED = 'CONFIRMED',
  /** A staff member found that none of the candidates is the person described. */
  REJECTED = 'REJECTED',
  /** A match (automatic or confirmed) was found wrong and reversed; the record links to nobody. */
  UNDONE = 'UNDONE',
}

/** Statuses in which the source record is linked to a resident. */
export const LINKED_STATUSES: readonly MatchStatus[] = [MatchStatus.AUTO_MATCHED, MatchStatus.CONFIRMED];
/** Statuses of the one live match a source record may have at a time. */
export const OPEN_STATUSES: readonly MatchStatus[] = [MatchStatus.AUTO_MATCHED, MatchStatus.PENDING_REVIEW, MatchStatus.CONFIRMED];

export enum MatchEventKind {
  AUTO_MATCHED = 'AUTO_MATCHED',
  QUEUED_FOR_REVIEW = 'QUEUED_FOR_REVIEW',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  UNDONE = 'UNDONE',
}
