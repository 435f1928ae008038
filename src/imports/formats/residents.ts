import { groupBy } from '../../collections/group-by';
import { HouseholdRecord, Resident } from '../../resident/entities';
import { RelationshipToHead as Rel, Sex } from '../../resident/enums';
import type { ExtractFormat, ParsedRow, ResolveContext, WriteTarget } from '../format';
import type { Rejection } from '../rejection';
import { YES_NO } from './labels';

/** 続柄 as the register writes it (since 1995 every child is 子). */
const RELATIONSHIPS: Readonly<Record<string, Rel>> = {
  世帯主: Rel.HEAD, 妻: Rel.SPOUSE, 夫: Rel.SPOUSE, 配偶者: Rel.SPOUSE, 子: Rel.CHILD, 父: Rel.PARENT, 母: Rel.PARENT, 孫: Rel.GRANDCHILD,
  兄: Rel.SIBLING, 弟: Rel.SIBLING, 姉: Rel.SIBLING, 妹: Rel.SIBLING, 祖父: Rel.OTHER_RELATIVE, 祖母: Rel.OTHER_RELATIVE,
  子の妻: Rel.OTHER_RELATIVE, 子の夫: Rel.OTHER_RELATIVE, その他親族: Rel.OTHER_RELATIVE, 縁故者: Rel.NON_RELATIVE, 同居人: Rel.NON_RELATIVE,
};

const SEXES: Readonly<Record<string, Sex>> = { 男: Sex.MALE, 男性: Sex.MALE, '1': Sex.MALE, 女: Sex.FEMALE, 女性: Sex.FEMALE, '2': Sex.FEMALE, 不明: Sex.UNSPECIFIED };

const RESIDENTS: WriteTarget = {
  entity: Resident,
  table: 'resident.resident',
  key: ['residentNumber'],
  fields: [
    'residentNumber', 'householdNumber', 'relationshipToHead', 'familyName', 'givenName', 'familyNameKana', 'givenNameKana',
    'dateOfBirth', 'sex', 'postalCode', 'address', 'dvProtection', 'registeredOn',
  ],
};

const HOUSEHOLDS: WriteTarget = {
  entity: HouseholdRecord,
  table: 'resident.household',
  key: ['householdNumber'],
  fields: ['householdNumber', 'headResidentNumber', 'formedOn'],
  insertOnly: ['formedOn'],
};

const isHead = (row: ParsedRow) => row.values.relationshipToHead === Rel.HEAD;

/** Every household needs one head: in the file, or already in the register. */
async function checkHouseholds(rows: ParsedRow[], { em }: ResolveContext): Promise<Rejection[]> {
  const byHousehold = groupBy(rows, (row) => row.values.householdNumber as string);
  const withoutHead = [...byHousehold.keys()].filter((household) => !byHousehold.get(household)!.some(isHead));
  const registered = new Set(
    (await em.find(HouseholdRecord, { householdNumber: { $in: withoutHead } }, { fields: ['householdNumber'] })).map((household) => household.householdNumber),
  );
  const rejections: Rejection[] = [];
  for (const [household, members] of byHousehold) {
    const heads = members.filter(isHead);
    if (heads.length > 1) {
      for (const head of heads) {
        rejections.push({
          line: head.line,
          column: '続柄',
          value: '世帯主',
          reason: { en: `household ${household} has ${heads.length} heads in this file`, ja: `世帯 ${household} の世帯主がこのファイルに${heads.length}人います` },
        });
      }
    } else if (heads.length === 0 && !registered.has(household)) {
      for (const member of members) {
        rejections.push({
          line: member.line,
          column: '世帯番号',
          value: household,
          reason: {
            en: `household ${household} is new and no accepted row names its head (世帯主)`,
            ja: `世帯 ${household} は未登録で、世帯主の行がない（または受け付けられなかった）ため登録できません`,
          },
        });
      }
    }
  }
  return rejections;
}

export const residentsFormat: ExtractFormat = {
  kind: 'residents',
  title: { en: 'resident register (住民基本台帳)', ja: '住民基本台帳' },
  producedBy: { en: 'Citizens section (市民課), resident register system', ja: '市民課（住民記録システム）' },
  domain: 'core',
  fileKey: ['residentNumber'],
  columns: [
    { header: '宛名番号', aliases: ['住民番号'], field: 'residentNumber', type: { kind: 'residentNumber' }, required: true, description: { en: 'Resident number', ja: '宛名番号（10桁）' } },
    { header: '世帯番号', field: 'householdNumber', type: { kind: 'text' }, required: true, description: { en: 'Household number', ja: '世帯番号' } },
    { header: '続柄', field: 'relationshipToHead', type: { kind: 'enum', labels: RELATIONSHIPS }, required: true, description: { en: 'Relationship to the head of household', ja: '世帯主との続柄' } },
    { header: '氏', field: 'familyName', type: { kind: 'text' }, required: true, description: { en: 'Family name', ja: '氏' } },
    { header: '名', field: 'givenName', type: { kind: 'text' }, required: true, description: { en: 'Given name', ja: '名' } },
    { header: '氏フリガナ', aliases: ['氏カナ'], field: 'familyNameKana', type: { kind: 'kana' }, required: true, description: { en: 'Family name in kana', ja: '氏のフリガナ' } },
    { header: '名フリガナ', aliases: ['名カナ'], field: 'givenNameKana', type: { kind: 'kana' }, required: true, description: { en: 'Given name in kana', ja: '名のフリガナ' } },
    { header: '生年月日', field: 'dateOfBirth', type: { kind: 'date' }, required: true, description: { en: 'Date of birth', ja: '生年月日' } },
    { header: '性別', field: 'sex', type: { kind: 'enum', labels: SEXES }, required: true, description: { en: 'Sex', ja: '性別' } },
    { header: '郵便番号', field: 'postalCode', type: { kind: 'postalCode' }, required: true, description: { en: 'Postal code', ja: '郵便番号' } },
    { header: '住所', field: 'address', type: { kind: 'text' }, required: true, description: { en: 'Registered address', ja: '住所' } },
    { header: '住民となった日', field: 'registeredOn', type: { kind: 'date' }, required: true, description: { en: 'Date registered here', ja: '住民となった年月日' } },
    {
      header: 'DV等支援措置',
      aliases: ['支援措置'],
      field: 'dvProtection',
      type: { kind: 'enum', labels: { 対象: true, 対象外: false, ...YES_NO } },
      required: false,
      emptyMeans: false,
      description: { en: 'Under the DV/stalking support measure; left out of the file, the register keeps what it holds', ja: 'DV等支援措置の対象か。列がなければ登録済みの値を変えない' },
    },
  ],
  checkRow: (values) =>
    (values.registeredOn as string) < (values.dateOfBirth as string)
      ? [{ field: 'registeredOn', reason: { en: 'before the date of birth', ja: '生年月日より前です' } }]
      : [],
  resolve: checkHouseholds,
  writes: (rows) => [
    {
      target: HOUSEHOLDS,
      records: rows.filter(isHead).map((head) => ({
        householdNumber: head.values.householdNumber,
        headResidentNumber: head.values.residentNumber,
        formedOn: head.values.registeredOn,
      })),
    },
    { target: RESIDENTS, records: rows.map((row) => row.values) },
  ],
  notes: [
    {
      en: 'One row per resident. A household is created from the row of its head (世帯主); its formation date is the head\'s 住民となった日. A household already registered may be delivered without its head.',
      ja: '住民1人につき1行。世帯は世帯主の行から作られ、世帯の成立日は世帯主の「住民となった日」とします。登録済みの世帯は世帯主の行がなくても取り込めます。',
    },
  ],
};
