import { CareLevel, DisabilityCertificateKind, PublicAssistanceStatus } from '../../welfare/enums';
import { CareCertification, DisabilityCertificate, PublicAssistance } from '../../welfare/records';
import { type ColumnSpec, type ExtractFormat, oneTable } from '../format';
import { YES_NO } from './labels';

const RESIDENT: ColumnSpec = { header: '宛名番号', field: 'residentNumber', type: { kind: 'residentNumber' }, required: true, description: { en: 'Resident number', ja: '宛名番号' } };

const ASSISTANCE_STATUSES = {
  申請中: PublicAssistanceStatus.APPLIED,
  保護中: PublicAssistanceStatus.RECEIVING,
  停止: PublicAssistanceStatus.SUSPENDED,
  停止中: PublicAssistanceStatus.SUSPENDED,
  廃止: PublicAssistanceStatus.ENDED,
};

export const publicAssistanceFormat: ExtractFormat = {
  kind: 'public-assistance',
  title: { en: 'public assistance case ledger (保護台帳)', ja: '生活保護 保護台帳' },
  producedBy: { en: 'Public assistance section (生活福祉課), case management system', ja: '生活福祉課（生活保護システム）' },
  domain: 'welfare',
  fileKey: ['caseNumber'],
  residentField: 'residentNumber',
  columns: [
    { header: 'ケース番号', field: 'caseNumber', type: { kind: 'text' }, required: true, description: { en: 'Case number (identifies the case)', ja: 'ケース番号（ケースを特定する）' } },
    { ...RESIDENT, description: { en: 'Resident number of the head of the assisted household', ja: '世帯主の宛名番号' } },
    { header: '保護状況', field: 'status', type: { kind: 'enum', labels: ASSISTANCE_STATUSES }, required: true, description: { en: 'State of the case', ja: '保護の状況' } },
    { header: '保護開始日', field: 'startedOn', type: { kind: 'date' }, required: true, description: { en: 'Start of assistance', ja: '保護開始年月日' } },
    { header: '保護廃止日', field: 'endedOn', type: { kind: 'date' }, required: false, description: { en: 'End of assistance (required when 廃止)', ja: '保護廃止年月日（廃止のとき必須）' } },
    { header: '世帯人員', field: 'householdSize', type: { kind: 'integer', min: 1, max: 20 }, required: true, description: { en: 'Members of the assisted household', ja: '保護世帯の人員' } },
    { header: '住宅扶助額', field: 'housingAllowanceMonthlyYen', type: { kind: 'integer', min: 0 }, required: true, description: { en: 'Monthly housing allowance, yen', ja: '住宅扶助の月額（円）' } },
    { header: '代理納付', field: 'rentPaidDirectly', type: { kind: 'enum', labels: YES_NO }, required: true, description: { en: 'Housing allowance paid directly to the landlord', ja: '住宅扶助の代理納付（あり／なし）' } },
  ],
  checkRow: (values) => {
    const problems = [];
    if (values.status === PublicAssistanceStatus.ENDED && !values.endedOn) problems.push({ field: 'endedOn', reason: { en: 'required when the case has ended', ja: '廃止のときは必須です' } });
    if (values.status !== PublicAssistanceStatus.ENDED && values.endedOn) problems.push({ field: 'endedOn', reason: { en: 'only for an ended case', ja: '廃止以外は空欄にしてください' } });
    if (values.endedOn && (values.endedOn as string) < (values.startedOn as string)) problems.push({ field: 'endedOn', reason: { en: 'before the start', ja: '保護開始日より前です' } });
    return problems;
  },
  writes: oneTable({
    entity: PublicAssistance,
    table: 'welfare.public_assistance',
    key: ['caseNumber'],
    fields: ['caseNumber', 'residentNumber', 'status', 'startedOn', 'endedOn', 'householdSize', 'housingAllowanceMonthlyYen', 'rentPaidDirectly'],
  }),
};

const CARE_LEVELS = {
  要支援1: CareLevel.SUPPORT_1,
  要支援2: CareLevel.SUPPORT_2,
  要介護1: CareLevel.CARE_1,
  要介護2: CareLevel.CARE_2,
  要介護3: CareLevel.CARE_3,
  要介護4: CareLevel.CARE_4,
  要介護5: CareLevel.CARE_5,
};

export const careCertificationsFormat: ExtractFormat = {
  kind: 'care-certifications',
  title: { en: 'long-term care certifications (要介護認定)', ja: '要介護認定者一覧' },
  producedBy: { en: 'Long-term care section (介護保険課), care insurance system', ja: '介護保険課（介護保険システム）' },
  domain: 'welfare',
  fileKey: ['residentNumber', 'certifiedOn'],
  residentField: 'residentNumber',
  columns: [
    RESIDENT,
    { header: '要介護度', aliases: ['要介護状態区分'], field: 'careLevel', type: { kind: 'enum', labels: CARE_LEVELS }, required: true, description: { en: 'Certified level', ja: '要介護状態区分' } },
    { header: '認定日', field: 'certifiedOn', type: { kind: 'date' }, required: true, description: { en: 'Date certified', ja: '認定年月日' } },
    { header: '有効期間満了日', aliases: ['認定有効期間終了日'], field: 'validUntil', type: { kind: 'date' }, required: true, description: { en: 'End of validity', ja: '認定有効期間の満了日' } },
  ],
  checkRow: (values) =>
    (values.validUntil as string) < (values.certifiedOn as string) ? [{ field: 'validUntil', reason: { en: 'before the certification', ja: '認定日より前です' } }] : [],
  writes: oneTable({
    entity: CareCertification,
    table: 'welfare.care_certification',
    key: ['residentNumber', 'certifiedOn'],
    fields: ['residentNumber', 'careLevel', 'certifiedOn', 'validUntil'],
  }),
  notes: [{ en: 'Special-care data (要配慮個人情報): deliver it only through the hub, never by mail or shared drives.', ja: '要配慮個人情報です。受け渡しはハブへの取込のみとし、メールや共有フォルダを使わないでください。' }],
};

const CERTIFICATE_KINDS = {
  身体障害者手帳: DisabilityCertificateKind.PHYSICAL,
  身体: DisabilityCertificateKind.PHYSICAL,
  療育手帳: DisabilityCertificateKind.INTELLECTUAL,
  療育: DisabilityCertificateKind.INTELLECTUAL,
  精神障害者保健福祉手帳: DisabilityCertificateKind.MENTAL,
  精神: DisabilityCertificateKind.MENTAL,
};

/** 身体 1–6級, 療育 A/B (A1, A2, B1, B2 where the prefecture divides them), 精神 1–3級. */
const GRADES: Readonly<Record<DisabilityCertificateKind, RegExp>> = {
  PHYSICAL: /^[1-6]級$/,
  INTELLECTUAL: /^[AB][12]?$/,
  MENTAL: /^[1-3]級$/,
};

export const disabilityCertificatesFormat: ExtractFormat = {
  kind: 'disability-certificates',
  title: { en: 'disability certificates (障害者手帳)', ja: '障害者手帳所持者一覧' },
  producedBy: { en: 'Disability welfare section (障害福祉課)', ja: '障害福祉課' },
  domain: 'welfare',
  fileKey: ['residentNumber', 'certificateKind'],
  residentField: 'residentNumber',
  columns: [
    RESIDENT,
    { header: '手帳種別', field: 'certificateKind', type: { kind: 'enum', labels: CERTIFICATE_KINDS }, required: true, description: { en: 'Kind of certificate', ja: '手帳の種別' } },
    { header: '等級', aliases: ['障害程度'], field: 'grade', type: { kind: 'text' }, required: true, description: { en: 'Grade: 1級–6級 (身体), A/B (療育), 1級–3級 (精神)', ja: '等級（身体 1〜6級、療育 A/B、精神 1〜3級）' } },
    { header: '交付日', field: 'issuedOn', type: { kind: 'date' }, required: true, description: { en: 'Date issued (or last renewed)', ja: '交付（更新）年月日' } },
  ],
  checkRow: (values) => {
    const grade = (values.grade as string).normalize('NFKC').replace(/\s/g, '').replace(/^(\d)$/, '$1級');
    values.grade = grade;
    return GRADES[values.certificateKind as DisabilityCertificateKind].test(grade)
      ? []
      : [{ field: 'grade', reason: { en: 'not a grade of this kind of certificate', ja: 'この種別の手帳の等級ではありません' } }];
  },
  writes: oneTable({
    entity: DisabilityCertificate,
    table: 'welfare.disability_certificate',
    key: ['residentNumber', 'certificateKind'],
    fields: ['residentNumber', 'certificateKind', 'grade', 'issuedOn'],
  }),
  notes: [
    { en: 'One row per resident and kind of certificate: a re-graded certificate updates the row. Special-care data (要配慮個人情報).', ja: '住民・手帳種別ごとに1行。等級の変更は同じ行の更新になります。要配慮個人情報です。' },
  ],
};
