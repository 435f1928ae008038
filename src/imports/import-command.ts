/**
 * `npm run import -- --kind <kind> <file.csv> [--operator <staff code>] [--encoding auto|utf8|shift_jis] [--dry-run] [--report rejections.csv]`
 * imports one departmental extract into the hub's databases (the same ones `npm start` uses). Every
 * run is in the access log with who ran it (the staff member named by --operator, else the
 * operating-system user) and the file's SHA-256; an extract is written only once that entry is.
 * `npm run import -- --list` lists the kinds; `--describe` prints the formats (src/imports/FORMATS.md).
 *
 * Exit status: 0 written (or, with --dry-run, writable); 1 rows rejected, nothing written;
 * 2 the file or the command line is unusable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config/environment';
import { Databases } from '../db/databases';
import { describeFormats } from './describe';
import type { DeclaredEncoding } from './encoding';
import { FORMATS, formatOf } from './formats';
import { importExtract, type ImportProgress } from './importer';
import { logImport, operatorOf, operatorRefusal } from './import-log';
import { ImportFileError } from './rejection';
import { rejectionsCsv, reportText } from './report-text';

const ENCODINGS: readonly DeclaredEncoding[] = ['auto', 'utf8', 'shift_jis'];
const PHASES = { check: '検証 check', write: '書込 write' };

class UsageError extends Error {}

const USAGE = 'usage: npm run import -- --kind <kind> <file.csv> [--operator <staff code>] [--encoding auto|utf8|shift_jis] [--dry-run] [--report rejections.csv]';

function progressBar(): ImportProgress & { stop(): void } {
  let bar: SingleBar | null = null;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    phase(name, total) {
      stop();
      bar = new SingleBar(
        { format: `${PHASES[name]} {bar} {value}/{total} rows ({eta}s)`, noTTYOutput: true, notTTYSchedule: 2000, stream: process.stderr },
        Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    update: (done) => bar?.update(done),
    stop,
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      encoding: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
      list: { type: 'boolean', default: false },
      describe: { type: 'boolean', default: false },
      operator: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n\n--list lists the kinds; --describe prints each kind's columns (src/imports/FORMATS.md).\nExit status: 0 written (or writable, with --dry-run); 1 rows rejected, nothing written; 2 unusable file or arguments.\n`);
    return 0;
  }
  if (values.describe) {
    process.stdout.write(describeFormats());
    return 0;
  }
  if (values.list) {
    for (const format of FORMATS) console.log(`${format.kind.padEnd(26)} ${format.title.ja} / ${format.title.en}`);
    return 0;
  }
  const encoding = values.encoding as DeclaredEncoding;
  if (!values.kind || positionals.length !== 1) throw new UsageError(USAGE);
  if (!ENCODINGS.includes(encoding)) throw new UsageError(`--encoding must be one of ${ENCODINGS.join(', ')}`);
  const file = positionals[0];
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }

  const config = loadConfig();
  const databases = await Databases.open(config);
  const progress = progressBar();
  try {
    await databases.migrate();
    const operator = await operatorOf(databases, values.operator);
    const kind = values.kind;
    const fileName = basename(file);
    const dryRun = values['dry-run'];
    const refusal = operatorRefusal(formatOf(kind) ?? { kind }, operator);
    if (refusal) {
      await logImport(databases, config, operator, { action: 'EXTRACT_REJECTED', kind, fileName, bytes, rows: 0, note: refusal });
      throw new UsageError(refusal);
    }
    const report = await importExtract(databases, {
      kind, bytes, fileName, encoding, dryRun, progress,
      beforeWrite: (rows) => logImport(databases, config, operator, { action: dryRun ? 'EXTRACT_CHECKED' : 'EXTRACT_IMPORTED', kind, fileName, bytes, rows }),
    });
    if (report.rejections.length > 0) {
      await logImport(databases, config, operator, { action: 'EXTRACT_REJECTED', kind, fileName, bytes, rows: report.rows, note: `${report.rejections.length} rows rejected, nothing written` });
    }
    progress.stop();
    console.log(reportText(report));
    if (values.report) {
      writeFileSync(values.report, rejectionsCsv(report.rejections));
      console.log(`却下の一覧 / rejections: ${values.report}`);
    }
    return report.rejections.length > 0 ? 1 : 0;
  } finally {
    progress.stop();
    await databases.close();
  }
}

main().then(
  (status) => process.exit(status),
  (error) => {
    if (error instanceof ImportFileError) console.error(`${error.messageJa}\n${error.message}`);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
