/**
 * Record linkage (名寄せ): matching records that carry no resident number — a utility's report of a
 * customer at risk, a referral — to the resident register, by name, kana, date of birth and address.
 *
 * Every function takes an EntityManager of the core domain (`databases.em('core')`): the register and
 * the `linkage` schema live there.
 *
 *   const match = await proposeMatch(em, { sourceKind: 'utility.electricity/customer', sourceId: 'E0000000123',
 *     person: { name: '高橋 正雄', nameKana: 'ﾀｶﾊｼ ﾏｻｵ', dateOfBirth: '昭和33年2月14日', address: '港町5-3-3-204' } });
 *   match.status   // AUTO_MATCHED (score ≥ threshold, clearly ahead of the next candidate) or PENDING_REVIEW
 *   await confirmMatch(em, match.id, '1000000001', 'caseworker');   // a staff member decides a pending match
 *   await rejectMatch(em, match.id, 'caseworker', 'none of them');  // … or finds no candidate is the person
 *   await undoMatch(em, match.id, 'caseworker', 'wrong person');    // a wrong match, reversed, with a trace
 *   await matchesFor(em, 'utility.electricity/customer', 'E0000000123'); await matchEvents(em, match.id);
 *
 * Matching reveals nothing to the reporter. Whoever sends the record (an electricity company, say)
 * learns nothing about the register from sending it, so a caller that answers a reporting party:
 *   - answers with reporterReceipt(request) — the same receipt whether the person was matched
 *     automatically, waits for review, or is unknown to the city — and never with the Match: no
 *     status, resident number, candidate, score or agreement leaves the municipality;
 *   - does not let the answer wait on the match, or differ in shape or error: propose the match
 *     after the report is stored (or give every outcome the same response path), and report input
 *     errors of the description itself (an unreadable date) the same way whatever the register holds;
 *   - shows candidates and scores only to municipal staff who review matches, and logs those views
 *     as accesses to the residents' identity data.
 */
export { proposeMatch, type MatchRequest } from './propose';
export { confirmMatch, rejectMatch, undoMatch, matchesFor, matchEvents, linkedResident } from './decisions';
export { reporterReceipt, type ReporterReceipt } from './receipt';
export { LinkageMatch, LinkageMatchEvent } from './entities';
export { MatchStatus, MatchEventKind } from './enums';
export { LinkageInputError, MatchStateError } from './errors';
export { DEFAULT_LINKAGE_OPTIONS, type LinkageOptions } from './options';
export type { DescribedPerson, NormalisedPerson } from './described-person';
export type { CandidateScore, AttributeAgreement } from './score';
