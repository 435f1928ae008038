import { CollectionStatus, IncomeBand, NhiLevyKind, NonTaxableReason, TaxType } from '../../tax/enums';
import { NhiPremiumArrears, ResidentTaxAssessment, TaxArrears } from '../../tax/records';
import { type ColumnSpec, type ExtractFormat, oneTable } from '../format';
import { YES_NO } from './labels';

const RESIDENT: ColumnSpec = { header: '宛名番号', field: 'residentNumber', type: { kind: 'residentNumber' }, required: true, description: { en: 'Resident number', ja: '宛名番号' } };
const FISCAL_YEAR: ColumnSpec = { header: '年度', field: 'fiscalYear', type: { kind: 'fiscalYear' }, required: true, description: { en: 'Fiscal year', ja: '年度（2024 または 令和6年度）' } };

const INCOME_BANDS = {
  所得なし: IncomeBand.NONE,
  '100万円未満': IncomeBand.UNDER_1M,
  '100万円以上200万円未満': IncomeBand.FROM_1M_TO_2M,
  '200万円以上300万円未満': IncomeBand.FROM_2M_TO_3M,
  '300万円以上500万円未満': IncomeBand.FROM_3M_TO_5M,
  '500万円以上1000万円未満': IncomeBand.FROM_5M_TO_10M,
  '1000万円以上': IncomeBand.OVER_10M,
};

const NON_TAXABLE_REASONS = {
  所得基準以下: NonTaxableReason.BELOW_THRESHOLD,
  生活扶助: NonTaxableReason.PUBLIC_ASSISTANCE,
  '障害者・未成年者・寡婦・ひとり親': NonTaxableReason.DISABLED_MINOR_WIDOW_LOW_INCOME,
  被扶養者: NonTaxableReason.DEPENDANT,
};

export const taxAssessmentsFormat: ExtractFormat = {
  kind: 'tax-assessments',
  title: { en: 'resident-tax assessment ledger (課税台帳)', ja: '個人住民税課税台帳' },
  producedBy: { en: 'Taxation section (税務課), tax system', ja: '税務課（税務システム）' },
  domain: 'tax',
  fileKey: ['residentNumber', 'fiscalYear'],
  residentField: 'residentNumber',
  columns: [
    RESIDENT,
    FISCAL_YEAR,
    { header: '課税区分', field: 'taxable', type: { kind: 'enum', labels: { 課税: true, 非課税: false } }, required: true, description: { en: 'Taxed or not (非課税)', ja: '課税／非課税' } },
    { header: '非課税理由', field: 'nonTaxableReason', type: { kind: 'enum', labels: NON_TAXABLE_REASONS }, required: false, description: { en: 'Why not taxed (required when 非課税)', ja: '非課税の理由（非課税のとき必須）' } },
    { header: '所得区分', field: 'incomeBand', type: { kind: 'enum', labels: INCOME_BANDS }, required: true, description: { en: 'Band of total income', ja: '総所得金額等の区分' } },
    { header: '年税額', field: 'annualTaxYen', type: { kind: 'integer', min: 0 }, required: true, description: { en: 'Annual tax, yen (0 when 非課税)', ja: '年税額（円、非課税は0）' } },
  ],
  checkRow: (values) => {
    if (values.taxable) {
      return values.nonTaxableReason ? [{ field: 'nonTaxableReason', reason: { en: 'only for a resident not taxed', ja: '課税の場合は空欄にしてください' } }] : [];
    }
    const problems = [];
    if (!values.nonTaxableReason) problems.push({ field: 'nonTaxableReason', reason: { en: 'required when not taxed', ja: '非課税のときは必須です' } });
    if (values.annualTaxYen !== 0) problems.push({ field: 'annualTaxYen', reason: { en: 'must be 0 when not taxed', ja: '非課税のときは0です' } });
    return problems;
  },
  writes: oneTable({
    entity: ResidentTaxAssessment,
    table: 'tax.resident_tax_assessment',
    key: ['residentNumber', 'fiscalYear'],
    fields: ['residentNumber', 'fiscalYear', 'taxable', 'nonTaxableReason', 'incomeBand', 'annualTaxYen'],
  }),
};

const TAX_TYPES = {
  個人住民税: TaxType.RESIDENT_TAX,
  住民税: TaxType.RESIDENT_TAX,
  市県民税: TaxType.RESIDENT_TAX,
  固定資産税: TaxType.FIXED_ASSET_TAX,
  軽自動車税: TaxType.LIGHT_VEHICLE_TAX,
};

const COLLECTION_STATUSES = {
  未納: CollectionStatus.UNPAID,
  分納中: CollectionStatus.INSTALMENT,
  差押: CollectionStatus.SEIZURE,
  差押中: CollectionStatus.SEIZURE,
  執行停止: CollectionStatus.SUSPENDED,
  滞納処分の執行停止: CollectionStatus.SUSPENDED,
};

export const taxArrearsFormat: ExtractFormat = {
  kind: 'tax-arrears',
  title: { en: 'tax arrears (滞納整理)', ja: '滞納整理簿' },
  producedBy: { en: 'Tax collection (税務課 収納・滞納整理), tax system', ja: '税務課 収納・滞納整理（税務システム）' },
  domain: 'tax',
  fileKey: ['residentNumber', 'taxType', 'fiscalYear'],
  residentField: 'residentNumber',
  columns: [
    RESIDENT,
    { header: '税目', field: 'taxType', type: { kind: 'enum', labels: TAX_TYPES }, required: true, description: { en: 'Tax', ja: '税目' } },
    FISCAL_YEAR,
    { header: '滞納額', field: 'amountYen', type: { kind: 'integer', min: 0 }, required: true, description: { en: 'Amount unpaid, yen', ja: '滞納額（円）' } },
    { header: '納期限', field: 'since', type: { kind: 'date' }, required: true, description: { en: 'Due date missed (the first, when several)', ja: '納期限（複数の期別は最初の納期限）' } },
    { header: '徴収状況', field: 'collectionStatus', type: { kind: 'enum', labels: COLLECTION_STATUSES }, required: true, description: { en: 'Collection state', ja: '徴収の状況' } },
  ],
  writes: oneTable({
    entity: TaxArrears,
    table: 'tax.tax_arrears',
    key: ['residentNumber', 'taxType', 'fiscalYear'],
    fields: ['residentNumber', 'taxType', 'fiscalYear', 'amountYen', 'since', 'collectionStatus'],
  }),
  notes: [{ en: 'One row per resident, tax and fiscal year, the instalments (期別) of the year summed.', ja: '住民・税目・年度ごとに1行。期別はまとめて記入してください。' }],
};

const LEVY_KINDS = {
  国保税: NhiLevyKind.TAX,
  国民健康保険税: NhiLevyKind.TAX,
  国保料: NhiLevyKind.PREMIUM,
  国民健康保険料: NhiLevyKind.PREMIUM,
};

export const nhiArrearsFormat: ExtractFormat = {
  kind: 'nhi-arrears',
  title: { en: 'national health insurance arrears (国保滞納)', ja: '国民健康保険税（料）滞納者一覧' },
  producedBy: { en: 'NHI section (保険年金課)', ja: '保険年金課' },
  domain: 'tax',
  fileKey: ['residentNumber', 'fiscalYear'],
  residentField: 'residentNumber',
  columns: [
    { ...RESIDENT, description: { en: 'Resident number of the householder (納税義務者)', ja: '世帯主（納税義務者）の宛名番号' } },
    FISCAL_YEAR,
    { header: '賦課区分', field: 'levyKind', type: { kind: 'enum', labels: LEVY_KINDS }, required: true, description: { en: 'Levied as a tax or a premium', ja: '国保税／国保料' } },
    { header: '滞納額', field: 'amountYen', type: { kind: 'integer', min: 0 }, required: true, description: { en: 'Amount unpaid, yen', ja: '滞納額（円）' } },
    { header: '滞納月数', field: 'monthsUnpaid', type: { kind: 'integer', min: 0, max: 600 }, required: true, description: { en: 'Months unpaid', ja: '滞納月数' } },
    { header: '短期証', aliases: ['短期被保険者証'], field: 'shortTermCertificate', type: { kind: 'enum', labels: YES_NO }, required: true, description: { en: 'Short-term insurance certificate issued', ja: '短期被保険者証の交付（あり／なし）' } },
  ],
  writes: oneTable({
    entity: NhiPremiumArrears,
    table: 'tax.nhi_premium_arrears',
    key: ['residentNumber', 'fiscalYear'],
    fields: ['residentNumber', 'fiscalYear', 'levyKind', 'amountYen', 'monthsUnpaid', 'shortTermCertificate'],
  }),
};
