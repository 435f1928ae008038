/**
 * Dates as Japanese systems write them: 2024-04-01, 2024/4/1, 20240401, 2024年4月1日, and in the
 * Japanese calendar (和暦) 令和6年4月1日, R6.4.1, 昭和33年2月14日, S33/2/14, 令和元年5月1日.
 */

interface Era {
  names: readonly string[];
  /** Gregorian year of the era's year 1, minus one. */
  offset: number;
  from: string;
  until: string;
}

const ERAS: readonly Era[] = [
  { names: ['明治', 'M'], offset: 1867, from: '1868-01-25', until: '1912-07-29' },
  { names: ['大正', 'T'], offset: 1911, from: '1912-07-30', until: '1926-12-24' },
  { names: ['昭和', 'S'], offset: 1925, from: '1926-12-25', until: '1989-01-07' },
  { names: ['平成', 'H'], offset: 1988, from: '1989-01-08', until: '2019-04-30' },
  { names: ['令和', 'R'], offset: 2018, from: '2019-05-01', until: '9999-12-31' },
];

const GREGORIAN = [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, /^(\d{4})(\d{2})(\d{2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];
const JAPANESE = /^(明治|大正|昭和|平成|令和|[MTSHR])(元|\d{1,2})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?$/;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function eraNamed(name: string): Era | undefined {
  return ERAS.find((era) => era.names.includes(name));
}

/** The ISO date ('YYYY-MM-DD'), or null when `text` is none of the accepted forms or no such day. */
export function parseJapaneseDate(text: string): string | null {
  const value = text.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  for (const pattern of GREGORIAN) {
    const match = pattern.exec(value);
    if (match) return isoDate(+match[1], +match[2], +match[3]);
  }
  const match = JAPANESE.exec(value);
  if (!match) return null;
  const era = eraNamed(match[1])!;
  const year = era.offset + (match[2] === '元' ? 1 : +match[2]);
  const iso = isoDate(year, +match[3], +match[4]);
  return iso && iso >= era.from && iso <= era.until ? iso : null;
}

/** A fiscal year (年度) written as 2024, 令和6, R6, 令和6年度 or 2024年度. */
export function parseFiscalYear(text: string): number | null {
  const value = text.normalize('NFKC').replace(/\s/g, '').toUpperCase().replace(/年度?$/, '');
  if (/^\d{4}$/.test(value)) return +value;
  const match = /^(明治|大正|昭和|平成|令和|[MTSHR])(元|\d{1,2})$/.exec(value);
  if (!match) return null;
  return eraNamed(match[1])!.offset + (match[2] === '元' ? 1 : +match[2]);
}
