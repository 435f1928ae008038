import type { Bilingual } from '../errors';

/** Bad input to the linkage API (nothing to match on, an unreadable date, an unknown resident). */
export class LinkageInputError extends Error {
  readonly messageJa: string;

  constructor(message: Bilingual) {
    super(message.en);
    this.name = 'LinkageInputError';
    this.messageJa = message.ja;
  }
}

/** A decision the match's current status does not allow (confirming an undone match, undoing a pending one). */
export class MatchStateError extends Error {
  readonly messageJa: string;

  constructor(message: Bilingual) {
    super(message.en);
    this.name = 'MatchStateError';
    this.messageJa = message.ja;
  }
}
