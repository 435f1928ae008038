import { SafeIntResolver } from 'graphql-scalars';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestScope } from '../request/scope';
import { checkpointFromRow } from './append';
import type { Checkpoint } from './checkpoint';
import type { AccessLogSettings } from './settings';
import { requireAuditor } from './auditor-guard';
import { assertPageSize } from './paging';
import { exportPublicKey } from './signing-key';
import { AccessLogCheckpoint, AccessLogVerification } from './verification-types';

export function checkpointView(c: Checkpoint, settings: AccessLogSettings): AccessLogCheckpoint {
  const key = settings.trustedKeys.find((k) => k.keyId === c.keyId);
  return { ...c, publicKey: key ? exportPublicKey(key.publicKey) : null };
}

/**
 * Verification and checkpoints of the chain. Privacy officer only. Not logged themselves: they
 * show no personal data, and verifying must not move the head it is checking.
 */
@Resolver()
export class AccessLogIntegrityResolver {
  @Query(() => AccessLogVerification, {
    description: 'Recomputes the hash chain over a range (default: all) and checks the signed checkpoints; reports the first bad record.',
  })
  async verifyAccessLog(
    @Arg('fromSeq', () => SafeIntResolver, { nullable: true, description: 'First record (seq) to verify (default 1).' }) fromSeq: number | undefined,
    @Arg('toSeq', () => SafeIntResolver, { nullable: true, description: 'Last record (seq) to verify (default: the head).' }) toSeq: number | undefined,
    @Ctx() scope: RequestScope,
  ): Promise<AccessLogVerification> {
    const trail = requireAuditor(scope, 'verifyAccessLog');
    const result = await trail.log.verify({ fromSeq, toSeq });
    return { ...result, latestCheckpoint: result.latestCheckpoint && checkpointView(result.latestCheckpoint, trail.log.settings) };
  }

  @Query(() => [AccessLogCheckpoint], { description: 'The latest signed checkpoints, newest first; keep copies outside the hub.' })
  async accessLogCheckpoints(@Arg('last', () => Int, { defaultValue: 10, description: 'How many (at most 1000).' }) last: number, @Ctx() scope: RequestScope): Promise<AccessLogCheckpoint[]> {
    const trail = requireAuditor(scope, 'accessLogCheckpoints');
    assertPageSize(last);
    await trail.log.flushCheckpoints();
    const result = await trail.log.auditors.query('SELECT seq, hash, created_at, key_id, signature FROM audit.checkpoint ORDER BY seq DESC LIMIT $1', [last]);
    return result.rows.map((r) => checkpointView(checkpointFromRow(r), trail.log.settings));
  }

  @Mutation(() => AccessLogCheckpoint, { nullable: true, description: 'Signs a checkpoint at the current head now (null while the log is empty).' })
  async createAccessLogCheckpoint(@Ctx() scope: RequestScope): Promise<AccessLogCheckpoint | null> {
    const trail = requireAuditor(scope, 'createAccessLogCheckpoint');
    const checkpoint = await trail.log.checkpoint();
    return checkpoint ? checkpointView(checkpoint, trail.log.settings) : null;
  }
}
