import { helper, Utils } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Values, WriteTarget } from './format';

export interface TableCounts {
  table: string;
  inserted: number;
  updated: number;
  unchanged: number;
}

const CHUNK = 500;

const keyOf = (record: Values, key: readonly string[]) => JSON.stringify(key.map((field) => record[field] ?? null));
/** A reference compares by its primary key (the directory's codes), a list by its items. */
const comparable = (value: unknown) => (Utils.isEntity(value) ? helper(value).getPrimaryKey() : Array.isArray(value) ? JSON.stringify(value) : (value ?? null));
const same = (a: unknown, b: unknown) => comparable(a) === comparable(b);

/**
 * Writes records by natural key: a record whose key is new is inserted; one whose key exists
 * updates the fields that differ; one that differs in nothing is left alone (so importing the same
 * file twice changes nothing). Only fields present in a record are written. Runs in the caller's
 * transaction, a chunk at a time, each chunk's existing records found through the key's first column.
 */
export async function upsertByKey(em: EntityManager, target: WriteTarget, records: Values[], onProgress: (done: number) => void): Promise<TableCounts> {
  const counts: TableCounts = { table: target.table, inserted: 0, updated: 0, unchanged: 0 };
  const [lookup] = target.key;
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK);
    const existing = await em.find(target.entity, { [lookup]: { $in: [...new Set(chunk.map((record) => record[lookup]))] } } as object);
    const byKey = new Map(existing.map((entity) => [keyOf(entity as Values, target.key), entity as Values]));
    for (const record of chunk) {
      const fields = target.fields.filter((field) => field in record);
      const found = byKey.get(keyOf(record, target.key));
      if (!found) {
        em.create(target.entity, Object.fromEntries(fields.map((field) => [field, record[field]])));
        counts.inserted++;
        continue;
      }
      const changed = fields.filter((field) => !target.insertOnly?.includes(field) && !same(found[field], record[field]));
      if (changed.length === 0) {
        counts.unchanged++;
        continue;
      }
      for (const field of changed) found[field] = record[field];
      counts.updated++;
    }
    await em.flush();
    em.clear();
    onProgress(Math.min(start + CHUNK, records.length));
  }
  return counts;
}
