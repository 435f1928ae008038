/**
 * # The access log
 *
 * One entry per request × data subject × category × holder × decision (IHE BALP / FHIR AuditEvent
 * shape), hash-chained, with signed checkpoints; written in one batch per request before the
 * response leaves, and the response withheld if the write fails (DESIGN.md §4). A request's
 * entries about one resident are one record (entry.ts `RecordDraft`: a header and its decisions),
 * numbered in the chain; the records of a request that differ in their resident alone are one row
 * of it, hashed once (log format 4, runs.ts); the decisions, without their basis record ids, are
 * stored once as a decision set that every resident decided alike names (decision-set.ts), and
 * rows.ts reads both back as entries.
 *
 * ## Reads are logged for you
 * Every decision the request's `AccessDecider` took (`scope.access.decisions()`) becomes an entry
 * with action `READ`: allowed ones with their basis, basis record id and citation, denied ones with
 * the reasons. Nothing to call.
 *
 * ## Mutations and other events: `scope.trail.record(event)` or `writeEventNow(scope, event)`
 * A mutation that changes a consent, a support-meeting case, an emergency or the policy, and every
 * refusal worth an auditor's eye (a refused policy change, a refused referral, a lookup over the rate
 * limit), records what happened; the entry joins the request's batch and is written with it:
 *
 * ```ts
 * scope.trail.record({
 *   action: 'REFERRAL_REFUSED',            // upper snake case; anything but READ
 *   decision: AccessDecision.DENIED,       // default ALLOWED
 *   subject: residentNumber,               // the resident concerned (omit for policy changes)
 *   category: 'tax.arrears',
 *   note: { en: '…', ja: '…' },
 * });
 * ```
 *
 * Optional fields: `category`, `holder`, `fields`, `basis`, `basisRecordId` (the consent / meeting
 * case / emergency), `citation` (Bilingual), `purpose` (defaults to the request's declared purpose).
 * The actor, organisation, role, request id, operation name and time are filled in.
 *
 * Emergency entries (basis `LIFE_BODY_PROPERTY`) are grouped by `basisRecordId` into the privacy
 * officer's review queue, and consent events (basis `CONSENT`) into the consent review queue, so
 * declare and use an emergency, or record and change a consent, under the same id.
 *
 * The batch is written after the mutation's own transaction has committed. If the log write then
 * fails the client gets ACCESS_LOG_UNAVAILABLE (no data) but the change stands. Where the change
 * must not happen unlogged, call `await writeEventNow(scope, event)` before committing: it writes
 * at once and throws ACCESS_LOG_UNAVAILABLE if it cannot.
 *
 * The log keeps a `withheld_from_subject` column (entries the law lets the municipality keep out
 * of a resident's disclosure report, cf. APPI 78); the hub writes it false: no path withholds entries.
 *
 * ## For auditors (role PRIVACY_OFFICER; everyone else gets AUDIT_ROLE_REQUIRED, and the attempt
 * is logged as ACCESS_LOG_REFUSED)
 * - `accessLog(filter, first, after)`: entries newest first, cursor-paged, filtered by subject,
 *   actor, organisation, unit, categories, bases, decision, basis record, actions, request, time;
 *   `totalCount` on request. `accessLogSummary(filter)`: counts per organisation, unit, actor,
 *   category, basis and decision over a period.
 * - `emergencyReviewQueue(statuses, asOf)` and `reviewEmergencyAccess(reviewKey, outcome, note)`:
 *   entries with basis LIFE_BODY_PROPERTY grouped by emergency, due the policy's
 *   `emergencyReviewDays` after the first, overdue first; accessed again after its review, an item
 *   is pending again.
 * - `disclosureReport(residentNumber)`: the 本人開示 report, organisations and departments only.
 * - `verifyAccessLog(fromSeq, toSeq)`, `accessLogCheckpoints`, `createAccessLogCheckpoint`.
 * Reading entries is itself logged (ACCESS_LOG_SEARCHED, DISCLOSURE_REPORTED, reviews).
 *
 * ## Commands
 * `npm run log:verify` (exit 1 at the first bad record), `npm run log:export -- --out f.csv
 * [filters]` (with a progress bar; logged as ACCESS_LOG_EXPORTED), `npm run log:checkpoint`
 * (signs the head now and prints the checkpoint to keep outside the hub).
 *
 * ## Tamper evidence
 * Rows form one chain: `hash = SHA-256(canonical row)`, the canonical row including the previous
 * hash, its residents and the id of the decision set it names (chain-hash.ts); a set's id is the
 * SHA-256 of its content (decision-set.ts), so editing one shows too. Appends from every hub replica
 * serialise on an advisory lock (append.ts). Every AUDIT_CHECKPOINT_EVERY records (at the end of the
 * row that passes the multiple), and on demand, the head is
 * signed with the Ed25519 key of AUDIT_SIGNING_KEY (checkpoint.ts), so that rewriting the chain or
 * cutting its tail shows. What it cannot show: a cut of the records after the latest checkpoint,
 * unless a copy of a later checkpoint was kept outside the database (log:verify --checkpoint).
 *
 * ## Database roles
 * The tables refuse UPDATE, DELETE and TRUNCATE by trigger, whoever connects. That is all that
 * holds while the hub connects as the owner or a superuser (the embedded default): an owner can
 * disable triggers, a superuser can do anything, and then only the chain and the checkpoints
 * reveal what was done. In production the hub logs in as a role that owns nothing; the migration
 * creates the group role `tsunagu_audit_writer` (SELECT and INSERT on the audit tables, nothing
 * else) and `tsunagu_audit_reader` (SELECT), and the DBA runs:
 *
 * ```sql
 * CREATE ROLE tsunagu_hub LOGIN PASSWORD '…';            -- owns nothing
 * GRANT tsunagu_audit_writer TO tsunagu_hub;             -- the log: insert and read only
 * GRANT USAGE ON SCHEMA resident, organisation, … TO tsunagu_hub;
 * GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA resident, organisation, … TO tsunagu_hub;
 * GRANT tsunagu_audit_reader TO tsunagu_verifier;        -- log:verify (log:export logs itself: writer)
 * ```
 *
 * The signing key should be readable by the hub only; whoever holds it and the writer role can
 * append well-formed entries and checkpoints, but not change what is already covered by a
 * checkpoint someone kept.
 */
import type { RequestScope } from '../request/scope';
import type { LogEvent } from './audit-trail';
import { accessLogUnavailable } from './log-errors';

export type { LogEvent } from './audit-trail';
export { AccessDecision } from './entry';

export async function writeEventNow(scope: RequestScope, event: LogEvent): Promise<void> {
  try {
    await scope.trail.writeNow(event);
  } catch (error) {
    console.error(`access log: write failed: ${(error as Error).message}`);
    throw accessLogUnavailable();
  }
}
