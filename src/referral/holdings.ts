import { UNIT } from '../organisation/units';
import type { Loaders } from '../server/loaders';

type Holding = (loaders: Loaders, residentNumber: string) => Promise<boolean>;

const any = async (...lists: Promise<unknown[]>[]) => (await Promise.all(lists)).some((list) => list.length > 0);

/** Whether a unit holds any record about a resident, by unit (the units that can refer a case). */
const HOLDINGS: Record<string, Holding> = {
  [UNIT.RESIDENT_REGISTRY]: async (l, n) => (await l.resident.byNumber.load(n)) !== null,
  [UNIT.PUBLIC_HOUSING]: (l, n) => any(l.housing.tenanciesByResident.load(n), l.housing.arrearsByResident.load(n), l.housing.consultationsByResident.load(n)),
  [UNIT.TAXATION]: (l, n) => any(l.tax.assessmentsByResident.load(n), l.tax.arrearsByResident.load(n)),
  [UNIT.NHI]: (l, n) => any(l.tax.nhiArrearsByResident.load(n)),
  [UNIT.PUBLIC_ASSISTANCE]: (l, n) => any(l.welfare.publicAssistanceByResident.load(n)),
  [UNIT.LONG_TERM_CARE]: (l, n) => any(l.welfare.careByResident.load(n)),
  [UNIT.DISABILITY]: (l, n) => any(l.welfare.disabilityByResident.load(n)),
  [UNIT.SELF_RELIANCE]: (l, n) => any(l.welfare.selfRelianceByResident.load(n), l.welfare.housingBenefitByResident.load(n)),
  [UNIT.WATER]: async (l, n) => (await l.utility.accountsByResident.load(n)).some((a) => a.providerUnit === UNIT.WATER),
};

export async function holdsRecordsAbout(loaders: Loaders, unitCode: string, residentNumber: string): Promise<boolean> {
  const holding = HOLDINGS[unitCode];
  return holding ? holding(loaders, residentNumber) : false;
}
