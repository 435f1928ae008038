import { loadConfig } from '../../config/environment';
import { checkpointHead } from '../append';
import { openAuditPool } from '../access-log';
import { loadAccessLogSettings } from '../settings';
import { exportPublicKey } from '../signing-key';
import { parseArgs } from './args';
import { openAuditDatabase } from './audit-database';
import { type CommandIO, processIO } from './io';

export const CHECKPOINT_USAGE = `Usage: npm run log:checkpoint

Signs a checkpoint at the head of the access log and prints it as JSON with the public key. Keep
the output outside the hub (it is what makes truncation detectable); pass it back to
npm run log:verify -- --checkpoint <file>.
`;

export async function runCheckpoint(argv: string[], env: NodeJS.ProcessEnv = process.env, io: CommandIO = processIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.has('help')) {
    io.out(CHECKPOINT_USAGE);
    return 0;
  }
  const config = loadConfig(env);
  const { signer } = loadAccessLogSettings(config, env, { createKey: false });
  const database = await openAuditDatabase(config);
  const pool = openAuditPool(database.url);
  try {
    const checkpoint = await checkpointHead(pool, signer);
    if (!checkpoint) {
      io.err('The access log is empty; nothing to checkpoint.\n');
      return 1;
    }
    io.out(`${JSON.stringify({ ...checkpoint, publicKey: exportPublicKey(signer.publicKey) }, null, 2)}\n`);
    return 0;
  } finally {
    await pool.end();
    await database.release();
  }
}
