import { basisRecordIds } from './chain-hash';
import { HEADER_COLUMNS } from './columns';
import { type DecisionSet, DecisionSets } from './decision-set';
import type { RecordDraft } from './entry';

/**
 * Records of one batch that differ in their subject alone — same header, decision set, basis
 * record ids — in the order their first record came, at most MAX_RUN_LENGTH each: one row of the
 * chain (format 4). A caseload whose residents were decided alike is a few runs; a resident whose
 * decisions rest on their own consent is a run of one. Requests never share a run (the request id
 * is in the header), so each request's records stay together, in the order of its runs.
 */
export interface Run {
  /** The run's first record: its header (but the subject) and decisions are every record's. */
  draft: RecordDraft;
  /** The header's JSON without the subject, as the append functions read it (json_populate_record). */
  headerJson: string;
  set: DecisionSet;
  basisIds: (string | null)[] | null;
  subjects: (string | null)[];
}

/**
 * A row's residents stay within about 2 KB, so PostgreSQL keeps them in the row itself: a search
 * for one resident reads each row naming them, and a row of 5,000 would be compressed out of line,
 * costing 0.14 ms a row to unpack and scan against under 0.01 ms for 128 (measured with 60
 * caseloads of 5,000 naming the resident among 200,000 other rows). Splitting a 5,000-resident caseload into 40 rows costs
 * its append a few hundredths of a millisecond per row.
 */
export const MAX_RUN_LENGTH = 128;

export function runsOf(drafts: readonly RecordDraft[], sets = new DecisionSets()): Run[] {
  const runs: Run[] = [];
  // By header, then set (by identity), then basis record ids: no key built per record but for the
  // few that name basis records.
  const byHeader = new Map<string, Map<DecisionSet, Map<string, Run>>>();
  let previous: RecordDraft | undefined;
  let bySet: Map<DecisionSet, Map<string, Run>> | undefined;
  let json = '';
  for (const draft of drafts) {
    if (!previous || !sameHeader(previous, draft)) {
      json = headerJson(draft);
      bySet = byHeader.get(json);
      if (!bySet) byHeader.set(json, (bySet = new Map()));
    }
    previous = draft;
    const set = sets.of(draft.items);
    let byBasis = bySet!.get(set);
    if (!byBasis) bySet!.set(set, (byBasis = new Map()));
    const basisIds = basisRecordIds(draft);
    const basisKey = basisIds ? JSON.stringify(basisIds) : '';
    let run = byBasis.get(basisKey);
    if (!run || run.subjects.length === MAX_RUN_LENGTH) {
      run = { draft, headerJson: json, set, basisIds, subjects: [] };
      byBasis.set(basisKey, run);
      runs.push(run);
    }
    run.subjects.push(draft.subject);
  }
  return runs;
}

function sameHeader(a: RecordDraft, b: RecordDraft): boolean {
  return HEADER_COLUMNS.every(([key]) => key === 'subject' || a[key] === b[key]);
}

/** A record's header columns but its subject, as JSON. */
function headerJson(draft: RecordDraft): string {
  return `{${HEADER_COLUMNS.filter(([key]) => key !== 'subject').map(([key, column]) => `"${column}":${JSON.stringify(draft[key]) ?? 'null'}`).join(',')}}`;
}
