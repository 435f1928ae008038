import { KANJI_NUMERAL, kanjiNumeralValue } from './kanji-numerals';

/**
 * An address reduced to what two systems agree on: the town (町名), the lot numbers (丁目・番・号 or
 * 番地) and the numbers of the building part (号棟, room), whatever notation each system used.
 */
export interface NormalisedAddress {
  /** Canonical text, e.g. '港町5-3 市営港南団地3-204'. */
  text: string;
  /** '港町' (prefecture and city removed). */
  town: string;
  /** [5, 3] for 5丁目3番, [2, 14, 6] for 2丁目14番6号, [123, 4] for 123番地4. */
  lot: number[];
  /** Numbers after the lot: building (号棟) and room, e.g. [3, 204]. */
  building: number[];
}

/** Prefecture at the start of an address: 東京都, 北海道, 京都府, 大阪府 or ○○県. */
const PREFECTURE = /^(?:東京都|北海道|京都府|大阪府|[^\s\d]{2,3}県)/;
const DASHES = /[‐‑‒–—―−ーｰ─━~〜]/g;
const NUMERAL_BEFORE = new RegExp(`(${KANJI_NUMERAL})(?=丁目|番地|番|号|の[0-9]|-)`, 'g');
const NUMERAL_AFTER = new RegExp(`(?<=丁目|番地の?|番|-)(${KANJI_NUMERAL})`, 'g');

function arabicNumerals(text: string): string {
  const toDigits = (numeral: string) => String(kanjiNumeralValue(numeral) ?? numeral);
  return text.replace(NUMERAL_BEFORE, toDigits).replace(NUMERAL_AFTER, toDigits);
}

/** 1丁目2番3号, 一丁目二番三号, １－２－３, 1ー2ー3 → 1-2-3; 123番地の4 → 123-4; 3号棟204号室 → 3-204. */
function hyphenated(text: string): string {
  return text
    .replace(/(?<=\d)\s*[-]\s*(?=\d)/g, '-')
    .replace(/(\d+)丁目\s*/g, '$1-')
    .replace(/(\d+)番地の?\s*(?=\d)/g, '$1-')
    .replace(/(\d+)番地/g, '$1')
    .replace(/(\d+)番\s*(?=\d)/g, '$1-')
    .replace(/(\d+)番/g, '$1')
    .replace(/(\d+)号棟\s*/g, '$1-')
    .replace(/(\d+)号室?/g, '$1')
    .replace(/(?<=\d)の(?=\d)/g, '-')
    .replace(/-+(?!\d)/g, '');
}

/**
 * Normalises an address: NFKC (full-width digits and letters), kanji numerals in lot positions,
 * 丁目/番/号/番地 and every dash as hyphens, the prefecture and the city (`cities`) left out.
 */
export function normaliseAddress(address: string, cities: readonly string[]): NormalisedAddress | null {
  let text = address.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  text = text.replace(PREFECTURE, '');
  for (const city of cities) if (text.startsWith(city)) text = text.slice(city.length);
  text = hyphenated(arabicNumerals(text.trim()));
  const match = /^(.*?)(\d+(?:-\d+)*)(.*)$/.exec(text);
  if (!match) return text ? { text: text.replace(/\s/g, ''), town: text.replace(/\s/g, ''), lot: [], building: [] } : null;
  const town = match[1].replace(/\s/g, '');
  const lot = match[2].split('-').map(Number);
  const rest = match[3].trim();
  const building = (rest.match(/\d+/g) ?? []).map(Number);
  return { text: `${town}${lot.join('-')}${rest ? ` ${rest.replace(/\s/g, '')}` : ''}`, town, lot, building };
}

export type AddressAgreement = 'AGREE' | 'PARTIAL' | 'NEAR' | 'DISAGREE';

const sameNumbers = (a: number[], b: number[]) => a.length === b.length && a.every((n, i) => n === b[i]);
const isPrefix = (short: number[], long: number[]) => short.length < long.length && short.every((n, i) => n === long[i]);

/**
 * AGREE: same town and lot, and the building numbers agree or one side has none. PARTIAL: same lot,
 * other room; or one lot stops short of the other (1-2 against 1-2-3). NEAR: same 丁目 or 番地.
 */
export function compareAddresses(a: NormalisedAddress, b: NormalisedAddress): AddressAgreement {
  const sameTown = a.town === b.town || (a.town.length > 0 && b.town.length > 0 && (a.town.endsWith(b.town) || b.town.endsWith(a.town)));
  if (!sameTown || a.lot.length === 0 || b.lot.length === 0) return 'DISAGREE';
  if (sameNumbers(a.lot, b.lot)) {
    const comparable = a.building.length > 0 && b.building.length > 0;
    return !comparable || sameNumbers(a.building, b.building) ? 'AGREE' : 'PARTIAL';
  }
  // One system may have written the building numbers into the lot: 5-3-3-204 against 5-3 and 3号棟204号室.
  const aAll = [...a.lot, ...a.building];
  const bAll = [...b.lot, ...b.building];
  if (sameNumbers(aAll, bAll)) return 'AGREE';
  if (isPrefix(a.lot, b.lot) || isPrefix(b.lot, a.lot) || isPrefix(a.lot, bAll) || isPrefix(b.lot, aAll)) return 'PARTIAL';
  return a.lot[0] === b.lot[0] ? 'NEAR' : 'DISAGREE';
}
