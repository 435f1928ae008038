/**
 * Names in kanji. A reporter's system may lack a rare variant form (異体字) and write the common one,
 * or the reverse: 髙橋 and 高橋 are the same family name on two systems.
 */

const SEPARATORS = /[\s\u3000・･]/g;

/** NFKC (full-width letters, compatibility ideographs such as 﨑), without spaces. */
export function normaliseName(text: string): string {
  return text.normalize('NFKC').replace(SEPARATORS, '');
}

/** Common variant forms (異体字・旧字体) → the form most systems can write. */
const VARIANTS: Readonly<Record<string, string>> = {
  髙: '高', 﨑: '崎', 嵜: '崎', 齋: '斎', 齊: '斎', 斉: '斎', 邊: '辺', 邉: '辺', 澤: '沢', 濱: '浜',
  廣: '広', 國: '国', 嶋: '島', 嶌: '島', 櫻: '桜', 瀨: '瀬', 德: '徳', 惠: '恵', 眞: '真', 藏: '蔵', 龍: '竜',
  實: '実', 榮: '栄', 壽: '寿', 戶: '戸', 冨: '富', 淸: '清', 曻: '昇', 槇: '槙', 籠: '篭', 萬: '万',
  條: '条', 當: '当', 鐵: '鉄', 靜: '静', 會: '会', 縣: '県', 驒: '騨', 禮: '礼', 彌: '弥', 圓: '円',
};

/** The key under which variant spellings of one kanji name meet. */
export function nameKey(normalised: string): string {
  let key = '';
  for (const c of normalised) key += VARIANTS[c] ?? c;
  return key;
}

/** 'family given' split at the first space, when the writer put one. */
export function splitAtSpace(text: string): { family: string; given: string } | null {
  const match = /^\s*(\S+)[\s\u3000]+(\S.*?)\s*$/.exec(text.normalize('NFKC'));
  return match ? { family: match[1], given: match[2] } : null;
}
