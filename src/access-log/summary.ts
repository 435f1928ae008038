import type { Pool } from 'pg';
import { READ } from './entry';
import { type EntryFilter, whereOf } from './filter';

export interface SummaryRow {
  organisationCode: string | null;
  unitCode: string | null;
  actorCode: string | null;
  category: string | null;
  basis: string | null;
  decision: string;
  entries: number;
  subjects: number;
  firstAt: Date;
  lastAt: Date;
}

/** Who accessed which categories on which basis over a period: access decisions grouped, with counts. */
export async function summarise(pool: Pool, filter: EntryFilter): Promise<SummaryRow[]> {
  const where = whereOf(filter, [READ]);
  const result = await pool.query(
    `SELECT organisation_code, unit_code, actor_code, category, basis, decision,
            count(*)::int AS entries, count(DISTINCT subject)::int AS subjects, min(recorded_at) AS first_at, max(recorded_at) AS last_at
       FROM audit.access_log_entry
      WHERE action = $1 AND ${where.sql}
      GROUP BY organisation_code, unit_code, actor_code, category, basis, decision
      ORDER BY organisation_code, unit_code, actor_code, category, basis NULLS LAST, decision`,
    where.params,
  );
  return result.rows.map((r) => ({
    organisationCode: r.organisation_code,
    unitCode: r.unit_code,
    actorCode: r.actor_code,
    category: r.category,
    basis: r.basis,
    decision: r.decision,
    entries: r.entries,
    subjects: r.subjects,
    firstAt: r.first_at,
    lastAt: r.last_at,
  }));
}
