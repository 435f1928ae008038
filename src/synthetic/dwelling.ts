import {
  APARTMENT_PREFIXES,
  APARTMENT_STEMS,
  APARTMENT_SUFFIXES,
  CITY_PREFIX,
  HOUSING_ESTATES,
  TOWNS,
  type HousingEstate,
  type Town,
} from './japanese/places';
import type { Random } from './random';

export type Tenure = 'OWNED' | 'PRIVATE_RENTAL' | 'PUBLIC_HOUSING';

export interface PublicHousingUnit {
  estateName: string;
  /** '3号棟' */
  building: string;
  /** '305': floor and door. */
  unitNumber: string;
}

export interface Dwelling {
  tenure: Tenure;
  postalCode: string;
  address: string;
  publicHousingUnit: PublicHousingUnit | null;
}

/** Estates are chosen in proportion to how many units they have. */
const ESTATE_WEIGHTS: Record<string, number> = Object.fromEntries(
  HOUSING_ESTATES.map((estate, index) => [index, estate.buildings * estate.floors * estate.unitsPerFloor]),
);

export function drawDwelling(rng: Random, tenure: Tenure): Dwelling {
  if (tenure === 'PUBLIC_HOUSING') return drawPublicHousingDwelling(rng, HOUSING_ESTATES[+rng.weighted(ESTATE_WEIGHTS)]);
  const town = rng.pick(TOWNS);
  const lot = lotAddress(rng, town);
  if (tenure === 'OWNED') return { tenure, postalCode: town.postalCode, address: lot, publicHousingUnit: null };
  const room = `${rng.int(1, 4)}${String(rng.int(1, 8)).padStart(2, '0')}`;
  return {
    tenure,
    postalCode: town.postalCode,
    address: `${lot} ${apartmentNameAt(lot)}${room}号室`,
    publicHousingUnit: null,
  };
}

function drawPublicHousingDwelling(rng: Random, estate: HousingEstate): Dwelling {
  return publicHousingDwelling(estate, {
    estateName: estate.name,
    building: `${rng.int(1, estate.buildings)}号棟`,
    unitNumber: `${rng.int(1, estate.floors)}${String(rng.int(1, estate.unitsPerFloor)).padStart(2, '0')}`,
  });
}

export function publicHousingDwelling(estate: HousingEstate, unit: PublicHousingUnit): Dwelling {
  const town = TOWNS[estate.townIndex];
  return {
    tenure: 'PUBLIC_HOUSING',
    postalCode: town.postalCode,
    address: `${CITY_PREFIX}${town.name}${estate.chome}丁目${estate.banchi}番 ${estate.name}${unit.building}${unit.unitNumber}号室`,
    publicHousingUnit: unit,
  };
}

/** '…緑町2丁目3番15号' in towns with 丁目, '…宮下123番地4' in the old villages without. */
function lotAddress(rng: Random, town: Town): string {
  if (town.chome === 0) return `${CITY_PREFIX}${town.name}${rng.int(1, 999)}番地${rng.chance(0.5) ? rng.int(1, 20) : ''}`;
  return `${CITY_PREFIX}${town.name}${rng.int(1, town.chome)}丁目${rng.int(1, 30)}番${rng.int(1, 25)}号`;
}

/** The same lot always carries the same building name, so neighbours in one building agree on it. */
function apartmentNameAt(lot: string): string {
  let hash = 0;
  for (let i = 0; i < lot.length; i++) hash = (Math.imul(hash, 31) + lot.charCodeAt(i)) >>> 0;
  const stem = APARTMENT_STEMS[hash % APARTMENT_STEMS.length];
  const form = (hash >>> 8) % 2;
  return form === 0
    ? APARTMENT_PREFIXES[(hash >>> 10) % APARTMENT_PREFIXES.length] + stem
    : stem + APARTMENT_SUFFIXES[(hash >>> 10) % APARTMENT_SUFFIXES.length];
}
