import type { ColumnSpec, ExtractFormat, FieldType } from './format';
import { FORMATS } from './formats';

function typeText(type: FieldType): string {
  switch (type.kind) {
    case 'text':
      return '文字列 text';
    case 'residentNumber':
      return '10桁の数字 ten digits';
    case 'kana':
      return 'カタカナ（ひらがな・半角カナ可） katakana';
    case 'integer':
      return type.max === undefined ? `整数 integer ≥ ${type.min}` : `整数 integer ${type.min}–${type.max}`;
    case 'date':
      return '日付 date';
    case 'month':
      return '年月 month';
    case 'fiscalYear':
      return '年度 fiscal year';
    case 'postalCode':
      return '郵便番号 123-4567';
    case 'enum':
      return '選択 one of the labels';
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function columnRow(column: ColumnSpec): string {
  const header = [column.header, ...(column.aliases ?? []).map((alias) => `(${alias})`)].join(' ');
  const description = `${column.description.ja} / ${column.description.en}`;
  return `| ${cell(header)} | ${column.required ? '必須 required' : '任意 optional'} | ${typeText(column.type)} | ${cell(description)} |`;
}

function labelLines(format: ExtractFormat): string[] {
  return format.columns.flatMap((column) => {
    if (column.type.kind !== 'enum') return [];
    const labels = Object.entries(column.type.labels).map(([label, value]) => `${label} → \`${value}\``);
    return [`- **${column.header}**: ${labels.join(', ')}`];
  });
}

function section(format: ExtractFormat): string {
  const tables = [...new Set(format.writes([]).map((write) => write.target.table))];
  const key = format.fileKey.map((field) => format.columns.find((column) => column.field === field)?.header ?? field).join(' + ');
  return [
    `## \`${format.kind}\` — ${format.title.en}`,
    '',
    `- 名称 title: ${format.title.ja}`,
    `- 提出元 produced by: ${format.producedBy.ja} / ${format.producedBy.en}`,
    `- 書込先 written to: ${tables.map((table) => `\`${table}\``).join(', ')} (domain \`${format.domain}\`)`,
    `- 行を特定する列 natural key: ${key}`,
    `- 例 example: \`test/imports/fixtures/${format.kind}.csv\``,
    '',
    '| 列 header (別名 aliases) | 必須 | 型 type | 内容 description |',
    '| --- | --- | --- | --- |',
    ...format.columns.map(columnRow),
    '',
    ...(labelLines(format).length > 0 ? ['選択肢 labels (the code on the right is accepted too):', '', ...labelLines(format), ''] : []),
    ...(format.notes ?? []).flatMap((note) => [`> ${note.ja}`, `> ${note.en}`, '']),
  ].join('\n');
}

const COMMON_RULES = `# 取込ファイル形式 — departmental extract formats

Generated from the definitions in \`src/imports/formats/\` by
\`npm run --silent import -- --describe > src/imports/FORMATS.md\` (a test fails when this file is stale).
Import a file with \`npm run import -- --kind <kind> <file.csv> [--encoding auto|utf8|shift_jis] [--dry-run]\`.

## 共通ルール — rules for every kind

- CSV (RFC 4180): comma-separated, cells with commas, quotes or line breaks in double quotes, \`""\` for a quote.
- 文字コード encoding: UTF-8 (with or without BOM) or Shift_JIS (read as CP932, Windows' Shift_JIS).
  \`--encoding auto\` (the default) tells them apart; bytes invalid in the encoding stop the file.
- 1行目は見出し: the first line holds the Japanese headers below, in any order. Headers compare
  after NFKC and without spaces (\`滞納額（円）\` = \`滞納額(円)\`). Unknown columns are reported and
  not read; a column named 個人番号 / マイナンバー stops the file (the hub takes no My Number).
- 必須 required: the header must be there and every cell filled. 任意 optional: the column may be
  left out, and then the import leaves that field as it is; an empty cell means none (減免率 0,
  DV等支援措置 対象外).
- Cells are trimmed; full-width digits and letters read as half-width. Numbers may carry \`,\` and
  \`円\`. Dates: \`2024-04-01\`, \`2024/4/1\`, \`20240401\`, \`2024年4月1日\`, \`令和6年4月1日\`, \`R6.4.1\`,
  \`昭和33年2月14日\`, \`令和元年5月1日\`. Months: \`2024-04\`, \`令和6年4月\`. Fiscal years: \`2024\`, \`令和6年度\`.
  Yes/no: あり/なし, 有/無, はい/いいえ, ○/×, 1/0.
- 全件または無し all or nothing: a file with any rejected row writes nothing; the report lists every
  rejected row (line, column, value, reason in Japanese and English). Fix and import the whole file again.
- 再取込 re-import: rows are matched to existing records by the natural key of each kind; an
  unchanged row changes nothing, a changed row updates the record. Nothing is ever deleted: deliver
  an ended record with its end (退去, 廃止, 完納 …).
- 宛名番号 must be in the resident register: import \`residents\` first, then the other kinds
  (tenancies before rent arrears, utility accounts before utility arrears and stop notices).
`;

/** The format documentation (src/imports/FORMATS.md), generated from the format definitions. */
export function describeFormats(formats: readonly ExtractFormat[] = FORMATS): string {
  return [COMMON_RULES, ...formats.map(section)].join('\n').replace(/\n+$/, '\n');
}
