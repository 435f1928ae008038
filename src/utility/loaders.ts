import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader } from '../db/grouped-loader';
import { SupplyStopNotice, UtilityAccount, UtilityArrears } from './records';

export function utilityLoaders(em: EntityManager) {
  return {
    accountsByResident: groupedLoader(em, UtilityAccount, 'residentNumber'),
    arrearsByAccount: groupedLoader(em, UtilityArrears, 'accountId'),
    stopNoticesByAccount: groupedLoader(em, SupplyStopNotice, 'accountId'),
    arrearsByResident: groupedLoader(em, UtilityArrears, 'residentNumber'),
    stopNoticesByResident: groupedLoader(em, SupplyStopNotice, 'residentNumber'),
    accountByCustomerNumber: (providerUnit: string, customerNumber: string) => em.findOne(UtilityAccount, { providerUnit, customerNumber }),
  };
}
