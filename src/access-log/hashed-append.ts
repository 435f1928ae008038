import { arrayLiteral } from '../db/array-literal';
import type { Queryable } from './append-connection';
import { type AppendedRow, checkpointsJson, numberedBatch, setsJson } from './batch';
import type { ChainHead, Head, HeadAnswer } from './chain-head';
import { chainRuns } from './chain-hash';
import type { Checkpoint } from './checkpoint';
import type { DecisionSet } from './decision-set';
import type { RecordDraft } from './entry';
import type { StoredSets } from './stored-sets';

/**
 * audit.append_hashed_runs (migration audit/20261212010000): the runs hashed here after the head
 * this process expects, stored only if that is still the head. One statement in autocommit, as
 * audit.append_runs; the writer's connections carry a statement timeout (openAuditPool).
 */
const APPEND_HASHED = {
  name: 'tsunagu.audit.append_hashed_runs',
  text: `SELECT appended, head_seq, head_hash, head_at, database_now
  FROM audit.append_hashed_runs($1::json, $2::json, $3::json, $4::int[], $5::text[], $6::boolean[], $7::boolean[], $8::int[], $9::text[], $10::json, $11::text[], $12::bigint, $13::text, $14::timestamptz)`,
};

/**
 * Appends the drafts hashed after `head`'s current head, at its time. Null when the database refused
 * them — another process appended since, or this one's clock is off — having told `head` how things
 * are, so that the next try can succeed. Sets in `stored` go by id alone; checkpoints ride along.
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
  const { rows } = await db.query<HeadAnswer & { appended: boolean }>({
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
    ],
  });
  if (!rows[0].appended) {
    head.told(rows[0]);
    return null;
  }
  const appended = chained.map(({ run, seq, hash }): AppendedRow => {
    const lastSeq = seq + run.subjects.length - 1;
    return { lastSeq, hash, due: Math.floor(lastSeq / checkpointEvery) > Math.floor((seq - 1) / checkpointEvery) };
  });
  const last: Head = { seq: appended[appended.length - 1].lastSeq, hash: appended[appended.length - 1].hash, at };
  head.advance(last);
  return { rows: appended, sets: batch.sets };
}
