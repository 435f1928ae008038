import { DriverException } from '@mikro-orm/core';
import type { Databases } from '../db/databases';
import type { Bilingual } from '../errors';
import { looksLikeUtf8, UTF8_HINT, type DeclaredEncoding, type DetectedEncoding } from './encoding';
import type { ExtractFormat } from './format';
import { FORMATS, formatOf } from './formats';
import { matchHeaders } from './headers';
import { readCsv } from './read-csv';
import { unknownResidents } from './references';
import { ImportFileError, type Rejection } from './rejection';
import { validateRecords } from './validate';
import { upsertByKey, type TableCounts } from './write';

export interface ImportProgress {
  /** A phase starts: reading and checking the rows, or writing them. */
  phase(name: 'check' | 'write', total: number): void;
  update(done: number): void;
}

export interface ImportRequest {
  kind: string;
  bytes: Buffer;
  fileName: string;
  encoding?: DeclaredEncoding;
  /** Check and count everything, write nothing. */
  dryRun?: boolean;
  progress?: ImportProgress;
  /** Called once every row has passed, before anything is written (the access-log entry: import-log.ts); a throw writes nothing. */
  beforeWrite?: (rows: number) => Promise<void>;
}

export interface ImportReport {
  format: ExtractFormat;
  fileName: string;
  encoding: DetectedEncoding;
  /** Data rows in the file (the header and rows of empty cells not counted). */
  rows: number;
  /** Every rejected row and why, by line. Any rejection means nothing was written. */
  rejections: Rejection[];
  /** Whether the file was committed (false when rows were rejected, and on a dry run). */
  written: boolean;
  dryRun: boolean;
  /** What was (or, on a dry run, would have been) inserted, updated and left unchanged, per table. */
  tables: TableCounts[];
  /** Headers the format does not know; their columns were not read. */
  ignoredColumns: string[];
}

/** Thrown inside the transaction to roll it back without an error: rows rejected, or a dry run. */
class Rollback extends Error {}

const SILENT: ImportProgress = { phase: () => undefined, update: () => undefined };

function encodingHint(bytes: Buffer, encoding: DetectedEncoding): Bilingual | null {
  return encoding === 'shift_jis' && looksLikeUtf8(bytes) ? UTF8_HINT : null;
}

/**
 * Imports one departmental extract into its domain, all or nothing: every row is checked (cells,
 * the row's rules, duplicates, the resident register, the records it refers to) before anything is
 * written, and the rows are written in one transaction, by natural key, so importing the same file
 * again changes nothing and a corrected file updates what it corrects. Imports of one kind queue
 * behind each other (a transaction-scoped advisory lock).
 *
 * Throws ImportFileError when the file as a whole cannot be read; returns a report otherwise.
 */
export async function importExtract(databases: Databases, request: ImportRequest): Promise<ImportReport> {
  const format = formatOf(request.kind);
  if (!format) {
    const kinds = FORMATS.map((known) => known.kind).join(', ');
    throw new ImportFileError({ en: `Unknown kind "${request.kind}"; one of: ${kinds}.`, ja: `種別「${request.kind}」はありません。次のいずれかです: ${kinds}` });
  }
  const progress = request.progress ?? SILENT;
  const table = readCsv(request.bytes, request.encoding ?? 'auto');
  const headers = matchHeaders(format, table.header, encodingHint(request.bytes, table.encoding));

  progress.phase('check', table.records.length);
  const checked = validateRecords(format, headers, table.header.length, table.records, (done) => progress.update(done));
  const rejections = [...checked.rejections];
  const unknown = await unknownResidents(databases.em('core'), format, checked.rows);
  rejections.push(...unknown);
  const unknownLines = new Set(unknown.map((rejection) => rejection.line));
  const rows = checked.rows.filter((row) => !unknownLines.has(row.line));

  const report: ImportReport = {
    format,
    fileName: request.fileName,
    encoding: table.encoding,
    rows: table.records.length,
    rejections,
    written: false,
    dryRun: request.dryRun ?? false,
    tables: [],
    ignoredColumns: headers.ignored,
  };
  try {
    await databases.em(format.domain).transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`tsunagu.import.${format.kind}`]);
      if (format.resolve) rejections.push(...(await format.resolve(rows, { em })));
      if (rejections.length > 0) throw new Rollback();
      await request.beforeWrite?.(rows.length);
      const writes = format.writes(rows);
      const total = writes.reduce((sum, write) => sum + write.records.length, 0);
      progress.phase('write', total);
      let before = 0;
      for (const { target, records } of writes) {
        report.tables.push(await upsertByKey(em, target, records, (done) => progress.update(before + done)));
        before += records.length;
      }
      if (report.dryRun) throw new Rollback();
    });
    report.written = true;
  } catch (error) {
    if (!(error instanceof Rollback)) throw databaseRefused(error);
  }
  rejections.sort((a, b) => a.line - b.line);
  return report;
}

function databaseRefused(error: unknown): unknown {
  if (!(error instanceof DriverException)) return error;
  return new ImportFileError({
    en: `The database refused the file, and nothing was written: ${error.message}`,
    ja: `データベースがファイルを受け付けなかったため、何も書き込んでいません：${error.message}`,
  });
}
