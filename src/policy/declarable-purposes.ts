import { UNIT } from '../organisation/units';
import { Purpose } from './purposes';

/** The purposes each unit may declare: a request under any other purpose is refused outright. */
const LIFE = Purpose.PROTECTION_OF_LIFE_BODY_PROPERTY;

export const DECLARABLE_PURPOSES: Record<string, readonly Purpose[]> = {
  [UNIT.RESIDENT_REGISTRY]: [Purpose.RESIDENT_REGISTRY],
  [UNIT.PUBLIC_HOUSING]: [Purpose.PUBLIC_HOUSING_MANAGEMENT, Purpose.HOUSING_CONSULTATION, LIFE],
  [UNIT.TAXATION]: [Purpose.TAX_ASSESSMENT_AND_COLLECTION],
  [UNIT.NHI]: [Purpose.NHI_ADMINISTRATION, Purpose.TAX_ASSESSMENT_AND_COLLECTION],
  [UNIT.PUBLIC_ASSISTANCE]: [Purpose.PUBLIC_ASSISTANCE, LIFE],
  [UNIT.LONG_TERM_CARE]: [Purpose.LONG_TERM_CARE_INSURANCE, LIFE],
  [UNIT.DISABILITY]: [Purpose.DISABILITY_WELFARE, LIFE],
  [UNIT.SELF_RELIANCE]: [Purpose.SELF_RELIANCE_SUPPORT, Purpose.HOUSING_SECURITY_BENEFIT, LIFE],
  [UNIT.SUPPORT_MEETING_SECRETARIAT]: [Purpose.SELF_RELIANCE_SUPPORT],
  [UNIT.PRIVACY_OFFICE]: [Purpose.AUDIT],
  [UNIT.ELECTRICITY]: [Purpose.UTILITY_SUPPLY, LIFE],
  [UNIT.GAS]: [Purpose.UTILITY_SUPPLY, LIFE],
  [UNIT.WATER]: [Purpose.UTILITY_SUPPLY, LIFE],
  [UNIT.CSW_COMMUNITY]: [],
};

export function mayDeclare(unitCode: string, purpose: Purpose): boolean {
  return DECLARABLE_PURPOSES[unitCode]?.includes(purpose) ?? false;
}
