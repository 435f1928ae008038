import { SET_COLUMNS } from './columns';
import type { Checkpoint } from './checkpoint';
import type { DecisionSet } from './decision-set';
import type { RecordDraft } from './entry';
import { type Run, runsOf } from './runs';
import type { StoredSets } from './stored-sets';

/**
 * A batch as the append functions take it: its runs (runs.ts), and what they share sent once — the
 * distinct headers as JSON and the distinct sets; per run the number (from 1) of its header and of
 * its set; the basis record ids of the few runs that have any, keyed by the run's index (JSON).
 */
export interface NumberedBatch {
  runs: Run[];
  headersJson: string;
  runHeaders: number[];
  sets: DecisionSet[];
  runSets: number[];
  basisIdsJson: string;
}

export function numberedBatch(drafts: readonly RecordDraft[]): NumberedBatch {
  const headerNumbers = new Map<string, number>();
  const setNumbers = new Map<DecisionSet, number>();
  const runHeaders: number[] = [];
  const runSets: number[] = [];
  const basisIds: Record<number, (string | null)[]> = {};
  const runs = runsOf(drafts);
  runs.forEach((run, i) => {
    let header = headerNumbers.get(run.headerJson);
    if (header === undefined) headerNumbers.set(run.headerJson, (header = headerNumbers.size + 1));
    let set = setNumbers.get(run.set);
    if (set === undefined) setNumbers.set(run.set, (set = setNumbers.size + 1));
    runHeaders.push(header);
    runSets.push(set);
    if (run.basisIds) basisIds[i] = run.basisIds;
  });
  return { runs, headersJson: `[${[...headerNumbers.keys()].join(',')}]`, runHeaders, sets: [...setNumbers.keys()], runSets, basisIdsJson: JSON.stringify(basisIds) };
}

/**
 * The sets as JSON (json_populate_recordset of audit.decision_set): each array column parsed back
 * from its JSON text, and the set's two flags; a set in `stored` by its id and flags alone.
 */
export function setsJson(sets: readonly DecisionSet[], stored?: StoredSets): string {
  const columns = SET_COLUMNS.map(([, column]) => JSON.stringify(column));
  const content = (set: DecisionSet) => (stored?.has(set.id) ? '' : `${set.columns.map((text, j) => `${columns[j]}:${text}`).join(',')},`);
  const json = (set: DecisionSet) => `{"id":${JSON.stringify(set.id)},${content(set)}"has_denial":${set.hasDenial},"has_exceptional_basis":${set.hasExceptionalBasis}}`;
  return `[${sets.map(json).join(',')}]`;
}

/** Checkpoints as JSON (json_populate_recordset of audit.checkpoint). */
export function checkpointsJson(checkpoints: readonly Checkpoint[]): string {
  return JSON.stringify(checkpoints.map((c) => ({ seq: c.seq, hash: c.hash, created_at: c.createdAt.toISOString(), key_id: c.keyId, signature: c.signature })));
}

/** A row of an append: the number of its last record, its hash, and whether a checkpoint is due at its end. */
export interface AppendedRow {
  lastSeq: number;
  hash: string;
  due: boolean;
}
