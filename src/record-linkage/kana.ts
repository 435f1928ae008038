/**
 * Kana as the resident register writes it (full-width katakana, no spaces), and a looser key under
 * which spelling variants of the same reading meet.
 */

const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/g;
const SEPARATORS = /[\s\u3000・･=＝]/g;

/**
 * 'ﾀｶﾊｼ ﾏｻｵ', 'たかはし　まさお', 'タカハシ マサオ' → 'タカハシマサオ'. NFKC folds half-width katakana
 * (and composes ｶﾞ into ガ); hiragana moves up by 0x60 to its katakana. Returns '' for empty input.
 */
export function toKatakana(text: string): string {
  return text
    .normalize('NFKC')
    .replace(HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(SEPARATORS, '');
}

/** Whether `text` (already through toKatakana) is katakana only, long-vowel marks included. */
export function isKatakana(text: string): boolean {
  return /^[\u30A1-\u30FA\u30FC\u30FD\u30FE]+$/.test(text);
}

/**
 * The variants folded by kanaKey, in this order. The same steps, in SQL, are the function
 * `linkage.kana_key` that the resident index uses (migrations/core/Migration20261122120438.ts): the
 * two must stay identical, and test/record-linkage checks that they agree.
 */
const VU_SYLLABLES: readonly [string, string][] = [
  ['ヴァ', 'バ'],
  ['ヴィ', 'ビ'],
  ['ヴェ', 'ベ'],
  ['ヴォ', 'ボ'],
];
/** Small kana → large, ヴ → ブ, ヂ/ヅ → ジ/ズ, ヲ/ヰ/ヱ → オ/イ/エ; the long-vowel mark is dropped. */
const FOLD_FROM = 'ァィゥェォッャュョヮヵヶヴヂヅヲヰヱ';
const FOLD_TO = 'アイウエオツヤユヨワカケブジズオイエ';
const DROPPED = 'ー';
/** A vowel that only lengthens the kana before it: サトウ, サトオ and サトー all become サト. */
const LONG_VOWELS: readonly [RegExp, string][] = [
  [/([オコソトノホモヨロゴゾドボポ])[ウオ]/g, '$1'],
  [/([ウクスツヌフムユルグズブプ])ウ/g, '$1'],
  [/([エケセテネヘメレゲゼデベペ])[イエ]/g, '$1'],
  [/([イキシチニヒミリギジビピ])イ/g, '$1'],
  [/([アカサタナハマヤラワガザダバパ])ア/g, '$1'],
];

/**
 * The key under which kana spellings of one reading meet: ハットリ/ハツトリ, ヴィ/ビ, サトウ/サトー.
 * It over-merges on purpose (オオノ and オノ share a key): it finds candidates and earns partial
 * agreement; only the exact kana earns full agreement.
 */
export function kanaKey(katakana: string): string {
  let key = katakana;
  for (const [from, to] of VU_SYLLABLES) key = key.split(from).join(to);
  let folded = '';
  for (const c of key) {
    if (c === DROPPED) continue;
    const index = FOLD_FROM.indexOf(c);
    folded += index >= 0 ? FOLD_TO[index] : c;
  }
  for (const [pattern, replacement] of LONG_VOWELS) folded = folded.replace(pattern, replacement);
  return folded;
}

