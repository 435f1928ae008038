import { labelKey } from './field-types';
import type { ColumnSpec, ExtractFormat } from './format';
import { ImportFileError } from './rejection';

/** The format's columns found in the file, by cell index; and the headers the format does not know. */
export interface HeaderMap {
  columns: { spec: ColumnSpec; index: number }[];
  ignored: string[];
}

/** 個人番号 (My Number) may only be used for the purposes the マイナンバー法 lists; the hub takes none. */
const MY_NUMBER = /個人番号|マイナンバー/;

/**
 * Matches the header line to the format. Headers compare after NFKC and without spaces, so
 * '滞納額（円）' matches '滞納額(円)'. A missing required header, a header given twice or a
 * My Number column stops the file.
 */
export function matchHeaders(format: ExtractFormat, header: string[], encodingHint: { en: string; ja: string } | null): HeaderMap {
  const byKey = new Map<string, number>();
  header.forEach((name, index) => {
    const key = labelKey(name);
    if (key === '') return; // spreadsheet programs leave empty header cells after the last column
    if (MY_NUMBER.test(key)) {
      throw new ImportFileError(
        {
          en: `Column ${index + 1} "${name}" carries My Number (個人番号); the hub must not receive it. Remove the column.`,
          ja: `${index + 1}列目「${name}」は個人番号です。ハブは個人番号を受け取れません。列を削除してください。`,
        },
        1,
        index + 1,
      );
    }
    if (byKey.has(key)) {
      throw new ImportFileError(
        { en: `The header "${name}" appears twice (columns ${byKey.get(key)! + 1} and ${index + 1}).`, ja: `見出し「${name}」が2回あります（${byKey.get(key)! + 1}列目と${index + 1}列目）。` },
        1,
        index + 1,
      );
    }
    byKey.set(key, index);
  });

  const columns: HeaderMap['columns'] = [];
  const used = new Set<number>();
  const missing: string[] = [];
  for (const spec of format.columns) {
    const index = [spec.header, ...(spec.aliases ?? [])].map((name) => byKey.get(labelKey(name))).find((found) => found !== undefined);
    if (index === undefined) {
      if (spec.required) missing.push(spec.header);
      continue;
    }
    columns.push({ spec, index });
    used.add(index);
  }
  if (missing.length > 0) {
    const hint = encodingHint ? { en: ` ${encodingHint.en}`, ja: encodingHint.ja } : { en: '', ja: '' };
    throw new ImportFileError(
      {
        en: `Line 1 (header) lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of a ${format.title.en} extract (--kind ${format.kind}).${hint.en}`,
        ja: `1行目（見出し）に${format.title.ja}の必須列 ${missing.join('、')} がありません（--kind ${format.kind}）。${hint.ja}`,
      },
      1,
    );
  }
  return { columns, ignored: header.filter((name, index) => !used.has(index) && labelKey(name) !== '') };
}
