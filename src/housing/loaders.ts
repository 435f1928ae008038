import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader } from '../db/grouped-loader';
import { HousingConsultation, PublicHousingTenancy, RentArrears, RentPaymentGuidance } from './records';

export function housingLoaders(em: EntityManager) {
  return {
    em,
    tenanciesByResident: groupedLoader(em, PublicHousingTenancy, 'residentNumber'),
    arrearsByResident: groupedLoader(em, RentArrears, 'residentNumber'),
    guidanceByArrears: groupedLoader(em, RentPaymentGuidance, 'arrearsId'),
    consultationsByResident: groupedLoader(em, HousingConsultation, 'residentNumber'),
  };
}
