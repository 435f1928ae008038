import type { Bilingual } from '../errors';

/** Why one row of an extract was refused. A file with any rejection is written not at all. */
export interface Rejection {
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
  /** The header of the column at fault; null when the fault is the row as a whole. */
  column: string | null;
  /** The cell as read (after decoding); null when the fault is not one cell. */
  value: string | null;
  reason: Bilingual;
}

/**
 * A fault that stops the whole file before any row is judged: unreadable bytes, broken CSV, a missing
 * header. `line` and `column` (1-based) say where, when known.
 */
export class ImportFileError extends Error {
  readonly messageJa: string;

  constructor(
    message: Bilingual,
    readonly line: number | null = null,
    readonly column: number | null = null,
  ) {
    super(message.en);
    this.name = 'ImportFileError';
    this.messageJa = message.ja;
  }
}
