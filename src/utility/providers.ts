import { UNIT } from '../organisation/units';
import { UtilityService } from './enums';

/** Which provider supplies each service in this municipality; the provider holds the records. */
export const PROVIDER_OF_SERVICE: Record<UtilityService, string> = {
  [UtilityService.ELECTRICITY]: UNIT.ELECTRICITY,
  [UtilityService.GAS]: UNIT.GAS,
  [UtilityService.WATER]: UNIT.WATER,
};
