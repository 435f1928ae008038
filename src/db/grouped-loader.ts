import DataLoader from 'dataloader';
import { groupBy } from '../collections/group-by';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { entitiesWhereIn } from './entity-rows';

/**
 * A DataLoader that fetches all rows whose `key` column is in the batch with one SQL statement and
 * hands each key its rows (in id order). Loading a list of N residents costs one statement per
 * record type, whatever N is.
 */
export function groupedLoader<T extends { id: number }, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  key: K,
): DataLoader<T[K], T[]> {
  return new DataLoader(
    async (keys) => {
      const rows = await entitiesWhereIn(em, entity, key, keys, ['id']);
      const byKey = groupBy(rows, (row) => row[key]);
      return keys.map((k) => byKey.get(k) ?? []);
    },
    { maxBatchSize: 5000 },
  );
}
