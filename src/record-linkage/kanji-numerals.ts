const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export const KANJI_NUMERAL = '[〇零一二三四五六七八九十百千]+';

/**
 * '二十三' → 23, '百五' → 105, '一二三' (digit by digit) → 123; null when `text` is not a numeral.
 */
export function kanjiNumeralValue(text: string): number | null {
  if (!new RegExp(`^${KANJI_NUMERAL}$`).test(text)) return null;
  if (![...text].some((c) => c in UNITS)) return Number([...text].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let pending: number | null = null;
  for (const c of text) {
    if (c in DIGITS) {
      if (pending !== null) return null; // '二三十' mixes both notations
      pending = DIGITS[c];
    } else {
      total += (pending ?? 1) * UNITS[c];
      pending = null;
    }
  }
  return total + (pending ?? 0);
}
