/**
 * The tables the synthetic municipality fills, with their columns and PostgreSQL types.
 * They mirror the MikroORM entities (and so the migrations); `test/synthetic` checks that they agree
 * with the database after migration, so a drift fails a test instead of a bulk insert.
 */
export interface ColumnSpec {
  name: string;
  /** PostgreSQL type used to cast the bulk-insert parameter arrays (`unnest($1::text[], …)`). */
  type: 'text' | 'int' | 'bigint' | 'date' | 'boolean' | 'text[]';
}

export interface TableSpec {
  /** Schema-qualified table name. */
  table: string;
  columns: ColumnSpec[];
  /** Serial id column whose sequence must be moved past the generated ids. */
  serialId?: string;
}

const col = (name: string, type: ColumnSpec['type']): ColumnSpec => ({ name, type });

export const TABLES = {
  household: {
    table: 'resident.household',
    columns: [col('household_number', 'text'), col('head_resident_number', 'text'), col('formed_on', 'date')],
  },
  resident: {
    table: 'resident.resident',
    columns: [
      col('resident_number', 'text'),
      col('household_number', 'text'),
      col('relationship_to_head', 'text'),
      col('family_name', 'text'),
      col('given_name', 'text'),
      col('family_name_kana', 'text'),
      col('given_name_kana', 'text'),
      col('date_of_birth', 'date'),
      col('sex', 'text'),
      col('postal_code', 'text'),
      col('address', 'text'),
      col('dv_protection', 'boolean'),
      col('registered_on', 'date'),
    ],
  },
  publicHousingTenancy: {
    table: 'housing.public_housing_tenancy',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('estate_name', 'text'),
      col('building', 'text'),
      col('unit_number', 'text'),
      col('move_in_date', 'date'),
      col('household_size', 'int'),
      col('monthly_rent_yen', 'int'),
      col('rent_reduction_percent', 'int'),
      col('rent_reduction_reason', 'text'),
      col('status', 'text'),
      col('ended_on', 'date'),
    ],
  },
  rentArrears: {
    table: 'housing.rent_arrears',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('tenancy_id', 'int'),
      col('resident_number', 'text'),
      col('months_in_arrears', 'int'),
      col('amount_yen', 'int'),
      col('since', 'date'),
      col('status', 'text'),
      col('repayment_plan', 'text'),
    ],
  },
  rentPaymentGuidance: {
    table: 'housing.rent_payment_guidance',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('arrears_id', 'int'),
      col('resident_number', 'text'),
      col('given_on', 'date'),
      col('method', 'text'),
      col('note', 'text'),
    ],
  },
  housingConsultation: {
    table: 'housing.housing_consultation',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('consulted_on', 'date'),
      col('channel', 'text'),
      col('topic', 'text'),
      col('content', 'text'),
      col('referred_to', 'text'),
    ],
  },
  residentTaxAssessment: {
    table: 'tax.resident_tax_assessment',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('fiscal_year', 'int'),
      col('taxable', 'boolean'),
      col('non_taxable_reason', 'text'),
      col('income_band', 'text'),
      col('annual_tax_yen', 'int'),
    ],
  },
  taxArrears: {
    table: 'tax.tax_arrears',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('tax_type', 'text'),
      col('fiscal_year', 'int'),
      col('amount_yen', 'int'),
      col('since', 'date'),
      col('collection_status', 'text'),
    ],
  },
  nhiPremiumArrears: {
    table: 'tax.nhi_premium_arrears',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('fiscal_year', 'int'),
      col('levy_kind', 'text'),
      col('amount_yen', 'int'),
      col('months_unpaid', 'int'),
      col('short_term_certificate', 'boolean'),
    ],
  },
  publicAssistance: {
    table: 'welfare.public_assistance',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('case_number', 'text'),
      col('status', 'text'),
      col('started_on', 'date'),
      col('ended_on', 'date'),
      col('household_size', 'int'),
      col('housing_allowance_monthly_yen', 'int'),
      col('rent_paid_directly', 'boolean'),
    ],
  },
  careCertification: {
    table: 'welfare.care_certification',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('care_level', 'text'),
      col('certified_on', 'date'),
      col('valid_until', 'date'),
    ],
  },
  disabilityCertificate: {
    table: 'welfare.disability_certificate',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('certificate_kind', 'text'),
      col('grade', 'text'),
      col('issued_on', 'date'),
    ],
  },
  selfRelianceCase: {
    table: 'welfare.self_reliance_case',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('case_number', 'text'),
      col('intake_on', 'date'),
      col('intake_channel', 'text'),
      col('main_concerns', 'text[]'),
      col('status', 'text'),
      col('plan_agreed_on', 'date'),
      col('closed_on', 'date'),
    ],
  },
  housingSecurityBenefit: {
    table: 'welfare.housing_security_benefit',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('resident_number', 'text'),
      col('applied_on', 'date'),
      col('status', 'text'),
      col('monthly_amount_yen', 'int'),
      col('period_start', 'date'),
      col('period_end', 'date'),
    ],
  },
  utilityAccount: {
    table: 'utility.utility_account',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('provider_unit', 'text'),
      col('service', 'text'),
      col('customer_number', 'text'),
      col('resident_number', 'text'),
      col('customer_name', 'text'),
      col('supply_address', 'text'),
      col('opened_on', 'date'),
    ],
  },
  utilityArrears: {
    table: 'utility.utility_arrears',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('account_id', 'int'),
      col('resident_number', 'text'),
      col('provider_unit', 'text'),
      col('months_in_arrears', 'int'),
      col('amount_yen', 'int'),
      col('since', 'date'),
    ],
  },
  supplyStopNotice: {
    table: 'utility.supply_stop_notice',
    serialId: 'id',
    columns: [
      col('id', 'int'),
      col('account_id', 'int'),
      col('resident_number', 'text'),
      col('provider_unit', 'text'),
      col('notified_on', 'date'),
      col('scheduled_stop_on', 'date'),
      col('status', 'text'),
      col('executed_on', 'date'),
      col('restored_on', 'date'),
    ],
  },
} satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
