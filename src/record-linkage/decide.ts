import { MatchStatus } from './enums';
import type { LinkageOptions } from './options';
import type { CandidateScore } from './score';

export type DecisionReason =
  /** Best candidate at or above the threshold and clearly ahead of the next. */
  | 'UNAMBIGUOUS'
  | 'NO_CANDIDATE'
  | 'BELOW_THRESHOLD'
  /** Another candidate scores within the ambiguity margin of the best (twins, namesakes born the same day). */
  | 'AMBIGUOUS'
  /** The best candidate was matched to this record before and undone, or rejected for it: a person decides. */
  | 'PREVIOUSLY_REFUSED';

export interface Decision {
  status: MatchStatus.AUTO_MATCHED | MatchStatus.PENDING_REVIEW;
  reason: DecisionReason;
  best: CandidateScore | null;
}

/** Best first; equal scores in resident-number order, so the same input always ranks the same. */
export function rank(scores: CandidateScore[]): CandidateScore[] {
  return [...scores].sort((a, b) => b.score - a.score || a.residentNumber.localeCompare(b.residentNumber));
}

/** Whether the ranked candidates allow an automatic match, and why not when they do not. */
export function decide(ranked: CandidateScore[], options: LinkageOptions, refused: ReadonlySet<string> = new Set()): Decision {
  const [best, second] = ranked;
  const pending = (reason: DecisionReason): Decision => ({ status: MatchStatus.PENDING_REVIEW, reason, best: best ?? null });
  if (!best) return pending('NO_CANDIDATE');
  if (best.score < options.autoMatchThreshold) return pending('BELOW_THRESHOLD');
  // Scores have two decimals: compare in hundredths, so 1.0 − 0.8 is exactly the margin 0.2.
  if (second && Math.round((best.score - second.score) * 100) <= Math.round(options.ambiguityMargin * 100)) return pending('AMBIGUOUS');
  if (refused.has(best.residentNumber)) return pending('PREVIOUSLY_REFUSED');
  return { status: MatchStatus.AUTO_MATCHED, reason: 'UNAMBIGUOUS', best };
}
