import { ENCODING_NAMES } from './encoding';
import type { ImportReport } from './importer';
import type { Rejection } from './rejection';

const shown = (value: string | null) => (value === null ? '' : `"${value}"`);

function rejectionLine(rejection: Rejection): string {
  const where = [`${rejection.line}行目 line ${rejection.line}`, rejection.column].filter(Boolean).join(' | ');
  return `  ${where} | ${shown(rejection.value)}\n      ${rejection.reason.ja}\n      ${rejection.reason.en}`;
}

/** The report as the import command prints it, in Japanese and English. */
export function reportText(report: ImportReport, maxRejections = 100): string {
  const { format } = report;
  const lines = [`${format.title.ja} (${format.kind}) ← ${report.fileName} [${ENCODING_NAMES[report.encoding]}]`, `${report.rows}行 / ${report.rows} rows`];
  if (report.ignoredColumns.length > 0) lines.push(`読み込まなかった列 / columns not read: ${report.ignoredColumns.join(', ')}`);
  if (report.rejections.length > 0) {
    const rejectedRows = new Set(report.rejections.map((rejection) => rejection.line)).size;
    lines.push(
      `${rejectedRows}行を受け付けませんでした。ファイル全体を書き込んでいません（ファイル単位で全件または無し）。`,
      `${rejectedRows} row(s) rejected: nothing was written (all or nothing per file).`,
      ...report.rejections.slice(0, maxRejections).map(rejectionLine),
    );
    if (report.rejections.length > maxRejections) {
      lines.push(`  … ほか${report.rejections.length - maxRejections}件 / ${report.rejections.length - maxRejections} more (--report <file.csv> で全件 / for all)`);
    }
    return lines.join('\n');
  }
  lines.push(report.dryRun ? '確認のみ（書き込んでいません） / dry run: nothing written; it would do:' : '書き込みました / written:');
  for (const table of report.tables) {
    lines.push(`  ${table.table.padEnd(32)} 追加 inserted ${table.inserted}, 更新 updated ${table.updated}, 変更なし unchanged ${table.unchanged}`);
  }
  return lines.join('\n');
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Every rejection as CSV (UTF-8 with BOM, so spreadsheet programs read the Japanese). */
export function rejectionsCsv(rejections: readonly Rejection[]): string {
  const rows = [['行 line', '列 column', '値 value', '理由', 'reason'], ...rejections.map((r) => [r.line, r.column, r.value, r.reason.ja, r.reason.en])];
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
