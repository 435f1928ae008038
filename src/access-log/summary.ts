import type { Pool } from 'pg';
import { READ } from './entry';
import { type EntryFilter, whereOf } from './filter';
import { entriesFrom } from './rows';

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
    `SELECT r.organisation_code, r.unit_code, r.actor_code, i.category, i.basis, i.decision,
            count(*)::int AS entries, count(DISTINCT p.subject)::int AS subjects, min(r.recorded_at) AS first_at, max(r.recorded_at) AS last_at
       FROM ${entriesFrom(where.subjectParam)}
      WHERE r.action = $1 AND ${where.sql}
      GROUP BY r.organisation_code, r.unit_code, r.actor_code, i.category, i.basis, i.decision
      ORDER BY r.organisation_code, r.unit_code, r.actor_code, i.category, i.basis NULLS LAST, i.decision`,
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
