/**
 * Date arithmetic on ISO calendar dates ('YYYY-MM-DD'), in plain integer arithmetic on the proleptic
 * Gregorian calendar: no time zones, and fast enough for the tens of millions of dates of a large city.
 */

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function format(year: number, month: number, day: number): string {
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function dayNumber(isoDate: string): number {
  let year = +isoDate.slice(0, 4);
  const month = +isoDate.slice(5, 7);
  const day = +isoDate.slice(8, 10);
  year -= month <= 2 ? 1 : 0;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date `days` days after 1970-01-01 (civil_from_days). */
export function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Adds calendar months, clamping the day to the end of a shorter month (01-31 + 1 month = 02-28). */
export function addMonths(isoDate: string, months: number): string {
  const monthCount = +isoDate.slice(0, 4) * 12 + (+isoDate.slice(5, 7) - 1) + months;
  const year = Math.floor(monthCount / 12);
  const month = monthCount - year * 12 + 1;
  return format(year, month, Math.min(+isoDate.slice(8, 10), daysInMonth(year, month)));
}

export function addYears(isoDate: string, years: number): string {
  return addMonths(isoDate, years * 12);
}

/** Age in completed years on `onDate`. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const years = +onDate.slice(0, 4) - +dateOfBirth.slice(0, 4);
  return onDate.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** The Japanese fiscal year (年度) a date falls in: April to March. */
export function fiscalYearOf(isoDate: string): number {
  const year = +isoDate.slice(0, 4);
  return +isoDate.slice(5, 7) >= 4 ? year : year - 1;
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}
