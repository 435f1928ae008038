import { ErrorCode, hubError } from '../errors';

/** 宛名番号 of this municipality: ten digits. */
const RESIDENT_NUMBER = /^[0-9]{10}$/;
export const MAX_RESIDENTS_PER_REQUEST = 5000;

/**
 * The resident number in canonical form: digits typed full-width at a counter (１２３…) are the same
 * number (NFKC), surrounding spaces are dropped; anything else that is not ten digits is refused.
 */
export function residentNumberOf(value: string): string {
  const number = value.normalize('NFKC').trim();
  if (!RESIDENT_NUMBER.test(number)) {
    throw hubError(
      ErrorCode.BAD_USER_INPUT,
      { en: 'A resident number (宛名番号) is ten digits.', ja: '宛名番号は10桁の数字です。' },
      { argument: 'residentNumber' },
    );
  }
  return number;
}

export function residentNumbersOf(values: string[]): string[] {
  if (values.length > MAX_RESIDENTS_PER_REQUEST) {
    throw hubError(
      ErrorCode.BAD_USER_INPUT,
      { en: `At most ${MAX_RESIDENTS_PER_REQUEST} residents per request.`, ja: `一度に指定できる住民は${MAX_RESIDENTS_PER_REQUEST}人までです。` },
      { argument: 'residentNumbers' },
    );
  }
  return values.map(residentNumberOf);
}
