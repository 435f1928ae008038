import { SupplyStopStatus } from '../../utility/enums';
import { SupplyStopNotice, UtilityAccount, UtilityArrears } from '../../utility/records';
import { type ColumnSpec, type ExtractFormat, oneTable, type ParsedRow, type ResolveContext } from '../format';
import type { Rejection } from '../rejection';
import { PROVIDERS, SERVICES } from './labels';

const PROVIDER: ColumnSpec = {
  header: '事業者',
  field: 'providerUnit',
  type: { kind: 'enum', labels: PROVIDERS },
  required: true,
  description: { en: 'Provider: unit code or name', ja: '事業者（ユニットコードまたは事業者名）' },
};
const CUSTOMER: ColumnSpec = { header: 'お客さま番号', aliases: ['お客様番号', '需要家番号'], field: 'customerNumber', type: { kind: 'text' }, required: true, description: { en: "Provider's customer number", ja: 'お客さま番号' } };
const RESIDENT_CHECK: ColumnSpec = {
  header: '宛名番号',
  field: 'residentNumber',
  type: { kind: 'residentNumber' },
  required: false,
  description: { en: 'Optional: when given, must be the account holder', ja: '任意。記入する場合は契約者の宛名番号と一致すること' },
};

export const utilityAccountsFormat: ExtractFormat = {
  kind: 'utility-accounts',
  title: { en: 'utility accounts (供給契約)', ja: '供給契約者一覧' },
  producedBy: {
    en: 'Electricity, gas and water providers; the resident number filled in by the municipality (see the note)',
    ja: '電気・ガス事業者、水道局（宛名番号は市が記入。注記参照）',
  },
  domain: 'utility',
  fileKey: ['providerUnit', 'customerNumber'],
  residentField: 'residentNumber',
  columns: [
    PROVIDER,
    { header: '供給種別', field: 'service', type: { kind: 'enum', labels: SERVICES }, required: true, description: { en: 'Electricity, gas or water', ja: '電気／ガス／水道' } },
    CUSTOMER,
    { header: '宛名番号', field: 'residentNumber', type: { kind: 'residentNumber' }, required: true, description: { en: 'Resident number of the account holder (filled in by the municipality)', ja: '契約者の宛名番号（市が記入）' } },
    { header: '契約者名', aliases: ['お客さま名', 'お客様名'], field: 'customerName', type: { kind: 'text' }, required: false, description: { en: "Customer name as on the contract (the provider's own record)", ja: '契約者名（事業者が保有するもの）' } },
    { header: '供給場所', field: 'supplyAddress', type: { kind: 'text' }, required: true, description: { en: 'Supply address', ja: '供給場所の住所' } },
    { header: '契約開始日', field: 'openedOn', type: { kind: 'date' }, required: true, description: { en: 'Contract start', ja: '契約開始年月日' } },
  ],
  writes: oneTable({
    entity: UtilityAccount,
    table: 'utility.utility_account',
    key: ['providerUnit', 'customerNumber'],
    fields: ['providerUnit', 'service', 'customerNumber', 'residentNumber', 'customerName', 'supplyAddress', 'openedOn'],
  }),
  notes: [
    {
      en: "A provider's own customer list carries no resident number. Match it first with the record-linkage library (src/record-linkage: proposeMatch per customer, staff confirming what is pending) and fill 宛名番号 from the confirmed matches; rows whose customer is not matched yet stay out of the file. The municipal water works, a public organ, may fill it from its own ledger.",
      ja: '事業者の顧客一覧には宛名番号がありません。先に名寄せ（src/record-linkage の proposeMatch、保留分は職員が確定）を行い、確定した照合から宛名番号を記入してください。未照合の顧客は含めないでください。市の水道局は自らの台帳から記入できます。',
    },
  ],
};

const accountKey = (provider: unknown, customer: unknown) => `${provider}\u0000${customer}`;

/** Finds each row's account by provider and customer number; the account gives the resident. */
async function resolveAccounts(rows: ParsedRow[], { em }: ResolveContext): Promise<Rejection[]> {
  const customers = [...new Set(rows.map((row) => row.values.customerNumber as string))];
  const accounts = await em.find(UtilityAccount, { customerNumber: { $in: customers } });
  const byKey = new Map(accounts.map((account) => [accountKey(account.providerUnit, account.customerNumber), account]));
  const rejections: Rejection[] = [];
  for (const row of rows) {
    const account = byKey.get(accountKey(row.values.providerUnit, row.values.customerNumber));
    if (!account) {
      rejections.push({
        line: row.line,
        column: 'お客さま番号',
        value: row.values.customerNumber as string,
        reason: { en: 'no account of this provider with this customer number (import the accounts first)', ja: 'この事業者・お客さま番号の契約がありません（先に供給契約を取り込んでください）' },
      });
    } else if (row.values.residentNumber && row.values.residentNumber !== account.residentNumber) {
      rejections.push({
        line: row.line,
        column: '宛名番号',
        value: row.values.residentNumber as string,
        reason: { en: 'not the resident number of the account holder', ja: '契約者の宛名番号と一致しません' },
      });
    } else {
      row.values.accountId = account.id;
      row.values.residentNumber = account.residentNumber;
    }
  }
  return rejections;
}

const ACCOUNT_NOTE = {
  en: 'Rows name the account by provider and customer number, as the provider\'s own system does; the resident comes from the account, so the file needs no resident number.',
  ja: '行は事業者とお客さま番号で契約を特定します（事業者のシステムのまま）。住民は契約から分かるため、宛名番号は不要です。',
};

export const utilityArrearsFormat: ExtractFormat = {
  kind: 'utility-arrears',
  title: { en: 'utility arrears (料金滞納)', ja: '料金滞納者一覧' },
  producedBy: { en: 'Electricity, gas and water providers', ja: '電気・ガス事業者、水道局' },
  domain: 'utility',
  fileKey: ['providerUnit', 'customerNumber', 'since'],
  columns: [
    PROVIDER,
    CUSTOMER,
    RESIDENT_CHECK,
    { header: '滞納月数', field: 'monthsInArrears', type: { kind: 'integer', min: 0, max: 600 }, required: true, description: { en: 'Months unpaid', ja: '滞納月数' } },
    { header: '滞納額', field: 'amountYen', type: { kind: 'integer', min: 0 }, required: true, description: { en: 'Amount unpaid, yen', ja: '滞納額（円）' } },
    { header: '最初の未払請求日', aliases: ['滞納開始日'], field: 'since', type: { kind: 'date' }, required: true, description: { en: 'Date of the first unpaid bill', ja: '最初の未払い請求の日付' } },
  ],
  resolve: resolveAccounts,
  writes: oneTable({
    entity: UtilityArrears,
    table: 'utility.utility_arrears',
    key: ['accountId', 'since'],
    fields: ['accountId', 'residentNumber', 'providerUnit', 'monthsInArrears', 'amountYen', 'since'],
  }),
  notes: [ACCOUNT_NOTE],
};

const STOP_STATUSES = {
  停止予告: SupplyStopStatus.NOTIFIED,
  予告済: SupplyStopStatus.NOTIFIED,
  停止: SupplyStopStatus.EXECUTED,
  停止実施: SupplyStopStatus.EXECUTED,
  中止: SupplyStopStatus.CANCELLED,
  再開: SupplyStopStatus.RESTORED,
  供給再開: SupplyStopStatus.RESTORED,
};

export const supplyStopsFormat: ExtractFormat = {
  kind: 'supply-stops',
  title: { en: 'supply-stop notices (供給停止予告)', ja: '供給停止予告・実施一覧' },
  producedBy: { en: 'Electricity, gas and water providers', ja: '電気・ガス事業者、水道局' },
  domain: 'utility',
  fileKey: ['providerUnit', 'customerNumber', 'notifiedOn'],
  columns: [
    PROVIDER,
    CUSTOMER,
    RESIDENT_CHECK,
    { header: '予告日', field: 'notifiedOn', type: { kind: 'date' }, required: true, description: { en: 'Date the notice was sent', ja: '停止予告の日付' } },
    { header: '停止予定日', field: 'scheduledStopOn', type: { kind: 'date' }, required: true, description: { en: 'Scheduled stop date', ja: '停止予定日' } },
    { header: '状況', field: 'status', type: { kind: 'enum', labels: STOP_STATUSES }, required: true, description: { en: 'State of the stop', ja: '停止の状況' } },
    { header: '停止日', field: 'executedOn', type: { kind: 'date' }, required: false, description: { en: 'Date supply was stopped (停止 and 再開)', ja: '停止した日（停止・再開のとき必須）' } },
    { header: '再開日', field: 'restoredOn', type: { kind: 'date' }, required: false, description: { en: 'Date supply was restored (再開)', ja: '再開した日（再開のとき必須）' } },
  ],
  checkRow: (values) => {
    const problems = [];
    const stopped = values.status === SupplyStopStatus.EXECUTED || values.status === SupplyStopStatus.RESTORED;
    if (stopped && !values.executedOn) problems.push({ field: 'executedOn', reason: { en: 'required once the supply was stopped', ja: '停止・再開のときは必須です' } });
    if (!stopped && values.executedOn) problems.push({ field: 'executedOn', reason: { en: 'only once the supply was stopped', ja: '停止・再開以外は空欄にしてください' } });
    if (values.status === SupplyStopStatus.RESTORED && !values.restoredOn) problems.push({ field: 'restoredOn', reason: { en: 'required when restored', ja: '再開のときは必須です' } });
    if (values.status !== SupplyStopStatus.RESTORED && values.restoredOn) problems.push({ field: 'restoredOn', reason: { en: 'only when restored', ja: '再開以外は空欄にしてください' } });
    if ((values.scheduledStopOn as string) < (values.notifiedOn as string)) problems.push({ field: 'scheduledStopOn', reason: { en: 'before the notice', ja: '予告日より前です' } });
    if (values.restoredOn && values.executedOn && (values.restoredOn as string) < (values.executedOn as string)) {
      problems.push({ field: 'restoredOn', reason: { en: 'before the stop', ja: '停止日より前です' } });
    }
    return problems;
  },
  resolve: resolveAccounts,
  writes: oneTable({
    entity: SupplyStopNotice,
    table: 'utility.supply_stop_notice',
    key: ['accountId', 'notifiedOn'],
    fields: ['accountId', 'residentNumber', 'providerUnit', 'notifiedOn', 'scheduledStopOn', 'status', 'executedOn', 'restoredOn'],
  }),
  notes: [ACCOUNT_NOTE],
};
