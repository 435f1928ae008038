import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findCandidates } from './candidates';
import { decide, rank } from './decide';
import { normalisePerson, type DescribedPerson } from './described-person';
import { LinkageMatch, LinkageMatchEvent } from './entities';
import { MatchEventKind, MatchStatus, OPEN_STATUSES } from './enums';
import { LinkageInputError } from './errors';
import { linkageOptions, type LinkageOptions } from './options';
import { scoreCandidate } from './score';

export interface MatchRequest {
  /** What the record is and who holds it, e.g. 'utility.electricity/customer'. */
  sourceKind: string;
  /** The record's id in its source system. */
  sourceId: string;
  person: DescribedPerson;
}

export const SYSTEM = 'system';

/** Residents this source record must not be matched to without a person: undone matches, rejected candidates. */
async function refusedFor(em: EntityManager, sourceKind: string, sourceId: string): Promise<Set<string>> {
  const closed = await em.find(LinkageMatch, { sourceKind, sourceId, status: { $in: [MatchStatus.UNDONE, MatchStatus.REJECTED] } });
  const refused = new Set<string>();
  for (const match of closed) {
    if (match.status === MatchStatus.UNDONE && match.residentNumber) refused.add(match.residentNumber);
    if (match.status === MatchStatus.REJECTED) match.candidates.forEach((candidate) => refused.add(candidate.residentNumber));
  }
  return refused;
}

async function propose(em: EntityManager, request: MatchRequest, options: LinkageOptions): Promise<LinkageMatch> {
  const described = normalisePerson(request.person, options.cities);
  return em.transactional(async (tx) => {
    const open = await tx.findOne(LinkageMatch, { sourceKind: request.sourceKind, sourceId: request.sourceId, status: { $in: [...OPEN_STATUSES] } });
    if (open) return open;
    const refused = await refusedFor(tx, request.sourceKind, request.sourceId);
    const candidates = await findCandidates(tx, described, options.blockLimit);
    const ranked = rank(candidates.map((candidate) => scoreCandidate(described, candidate, options.cities)));
    const decision = decide(ranked, options, refused);
    const matched = decision.status === MatchStatus.AUTO_MATCHED ? decision.best! : null;
    const now = new Date();
    const match = tx.create(LinkageMatch, {
      sourceKind: request.sourceKind,
      sourceId: request.sourceId,
      described,
      candidates: ranked.filter((candidate) => candidate.score >= options.reviewFloor).slice(0, options.maxCandidates),
      residentNumber: matched?.residentNumber ?? null,
      score: matched?.score ?? null,
      status: decision.status,
      threshold: options.autoMatchThreshold,
      proposedAt: now,
      decidedBy: matched ? SYSTEM : null,
      decidedAt: matched ? now : null,
    });
    tx.create(LinkageMatchEvent, {
      matchId: match.id,
      kind: matched ? MatchEventKind.AUTO_MATCHED : MatchEventKind.QUEUED_FOR_REVIEW,
      at: now,
      by: SYSTEM,
      residentNumber: matched?.residentNumber ?? null,
      score: matched?.score ?? decision.best?.score ?? null,
      note: decision.reason,
    });
    return match;
  });
}

/**
 * Looks for the resident an outside record describes and records the outcome: AUTO_MATCHED when the
 * best candidate reaches the threshold and is clearly ahead of the next, otherwise PENDING_REVIEW with
 * the candidates for a staff member. A record that already has an open match gets that match back,
 * unchanged (to re-match it, reject or undo the open one first).
 */
export async function proposeMatch(em: EntityManager, request: MatchRequest, overrides: Partial<LinkageOptions> = {}): Promise<LinkageMatch> {
  if (!request.sourceKind?.trim() || !request.sourceId?.trim()) {
    throw new LinkageInputError({ en: 'A match needs the source kind and the source record id.', ja: '照合には提供元の種別とレコードIDが必要です。' });
  }
  const options = linkageOptions(overrides);
  try {
    return await propose(em, request, options);
  } catch (error) {
    // Another proposal for the same record committed first: its match is the open one.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const open = await em.fork().findOne(LinkageMatch, { sourceKind: request.sourceKind, sourceId: request.sourceId, status: { $in: [...OPEN_STATUSES] } });
    if (!open) throw error;
    return open;
  }
}
