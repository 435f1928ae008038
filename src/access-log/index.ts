/**
 * # The access log
 *
 * One entry per request × data subject × category × holder × decision (IHE BALP / FHIR AuditEvent
 * shape), hash-chained, with signed checkpoints; written in one batch per request before the
 * response leaves, and the response withheld if the write fails (DESIGN.md §4).
 *
 * ## Reads are logged for you
 * Every decision the request's `AccessDecider` took (`scope.access.decisions()`) becomes an entry
 * with action `READ`: allowed ones with their basis, basis record id and citation, denied ones with
 * the reasons. Nothing to call.
 *
 * ## Mutations: `recordEvent(scope, event)`
 * A mutation that changes a consent, a support-meeting case, an emergency or the policy records
 * what it did; the entry joins the request's batch and is written with it:
 *
 * ```ts
 * recordEvent(scope, {
 *   action: 'CONSENT_WITHDRAWN',          // upper snake case; anything but READ
 *   subject: consent.residentNumber,      // the resident concerned (omit for policy changes)
 *   basis: LegalBasis.CONSENT,
 *   basisRecordId: consent.id,            // the consent / meeting case / emergency
 *   note: { en: 'Withdrawn at the counter', ja: '窓口で撤回' },
 * });
 * ```
 *
 * Optional fields: `category`, `holder`, `fields`, `citation` (Bilingual), `purpose` (defaults to
 * the request's declared purpose), `decision` (`DENIED` to log a refused attempt; default
 * `ALLOWED`), `withheldFromSubject`. The actor, organisation, role, request id, operation name and
 * time are filled in. Suggested actions: CONSENT_RECORDED, CONSENT_RENEWED, CONSENT_WITHDRAWN,
 * MEETING_REGISTERED, MEETING_MEMBER_ADDED, MEETING_CASE_TABLED, MEETING_CASE_CLOSED,
 * EMERGENCY_DECLARED, EMERGENCY_ENDED, POLICY_CHANGED.
 *
 * Emergency entries (basis `LIFE_BODY_PROPERTY`) are grouped by `basisRecordId` into the privacy
 * officer's review queue, so declare and use an emergency under the same id.
 *
 * The batch is written after the mutation's own transaction has committed. If the log write then
 * fails the client gets ACCESS_LOG_UNAVAILABLE (no data) but the change stands. Where the change
 * must not happen unlogged, call `await writeEventNow(scope, event)` before committing: it writes
 * at once and throws ACCESS_LOG_UNAVAILABLE if it cannot.
 *
 * ## Withholding from the resident's disclosure report
 * `withholdFromSubject(scope)` marks every entry of the request as not to be shown in the
 * resident's disclosure report (cf. 番号法 §23(2) 不開示情報, e.g. an abuse investigation).
 * Auditors still see them. Entries cannot be marked afterwards: the log is append-only.
 */
import type { RequestScope } from '../server/request-scope';
import { auditTrailOf, type LogEvent } from './audit-trail';
import { accessLogUnavailable } from './log-errors';

export type { LogEvent } from './audit-trail';
export { AccessDecision } from './entry';

export function recordEvent(scope: RequestScope, event: LogEvent): void {
  auditTrailOf(scope).record(event);
}

export async function writeEventNow(scope: RequestScope, event: LogEvent): Promise<void> {
  try {
    await auditTrailOf(scope).writeNow(event);
  } catch (error) {
    console.error(`access log: write failed: ${(error as Error).message}`);
    throw accessLogUnavailable();
  }
}

export function withholdFromSubject(scope: RequestScope): void {
  auditTrailOf(scope).withholdFromSubject();
}
