import type { EntityManager } from '@mikro-orm/postgresql';
import type { NormalisedPerson } from './described-person';
import type { ResidentCandidate } from './score';

/**
 * Blocking: the residents worth scoring are those sharing the date of birth, or the kana of the whole
 * name up to spelling variants (linkage.kana_key), or the whole name in kanji. Each block is one
 * index scan (migrations/core: resident_date_of_birth_index, resident_kana_key_index,
 * resident_full_name_index), capped at `limit` rows, so a search costs the same at 1,000 or
 * 1,000,000 residents. A person described by neither date of birth nor a whole name finds nobody.
 *
 * The registered address of a resident under the DV/stalking support measure is never compared:
 * a match or a score would tell the asker that the address it holds is where the person lives
 * (policy/rules/address-protection.ts). Such a resident is matched on name and birth date alone.
 */
export function candidateQuery(person: NormalisedPerson, limit: number): { sql: string; params: unknown[] } | null {
  const blocks: string[] = [];
  const params: unknown[] = [];
  const block = (where: string, ...values: unknown[]) => {
    blocks.push(`(select resident_number from resident.resident where ${where} order by resident_number limit ?)`);
    params.push(...values, limit);
  };
  if (person.dateOfBirth) block('date_of_birth = ?::date', person.dateOfBirth);
  if (person.kana && (person.kana.given !== null || person.kana.family === null)) {
    block('linkage.kana_key(family_name_kana || given_name_kana) = linkage.kana_key(?)', person.kana.full);
  }
  if (person.name && (person.name.given !== null || person.name.family === null)) block('(family_name || given_name) = ?', person.name.full);
  if (blocks.length === 0) return null;
  const sql = `select resident_number, family_name, given_name, family_name_kana, given_name_kana,
            to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth, sex, case when dv_protection then null else address end as address
       from resident.resident
      where resident_number in (${blocks.join(' union ')})
      order by resident_number`;
  return { sql, params };
}

export async function findCandidates(em: EntityManager, person: NormalisedPerson, limit: number): Promise<ResidentCandidate[]> {
  const query = candidateQuery(person, limit);
  if (!query) return [];
  const rows: Record<string, string>[] = await em.execute(query.sql, query.params);
  return rows.map((row) => ({
    residentNumber: row.resident_number,
    familyName: row.family_name,
    givenName: row.given_name,
    familyNameKana: row.family_name_kana,
    givenNameKana: row.given_name_kana,
    dateOfBirth: row.date_of_birth,
    sex: row.sex as ResidentCandidate['sex'],
    address: row.address ?? '',
  }));
}
