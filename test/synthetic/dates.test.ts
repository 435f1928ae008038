import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, dayNumber, fiscalYearOf, fromDayNumber } from '../../src/synthetic/dates';

const viaDate = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

describe('ISO date arithmetic', () => {
  it('agrees with the JavaScript Date calendar from 1900 to 2100', () => {
    for (let days = dayNumber('1900-01-01'); days <= dayNumber('2100-12-31'); days += 7) {
      expect(fromDayNumber(days)).toBe(viaDate(days));
      expect(dayNumber(viaDate(days))).toBe(days);
    }
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('adds months clamping to the month end, across years in both directions', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-10-01', -10)).toBe('2025-12-01');
    expect(addMonths('2026-03-15', -27)).toBe('2023-12-15');
    expect(addMonths('2026-11-30', 14)).toBe('2028-01-30');
  });

  it('computes ages and Japanese fiscal years', () => {
    expect(ageOn('1958-10-01', '2026-10-01')).toBe(68);
    expect(ageOn('1958-10-02', '2026-10-01')).toBe(67);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
  });
});
