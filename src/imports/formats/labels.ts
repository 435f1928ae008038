import { UNIT } from '../../organisation/units';
import { UtilityService } from '../../utility/enums';

/** Yes/no cells: あり/なし, 有/無, はい/いいえ, ○/×, 1/0. */
export const YES_NO: Readonly<Record<string, boolean>> = {
  あり: true, 有: true, はい: true, '○': true, '〇': true, '1': true,
  なし: false, 無: false, いいえ: false, '×': false, '0': false,
};

/** The utility provider holding an account: the unit code, or the company's name. */
export const PROVIDERS: Readonly<Record<string, string>> = {
  [UNIT.ELECTRICITY]: UNIT.ELECTRICITY, つなぐ電力: UNIT.ELECTRICITY,
  [UNIT.GAS]: UNIT.GAS, つなぐガス: UNIT.GAS,
  [UNIT.WATER]: UNIT.WATER, つなぐ市水道局: UNIT.WATER, 水道局: UNIT.WATER,
};

export const SERVICES: Readonly<Record<string, UtilityService>> = {
  電気: UtilityService.ELECTRICITY, ガス: UtilityService.GAS, 水道: UtilityService.WATER,
};
