import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader } from '../db/grouped-loader';
import { CareCertification, DisabilityCertificate, HousingSecurityBenefit, PublicAssistance, SelfRelianceCase } from './records';

export function welfareLoaders(em: EntityManager) {
  return {
    em,
    publicAssistanceByResident: groupedLoader(em, PublicAssistance, 'residentNumber'),
    careByResident: groupedLoader(em, CareCertification, 'residentNumber'),
    disabilityByResident: groupedLoader(em, DisabilityCertificate, 'residentNumber'),
    selfRelianceByResident: groupedLoader(em, SelfRelianceCase, 'residentNumber'),
    housingBenefitByResident: groupedLoader(em, HousingSecurityBenefit, 'residentNumber'),
  };
}
