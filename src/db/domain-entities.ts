import type { Domain } from '../config/environment';
import { Organisation, Staff, Unit } from '../organisation/entities';
import { HouseholdRecord, Resident } from '../resident/entities';
import { HousingConsultation, PublicHousingTenancy, RentArrears, RentPaymentGuidance } from '../housing/records';
import { NhiPremiumArrears, ResidentTaxAssessment, TaxArrears } from '../tax/records';
import {
  CareCertification,
  DisabilityCertificate,
  HousingSecurityBenefit,
  PublicAssistance,
  SelfRelianceCase,
} from '../welfare/records';
import { SupplyStopNotice, UtilityAccount, UtilityArrears } from '../utility/records';

/** Each domain's entities and the PostgreSQL schemas it owns. */
export const DOMAIN_MODEL: Record<Domain, { schemas: string[]; entities: Function[] }> = {
  core: { schemas: ['organisation', 'resident'], entities: [Organisation, Unit, Staff, HouseholdRecord, Resident] },
  housing: { schemas: ['housing'], entities: [PublicHousingTenancy, RentArrears, RentPaymentGuidance, HousingConsultation] },
  tax: { schemas: ['tax'], entities: [ResidentTaxAssessment, TaxArrears, NhiPremiumArrears] },
  welfare: {
    schemas: ['welfare'],
    entities: [PublicAssistance, CareCertification, DisabilityCertificate, SelfRelianceCase, HousingSecurityBenefit],
  },
  utility: { schemas: ['utility'], entities: [UtilityAccount, UtilityArrears, SupplyStopNotice] },
};
