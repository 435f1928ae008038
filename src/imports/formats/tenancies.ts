import { TenancyStatus } from '../../housing/enums';
import { PublicHousingTenancy } from '../../housing/records';
import { type ColumnSpec, type ExtractFormat, oneTable } from '../format';

/** The columns that name one tenancy: the rent-arrears extract carries them too. */
export const TENANCY_KEY_COLUMNS: readonly ColumnSpec[] = [
  { header: '宛名番号', field: 'residentNumber', type: { kind: 'residentNumber' }, required: true, description: { en: 'Resident number of the tenancy holder (名義人)', ja: '名義人の宛名番号' } },
  { header: '団地名', field: 'estateName', type: { kind: 'text' }, required: true, description: { en: 'Estate', ja: '団地名' } },
  { header: '号棟', field: 'building', type: { kind: 'text' }, required: true, description: { en: 'Building, e.g. 3号棟', ja: '号棟（例: 3号棟）' } },
  { header: '部屋番号', field: 'unitNumber', type: { kind: 'text' }, required: true, description: { en: 'Unit, e.g. 204', ja: '部屋番号（例: 204）' } },
  { header: '入居日', field: 'moveInDate', type: { kind: 'date' }, required: true, description: { en: 'Move-in date', ja: '入居年月日' } },
];
export const TENANCY_KEY = ['residentNumber', 'estateName', 'building', 'unitNumber', 'moveInDate'] as const;

const STATUSES = { 入居中: TenancyStatus.ACTIVE, 退去: TenancyStatus.ENDED, 退去済: TenancyStatus.ENDED };

export const tenanciesFormat: ExtractFormat = {
  kind: 'tenancies',
  title: { en: 'public-housing tenant ledger (入居者台帳)', ja: '公営住宅入居者台帳' },
  producedBy: { en: 'Public housing section (住宅課), housing management system', ja: '住宅課（住宅管理システム）' },
  domain: 'housing',
  fileKey: TENANCY_KEY,
  residentField: 'residentNumber',
  columns: [
    ...TENANCY_KEY_COLUMNS,
    { header: '入居世帯人数', field: 'householdSize', type: { kind: 'integer', min: 1, max: 20 }, required: true, description: { en: 'Members living in the unit', ja: '入居世帯の人数' } },
    { header: '家賃月額', field: 'monthlyRentYen', type: { kind: 'integer', min: 0 }, required: true, description: { en: 'Monthly rent, yen', ja: '家賃月額（円）' } },
    { header: '減免率', field: 'rentReductionPercent', type: { kind: 'integer', min: 0, max: 100 }, required: false, emptyMeans: 0, description: { en: 'Rent reduction, percent (empty: none)', ja: '家賃減免率（%、空欄は減免なし）' } },
    { header: '減免事由', field: 'rentReductionReason', type: { kind: 'text' }, required: false, description: { en: 'Reason for the reduction', ja: '減免事由' } },
    { header: '入居状況', field: 'status', type: { kind: 'enum', labels: STATUSES }, required: true, description: { en: 'Current or ended', ja: '入居中／退去' } },
    { header: '退去日', field: 'endedOn', type: { kind: 'date' }, required: false, description: { en: 'Date the tenancy ended (required when 退去)', ja: '退去年月日（退去のとき必須）' } },
  ],
  checkRow: (values) => {
    const problems = [];
    if (values.status === TenancyStatus.ENDED && !values.endedOn) problems.push({ field: 'endedOn', reason: { en: 'required when the tenancy has ended', ja: '退去のときは必須です' } });
    if (values.status === TenancyStatus.ACTIVE && values.endedOn) problems.push({ field: 'endedOn', reason: { en: 'a current tenancy has no end date', ja: '入居中の場合は空欄にしてください' } });
    if (values.endedOn && (values.endedOn as string) < (values.moveInDate as string)) problems.push({ field: 'endedOn', reason: { en: 'before the move-in date', ja: '入居日より前です' } });
    if ((values.rentReductionPercent as number) > 0 && 'rentReductionReason' in values && !values.rentReductionReason) {
      problems.push({ field: 'rentReductionReason', reason: { en: 'required when the rent is reduced', ja: '減免があるときは必須です' } });
    }
    return problems;
  },
  writes: oneTable({
    entity: PublicHousingTenancy,
    table: 'housing.public_housing_tenancy',
    key: TENANCY_KEY,
    fields: [...TENANCY_KEY, 'householdSize', 'monthlyRentYen', 'rentReductionPercent', 'rentReductionReason', 'status', 'endedOn'],
  }),
  notes: [
    {
      en: 'A tenancy is named by its holder, unit and move-in date: a change of holder (名義変更) is a new tenancy, the old one delivered as 退去.',
      ja: '入居は名義人・住戸・入居日で特定します。名義変更は新しい入居として、旧名義の入居は「退去」として提出してください。',
    },
  ],
};
