import { Presets, SingleBar } from 'cli-progress';
import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { userInfo } from 'node:os';
import type { Pool } from 'pg';
import { loadConfig } from '../../config/environment';
import type { LegalBasis } from '../../policy/legal-bases';
import { Purpose } from '../../policy/purposes';
import { openAuditPool } from '../access-log';
import { appendRecords } from '../append';
import { CSV_HEADER, csvRow } from '../csv';
import { eventItem } from '../audit-trail';
import { AccessDecision, type RecordDraft } from '../entry';
import { assertValidFilter, type EntryFilter, whereOf } from '../filter';
import { ENTRY_COLUMNS, type EntryRow, entriesFrom, entryFromRow } from '../rows';
import { countEntries } from '../search';
import { loadAccessLogSettings } from '../settings';
import { dateArg, listArg, parseArgs, single } from './args';
import { openAuditDatabase } from './audit-database';
import { type CommandIO, processIO } from './io';

export const EXPORT_USAGE = `Usage: npm run log:export -- --out FILE [filters]

Writes the access-log entries matching the filters to a CSV file (UTF-8 with BOM, oldest first,
hashes included), with a progress bar. The export is itself logged (ACCESS_LOG_EXPORTED).
Filters: --subject R  --actor CODE  --organisation CODE  --unit CODE  --category C[,C…]
         --basis B[,B…]  --decision ALLOWED|DENIED  --action A[,A…]  --from ISO  --to ISO
`;

const PAGE = 5000;

export async function runExport(argv: string[], env: NodeJS.ProcessEnv = process.env, io: CommandIO = processIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.has('help')) {
    io.out(EXPORT_USAGE);
    return 0;
  }
  const out = single(args, 'out');
  if (!out) throw new Error(`--out is required.\n\n${EXPORT_USAGE}`);
  const decision = single(args, 'decision');
  if (decision !== undefined && !(decision in AccessDecision)) throw new Error('--decision is ALLOWED or DENIED');
  const filter: EntryFilter = {
    subject: single(args, 'subject'),
    actorCode: single(args, 'actor'),
    organisationCode: single(args, 'organisation'),
    unitCode: single(args, 'unit'),
    categories: listArg(args, 'category'),
    bases: listArg(args, 'basis') as LegalBasis[] | undefined,
    decision: decision as AccessDecision | undefined,
    actions: listArg(args, 'action'),
    from: dateArg(args, 'from'),
    to: dateArg(args, 'to'),
  };
  assertValidFilter(filter);
  const config = loadConfig(env);
  const settings = loadAccessLogSettings(config, env, { createKey: false });
  const database = await openAuditDatabase(config);
  const pool = openAuditPool(database.url, 10, 0);
  try {
    // Exporting reads personal data, so it is logged first; no log, no export.
    await appendRecords(pool, [exportEvent(filter, out)], settings.signer, settings.checkpointEvery);
    const total = await countEntries(pool, filter);
    const bar = new SingleBar(
      { stream: io.progressStream, format: 'Exporting {bar} {percentage}% | {value}/{total} entries | ETA {eta}s', noTTYOutput: true, notTTYSchedule: 2000 },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    const file = createWriteStream(out);
    let written = 0;
    try {
      await write(file, CSV_HEADER);
      for await (const rows of pages(pool, filter)) {
        await write(file, rows.map((row) => csvRow(entryFromRow(row))).join(''));
        written += rows.length;
        bar.update(Math.min(written, total));
      }
    } finally {
      bar.stop();
      await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    }
    io.err(`Wrote ${written} entries to ${out}.\n`);
    return 0;
  } finally {
    await pool.end();
    await database.release();
  }
}

/** Matching entries, oldest first, a window of rows at a time (by their first record's number: the chain's seq has no gaps). */
async function* pages(pool: Pool, filter: EntryFilter): AsyncGenerator<EntryRow[]> {
  const head = Number((await pool.query('SELECT coalesce(max(seq), 0) AS seq FROM audit.access_log_record')).rows[0].seq);
  for (let after = 0; after < head; after += PAGE) {
    const where = whereOf(filter, [after, after + PAGE]);
    const result = await pool.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM ${entriesFrom(where.subjectParam)} WHERE r.seq > $1 AND r.seq <= $2 AND ${where.sql} ORDER BY r.seq, p.position, i.item`,
      where.params,
    );
    if (result.rows.length > 0) yield result.rows;
  }
}

function write(stream: WriteStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    if (stream.write(chunk)) {
      stream.off('error', reject);
      resolve();
    } else {
      stream.once('drain', () => {
        stream.off('error', reject);
        resolve();
      });
    }
  });
}

function exportEvent(filter: EntryFilter, out: string): RecordDraft {
  return {
    requestId: randomUUID(),
    action: 'ACCESS_LOG_EXPORTED',
    operation: 'log:export',
    actorCode: `os:${userInfo().username}`,
    actorRole: 'OPERATOR',
    unitCode: null,
    organisationCode: null,
    purpose: Purpose.AUDIT,
    subject: filter.subject ?? null,
    withheldFromSubject: false,
    items: [eventItem({ action: 'ACCESS_LOG_EXPORTED', note: `${JSON.stringify(filter)} → ${out}` })],
  };
}
