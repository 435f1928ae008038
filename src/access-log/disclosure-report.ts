import type { Pool } from 'pg';
import { findCategory } from '../policy/categories';
import { PURPOSE_NAMES, type Purpose } from '../policy/purposes';
import type { Bilingual } from '../errors';
import type { Names } from './access-log';
import { AccessDecision, READ } from './entry';
import { rowsNaming } from './filter';
import { ENTRY_SEQ, entriesFrom } from './rows';
import { decodeCursor, encodeCursor } from './search';

/** One disclosure line: which department of which organisation looked at what, when, and why. */
export interface DisclosureLine {
  accessedAt: Date;
  organisationCode: string | null;
  organisationName: string | null;
  unitName: string | null;
  purpose: string | null;
  purposeName: Bilingual | null;
  basis: string | null;
  basisName: Bilingual | null;
  categories: { code: string; name: Bilingual }[];
  description: Bilingual;
}

export interface DisclosurePage {
  lines: DisclosureLine[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Bases in words a resident can read. */
const BASIS_NAMES: Record<string, Bilingual> = {
  WITHIN_PURPOSE: { en: 'use within the purpose the data was collected for', ja: '収集した目的の範囲内での利用' },
  CONSENT: { en: 'your consent', ja: 'ご本人の同意' },
  SUPPORT_MEETING: { en: 'a support meeting under the Act on Self-Reliance Support (art. 9)', ja: '生活困窮者自立支援法第9条の支援会議' },
  LIFE_BODY_PROPERTY: { en: 'protecting a person’s life, body or property', ja: '人の生命・身体・財産の保護' },
};

/**
 * The resident's disclosure report (本人開示): the data that left its holder's hands about them,
 * newest first, one line per request, department and basis. It names organisations and
 * departments, never the staff member, and leaves out entries withheld from the subject and
 * refused accesses (nothing was seen).
 */
export async function disclosureReport(pool: Pool, names: Names, subject: string, first: number, after?: string | null): Promise<DisclosurePage> {
  const params: unknown[] = [subject, READ, AccessDecision.ALLOWED];
  let having = '';
  if (after) {
    const position = decodeCursor(after);
    const seq = `$${params.push(position.seq)}`;
    having = `HAVING ${ENTRY_SEQ} < ${seq} OR (${ENTRY_SEQ} = ${seq} AND min(i.item) - 1 > $${params.push(position.item)})`;
  }
  // A record is one request's decisions about this resident: a line per basis it used.
  const result = await pool.query(
    `SELECT ${ENTRY_SEQ} AS seq, min(i.item) - 1 AS item, r.recorded_at AS accessed_at, r.organisation_code, r.unit_code, r.purpose, i.basis,
            array_agg(DISTINCT i.category ORDER BY i.category) AS categories
       FROM ${entriesFrom('$1', true)}
      WHERE ${rowsNaming('$1')} AND p.subject = $1 AND r.action = $2 AND i.decision = $3 AND NOT r.withheld_from_subject
      GROUP BY r.seq, p.position, i.basis, r.recorded_at, r.organisation_code, r.unit_code, r.purpose
      ${having}
      ORDER BY r.seq DESC, p.position DESC, min(i.item)
      LIMIT $${params.push(first + 1)}`,
    params,
  );
  const lines = result.rows.slice(0, first).map((r) => line(r, names));
  const last = result.rows[lines.length - 1];
  return {
    lines,
    endCursor: last ? encodeCursor({ seq: Number(last.seq), item: Number(last.item) }) : null,
    hasNextPage: result.rows.length > first,
  };
}

function line(r: Record<string, any>, names: Names): DisclosureLine {
  const categories = (r.categories as string[]).map((code) => {
    const category = findCategory(code);
    return { code, name: category ? { en: category.en, ja: category.ja } : { en: code, ja: code } };
  });
  const purposeName = r.purpose ? PURPOSE_NAMES[r.purpose as Purpose] ?? { en: r.purpose, ja: r.purpose } : null;
  const basisName = r.basis ? BASIS_NAMES[r.basis] ?? { en: r.basis, ja: r.basis } : null;
  const organisationName = names.organisation(r.organisation_code);
  const unitName = names.unit(r.unit_code);
  const who = { en: `${unitName ?? 'A department'} of ${organisationName ?? 'an organisation'}`, ja: `${organisationName ?? ''}${unitName ?? ''}` };
  return {
    accessedAt: r.accessed_at,
    organisationCode: r.organisation_code,
    organisationName,
    unitName,
    purpose: r.purpose,
    purposeName,
    basis: r.basis,
    basisName,
    categories,
    description: {
      en: `${who.en} viewed your ${categories.map((c) => c.name.en.toLowerCase()).join(', ')}${purposeName ? ` for ${purposeName.en.toLowerCase()}` : ''}${basisName ? `, on the basis of ${basisName.en}` : ''}.`,
      ja: `${who.ja}が${purposeName ? `「${purposeName.ja}」のため、` : ''}${categories.map((c) => c.name.ja).join('・')}を参照しました${basisName ? `（根拠：${basisName.ja}）` : ''}。`,
    },
  };
}
