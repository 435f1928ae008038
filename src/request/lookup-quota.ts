import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessDecision } from '../access-log/entry';
import { ErrorCode, hubError } from '../errors';
import type { RequestScope } from './scope';

/** Lookups by identifiers an actor made in one minute (one row per actor and minute, shared by every hub process). */
@Entity({ schema: 'quota', tableName: 'lookup_window' })
export class LookupWindow {
  @PrimaryKey({ type: 'text' })
  actorCode!: string;

  @PrimaryKey({ type: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'int' })
  count!: number;
}

/** Counts one lookup and returns the actor's count in the current minute; rows older than a day are dropped on the way. */
const COUNT = `WITH pruned AS (DELETE FROM quota.lookup_window WHERE window_start < now() - interval '1 day')
INSERT INTO quota.lookup_window (actor_code, window_start, count) VALUES (?, date_trunc('minute', now()), 1)
ON CONFLICT (actor_code, window_start) DO UPDATE SET count = quota.lookup_window.count + 1
RETURNING count`;

/**
 * Lookups by identifiers (the consultation lookup, the counter search) can be used to fish for who
 * lives here, so each actor gets at most `perMinute` of them (TSUNAGU_LOOKUPS_PER_MINUTE), counted in
 * the database so that every hub process shares the count. A refused lookup is logged.
 */
export class LookupQuota {
  constructor(readonly perMinute: number) {}

  async take(scope: RequestScope, em: EntityManager, lookup: string): Promise<void> {
    const [row] = await em.getConnection().execute<{ count: number }[]>(COUNT, [scope.actor.code]);
    if (row.count <= this.perMinute) return;
    scope.trail.record({ action: 'LOOKUP_RATE_LIMITED', decision: AccessDecision.DENIED, note: `${lookup}: more than ${this.perMinute} lookups in a minute` });
    const retryAfterSeconds = 60 - new Date().getUTCSeconds();
    throw hubError(
      ErrorCode.RATE_LIMITED,
      {
        en: `You have made more than ${this.perMinute} lookups by identifiers in this minute; try again in ${retryAfterSeconds} s.`,
        ja: `この1分間の識別情報による照会が上限（${this.perMinute}件）を超えました。${retryAfterSeconds}秒後に再試行してください。`,
      },
      { retryAfterSeconds },
    );
  }
}
