/**
 * A household and every record about its members, as the generator plans it before ids are assigned.
 * Field names are the column names of `tables.ts`; the emitter (`emit.ts`) adds the serial ids, the
 * parent ids (tenancy_id, arrears_id, account_id) and the identifiers derived from them (case numbers,
 * customer numbers), and orders the values as the table's columns.
 */
export interface HouseholdValues {
  household_number: string;
  head_resident_number: string;
  formed_on: string;
}

export interface ResidentValues {
  resident_number: string;
  household_number: string;
  relationship_to_head: string;
  family_name: string;
  given_name: string;
  family_name_kana: string;
  given_name_kana: string;
  date_of_birth: string;
  sex: string;
  postal_code: string;
  address: string;
  dv_protection: boolean;
  registered_on: string;
}

export interface TenancyPlan {
  resident_number: string;
  estate_name: string;
  building: string;
  unit_number: string;
  move_in_date: string;
  household_size: number;
  monthly_rent_yen: number;
  rent_reduction_percent: number;
  rent_reduction_reason: string | null;
  status: string;
  ended_on: string | null;
  arrears: RentArrearsPlan[];
}

export interface RentArrearsPlan {
  resident_number: string;
  months_in_arrears: number;
  amount_yen: number;
  since: string;
  status: string;
  repayment_plan: string | null;
  guidance: RentPaymentGuidanceValues[];
}

export interface RentPaymentGuidanceValues {
  resident_number: string;
  given_on: string;
  method: string;
  note: string;
}

export interface HousingConsultationValues {
  resident_number: string;
  consulted_on: string;
  channel: string;
  topic: string;
  content: string;
  referred_to: string | null;
}

export interface ResidentTaxAssessmentValues {
  resident_number: string;
  fiscal_year: number;
  taxable: boolean;
  non_taxable_reason: string | null;
  income_band: string;
  annual_tax_yen: number;
}

export interface TaxArrearsValues {
  resident_number: string;
  tax_type: string;
  fiscal_year: number;
  amount_yen: number;
  since: string;
  collection_status: string;
}

export interface NhiPremiumArrearsValues {
  resident_number: string;
  fiscal_year: number;
  levy_kind: string;
  amount_yen: number;
  months_unpaid: number;
  short_term_certificate: boolean;
}

/** The case number ('PA-<start year>-<id>') is derived from the id by the emitter. */
export interface PublicAssistanceValues {
  resident_number: string;
  status: string;
  started_on: string;
  ended_on: string | null;
  household_size: number;
  housing_allowance_monthly_yen: number;
  rent_paid_directly: boolean;
}

export interface CareCertificationValues {
  resident_number: string;
  care_level: string;
  certified_on: string;
  valid_until: string;
}

export interface DisabilityCertificateValues {
  resident_number: string;
  certificate_kind: string;
  grade: string;
  issued_on: string;
}

/** The case number ('SR-<intake year>-<id>') is derived from the id by the emitter. */
export interface SelfRelianceCaseValues {
  resident_number: string;
  intake_on: string;
  intake_channel: string;
  main_concerns: string[];
  status: string;
  plan_agreed_on: string | null;
  closed_on: string | null;
}

export interface HousingSecurityBenefitValues {
  resident_number: string;
  applied_on: string;
  status: string;
  monthly_amount_yen: number;
  period_start: string | null;
  period_end: string | null;
}

/** The customer number is numbered per service by the emitter. */
export interface UtilityAccountPlan {
  provider_unit: string;
  service: string;
  resident_number: string;
  customer_name: string;
  supply_address: string;
  opened_on: string;
  arrears: UtilityArrearsValues[];
  stopNotices: SupplyStopNoticeValues[];
}

/** provider_unit is copied from the account by the emitter. */
export interface UtilityArrearsValues {
  resident_number: string;
  months_in_arrears: number;
  amount_yen: number;
  since: string;
}

export interface SupplyStopNoticeValues {
  resident_number: string;
  notified_on: string;
  scheduled_stop_on: string;
  status: string;
  executed_on: string | null;
  restored_on: string | null;
}

export interface HouseholdPlan {
  household: HouseholdValues;
  residents: ResidentValues[];
  tenancies: TenancyPlan[];
  housingConsultations: HousingConsultationValues[];
  taxAssessments: ResidentTaxAssessmentValues[];
  taxArrears: TaxArrearsValues[];
  nhiPremiumArrears: NhiPremiumArrearsValues[];
  publicAssistance: PublicAssistanceValues[];
  careCertifications: CareCertificationValues[];
  disabilityCertificates: DisabilityCertificateValues[];
  selfRelianceCases: SelfRelianceCaseValues[];
  housingSecurityBenefits: HousingSecurityBenefitValues[];
  utilityAccounts: UtilityAccountPlan[];
}

export function emptyRecords(): Omit<HouseholdPlan, 'household' | 'residents'> {
  return {
    tenancies: [],
    housingConsultations: [],
    taxAssessments: [],
    taxArrears: [],
    nhiPremiumArrears: [],
    publicAssistance: [],
    careCertifications: [],
    disabilityCertificates: [],
    selfRelianceCases: [],
    housingSecurityBenefits: [],
    utilityAccounts: [],
  };
}
