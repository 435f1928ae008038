import { arrayLiteral } from '../db/array-literal';
import type { Queryable } from './append-connection';
import { type AppendedRow, checkpointsJson, numberedBatch, setsJson } from './batch';
import type { ChainHead } from './chain-head';
import { chainRuns, GENESIS_HASH } from './chain-hash';
import type { Checkpoint } from './checkpoint';
import type { DecisionSet } from './decision-set';
import type { RecordDraft } from './entry';
import { type StoredSets, UNKNOWN_SET_STATE } from './stored-sets';

/** The most the hub's time for its rows may differ from the database's clock. */
const MAX_CLOCK_SKEW_SECONDS = 2;

/**
 * The hub's rows, hashed by the hub after the head it expects, stored in one plain statement. A
 * PL/pgSQL function doing the same, tried first, cost the database as much alone and more under the
 * bench's load (README, "What enforcement costs").
 *
 * The statement only *tries* the chain lock. A statement reads the log as of its own start, so a
 * head read after waiting for the lock could be stale; taking the lock at once means no other
 * writer held it, and so none was between appending and committing when the statement began. The
 * rows go in only if the lock was free, the head is the one they were hashed after, the time is
 * within MAX_CLOCK_SKEW_SECONDS of the database's clock and every set is known. Otherwise nothing is
 * stored and the hub appends through audit.append_runs, which waits for the lock. Should another
 * writer nonetheless commit in the instant between the statement's start and its try — it would
 * have to release the lock in that instant — the rows collide with its rows on `seq`, the
 * statement fails as a whole (23505), and the hub appends through append_runs too: a stale head can
 * cost a try, never break the chain. New sets and carried checkpoints are stored either way (both
 * are idempotent).
 *
 * $1 the new sets whole (null when every set is known stored); $2 the carried checkpoints (null
 * for none); $3 the distinct headers (JSON); per run, $4 its header's number, $5 its set's id, $6
 * and $7 the set's flags, $8 its length, $11 its hash; $9 the subjects of all runs in order; $10
 * basis record ids keyed by run index (JSON); $12 and $13 the head the runs follow; $14 their time;
 * $15 the genesis hash. Exported for its tests.
 */
export const APPEND_HASHED = {
  name: 'tsunagu.audit.append_hashed',
  text: `WITH locked AS MATERIALIZED (
    SELECT pg_try_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0)) AS free),
  head AS MATERIALIZED (
    SELECT locked.free, coalesce(h.seq, 0) AS seq, coalesce(h.hash, $15) AS hash, clock_timestamp() AS database_now
      FROM locked
      LEFT JOIN LATERAL (SELECT l.seq + coalesce(cardinality(l.subjects), 1) - 1 AS seq, l.hash
                           FROM audit.access_log_record l ORDER BY l.seq DESC LIMIT 1) AS h ON true),
  new_sets AS (
    INSERT INTO audit.decision_set (id, categories, holders, fields, decisions, bases, citations, citations_ja, reasons, reasons_ja)
    SELECT s.id, s.categories, s.holders, s.fields, s.decisions, s.bases, s.citations, s.citations_ja, s.reasons, s.reasons_ja
      FROM json_populate_recordset(NULL::audit.decision_set, $1::json) AS s ORDER BY s.id
    ON CONFLICT (id) DO NOTHING),
  carried AS (
    INSERT INTO audit.checkpoint (seq, hash, created_at, key_id, signature)
    SELECT c.seq, c.hash, c.created_at, c.key_id, c.signature FROM json_populate_recordset(NULL::audit.checkpoint, $2::json) AS c
    ON CONFLICT ON CONSTRAINT checkpoint_pkey DO NOTHING),
  runs AS MATERIALIZED (
    SELECT u.*, sum(u.len) OVER (ORDER BY u.n) AS ends
      FROM unnest($4::int[], $5::text[], $6::boolean[], $7::boolean[], $8::int[], $11::text[]) WITH ORDINALITY AS u(hn, set_id, denial, exceptional, len, hash, n)),
  unknown AS (
    SELECT count(*)::int AS sets FROM runs r
     WHERE NOT EXISTS (SELECT 1 FROM audit.decision_set d WHERE d.id = r.set_id)
       AND NOT EXISTS (SELECT 1 FROM json_array_elements($1::json) AS e WHERE e.value ->> 'id' = r.set_id)),
  checks AS (
    SELECT cardinality($8::int[]) > 0 AND cardinality($4::int[]) = cardinality($8::int[]) AND cardinality($5::text[]) = cardinality($8::int[])
       AND cardinality($6::boolean[]) = cardinality($8::int[]) AND cardinality($7::boolean[]) = cardinality($8::int[])
       AND cardinality($11::text[]) = cardinality($8::int[]) AND $14::timestamptz = date_trunc('milliseconds', $14::timestamptz)
       AND NOT EXISTS (SELECT 1 FROM runs WHERE len < 1) AND cardinality($9::text[]) = (SELECT coalesce(sum(len), 0) FROM runs) AS well_formed),
  accepted AS (
    SELECT 1 FROM head, checks, unknown
     WHERE head.free AND checks.well_formed AND unknown.sets = 0 AND head.seq = $12::bigint AND head.hash = $13::text
       AND abs(extract(epoch FROM $14::timestamptz - head.database_now)) <= ${MAX_CLOCK_SKEW_SECONDS}),
  stored AS (
    INSERT INTO audit.access_log_record (seq, recorded_at, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose,
                                         format, subjects, withheld_from_subject, decision_set, basis_record_ids, has_denial, has_exceptional_basis, prev_hash, hash)
    SELECT $12::bigint + r.ends - r.len + 1, $14::timestamptz, h.request_id, h.action, h.operation, h.actor_code, h.actor_role, h.unit_code, h.organisation_code, h.purpose,
           4, ($9::text[])[r.ends - r.len + 1 : r.ends], h.withheld_from_subject, r.set_id,
           CASE WHEN $10::json -> (r.n - 1)::text IS NULL THEN NULL ELSE array(SELECT json_array_elements_text($10::json -> (r.n - 1)::text)) END,
           r.denial, r.exceptional, coalesce(lag(r.hash) OVER (ORDER BY r.n), $13::text), r.hash
      FROM runs r
      -- A left join, so that a run numbering a header that is not there fails a NOT NULL column.
      LEFT JOIN (SELECT p.*, e.n FROM json_array_elements($3::json) WITH ORDINALITY AS e(value, n)
                   CROSS JOIN LATERAL json_populate_record(NULL::audit.access_log_record, e.value) AS p) AS h ON h.n = r.hn
     WHERE EXISTS (SELECT 1 FROM accepted)
    RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM stored) AS appended, head.database_now, unknown.sets AS unknown_sets, checks.well_formed FROM head, unknown, checks`,
};

interface Answer {
  appended: boolean;
  database_now: Date;
  unknown_sets: number;
  well_formed: boolean;
}

/** PostgreSQL's unique_violation: another writer's row already holds one of the numbers. */
const TAKEN = '23505';

/**
 * Appends the drafts hashed after `head`'s current head, at its time. Null when they were not
 * stored — the lock was taken, another process had appended, or this one's clock is off (which
 * `head` then learns) — so that the caller appends them through append_runs. Throws, with
 * UNKNOWN_SET_STATE, when a set it named by id alone is not stored. Sets in `stored` go by id
 * alone; checkpoints ride along.
 */
export async function appendHashed(
  db: Queryable,
  drafts: RecordDraft[],
  riding: readonly Checkpoint[],
  checkpointEvery: number,
  head: ChainHead,
  stored?: StoredSets,
): Promise<{ rows: AppendedRow[]; sets: DecisionSet[] } | null> {
  const after = head.current;
  if (!after) throw new Error('appendHashed: no head to append after');
  const at = head.nextTime();
  const batch = numberedBatch(drafts);
  const chained = chainRuns(after, at, batch.runs);
  const unsent = batch.sets.filter((set) => !stored?.has(set.id));
  let answer: Answer;
  try {
    ({
      rows: [answer],
    } = await db.query<Answer>({
      ...APPEND_HASHED,
      values: [
        unsent.length > 0 ? setsJson(unsent) : null,
        riding.length > 0 ? checkpointsJson(riding) : null,
        batch.headersJson,
        arrayLiteral(batch.runHeaders),
        arrayLiteral(batch.runs.map((run) => run.set.id)),
        arrayLiteral(batch.runs.map((run) => String(run.set.hasDenial))),
        arrayLiteral(batch.runs.map((run) => String(run.set.hasExceptionalBasis))),
        arrayLiteral(batch.runs.map((run) => run.subjects.length)),
        arrayLiteral(batch.runs.flatMap((run) => run.subjects)),
        batch.basisIdsJson,
        arrayLiteral(chained.map((row) => row.hash)),
        after.seq,
        after.hash,
        at,
        GENESIS_HASH,
      ],
    }));
  } catch (error) {
    if ((error as { code?: string }).code !== TAKEN) throw error;
    head.forget();
    return null;
  }
  head.clockFrom(answer.database_now);
  if (!answer.well_formed) throw new Error('appendHashed: the runs do not add up to the subjects');
  if (answer.unknown_sets > 0) throw Object.assign(new Error('a decision set named by id alone is not stored'), { code: UNKNOWN_SET_STATE });
  if (!answer.appended) {
    head.forget();
    return null;
  }
  const appended = chained.map(({ run, seq, hash }): AppendedRow => {
    const lastSeq = seq + run.subjects.length - 1;
    return { lastSeq, hash, due: Math.floor(lastSeq / checkpointEvery) > Math.floor((seq - 1) / checkpointEvery) };
  });
  const last = appended[appended.length - 1];
  head.advance({ seq: last.lastSeq, hash: last.hash, at });
  return { rows: appended, sets: batch.sets };
}
