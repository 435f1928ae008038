import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, Staff, Unit } from './entities';
import { StaffRole } from './roles';
import { LegalRegime, ORG, UNIT } from './units';

/** The demo municipality's organisations, units and named staff (one per role in DESIGN.md §1). */
export const ORGANISATIONS = [
  { code: ORG.CITY, name: 'つなぐ市', regime: LegalRegime.PUBLIC_ORGAN },
  // A municipal water works run as a local public enterprise is its own public organ.
  { code: ORG.WATERWORKS, name: 'つなぐ市水道局', regime: LegalRegime.PUBLIC_ORGAN },
  { code: ORG.ELECTRIC, name: 'つなぐ電力株式会社', regime: LegalRegime.PRIVATE_OPERATOR },
  { code: ORG.GAS, name: 'つなぐガス株式会社', regime: LegalRegime.PRIVATE_OPERATOR },
  { code: ORG.SOCIAL_WELFARE_COUNCIL, name: '社会福祉法人つなぐ市社会福祉協議会', regime: LegalRegime.PRIVATE_OPERATOR },
];

export const UNITS: { code: string; name: string; organisation: string; onBehalfOf?: string }[] = [
  { code: UNIT.RESIDENT_REGISTRY, name: '市民課', organisation: ORG.CITY },
  { code: UNIT.PUBLIC_HOUSING, name: '住宅課（公営住宅担当）', organisation: ORG.CITY },
  { code: UNIT.TAXATION, name: '税務課', organisation: ORG.CITY },
  { code: UNIT.NHI, name: '保険年金課（国民健康保険）', organisation: ORG.CITY },
  { code: UNIT.PUBLIC_ASSISTANCE, name: '生活福祉課（生活保護）', organisation: ORG.CITY },
  { code: UNIT.LONG_TERM_CARE, name: '介護保険課', organisation: ORG.CITY },
  { code: UNIT.DISABILITY, name: '障害福祉課', organisation: ORG.CITY },
  // The self-reliance agency is run by the council of social welfare under contract (委託).
  { code: UNIT.SELF_RELIANCE, name: 'つなぐ市自立相談支援センター', organisation: ORG.SOCIAL_WELFARE_COUNCIL, onBehalfOf: ORG.CITY },
  { code: UNIT.SUPPORT_MEETING_SECRETARIAT, name: '生活福祉課（支援会議事務局）', organisation: ORG.CITY },
  { code: UNIT.PRIVACY_OFFICE, name: '総務課（個人情報保護担当）', organisation: ORG.CITY },
  { code: UNIT.ELECTRICITY, name: 'つなぐ電力 料金センター', organisation: ORG.ELECTRIC },
  { code: UNIT.GAS, name: 'つなぐガス お客さまセンター', organisation: ORG.GAS },
  { code: UNIT.WATER, name: '水道局 料金課', organisation: ORG.WATERWORKS },
  { code: UNIT.CSW_COMMUNITY, name: '社協 地域福祉課', organisation: ORG.SOCIAL_WELFARE_COUNCIL },
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
];

/** Writes the catalogue; existing rows are updated, so a restart converges on the code. */
export async function seedOrganisations(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const org of ORGANISATIONS) await tx.upsert(Organisation, org);
    for (const unit of UNITS) {
      await tx.upsert(Unit, {
        code: unit.code,
        name: unit.name,
        organisation: unit.organisation,
        onBehalfOf: unit.onBehalfOf ?? null,
      });
    }
    for (const staff of DEMO_STAFF) {
      await tx.upsert(Staff, {
        code: staff.code,
        name: staff.name,
        unit: staff.unit,
        role: staff.role,
        active: staff.active ?? true,
      });
    }
  });
}
