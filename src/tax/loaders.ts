import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader } from '../db/grouped-loader';
import { NhiPremiumArrears, ResidentTaxAssessment, TaxArrears } from './records';

export function taxLoaders(em: EntityManager) {
  return {
    assessmentsByResident: groupedLoader(em, ResidentTaxAssessment, 'residentNumber'),
    arrearsByResident: groupedLoader(em, TaxArrears, 'residentNumber'),
    nhiArrearsByResident: groupedLoader(em, NhiPremiumArrears, 'residentNumber'),
  };
}
