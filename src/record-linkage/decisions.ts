import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Staff } from '../organisation/entities';
import { Resident } from '../resident/entities';
import { LinkageMatch, LinkageMatchEvent } from './entities';
import { LINKED_STATUSES, MatchEventKind, MatchStatus } from './enums';
import { LinkageInputError, MatchStateError } from './errors';

async function activeStaff(em: EntityManager, staffCode: string): Promise<void> {
  const staff = staffCode ? await em.findOne(Staff, { code: staffCode }) : null;
  if (!staff?.active) {
    throw new LinkageInputError({ en: `No active staff member "${staffCode}".`, ja: `職員「${staffCode}」は登録されていないか無効です。` });
  }
}

function required(text: string, what: { en: string; ja: string }): string {
  if (!text?.trim()) throw new LinkageInputError({ en: `${what.en} is required.`, ja: `${what.ja}を記入してください。` });
  return text.trim();
}

/** Loads the match for a decision, locked until the decision commits, so two reviewers cannot both decide. */
async function lockedMatch(em: EntityManager, matchId: string): Promise<LinkageMatch> {
  const match = /^[0-9a-f-]{36}$/i.test(matchId) ? await em.findOne(LinkageMatch, { id: matchId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!match) throw new LinkageInputError({ en: `No match ${matchId}.`, ja: `照合 ${matchId} はありません。` });
  return match;
}

function refuse(match: LinkageMatch, action: { en: string; ja: string }): never {
  throw new MatchStateError({
    en: `A match in status ${match.status} cannot be ${action.en}.`,
    ja: `状態が ${match.status} の照合は${action.ja}できません。`,
  });
}

async function decideMatch(
  em: EntityManager,
  matchId: string,
  staffCode: string,
  apply: (match: LinkageMatch, tx: EntityManager) => Promise<{ kind: MatchEventKind; note?: string | null }>,
): Promise<LinkageMatch> {
  return em.transactional(async (tx) => {
    await activeStaff(tx, staffCode);
    const match = await lockedMatch(tx, matchId);
    const { kind, note } = await apply(match, tx);
    const at = new Date();
    match.decidedBy = staffCode;
    match.decidedAt = at;
    tx.create(LinkageMatchEvent, { matchId: match.id, kind, at, by: staffCode, residentNumber: match.residentNumber ?? null, score: match.score ?? null, note: note ?? null });
    return match;
  });
}

/**
 * A staff member links the record to a resident: one of the candidates of a pending match, or anyone
 * they found in the register; or they confirm an automatic match (to the same resident; a different
 * one means the automatic match was wrong: undo it, then propose again).
 */
export async function confirmMatch(em: EntityManager, matchId: string, residentNumber: string, staffCode: string): Promise<LinkageMatch> {
  return decideMatch(em, matchId, staffCode, async (match, tx) => {
    if (match.status === MatchStatus.AUTO_MATCHED && match.residentNumber !== residentNumber) {
      throw new MatchStateError({
        en: 'This match was made automatically to another resident: undo it before linking the record to someone else.',
        ja: 'この照合は別の住民に自動で結び付けられています。別の住民に結び付けるには、先に取り消してください。',
      });
    }
    if (match.status !== MatchStatus.PENDING_REVIEW && match.status !== MatchStatus.AUTO_MATCHED) refuse(match, { en: 'confirmed', ja: '確定' });
    if (!(await tx.count(Resident, { residentNumber }))) {
      throw new LinkageInputError({ en: `No resident ${residentNumber}.`, ja: `宛名番号 ${residentNumber} の住民はいません。` });
    }
    match.residentNumber = residentNumber;
    match.score = match.candidates.find((candidate) => candidate.residentNumber === residentNumber)?.score ?? null;
    match.status = MatchStatus.CONFIRMED;
    return { kind: MatchEventKind.CONFIRMED };
  });
}

/** A staff member finds that none of the candidates of a pending match is the person described. */
export async function rejectMatch(em: EntityManager, matchId: string, staffCode: string, note: string): Promise<LinkageMatch> {
  const text = required(note, { en: 'A note saying why', ja: '理由' });
  return decideMatch(em, matchId, staffCode, async (match) => {
    if (match.status !== MatchStatus.PENDING_REVIEW) refuse(match, { en: 'rejected', ja: '却下' });
    match.status = MatchStatus.REJECTED;
    return { kind: MatchEventKind.REJECTED, note: text };
  });
}

/**
 * Reverses a match found wrong. The match keeps the resident it linked (the trace of what was
 * linked, by whom and when stays in its events); the record links to nobody until proposed again,
 * and a new proposal will not link it to the same resident without a staff member.
 */
export async function undoMatch(em: EntityManager, matchId: string, staffCode: string, reason: string): Promise<LinkageMatch> {
  const text = required(reason, { en: 'A reason', ja: '取消しの理由' });
  return decideMatch(em, matchId, staffCode, async (match) => {
    if (!LINKED_STATUSES.includes(match.status)) refuse(match, { en: 'undone', ja: '取消し' });
    match.status = MatchStatus.UNDONE;
    return { kind: MatchEventKind.UNDONE, note: text };
  });
}

/** Every match of one source record, oldest first: the last is the current one. */
export async function matchesFor(em: EntityManager, sourceKind: string, sourceId: string): Promise<LinkageMatch[]> {
  return em.find(LinkageMatch, { sourceKind, sourceId }, { orderBy: { proposedAt: 'asc', id: 'asc' } });
}

/** The history of one match, oldest first. */
export async function matchEvents(em: EntityManager, matchId: string): Promise<LinkageMatchEvent[]> {
  return em.find(LinkageMatchEvent, { matchId }, { orderBy: { id: 'asc' } });
}

/** The resident a source record is linked to now (auto-matched or confirmed), or null. */
export async function linkedResident(em: EntityManager, sourceKind: string, sourceId: string): Promise<string | null> {
  const match = await em.findOne(LinkageMatch, { sourceKind, sourceId, status: { $in: [...LINKED_STATUSES] } });
  return match?.residentNumber ?? null;
}
