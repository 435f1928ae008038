import type { EntityManager } from '@mikro-orm/postgresql';
import type { ExtractFormat, ParsedRow } from './format';
import type { Rejection } from './rejection';

const CHUNK = 5000;

/** Resident numbers among `numbers` that the register (core domain) holds. */
export async function registeredResidents(core: EntityManager, numbers: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < numbers.length; start += CHUNK) {
    // Resident numbers are ten digits (checked when the cell was read), so the array literal needs no quoting.
    const rows: { resident_number: string }[] = await core.execute(
      'select resident_number from resident.resident where resident_number = any(?::text[])',
      [`{${numbers.slice(start, start + CHUNK).join(',')}}`],
    );
    for (const row of rows) found.add(row.resident_number);
  }
  return found;
}

/** Rejects rows naming a resident the register does not hold: a record must belong to a resident. */
export async function unknownResidents(core: EntityManager, format: ExtractFormat, rows: ParsedRow[]): Promise<Rejection[]> {
  const field = format.residentField;
  if (!field) return [];
  const header = format.columns.find((column) => column.field === field)!.header;
  const numbers = [...new Set(rows.map((row) => row.values[field]).filter((value): value is string => typeof value === 'string'))];
  const known = await registeredResidents(core, numbers);
  return rows
    .filter((row) => typeof row.values[field] === 'string' && !known.has(row.values[field] as string))
    .map((row) => ({
      line: row.line,
      column: header,
      value: row.values[field] as string,
      reason: {
        en: 'no such resident in the resident register (import the residents extract first)',
        ja: '住民基本台帳にこの宛名番号の住民がいません（先に住民基本台帳を取り込んでください）',
      },
    }));
}
