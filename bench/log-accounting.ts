/**
 * The access log as an auditor sees it through GraphQL (the privacy officer's accessLog and
 * verifyAccessLog): entry counts per actor and decision, and the chain's verification. Counting
 * through the API, not the tables, keeps this independent of how the log stores its entries.
 */
import type { Verification } from '../src/access-log/verify';
import { post } from './graphql-client';

export interface LogCounts {
  /** READ entries (access decisions) per actor. */
  byActor: Record<string, { allowed: number; denied: number }>;
  /** Entries of the given event actions by the privacy officer (auditor queries). */
  auditorEvents: number;
  /** ACCESS_LOG_SEARCHED events this count itself adds to the log (one per accessLog field), after counting. */
  ownEvents: number;
}

/** Counts in one request; every count is itself logged as an auditor's search. */
export async function countLogEntries(url: string, auditorToken: string, actors: string[], auditorEvents: string[]): Promise<LogCounts> {
  if (actors.length * 2 + 1 > 15) throw new Error('Too many actors to count in one request (15 aliases at most)');
  const filters: Record<string, object> = { events: { actorCode: 'privacy-officer', actions: auditorEvents } };
  actors.forEach((actorCode, i) => {
    filters[`allowed${i}`] = { actorCode, actions: ['READ'], decision: 'ALLOWED' };
    filters[`denied${i}`] = { actorCode, actions: ['READ'], decision: 'DENIED' };
  });
  const names = Object.keys(filters);
  const query = `query CountLogEntries(${names.map((n) => `$${n}: AccessLogFilter`).join(', ')}) {
  ${names.map((n) => `${n}: accessLog(filter: $${n}, first: 1) { totalCount }`).join('\n  ')}
}`;
  const data = await ask(url, auditorToken, JSON.stringify({ query, variables: filters }));
  const count = (name: string) => Number(data[name].totalCount);
  return {
    byActor: Object.fromEntries(actors.map((actor, i) => [actor, { allowed: count(`allowed${i}`), denied: count(`denied${i}`) }])),
    auditorEvents: count('events'),
    ownEvents: names.length,
  };
}

/** What the soak asks of `verifyAccessLog`: the fields of the log's own verification result. */
export type ChainVerification = Pick<Verification, 'intact' | 'fromSeq' | 'toSeq' | 'headSeq' | 'checkedRecords' | 'checkedCheckpoints' | 'durationMs' | 'firstBad'>;

export async function verifyLog(url: string, auditorToken: string): Promise<ChainVerification> {
  const query = `query Verify { verifyAccessLog { intact fromSeq toSeq headSeq checkedRecords checkedCheckpoints durationMs firstBad { seq problem detail } } }`;
  const data = await ask(url, auditorToken, JSON.stringify({ query }));
  return data.verifyAccessLog as ChainVerification;
}

async function ask(url: string, token: string, body: string): Promise<any> {
  const result = await post(url, token, body);
  if (result.errors?.length) throw new Error(`The auditor's query failed: ${JSON.stringify(result.errors).slice(0, 500)}`);
  return result.data;
}
