import type { Domain } from '../config/environment';
import { Contract, DirectoryVersion, Membership, Organisation, Staff, Unit } from '../organisation/entities';
import { Consent, ConsentEvent } from '../consent/entities';
import { Emergency } from '../emergency/entities';
import { ConcerningCaseReferral } from '../referral/entities';
import { UtilityReport } from '../utility-report/entities';
import { FactsVersion } from '../policy/facts-version';
import { PolicyVersion } from '../policy/settings/policy-version';
import { MeetingCase, MeetingMember, SupportMeeting } from '../support-meeting/entities';
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
import { AccessLogRecordRow, CheckpointRow, DecisionSetRow, EmergencyReviewRow } from '../access-log/entities';
import { LinkageMatch, LinkageMatchEvent } from '../record-linkage/entities';
import { LookupWindow } from '../request/lookup-quota';

/** Each domain's entities and the PostgreSQL schemas it owns. */
export const DOMAIN_MODEL: Record<Domain, { schemas: string[]; entities: Function[] }> = {
  core: {
    schemas: ['organisation', 'resident', 'policy', 'consent', 'meeting', 'emergency', 'linkage', 'report', 'quota'],
    entities: [Organisation, Unit, Contract, Membership, DirectoryVersion, Staff, HouseholdRecord, Resident, PolicyVersion, FactsVersion, Consent, ConsentEvent, SupportMeeting, MeetingMember, MeetingCase, Emergency, ConcerningCaseReferral, UtilityReport, LinkageMatch, LinkageMatchEvent, LookupWindow],
  },
  housing: { schemas: ['housing'], entities: [PublicHousingTenancy, RentArrears, RentPaymentGuidance, HousingConsultation] },
  tax: { schemas: ['tax'], entities: [ResidentTaxAssessment, TaxArrears, NhiPremiumArrears] },
  welfare: {
    schemas: ['welfare'],
    entities: [PublicAssistance, CareCertification, DisabilityCertificate, SelfRelianceCase, HousingSecurityBenefit],
  },
  utility: { schemas: ['utility'], entities: [UtilityAccount, UtilityArrears, SupplyStopNotice] },
  audit: { schemas: ['audit'], entities: [AccessLogRecordRow, DecisionSetRow, CheckpointRow, EmergencyReviewRow] },
};
