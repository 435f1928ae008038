import { readFileSync } from 'node:fs';
import { loadConfig } from '../../config/environment';
import { openAuditPool } from '../access-log';
import type { Checkpoint } from '../checkpoint';
import { importPublicKey } from '../signing-key';
import { trustedKeysFromEnvironment } from '../settings';
import { verifyChain } from '../verify';
import { integerArg, listArg, parseArgs } from './args';
import { openAuditDatabase } from './audit-database';
import { type CommandIO, processIO } from './io';

export const VERIFY_USAGE = `Usage: npm run log:verify -- [--from N] [--to N] [--checkpoint file.json]... [--trust-key KEY]... [--json]

Recomputes the access log's hash chain and checks its signed checkpoints; exits 0 when intact,
1 at the first bad record. --checkpoint adds checkpoints kept outside the database (as printed by
npm run log:checkpoint), so that a truncation is caught even if the checkpoint table was cut too.
Keys: the hub's signing key (AUDIT_SIGNING_KEY / the data dir), AUDIT_TRUSTED_KEYS, --trust-key.
`;

export async function runVerify(argv: string[], env: NodeJS.ProcessEnv = process.env, io: CommandIO = processIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.has('help')) {
    io.out(VERIFY_USAGE);
    return 0;
  }
  const config = loadConfig(env);
  const trustedKeys = [...trustedKeysFromEnvironment(config, env), ...(listArg(args, 'trust-key') ?? []).map(importPublicKey)];
  if (trustedKeys.length === 0) throw new Error('No key to check checkpoints with: set AUDIT_SIGNING_KEY, AUDIT_TRUSTED_KEYS or --trust-key.');
  const externalCheckpoints = (args.get('checkpoint') ?? []).map(readCheckpoint);
  const database = await openAuditDatabase(config);
  const pool = openAuditPool(database.url, 10, 0);
  try {
    const result = await verifyChain(pool, { fromSeq: integerArg(args, 'from'), toSeq: integerArg(args, 'to'), trustedKeys, externalCheckpoints });
    if (args.has('json')) {
      io.out(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const rate = result.durationMs > 0 ? Math.round((result.checkedRecords / result.durationMs) * 1000) : result.checkedRecords;
      io.out(`Records ${result.fromSeq}–${result.toSeq} of ${result.headSeq}; ${result.checkedCheckpoints} checkpoint(s) checked.\n`);
      io.out(
        result.firstBad
          ? `BROKEN at record ${result.firstBad.seq}: ${result.firstBad.problem}. ${result.firstBad.detail}\n`
          : `INTACT. Latest checkpoint at record ${result.latestCheckpoint?.seq ?? '—'}; ${result.recordsAfterLatestCheckpoint} records after it.\n`,
      );
      io.out(`Checked ${result.checkedRecords} records in ${result.durationMs} ms (${rate} records/s).\n`);
    }
    return result.intact ? 0 : 1;
  } finally {
    await pool.end();
    await database.release();
  }
}

function readCheckpoint(file: string): Checkpoint {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  return { seq: raw.seq, hash: raw.hash, createdAt: new Date(raw.createdAt), keyId: raw.keyId, signature: raw.signature };
}
