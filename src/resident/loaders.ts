import DataLoader from 'dataloader';
import { groupBy } from '../collections/group-by';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HouseholdRecord, Resident } from './entities';

const BATCH = { maxBatchSize: 5000 };

export function residentLoaders(em: EntityManager) {
  return {
    byNumber: new DataLoader<string, Resident | null>(async (numbers) => {
      const rows = await em.find(Resident, { residentNumber: { $in: [...numbers] } }, { disableIdentityMap: true });
      const byNumber = new Map(rows.map((r) => [r.residentNumber, r]));
      return numbers.map((n) => byNumber.get(n) ?? null);
    }, BATCH),
    membersByHousehold: new DataLoader<string, Resident[]>(async (households) => {
      const rows = await em.find(
        Resident,
        { householdNumber: { $in: [...households] } },
        { orderBy: { residentNumber: 'asc' }, disableIdentityMap: true },
      );
      const byHousehold = groupBy(rows, (row) => row.householdNumber);
      return households.map((h) => byHousehold.get(h) ?? []);
    }, BATCH),
    household: new DataLoader<string, HouseholdRecord | null>(async (numbers) => {
      const rows = await em.find(HouseholdRecord, { householdNumber: { $in: [...numbers] } }, { disableIdentityMap: true });
      const byNumber = new Map(rows.map((h) => [h.householdNumber, h]));
      return numbers.map((n) => byNumber.get(n) ?? null);
    }, BATCH),
  };
}
