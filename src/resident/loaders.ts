import DataLoader from 'dataloader';
import { groupBy } from '../collections/group-by';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entitiesWhereIn } from '../db/entity-rows';
import { HouseholdRecord, Resident } from './entities';

const BATCH = { maxBatchSize: 5000 };

export function residentLoaders(em: EntityManager) {
  return {
    byNumber: new DataLoader<string, Resident | null>(async (numbers) => {
      const rows = await entitiesWhereIn(em, Resident, 'residentNumber', numbers);
      const byNumber = new Map(rows.map((r) => [r.residentNumber, r]));
      return numbers.map((n) => byNumber.get(n) ?? null);
    }, BATCH),
    membersByHousehold: new DataLoader<string, Resident[]>(async (households) => {
      const rows = await entitiesWhereIn(em, Resident, 'householdNumber', households, ['residentNumber']);
      const byHousehold = groupBy(rows, (row) => row.householdNumber);
      return households.map((h) => byHousehold.get(h) ?? []);
    }, BATCH),
    household: new DataLoader<string, HouseholdRecord | null>(async (numbers) => {
      const rows = await entitiesWhereIn(em, HouseholdRecord, 'householdNumber', numbers);
      const byNumber = new Map(rows.map((h) => [h.householdNumber, h]));
      return numbers.map((n) => byNumber.get(n) ?? null);
    }, BATCH),
  };
}
