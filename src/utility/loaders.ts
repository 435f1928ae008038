import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader } from '../db/grouped-loader';
import { SupplyStopNotice, UtilityAccount, UtilityArrears } from './records';

export function utilityLoaders(em: EntityManager) {
  return {
    accountsByResident: groupedLoader(em, UtilityAccount, 'residentNumber'),
    arrearsByAccount: groupedLoader(em, UtilityArrears, 'accountId'),
    stopNoticesByAccount: groupedLoader(em, SupplyStopNotice, 'accountId'),
  };
}
