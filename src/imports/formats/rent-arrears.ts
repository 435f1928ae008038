import { RentArrearsStatus } from '../../housing/enums';
import { PublicHousingTenancy, RentArrears } from '../../housing/records';
import { type ExtractFormat, oneTable, type ParsedRow, type ResolveContext } from '../format';
import type { Rejection } from '../rejection';
import { TENANCY_KEY, TENANCY_KEY_COLUMNS } from './tenancies';

const STATUSES = {
  滞納中: RentArrearsStatus.OPEN,
  分納中: RentArrearsStatus.REPAYING,
  完納: RentArrearsStatus.SETTLED,
  法的措置: RentArrearsStatus.LEGAL_ACTION,
  法的措置中: RentArrearsStatus.LEGAL_ACTION,
};

const tenancyKey = (values: Record<string, unknown>) => JSON.stringify(TENANCY_KEY.map((field) => values[field]));

/** Finds the tenancy each row is on (imported before, from the tenant ledger). */
async function resolveTenancies(rows: ParsedRow[], { em }: ResolveContext): Promise<Rejection[]> {
  const holders = [...new Set(rows.map((row) => row.values.residentNumber as string))];
  const tenancies = await em.find(PublicHousingTenancy, { residentNumber: { $in: holders } });
  const byKey = new Map(tenancies.map((tenancy) => [tenancyKey(tenancy as unknown as Record<string, unknown>), tenancy.id]));
  const rejections: Rejection[] = [];
  for (const row of rows) {
    const tenancyId = byKey.get(tenancyKey(row.values));
    if (tenancyId === undefined) {
      rejections.push({
        line: row.line,
        column: '団地名',
        value: `${row.values.estateName} ${row.values.building} ${row.values.unitNumber}`,
        reason: {
          en: 'no tenancy of this resident in this unit with this move-in date (import the tenant ledger first)',
          ja: 'この名義人・住戸・入居日の入居がありません（先に入居者台帳を取り込んでください）',
        },
      });
    } else {
      row.values.tenancyId = tenancyId;
    }
  }
  return rejections;
}

export const rentArrearsFormat: ExtractFormat = {
  kind: 'rent-arrears',
  title: { en: 'rent arrears (家賃滞納)', ja: '家賃滞納者一覧' },
  producedBy: { en: 'Public housing section (住宅課), housing management system', ja: '住宅課（住宅管理システム）' },
  domain: 'housing',
  fileKey: [...TENANCY_KEY, 'since'],
  residentField: 'residentNumber',
  columns: [
    ...TENANCY_KEY_COLUMNS,
    { header: '滞納開始月', field: 'since', type: { kind: 'month' }, required: true, description: { en: 'First unpaid month', ja: '滞納が始まった月' } },
    { header: '滞納月数', field: 'monthsInArrears', type: { kind: 'integer', min: 0, max: 600 }, required: true, description: { en: 'Months unpaid', ja: '滞納月数' } },
    { header: '滞納額', field: 'amountYen', type: { kind: 'integer', min: 0 }, required: true, description: { en: 'Amount unpaid, yen', ja: '滞納額（円）' } },
    { header: '滞納状況', field: 'status', type: { kind: 'enum', labels: STATUSES }, required: true, description: { en: 'State of the arrears', ja: '滞納の状況' } },
    { header: '分納計画', field: 'repaymentPlan', type: { kind: 'text' }, required: false, description: { en: 'Agreed repayment plan (required when 分納中)', ja: '分納の約束（分納中のとき必須）' } },
  ],
  checkRow: (values) =>
    values.status === RentArrearsStatus.REPAYING && !values.repaymentPlan
      ? [{ field: 'repaymentPlan', reason: { en: 'required when repaying by instalments', ja: '分納中のときは必須です' } }]
      : [],
  resolve: resolveTenancies,
  writes: oneTable({
    entity: RentArrears,
    table: 'housing.rent_arrears',
    key: ['tenancyId', 'since'],
    fields: ['tenancyId', 'residentNumber', 'since', 'monthsInArrears', 'amountYen', 'status', 'repaymentPlan'],
  }),
  notes: [
    {
      en: 'An arrears record is named by its tenancy and its first unpaid month. When the oldest months are paid and the first unpaid month moves, deliver the old record as 完納 and the rest as a new one.',
      ja: '滞納は入居と滞納開始月で特定します。古い月が納付されて滞納開始月が変わったときは、旧記録を「完納」として、残りを新しい記録として提出してください。',
    },
  ],
};
