export interface LinkageOptions {
  /** A match at or above this score, and unambiguous, is made without a staff member (AUTO_MATCHED). */
  autoMatchThreshold: number;
  /** The best candidate must lead the second by more than this, or the match waits for review. */
  ambiguityMargin: number;
  /** Candidates scoring below this are not kept on the match for review. */
  reviewFloor: number;
  /** How many candidates a pending match keeps for the reviewer, best first. */
  maxCandidates: number;
  /** Rows each blocking query may return (a date of birth shared by more residents is cut here). */
  blockLimit: number;
  /**
   * City names left out of addresses before comparison (the prefecture goes by its form).
   * The default is the demo municipality's; a deployment sets its own.
   */
  cities: readonly string[];
}

export const DEFAULT_LINKAGE_OPTIONS: Readonly<LinkageOptions> = {
  autoMatchThreshold: 0.85,
  ambiguityMargin: 0.2,
  reviewFloor: 0.3,
  maxCandidates: 5,
  blockLimit: 200,
  cities: ['つなぐ市'],
};

export function linkageOptions(overrides: Partial<LinkageOptions> = {}): LinkageOptions {
  const options = { ...DEFAULT_LINKAGE_OPTIONS, ...overrides };
  if (!(options.autoMatchThreshold > 0 && options.autoMatchThreshold <= 1)) throw new RangeError('autoMatchThreshold must be in (0, 1]');
  if (!(options.ambiguityMargin >= 0 && options.ambiguityMargin < 1)) throw new RangeError('ambiguityMargin must be in [0, 1)');
  return options;
}
