import type { EntityManager } from '@mikro-orm/postgresql';
import { Purpose as P } from '../policy/purposes';
import { Contract, Membership, Organisation, Staff, Unit } from './entities';
import { MembershipBody } from './membership-body';
import { StaffRole } from './roles';
import { LegalRegime, ORG, OrganisationKind as Kind, UNIT } from './units';

const LIFE = P.PROTECTION_OF_LIFE_BODY_PROPERTY;
const PUBLIC = LegalRegime.PUBLIC_ORGAN;
const PRIVATE = LegalRegime.PRIVATE_OPERATOR;

/**
 * The demo municipality's directory as first seeded: organisations, units, contracts, memberships
 * and named staff. From then on it is data, kept by the system administrator (`saveOrganisation`…,
 * or the CSV import); the seed adds what is missing and never overwrites a change.
 */
export const ORGANISATIONS: { code: string; name: string; regime: LegalRegime; kind: Kind }[] = [
  { code: ORG.CITY, name: 'つなぐ市', regime: PUBLIC, kind: Kind.MUNICIPALITY },
  // A municipal water works run as a local public enterprise is its own public organ.
  { code: ORG.WATERWORKS, name: 'つなぐ市水道局', regime: PUBLIC, kind: Kind.PUBLIC_ENTERPRISE },
  { code: ORG.ELECTRIC, name: 'つなぐ電力株式会社', regime: PRIVATE, kind: Kind.UTILITY_COMPANY },
  { code: ORG.GAS, name: 'つなぐガス株式会社', regime: PRIVATE, kind: Kind.UTILITY_COMPANY },
  { code: ORG.SOCIAL_WELFARE_COUNCIL, name: '社会福祉法人つなぐ市社会福祉協議会', regime: PRIVATE, kind: Kind.SOCIAL_WELFARE_COUNCIL },
  { code: ORG.HOUSING_SUPPORT_CORPORATION, name: 'NPO法人すまいネットつなぐ（居住支援法人）', regime: PRIVATE, kind: Kind.HOUSING_SUPPORT_CORPORATION },
  { code: ORG.CARE_CENTRE_OPERATOR, name: '社会福祉法人ひだまり会', regime: PRIVATE, kind: Kind.SOCIAL_WELFARE_CORPORATION },
  { code: ORG.REALTOR, name: 'つなぐ不動産株式会社（協力不動産店・管理会社）', regime: PRIVATE, kind: Kind.REAL_ESTATE_AGENT },
  // A council without legal personality is a private operator under APPI 16(2) (法人でない団体).
  { code: ORG.HOUSING_SUPPORT_COUNCIL, name: 'つなぐ市居住支援協議会', regime: PRIVATE, kind: Kind.HOUSING_SUPPORT_COUNCIL },
];

export const UNITS: { code: string; name: string; organisation: string; purposes: P[] }[] = [
  { code: UNIT.RESIDENT_REGISTRY, name: '市民課', organisation: ORG.CITY, purposes: [P.RESIDENT_REGISTRY] },
  { code: UNIT.PUBLIC_HOUSING, name: '住宅課（公営住宅担当）', organisation: ORG.CITY, purposes: [P.PUBLIC_HOUSING_MANAGEMENT, P.HOUSING_CONSULTATION, LIFE, P.HOUSING_SUPPORT_COUNCIL] },
  { code: UNIT.TAXATION, name: '税務課', organisation: ORG.CITY, purposes: [P.TAX_ASSESSMENT_AND_COLLECTION] },
  { code: UNIT.NHI, name: '保険年金課（国民健康保険）', organisation: ORG.CITY, purposes: [P.NHI_ADMINISTRATION, P.TAX_ASSESSMENT_AND_COLLECTION] },
  { code: UNIT.PUBLIC_ASSISTANCE, name: '生活福祉課（生活保護）', organisation: ORG.CITY, purposes: [P.PUBLIC_ASSISTANCE, LIFE] },
  { code: UNIT.LONG_TERM_CARE, name: '介護保険課', organisation: ORG.CITY, purposes: [P.LONG_TERM_CARE_INSURANCE, LIFE] },
  { code: UNIT.DISABILITY, name: '障害福祉課', organisation: ORG.CITY, purposes: [P.DISABILITY_WELFARE, LIFE] },
  // The self-reliance agency is run by the council of social welfare under contract (CONTRACTS below).
  {
    code: UNIT.SELF_RELIANCE,
    name: 'つなぐ市自立相談支援センター',
    organisation: ORG.SOCIAL_WELFARE_COUNCIL,
    purposes: [P.SELF_RELIANCE_SUPPORT, P.HOUSING_SECURITY_BENEFIT, LIFE, P.HOUSEHOLD_FINANCE_SUPPORT, P.EMPLOYMENT_PREPARATION_SUPPORT, P.TEMPORARY_LIVING_SUPPORT, P.OUTREACH],
  },
  { code: UNIT.SUPPORT_MEETING_SECRETARIAT, name: '生活福祉課（支援会議事務局）', organisation: ORG.CITY, purposes: [P.SELF_RELIANCE_SUPPORT] },
  { code: UNIT.PRIVACY_OFFICE, name: '総務課（個人情報保護担当）', organisation: ORG.CITY, purposes: [P.AUDIT] },
  { code: UNIT.ELECTRICITY, name: 'つなぐ電力 料金センター', organisation: ORG.ELECTRIC, purposes: [P.UTILITY_SUPPLY, LIFE] },
  { code: UNIT.GAS, name: 'つなぐガス お客さまセンター', organisation: ORG.GAS, purposes: [P.UTILITY_SUPPLY, LIFE] },
  { code: UNIT.WATER, name: '水道局 料金課', organisation: ORG.WATERWORKS, purposes: [P.UTILITY_SUPPLY, LIFE] },
  { code: UNIT.CSW_COMMUNITY, name: '社協 地域福祉課', organisation: ORG.SOCIAL_WELFARE_COUNCIL, purposes: [P.COMMUNITY_WELFARE, P.HOUSING_SUPPORT_COUNCIL, LIFE] },
  { code: UNIT.SYSTEM_ADMINISTRATION, name: '情報政策課（システム管理）', organisation: ORG.CITY, purposes: [] },
  { code: UNIT.HOUSING_SUPPORT, name: 'すまいネット 入居相談窓口', organisation: ORG.HOUSING_SUPPORT_CORPORATION, purposes: [P.HOUSING_SUPPORT_SERVICES, P.WATCHING_OVER, P.HOUSING_SUPPORT_COUNCIL, P.SELF_RELIANCE_SUPPORT, LIFE] },
  { code: UNIT.WATCHING_OVER, name: 'すまいネット 見守り支援室（市委託）', organisation: ORG.HOUSING_SUPPORT_CORPORATION, purposes: [P.WATCHING_OVER, P.OUTREACH, LIFE] },
  { code: UNIT.COMMUNITY_CARE_CENTRE, name: 'つなぐ市東地域包括支援センター（市委託）', organisation: ORG.CARE_CENTRE_OPERATOR, purposes: [P.COMMUNITY_CARE, P.SELF_RELIANCE_SUPPORT, LIFE] },
  { code: UNIT.REALTOR, name: 'つなぐ不動産 賃貸管理部', organisation: ORG.REALTOR, purposes: [P.REAL_ESTATE_BUSINESS, P.HOUSING_SUPPORT_COUNCIL, LIFE] },
  { code: UNIT.COUNCIL_SECRETARIAT, name: 'つなぐ市居住支援協議会 事務局', organisation: ORG.HOUSING_SUPPORT_COUNCIL, purposes: [P.HOUSING_SUPPORT_COUNCIL] },
];

export const CONTRACTS: { code: string; name: string; client: string; contractor: string; unit: string; services: P[]; validFrom: string; validUntil?: string }[] = [
  {
    code: 'contract.self-reliance',
    name: '自立相談支援事業等委託契約',
    client: ORG.CITY,
    contractor: ORG.SOCIAL_WELFARE_COUNCIL,
    unit: UNIT.SELF_RELIANCE,
    services: [P.SELF_RELIANCE_SUPPORT, P.HOUSING_SECURITY_BENEFIT, P.HOUSEHOLD_FINANCE_SUPPORT, P.EMPLOYMENT_PREPARATION_SUPPORT, P.TEMPORARY_LIVING_SUPPORT, P.OUTREACH],
    validFrom: '2015-04-01',
  },
  { code: 'contract.watching-over', name: '地域居住支援事業（見守り）委託契約', client: ORG.CITY, contractor: ORG.HOUSING_SUPPORT_CORPORATION, unit: UNIT.WATCHING_OVER, services: [P.WATCHING_OVER, P.OUTREACH], validFrom: '2024-04-01' },
  { code: 'contract.community-care', name: '地域包括支援センター運営委託契約', client: ORG.CITY, contractor: ORG.CARE_CENTRE_OPERATOR, unit: UNIT.COMMUNITY_CARE_CENTRE, services: [P.COMMUNITY_CARE], validFrom: '2018-04-01' },
];

export const MEMBERSHIPS: { code: string; body: MembershipBody; convener: string; unit: string; memberFrom: string }[] = [
  { code: 'support-meeting.housing-support', body: MembershipBody.SUPPORT_MEETING, convener: ORG.CITY, unit: UNIT.HOUSING_SUPPORT, memberFrom: '2024-04-01' },
  { code: 'support-meeting.community-care', body: MembershipBody.SUPPORT_MEETING, convener: ORG.CITY, unit: UNIT.COMMUNITY_CARE_CENTRE, memberFrom: '2024-04-01' },
  ...[UNIT.PUBLIC_HOUSING, UNIT.HOUSING_SUPPORT, UNIT.REALTOR, UNIT.CSW_COMMUNITY].map((unit) => ({
    code: `housing-council.${unit}`,
    body: MembershipBody.HOUSING_SUPPORT_COUNCIL,
    convener: ORG.HOUSING_SUPPORT_COUNCIL,
    unit,
    memberFrom: '2023-04-01',
  })),
];

export const DEMO_STAFF: { code: string; name: string; unit: string; role: StaffRole; active?: boolean }[] = [
  { code: 'registry-clerk', name: '市民 花子', unit: UNIT.RESIDENT_REGISTRY, role: StaffRole.REGISTRY_CLERK },
  { code: 'housing-officer', name: '住田 健一', unit: UNIT.PUBLIC_HOUSING, role: StaffRole.HOUSING_OFFICER },
  { code: 'tax-officer', name: '税所 誠', unit: UNIT.TAXATION, role: StaffRole.TAX_OFFICER },
  { code: 'nhi-officer', name: '保坂 由美', unit: UNIT.NHI, role: StaffRole.NHI_OFFICER },
  { code: 'assistance-caseworker', name: '福田 直樹', unit: UNIT.PUBLIC_ASSISTANCE, role: StaffRole.PUBLIC_ASSISTANCE_CASEWORKER },
  { code: 'care-officer', name: '介野 恵子', unit: UNIT.LONG_TERM_CARE, role: StaffRole.CARE_INSURANCE_OFFICER },
  { code: 'disability-officer', name: '障 和也', unit: UNIT.DISABILITY, role: StaffRole.DISABILITY_WELFARE_OFFICER },
  { code: 'caseworker', name: '支援 さくら', unit: UNIT.SELF_RELIANCE, role: StaffRole.SELF_RELIANCE_CASEWORKER },
  { code: 'meeting-secretariat', name: '会議 真理', unit: UNIT.SUPPORT_MEETING_SECRETARIAT, role: StaffRole.SUPPORT_MEETING_SECRETARIAT },
  { code: 'privacy-officer', name: '監査 正義', unit: UNIT.PRIVACY_OFFICE, role: StaffRole.PRIVACY_OFFICER },
  { code: 'electricity-staff', name: '電田 光', unit: UNIT.ELECTRICITY, role: StaffRole.UTILITY_STAFF },
  { code: 'gas-staff', name: '瓦斯 炎', unit: UNIT.GAS, role: StaffRole.UTILITY_STAFF },
  { code: 'water-officer', name: '水野 清', unit: UNIT.WATER, role: StaffRole.WATER_OFFICER },
  { code: 'former-housing-officer', name: '元住 退', unit: UNIT.PUBLIC_HOUSING, role: StaffRole.HOUSING_OFFICER, active: false },
  { code: 'system-admin', name: '管理 統', unit: UNIT.SYSTEM_ADMINISTRATION, role: StaffRole.SYSTEM_ADMINISTRATOR },
  { code: 'housing-support-worker', name: '住井 結', unit: UNIT.HOUSING_SUPPORT, role: StaffRole.HOUSING_SUPPORT_WORKER },
  { code: 'watching-over-worker', name: '見守 灯', unit: UNIT.WATCHING_OVER, role: StaffRole.HOUSING_SUPPORT_WORKER },
  { code: 'care-centre-worker', name: '包括 和子', unit: UNIT.COMMUNITY_CARE_CENTRE, role: StaffRole.COMMUNITY_CARE_WORKER },
  { code: 'csw-worker', name: '地域 福子', unit: UNIT.CSW_COMMUNITY, role: StaffRole.COMMUNITY_WELFARE_WORKER },
  { code: 'realtor', name: '不動 賢', unit: UNIT.REALTOR, role: StaffRole.REAL_ESTATE_STAFF },
  { code: 'council-secretariat', name: '協議 進', unit: UNIT.COUNCIL_SECRETARIAT, role: StaffRole.COUNCIL_SECRETARIAT },
];

/** Adds whatever of the demo directory is missing; what is there (perhaps changed by the administrator) stays as it is. */
export async function seedOrganisations(em: EntityManager): Promise<void> {
  const ignore = { onConflictAction: 'ignore' } as const;
  await em.transactional(async (tx) => {
    await tx.upsertMany(Organisation, ORGANISATIONS, ignore);
    await tx.upsertMany(Unit, UNITS.map(({ code, name, organisation, purposes }) => ({ code, name, organisation, purposes })), ignore);
    await tx.upsertMany(Contract, CONTRACTS.map((c) => ({ ...c, validUntil: c.validUntil ?? null })), ignore);
    await tx.upsertMany(Membership, MEMBERSHIPS.map((m) => ({ ...m, memberUntil: null })), ignore);
    await tx.upsertMany(Staff, DEMO_STAFF.map((s) => ({ ...s, active: s.active ?? true })), ignore);
  });
}
