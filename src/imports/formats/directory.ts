import { Contract, Membership, Organisation, Staff, Unit } from '../../organisation/entities';
import { checkCode, checkContract, checkMembership, checkOrganisation, type DirectoryProblem } from '../../organisation/admin/directory-checks';
import { MembershipBody } from '../../organisation/membership-body';
import { StaffRole } from '../../organisation/roles';
import { LegalRegime, OrganisationKind } from '../../organisation/units';
import { Purpose } from '../../policy/purposes';
import type { Bilingual } from '../../errors';
import { type ColumnSpec, type ExtractFormat, oneTable, type ParsedRow, type ResolveContext, type Values } from '../format';
import type { Rejection } from '../rejection';
import { YES_NO } from './labels';

/**
 * The directory (organisations, units, contracts, memberships, staff) as CSV, for the system
 * administrator: the same checks as the mutations (organisation/admin/directory-checks.ts); the
 * import is logged with its operator like every import, and the hub picks the change up on its next
 * request (the directory's version).
 */
const codes = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<string, T>;
const REGIMES = { ...codes(Object.values(LegalRegime)), 行政機関等: LegalRegime.PUBLIC_ORGAN, 個人情報取扱事業者: LegalRegime.PRIVATE_OPERATOR };
const KINDS = {
  ...codes(Object.values(OrganisationKind)),
  市町村: OrganisationKind.MUNICIPALITY, 地方公営企業: OrganisationKind.PUBLIC_ENTERPRISE, 電気ガス事業者: OrganisationKind.UTILITY_COMPANY,
  社会福祉協議会: OrganisationKind.SOCIAL_WELFARE_COUNCIL, 社会福祉法人: OrganisationKind.SOCIAL_WELFARE_CORPORATION, 居住支援法人: OrganisationKind.HOUSING_SUPPORT_CORPORATION,
  不動産業者: OrganisationKind.REAL_ESTATE_AGENT, 居住支援協議会: OrganisationKind.HOUSING_SUPPORT_COUNCIL,
};
const BODIES = { ...codes(Object.values(MembershipBody)), 支援会議: MembershipBody.SUPPORT_MEETING, 居住支援協議会: MembershipBody.HOUSING_SUPPORT_COUNCIL };

const text = (header: string, field: string, en: string, ja: string, required = true): ColumnSpec => ({ header, field, type: { kind: 'text' }, required, description: { en, ja } });
const CODE = text('コード', 'code', 'Stable code (lower-case letters, digits, dots, hyphens)', 'コード（英小文字・数字・ピリオド・ハイフン）');
const NAME = text('名称', 'name', 'Name', '名称');

/** A list of purposes in one cell, separated by spaces, commas or 、. */
function purposesIn(values: Values, field: string): DirectoryProblem[] {
  const listed = String(values[field] ?? '').split(/[\s,、]+/).filter(Boolean);
  values[field] = listed;
  const unknown = listed.filter((p) => !(p in Purpose));
  return unknown.length ? [{ field, reason: { en: `unknown purposes: ${unknown.join(', ')}`, ja: `不明な利用目的です：${unknown.join('、')}` } }] : [];
}

function rejection(row: ParsedRow, columns: readonly ColumnSpec[], problem: DirectoryProblem): Rejection {
  const column = columns.find((c) => c.field === problem.field);
  const value = row.values[problem.field];
  return { line: row.line, column: column?.header ?? null, value: value === undefined || value === null ? null : String(value), reason: problem.reason as Bilingual };
}

async function organisationsById(context: ResolveContext, codes: string[]) {
  const found = await context.em.find(Organisation, { code: { $in: [...new Set(codes)] } });
  return new Map(found.map((o) => [o.code, o]));
}

const ORGANISATION_COLUMNS = [
  CODE, NAME,
  { header: '規律', field: 'regime', type: { kind: 'enum', labels: REGIMES }, required: true, description: { en: 'PUBLIC_ORGAN (行政機関等) or PRIVATE_OPERATOR (個人情報取扱事業者)', ja: '行政機関等／個人情報取扱事業者' } },
  { header: '種別', field: 'kind', type: { kind: 'enum', labels: KINDS }, required: true, description: { en: 'Kind of body (市町村, 居住支援法人, …)', ja: '組織の種別（市町村、居住支援法人 等）' } },
] as const satisfies readonly ColumnSpec[];

export const organisationsFormat: ExtractFormat = {
  kind: 'organisations',
  title: { en: 'directory: organisations (組織)', ja: '組織台帳' },
  producedBy: { en: 'System administrator (情報政策課)', ja: '情報政策課（システム管理）' },
  operatorRole: StaffRole.SYSTEM_ADMINISTRATOR,
  domain: 'core',
  fileKey: ['code'],
  columns: ORGANISATION_COLUMNS,
  checkRow: (values) => checkOrganisation(values as never),
  writes: oneTable({ entity: Organisation, table: 'organisation.organisation', key: ['code'], fields: ['code', 'name', 'regime', 'kind'] }),
};

const UNIT_COLUMNS = [
  CODE, NAME,
  text('組織コード', 'organisation', 'Organisation code', '所属する組織のコード'),
  text('利用目的', 'purposes', 'Purposes assigned (codes separated by spaces); only those the law lets the unit declare take effect', '割り当てる利用目的（コードを空白区切り）。法令上申告できるもののみ有効', false),
] as const satisfies readonly ColumnSpec[];

export const unitsFormat: ExtractFormat = {
  kind: 'units',
  title: { en: 'directory: units (部署) and their purposes', ja: '部署台帳' },
  producedBy: organisationsFormat.producedBy,
  operatorRole: StaffRole.SYSTEM_ADMINISTRATOR,
  domain: 'core',
  fileKey: ['code'],
  columns: UNIT_COLUMNS,
  checkRow: (values) => [...checkCode('code', values.code as string), ...purposesIn(values, 'purposes')],
  resolve: async (rows, context) => {
    const organisations = await organisationsById(context, rows.map((r) => r.values.organisation as string));
    return rows.filter((r) => !organisations.has(r.values.organisation as string)).map((r) => rejection(r, UNIT_COLUMNS, { field: 'organisation', reason: { en: 'unknown organisation', ja: '不明な組織です' } }));
  },
  writes: oneTable({ entity: Unit, table: 'organisation.unit', key: ['code'], fields: ['code', 'name', 'organisation', 'purposes'] }),
};

const CONTRACT_COLUMNS = [
  CODE, NAME,
  text('委託者', 'client', 'Client municipality (organisation code)', '委託者（市町村の組織コード）'),
  text('受託者', 'contractor', 'Contractor (organisation code)', '受託者（組織コード）'),
  text('履行部署', 'unit', 'The contractor’s unit that performs it', '受託者の履行部署コード'),
  text('委託事務', 'services', 'Services entrusted, as purposes separated by spaces', '委託する事務（利用目的コードを空白区切り）'),
  { header: '契約開始日', field: 'validFrom', type: { kind: 'date' }, required: true, description: { en: 'First day', ja: '契約開始年月日' } },
  { header: '契約終了日', field: 'validUntil', type: { kind: 'date' }, required: false, description: { en: 'Last day (empty: open-ended)', ja: '契約終了年月日（空欄は期限なし）' } },
] as const satisfies readonly ColumnSpec[];

export const contractsFormat: ExtractFormat = {
  kind: 'contracts',
  title: { en: 'directory: contracts (委託契約)', ja: '委託契約台帳' },
  producedBy: organisationsFormat.producedBy,
  operatorRole: StaffRole.SYSTEM_ADMINISTRATOR,
  domain: 'core',
  fileKey: ['code'],
  columns: CONTRACT_COLUMNS,
  checkRow: (values) => purposesIn(values, 'services'),
  resolve: async (rows, context) => {
    const organisations = await organisationsById(context, rows.flatMap((r) => [r.values.client as string, r.values.contractor as string]));
    const units = new Map((await context.em.find(Unit, { code: { $in: rows.map((r) => r.values.unit as string) } })).map((u) => [u.code, u.organisation.code]));
    return rows.flatMap((row) => {
      const v = row.values;
      const problems = checkContract({ code: v.code as string, services: v.services as string[], validFrom: v.validFrom as string, validUntil: v.validUntil as string | null }, organisations.get(v.client as string), organisations.get(v.contractor as string), units.get(v.unit as string));
      const renamed: Record<string, string> = { clientCode: 'client', contractorCode: 'contractor', unitCode: 'unit' };
      return problems.map((p) => rejection(row, CONTRACT_COLUMNS, { ...p, field: renamed[p.field] ?? p.field }));
    });
  },
  writes: oneTable({ entity: Contract, table: 'organisation.contract', key: ['code'], fields: ['code', 'name', 'client', 'contractor', 'unit', 'services', 'validFrom', 'validUntil'] }),
};

const MEMBERSHIP_COLUMNS = [
  CODE,
  { header: '会議体', field: 'body', type: { kind: 'enum', labels: BODIES }, required: true, description: { en: '支援会議 or 居住支援協議会', ja: '支援会議／居住支援協議会' } },
  text('招集者', 'convener', 'Convening organisation (the municipality, or the council)', '招集する組織（市町村または協議会）のコード'),
  text('部署コード', 'unit', 'Member unit', '構成員の部署コード'),
  { header: '参加開始日', field: 'memberFrom', type: { kind: 'date' }, required: true, description: { en: 'First day', ja: '参加開始年月日' } },
  { header: '参加終了日', field: 'memberUntil', type: { kind: 'date' }, required: false, description: { en: 'Last day', ja: '参加終了年月日' } },
] as const satisfies readonly ColumnSpec[];

export const membershipsFormat: ExtractFormat = {
  kind: 'memberships',
  title: { en: 'directory: memberships of support meetings and housing support councils', ja: '会議体構成員台帳' },
  producedBy: organisationsFormat.producedBy,
  operatorRole: StaffRole.SYSTEM_ADMINISTRATOR,
  domain: 'core',
  fileKey: ['code'],
  columns: MEMBERSHIP_COLUMNS,
  resolve: async (rows, context) => {
    const organisations = await organisationsById(context, rows.map((r) => r.values.convener as string));
    const units = new Set((await context.em.find(Unit, { code: { $in: rows.map((r) => r.values.unit as string) } })).map((u) => u.code));
    return rows.flatMap((row) => {
      const v = row.values;
      const problems = checkMembership({ code: v.code as string, body: v.body as MembershipBody, memberFrom: v.memberFrom as string, memberUntil: v.memberUntil as string | null }, organisations.get(v.convener as string), units.has(v.unit as string));
      const renamed: Record<string, string> = { convenerCode: 'convener', unitCode: 'unit' };
      return problems.map((p) => rejection(row, MEMBERSHIP_COLUMNS, { ...p, field: renamed[p.field] ?? p.field }));
    });
  },
  writes: oneTable({ entity: Membership, table: 'organisation.membership', key: ['code'], fields: ['code', 'body', 'convener', 'unit', 'memberFrom', 'memberUntil'] }),
};

const STAFF_COLUMNS = [
  CODE,
  text('氏名', 'name', 'Name', '氏名'),
  text('部署コード', 'unit', 'Unit', '所属部署のコード'),
  { header: '職務', field: 'role', type: { kind: 'enum', labels: codes(Object.values(StaffRole)) }, required: true, description: { en: 'Role (StaffRole code)', ja: '職務（StaffRole のコード）' } },
  { header: '有効', field: 'active', type: { kind: 'enum', labels: YES_NO }, required: false, emptyMeans: true, description: { en: 'Active (empty: yes); no disables every token at once', ja: '有効（空欄は有効）。なしにするとすべてのトークンが無効になる' } },
] as const satisfies readonly ColumnSpec[];

export const staffFormat: ExtractFormat = {
  kind: 'staff',
  title: { en: 'directory: staff (職員) and roles', ja: '職員台帳' },
  producedBy: organisationsFormat.producedBy,
  operatorRole: StaffRole.SYSTEM_ADMINISTRATOR,
  domain: 'core',
  fileKey: ['code'],
  columns: STAFF_COLUMNS,
  checkRow: (values) => checkCode('code', values.code as string),
  resolve: async (rows, context) => {
    const units = new Set((await context.em.find(Unit, { code: { $in: rows.map((r) => r.values.unit as string) } })).map((u) => u.code));
    return rows.filter((r) => !units.has(r.values.unit as string)).map((r) => rejection(r, STAFF_COLUMNS, { field: 'unit', reason: { en: 'unknown unit', ja: '不明な部署です' } }));
  },
  writes: oneTable({ entity: Staff, table: 'organisation.staff', key: ['code'], fields: ['code', 'name', 'unit', 'role', 'active'] }),
};

export const DIRECTORY_FORMATS = [organisationsFormat, unitsFormat, contractsFormat, membershipsFormat, staffFormat];
