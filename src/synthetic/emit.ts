import { TABLES, type TableName } from './tables';
import type { HouseholdPlan } from './plan';

const COLUMN_NAMES = Object.fromEntries(
  Object.entries(TABLES).map(([table, spec]) => [table, spec.columns.map((column) => column.name)]),
) as Record<TableName, string[]>;

/**
 * Orders `values` (plus `assigned`, the columns the emitter fills in) as the table's columns. Extra
 * properties are ignored; a missing column is a bug in the generator, so it throws.
 */
export function toRow(table: TableName, values: object, assigned?: Readonly<Record<string, unknown>>): unknown[] {
  const names = COLUMN_NAMES[table];
  const record = values as Record<string, unknown>;
  const row = new Array<unknown>(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const value = assigned?.[name] ?? record[name];
    if (value === undefined) throw new Error(`synthetic ${table} row has no value for ${name}`);
    row[i] = value;
  }
  return row;
}

const CUSTOMER_NUMBER_PREFIX: Record<string, string> = { ELECTRICITY: 'E', GAS: 'G', WATER: 'W' };

/**
 * Turns household plans into table rows: numbers every table's ids from 1, wires the parent ids and
 * derives the identifiers that contain an id. Rows go to `sink` parents first.
 */
export class RowEmitter {
  private readonly lastId = Object.fromEntries(Object.keys(TABLES).map((table) => [table, 0])) as Record<TableName, number>;
  private readonly lastCustomerNumber: Record<string, number> = { ELECTRICITY: 0, GAS: 0, WATER: 0 };

  constructor(private readonly sink: (table: TableName, row: unknown[]) => void) {}

  emit(plan: HouseholdPlan): void {
    this.sink('household', toRow('household', plan.household));
    for (const resident of plan.residents) this.sink('resident', toRow('resident', resident));

    for (const tenancy of plan.tenancies) {
      const tenancyId = this.add('publicHousingTenancy', tenancy);
      for (const arrears of tenancy.arrears) {
        const arrearsId = this.add('rentArrears', arrears, { tenancy_id: tenancyId });
        for (const entry of arrears.guidance) this.add('rentPaymentGuidance', entry, { arrears_id: arrearsId });
      }
    }
    for (const consultation of plan.housingConsultations) this.add('housingConsultation', consultation);

    for (const assessment of plan.taxAssessments) this.add('residentTaxAssessment', assessment);
    for (const arrears of plan.taxArrears) this.add('taxArrears', arrears);
    for (const arrears of plan.nhiPremiumArrears) this.add('nhiPremiumArrears', arrears);

    for (const assistance of plan.publicAssistance) {
      const id = this.lastId.publicAssistance + 1;
      this.add('publicAssistance', assistance, { case_number: caseNumber('PA', assistance.started_on, id) });
    }
    for (const certification of plan.careCertifications) this.add('careCertification', certification);
    for (const certificate of plan.disabilityCertificates) this.add('disabilityCertificate', certificate);
    for (const supportCase of plan.selfRelianceCases) {
      const id = this.lastId.selfRelianceCase + 1;
      this.add('selfRelianceCase', supportCase, { case_number: caseNumber('SR', supportCase.intake_on, id) });
    }
    for (const benefit of plan.housingSecurityBenefits) this.add('housingSecurityBenefit', benefit);

    for (const account of plan.utilityAccounts) {
      const accountId = this.add('utilityAccount', account, { customer_number: this.nextCustomerNumber(account.service) });
      const fromAccount = { account_id: accountId, provider_unit: account.provider_unit };
      for (const entry of account.arrears) this.add('utilityArrears', entry, fromAccount);
      for (const notice of account.stopNotices) this.add('supplyStopNotice', notice, fromAccount);
    }
  }

  /** Emits a row with the table's next id; returns the id. */
  private add(table: TableName, values: object, assigned?: Record<string, unknown>): number {
    const id = ++this.lastId[table];
    this.sink(table, toRow(table, values, assigned ? { ...assigned, id } : { id }));
    return id;
  }

  private nextCustomerNumber(service: string): string {
    const number = ++this.lastCustomerNumber[service];
    return CUSTOMER_NUMBER_PREFIX[service] + String(number).padStart(10, '0');
  }
}

/** 'PA-2024-000123': kind, the year the case started, and the row id. */
function caseNumber(kind: 'PA' | 'SR', startedOn: string, id: number): string {
  return `${kind}-${startedOn.slice(0, 4)}-${String(id).padStart(6, '0')}`;
}
